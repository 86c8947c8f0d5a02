//! The build step after Trunk: CSP hashes, the single file, the service worker.

// Host only: the build step does not exist in the browser.
#![cfg(not(target_arch = "wasm32"))]

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use jihua::pack::{
    csp_hash, gzip, inline_scripts, integrity, minify_css, service_worker, single_file, size_line,
    static_csp, static_page, version_of, with_csp, without_custom_section, SingleFile, Size,
    StaticApp, FLOOR_CHECK, LOADER, UNSUPPORTED,
};
use std::io::Read;

#[test]
fn csp_hashes_are_sha256_in_base64() {
    // The well-known digest of the empty string.
    assert_eq!(
        csp_hash(""),
        "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
    );
}

#[test]
fn inline_scripts_leave_out_external_scripts_and_data_blocks() {
    let html = r#"<head><script src="a.js"></script><script type="module">import x;</script></head>
<body><script id="d" type="application/octet-stream">AAAA</script><script>go();</script></body>"#;
    assert_eq!(inline_scripts(html), vec!["import x;", "go();"]);
}

#[test]
fn the_policy_goes_right_after_the_charset() {
    let html = "<html><head>\n<meta charset=\"utf-8\" />\n<title>t</title></head></html>";
    let out = with_csp(html, &static_csp(&[csp_hash("x")])).unwrap();
    let charset = out.find("<meta charset").unwrap();
    let csp = out.find("Content-Security-Policy").unwrap();
    assert!(charset < csp && csp < out.find("<title>").unwrap());
    // Chromium before 97 compiles wasm only under 'unsafe-eval'.
    assert!(out.contains("'unsafe-eval'") && out.contains(&csp_hash("x")));
    // Chromium 80 reports the source it does not know as an error.
    assert!(!out.contains("wasm-unsafe-eval"));
    assert!(with_csp("<p>no head</p>", "x").is_none());
}

#[test]
fn the_single_file_holds_everything_and_its_policy_names_its_scripts() {
    let wasm: Vec<u8> = (0..50_000u32).map(|i| (i * 7 % 251) as u8).collect();
    let glue = "let wasm_bindgen = (function(){ const s = '</script>'; return () => s; })();";
    let html = single_file(&SingleFile {
        title: "计划 · jihua",
        css: "body { color: red; }",
        icon_svg: "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        glue,
        wasm: &wasm,
    });
    // Nothing is fetched: no src, and the only href is a data: icon.
    assert!(!html.contains(" src="));
    let hrefs: Vec<&str> = html
        .match_indices("href=\"")
        .map(|(i, _)| &html[i + 6..i + 11])
        .collect();
    assert_eq!(hrefs, vec!["data:"]);
    // The glue cannot end its element early.
    assert!(!html.contains("'</script>'"));
    // Every inline script and the style are allowed by hash, nothing else is.
    let csp_start = html.find("content=\"default-src").unwrap() + 9;
    let csp = &html[csp_start..csp_start + html[csp_start..].find('"').unwrap()];
    let scripts = inline_scripts(&html);
    assert_eq!(
        scripts,
        vec![FLOOR_CHECK, &glue.replace("</script", "<\\/script"), LOADER]
    );
    for script in scripts {
        assert!(csp.contains(&csp_hash(script)), "{csp}");
    }
    assert!(csp.contains(&csp_hash("body { color: red; }")));
    assert!(csp.starts_with("default-src 'none'") && csp.contains("'unsafe-eval'"));
    for_old_browsers(&html);
    // The wasm is inside, gzip-compressed and base64-encoded, byte for byte.
    let start = html.find("type=\"application/octet-stream\">").unwrap() + 32;
    let block = &html[start..start + html[start..].find('<').unwrap()];
    let mut unpacked = Vec::new();
    flate2::read::GzDecoder::new(&BASE64.decode(block).unwrap()[..])
        .read_to_end(&mut unpacked)
        .unwrap();
    assert_eq!(unpacked, wasm);
}

#[test]
fn the_service_worker_gets_its_version_and_files() {
    let template = include_str!("../public/sw.js");
    let files = vec!["index.html".to_owned(), "app-1.js".to_owned()];
    let sw = service_worker(template, "abc123", &files);
    assert!(sw.contains("const CACHE = 'jihua-abc123';"));
    assert!(sw.contains("const FILES = ['./index.html', './app-1.js'];"));
    assert!(!sw.contains("__JIHUA_"));
}

#[test]
fn the_version_follows_names_and_contents() {
    let a = version_of([("a.js", &b"1"[..]), ("b.css", &b"2"[..])]);
    assert_eq!(a.len(), 16);
    assert_eq!(a, version_of([("a.js", &b"1"[..]), ("b.css", &b"2"[..])]));
    assert_ne!(a, version_of([("a.js", &b"1"[..]), ("b.css", &b"3"[..])]));
    assert_ne!(a, version_of([("a.js", &b"12"[..]), ("b.css", &b""[..])]));
}

#[test]
fn sizes_are_reported_raw_and_gzipped() {
    let text = "计划".repeat(1000);
    let size = Size::of("css", text.as_bytes());
    assert_eq!(size.raw, 6000);
    assert_eq!(size.gzip, gzip(text.as_bytes()).len());
    assert!(size.gzip < 200);
    assert_eq!(
        size_line(&[Size {
            what: "wasm".into(),
            raw: 1_187_900,
            gzip: 466_500
        }]),
        "wasm 1187.9 KB (gzip 466.5 KB)"
    );
}

/// What both builds carry for 360 browsers, IE engines and browsers below the floor.
fn for_old_browsers(html: &str) {
    let at = |needle: &str| {
        html.find(needle)
            .unwrap_or_else(|| panic!("no {needle} in {html}"))
    };
    let head_end = at("</head>");
    // 360's dual-core mode picks Chromium; IE takes its newest mode. Both early.
    assert!(at("<meta name=\"renderer\" content=\"webkit\" />") < at("<title>"));
    assert!(at("<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\" />") < at("<title>"));
    // The floor check runs in the head, before the body is drawn.
    assert!(at(FLOOR_CHECK) < head_end);
    // The message is plain HTML at the start of the body, in both languages.
    let body = at("<body>");
    assert!(body < at(UNSUPPORTED) && at(UNSUPPORTED) < at(LOADER));
    assert!(html[body..at(UNSUPPORTED)].trim() == "<body>");
    assert!(UNSUPPORTED.contains("极速模式") && UNSUPPORTED.contains("lang=\"en\""));
    assert!(!UNSUPPORTED.contains("<script"));
    // Nothing of the floor check is newer than the JavaScript of IE.
    for newer in ["=>", "const ", "let ", "`", "class "] {
        assert!(!FLOOR_CHECK.contains(newer), "{newer}");
    }
}

#[test]
fn the_static_page_loads_the_app_with_classic_scripts_and_names_them_in_its_policy() {
    let index = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n  <head>\n    <meta charset=\"utf-8\" />\n    <title>计划 · jihua</title>\n    <link rel=\"stylesheet\" href=\"./main-1.css\"/>\n  </head>\n  <body>\n  </body>\n</html>\n";
    let app = StaticApp {
        glue_file: "jihua-1.js",
        glue: b"let wasm_bindgen = 1;",
        wasm_file: "jihua-1_bg.wasm",
        wasm: b"\0asm\x01\0\0\0",
    };
    let html = static_page(index, &app).unwrap();
    for_old_browsers(&html);
    // No module script: Chromium 80 cannot parse Trunk's top-level await.
    assert!(!html.contains("type=\"module\""));
    let glue_tag = format!(
        "<script src=\"./jihua-1.js\" integrity=\"{}\"></script>",
        integrity(app.glue)
    );
    let loader_tag = format!(
        "<script data-wasm=\"./jihua-1_bg.wasm\" data-integrity=\"{}\">{LOADER}</script>",
        integrity(app.wasm)
    );
    assert!(html.find(&glue_tag).unwrap() < html.find(&loader_tag).unwrap());
    assert!(html.find(&loader_tag).unwrap() < html.find("</body>").unwrap());
    // The policy comes first and allows exactly the two inline scripts by hash.
    assert!(html.find("Content-Security-Policy").unwrap() < html.find("renderer").unwrap());
    let scripts = inline_scripts(&html);
    assert_eq!(scripts, vec![FLOOR_CHECK, LOADER]);
    let csp = static_csp(&[csp_hash(FLOOR_CHECK), csp_hash(LOADER)]);
    assert!(html.contains(&csp));
    assert!(static_page("<p>no head</p>", &app).is_err());
}

#[test]
fn integrity_values_are_sha384_in_base64() {
    // The well-known digest of the empty string.
    assert_eq!(
        integrity(b""),
        "sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb"
    );
}

/// A module with the sections given as (id, body).
fn module(sections: &[(u8, Vec<u8>)]) -> Vec<u8> {
    let mut out = b"\0asm\x01\0\0\0".to_vec();
    for (id, body) in sections {
        out.push(*id);
        let mut n = body.len();
        loop {
            let byte = (n & 0x7f) as u8;
            n >>= 7;
            out.push(if n == 0 { byte } else { byte | 0x80 });
            if n == 0 {
                break;
            }
        }
        out.extend_from_slice(body);
    }
    out
}

fn custom(name: &str, data: &[u8]) -> (u8, Vec<u8>) {
    let mut body = vec![name.len() as u8];
    body.extend_from_slice(name.as_bytes());
    body.extend_from_slice(data);
    (0, body)
}

#[test]
fn the_target_features_section_and_only_it_is_stripped() {
    let features = custom("target_features", b"\x01+\x0freference-types");
    let names = custom("name", &[7u8; 300]);
    let types = (1u8, vec![1, 0x60, 0, 0]);
    let wasm = module(&[types.clone(), features.clone(), names.clone(), features]);
    assert_eq!(
        without_custom_section(&wasm, "target_features").unwrap(),
        module(&[types, names])
    );
    // Bad input is an error, never a panic.
    assert!(without_custom_section(b"\0asm", "x").is_err());
    assert!(without_custom_section(b"not wasm at all", "x").is_err());
    let mut cut = wasm.clone();
    cut.truncate(wasm.len() - 3);
    assert!(without_custom_section(&cut, "x").is_err());
    let mut endless = b"\0asm\x01\0\0\0\x01".to_vec();
    endless.extend_from_slice(&[0xff; 8]);
    assert!(without_custom_section(&endless, "x").is_err());
}

#[test]
fn the_single_file_s_css_loses_comments_and_spaces_but_not_strings_or_meaning() {
    assert_eq!(
        minify_css(
            "/* a note */\n.a  >  .b:hover ,\n.c {\n  color: red ;\n  margin: 0  auto;\n}\n"
        ),
        ".a > .b:hover,.c{color: red;margin: 0 auto;}"
    );
    // Strings keep their spaces and their comment-like text; escapes are kept.
    assert_eq!(
        minify_css(".q::before { content: \"a  /* b */  c\"; } .r { content: '\\'  x'; }"),
        ".q::before{content: \"a  /* b */  c\";}.r{content: '\\'  x';}"
    );
    // A descendant combinator stays a space; an unclosed comment ends the text.
    assert_eq!(minify_css(".a .b{x:1} /* open"), ".a .b{x:1}");
    assert_eq!(minify_css(""), "");
    // The app's stylesheet: smaller, and every rule still opens and closes.
    let css = std::fs::read_to_string("style/main.css").unwrap();
    let small = minify_css(&css);
    assert!(
        small.len() * 10 < css.len() * 9,
        "{} of {}",
        small.len(),
        css.len()
    );
    let uncommented: String = css
        .split("/*")
        .enumerate()
        .map(|(i, part)| {
            if i == 0 {
                part
            } else {
                part.split_once("*/").map_or("", |(_, rest)| rest)
            }
        })
        .collect();
    assert_eq!(small.matches('{').count(), uncommented.matches('{').count());
    assert_eq!(small.matches('}').count(), small.matches('{').count());
    assert!(!small.contains("/*"));
}
