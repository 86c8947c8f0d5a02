//! The build step after Trunk: CSP hashes, the single file, the service worker.

// Host only: the build step does not exist in the browser.
#![cfg(not(target_arch = "wasm32"))]

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use jihua::pack::{
    csp_hash, gzip, inline_scripts, service_worker, single_file, size_line, static_csp, version_of,
    with_csp, SingleFile, Size,
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
    assert!(out.contains("'wasm-unsafe-eval'") && out.contains(&csp_hash("x")));
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
    assert_eq!(scripts.len(), 2);
    for script in scripts {
        assert!(csp.contains(&csp_hash(script)), "{csp}");
    }
    assert!(csp.contains(&csp_hash("body { color: red; }")));
    assert!(csp.starts_with("default-src 'none'") && csp.contains("'wasm-unsafe-eval'"));
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
