//! The build step after Trunk, as pure functions (the `jihua-pack` binary does the
//! file work): the single-file build for USB sticks, the service worker with its
//! precache list, the Content-Security-Policy of each build, and the size report.
//!
//! Written here rather than found: no Trunk feature or crate inlines a
//! wasm-bindgen app into one HTML file with a compressed wasm and a CSP of hashes.

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use sha2::{Digest, Sha256, Sha384};
use std::io::Write;

/// Largest single file allowed; the build fails above it.
pub const SINGLE_FILE_BUDGET: usize = 1_500_000;

/// `'sha256-…'` of `text`, as a CSP source.
pub fn csp_hash(text: &str) -> String {
    format!(
        "'sha256-{}'",
        BASE64.encode(Sha256::digest(text.as_bytes()))
    )
}

/// `css` without its comments and with its whitespace collapsed, for the single
/// file, whose size is a budget (issue 20 needed the room). Strings are kept as
/// written; whitespace goes only where it can never mean anything (next to
/// `{`, `}`, `;` and `,`), never next to `:` or `>`, where it may. A dozen lines
/// instead of a CSS minifier crate, which would bring a full parser for this.
pub fn minify_css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
                space = true;
            }
            c if c.is_whitespace() => space = true,
            '"' | '\'' => {
                if space && !out.is_empty() && !out.ends_with(['{', '}', ';', ',']) {
                    out.push(' ');
                }
                space = false;
                out.push(c);
                let mut escaped = false;
                for s in chars.by_ref() {
                    out.push(s);
                    if s == c && !escaped {
                        break;
                    }
                    escaped = s == '\\' && !escaped;
                }
            }
            c => {
                if space
                    && !out.is_empty()
                    && !matches!(c, '{' | '}' | ';' | ',')
                    && !out.ends_with(['{', '}', ';', ','])
                {
                    out.push(' ');
                }
                space = false;
                out.push(c);
            }
        }
    }
    out
}

/// `bytes` compressed with gzip at the best level.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    // Writing into a Vec cannot fail.
    let _ = encoder.write_all(bytes);
    encoder.finish().unwrap_or_default()
}

/// The contents of every inline `<script>` (without `src`) of `html`, in order.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(open_end) = after.find('>') else {
            break;
        };
        let tag = &after[..open_end];
        let body_start = open_end + 1;
        let Some(close) = after[body_start..].find("</script>") else {
            break;
        };
        let body = &after[body_start..body_start + close];
        let data_block = tag.contains("application/octet-stream");
        if !tag.contains(" src=") && !data_block {
            out.push(body);
        }
        rest = &after[body_start + close..];
    }
    out
}

/// The one source that needs `'unsafe-eval'`: Chromium before 97 (the floor is 80:
/// 360 browsers, intranet builds) compiles WebAssembly only when the policy allows
/// `eval`; it does not know `'wasm-unsafe-eval'`, which newer browsers take instead.
/// The trade-off: in every browser the page may now `eval`. Nothing in jihua does,
/// and scripts still run only by hash (no injected `<script>` runs), so an attacker
/// would first need a way to make jihua's own code evaluate text, which it has not.
/// `'wasm-unsafe-eval'` is left out: where it exists, `'unsafe-eval'` covers it, and
/// Chromium 80 reports the unknown source as a console error.
const WASM_EVAL: &str = "'unsafe-eval'";

/// The policy of the static build: only this origin, plus the hashes of its inline
/// scripts; WebAssembly needs [`WASM_EVAL`]. Style attributes (department colours)
/// are allowed; they cannot run code.
pub fn static_csp(inline_script_hashes: &[String]) -> String {
    let scripts = inline_script_hashes.join(" ");
    format!(
        "default-src 'self'; script-src 'self' {scripts} {WASM_EVAL}; \
         style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data: blob:; \
         connect-src 'self'; worker-src 'self'; manifest-src 'self'; \
         object-src 'none'; base-uri 'self'; form-action 'none'"
    )
}

/// The policy of the single file: nothing from anywhere, only its own inline
/// scripts and style (by hash), data: images and blob: images (photos kept in
/// IndexedDB, shown through object URLs).
pub fn single_file_csp(script_hashes: &[String], style_hash: &str) -> String {
    let scripts = script_hashes.join(" ");
    format!(
        "default-src 'none'; script-src {scripts} {WASM_EVAL}; \
         style-src {style_hash}; style-src-attr 'unsafe-inline'; img-src data: blob:; \
         object-src 'none'; base-uri 'none'; form-action 'none'"
    )
}

/// The end of the `<meta charset>` tag, or of `<head>`: where everything that must
/// come before the rest of the head goes.
fn head_start(html: &str) -> Option<usize> {
    match html.find("<meta charset") {
        Some(at) => Some(at + html[at..].find('>')? + 1),
        None => Some(html.find("<head>")? + "<head>".len()),
    }
}

/// `html` with a CSP `<meta>` right after the charset (or first in `<head>`), before
/// anything it governs.
pub fn with_csp(html: &str, csp: &str) -> Option<String> {
    let head = head_start(html)?;
    let meta = format!("\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\" />");
    Some(format!("{}{meta}{}", &html[..head], &html[head..]))
}

/// First in every build's head. 360 browsers (dual-core: an IE engine and a
/// Chromium one) read `renderer` and open the page in their Chromium engine
/// (极速模式). An IE engine that opens it anyway is told to use its newest mode,
/// in which the message of [`UNSUPPORTED`] shows as it should.
pub const COMPAT_META: &str = "\n    <meta name=\"renderer\" content=\"webkit\" />\
     \n    <meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\" />";

/// Runs in the head, before anything is drawn: marks a browser at the floor with
/// the class `jihua-ok` on `<html>`, which hides [`UNSUPPORTED`] and lets
/// [`LOADER`] start the app. The floor is Chromium 80 (Firefox 113, Safari 16.4):
/// WebAssembly, and `DecompressionStream`, which the single file needs and which
/// came in exactly those versions. Chromium 80–83 lays flexbox out without `gap`:
/// it is marked `no-flex-gap` too, and the stylesheet puts margins in its place.
/// Written in the JavaScript of IE, so that IE runs it too and finds itself below
/// the floor.
pub const FLOOR_CHECK: &str = "(function () {
  var root = document.documentElement;
  if (typeof WebAssembly !== 'object' || typeof DecompressionStream !== 'function') return;
  var marks = ' jihua-ok';
  var probe = document.createElement('div');
  probe.style.display = 'flex';
  probe.style.flexDirection = 'column';
  probe.style.rowGap = '1px';
  probe.appendChild(document.createElement('div'));
  probe.appendChild(document.createElement('div'));
  root.appendChild(probe);
  if (probe.scrollHeight !== 1) marks += ' no-flex-gap';
  root.removeChild(probe);
  root.className += marks;
})();";

/// The page's first content: why jihua does not open here, and what to do, in both
/// languages. Plain HTML, visible until [`FLOOR_CHECK`] hides it (`.jihua-ok` in the
/// stylesheet), so that it shows with no script at all: in an IE engine (360's
/// compatibility mode), in a browser below the floor, with JavaScript turned off.
pub const UNSUPPORTED: &str = r#"
    <div id="jihua-unsupported" class="unsupported">
      <h1>计划（jihua）无法在这个浏览器里打开</h1>
      <p>它需要 Chromium 80 以上的浏览器，并且开启 JavaScript：Chrome 或 Edge 80 以上、Firefox 113 以上，或 360 浏览器的“极速模式”。</p>
      <p>使用 360 安全浏览器、360 极速浏览器等“双核”浏览器时：点击地址栏右侧的<b>闪电</b>或 <b>e</b> 图标，选择“<b>极速模式</b>”，页面会重新打开。</p>
      <p lang="en">jihua cannot open in this browser. It needs Chromium 80 or newer with JavaScript on: Chrome or Edge 80+, Firefox 113+, or the “极速模式” (fast mode) of 360 browsers. In a 360 browser, click the lightning or “e” icon at the right of the address bar and choose 极速模式.</p>
    </div>"#;

/// Starts the app, in both builds: the single file's wasm is inline
/// (`#jihua-wasm`, gzip, decompressed by the browser), the static build's is
/// fetched from `data-wasm` with its `data-integrity`. Below the floor it does
/// nothing: the page already says why. If anything fails, the page says so in
/// both languages. ES2017, as the rest of what ships (checked by the build).
pub const LOADER: &str = r#"(async () => {
  const me = document.currentScript;
  const fail = (error) => {
    console.error(error);
    const p = document.createElement('p');
    p.className = 'boot-error';
    p.setAttribute('role', 'alert');
    p.textContent = '无法启动计划（jihua）：请使用 Chromium 80 以上的浏览器（Chrome、Edge 80 以上，Firefox 113 以上，360 浏览器请用“极速模式”）。 jihua cannot start: please use Chromium 80 or newer (Chrome, Edge, Firefox 113+).';
    document.body.appendChild(p);
  };
  if (!/(^| )jihua-ok( |$)/.test(document.documentElement.className)) return;
  try {
    if (typeof wasm_bindgen !== 'function') throw new Error('the app script did not load');
    const packed = document.getElementById('jihua-wasm');
    let source;
    if (packed) {
      const bytes = Uint8Array.from(atob(packed.textContent), (c) => c.charCodeAt(0));
      const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
      source = await new Response(stream).arrayBuffer();
    } else {
      source = fetch(me.getAttribute('data-wasm'), { integrity: me.getAttribute('data-integrity') || '' });
    }
    await wasm_bindgen({ module_or_path: source });
  } catch (error) {
    fail(error);
  }
})();"#;

/// `sha384-…` of `bytes`: a subresource-integrity value.
pub fn integrity(bytes: &[u8]) -> String {
    format!("sha384-{}", BASE64.encode(Sha384::digest(bytes)))
}

/// The app's two files in the static build, as Trunk wrote them.
pub struct StaticApp<'a> {
    /// The glue's file name (wasm-bindgen `--target no-modules`), and its text.
    pub glue_file: &'a str,
    pub glue: &'a [u8],
    /// The wasm's file name, and its bytes.
    pub wasm_file: &'a str,
    pub wasm: &'a [u8],
}

/// Trunk's `index.html` (built with `inject_scripts = false`) made into the static
/// build's page: the compatibility tags and the floor check first in the head, the
/// message for browsers below the floor first in the body, the app's glue and the
/// loader (classic scripts, which Chromium 80 runs from any host) last, and a CSP
/// with the hash of every inline script.
pub fn static_page(index: &str, app: &StaticApp) -> Result<String, String> {
    let head = head_start(index).ok_or("index.html has no <head>")?;
    let mut html = format!(
        "{}{COMPAT_META}\n    <script>{FLOOR_CHECK}</script>{}",
        &index[..head],
        &index[head..]
    );
    let body = html.find("<body>").ok_or("index.html has no <body>")? + "<body>".len();
    html.insert_str(body, UNSUPPORTED);
    let end = html.rfind("</body>").ok_or("index.html has no </body>")?;
    let scripts = format!(
        "  <script src=\"./{glue}\" integrity=\"{glue_sri}\"></script>\n    \
         <script data-wasm=\"./{wasm}\" data-integrity=\"{wasm_sri}\">{LOADER}</script>\n  ",
        glue = app.glue_file,
        glue_sri = integrity(app.glue),
        wasm = app.wasm_file,
        wasm_sri = integrity(app.wasm),
    );
    html.insert_str(end, &scripts);
    let hashes: Vec<String> = inline_scripts(&html).into_iter().map(csp_hash).collect();
    with_csp(&html, &static_csp(&hashes)).ok_or_else(|| "index.html has no <head>".into())
}

/// What goes into the single file.
pub struct SingleFile<'a> {
    /// The page title.
    pub title: &'a str,
    /// The stylesheet.
    pub css: &'a str,
    /// The icon, SVG.
    pub icon_svg: &'a str,
    /// wasm-bindgen's `--target no-modules` glue (defines `wasm_bindgen`).
    pub glue: &'a str,
    /// The optimized wasm.
    pub wasm: &'a [u8],
}

/// The single HTML file: everything inline, a CSP of hashes, no request leaves it.
pub fn single_file(parts: &SingleFile) -> String {
    let icon = format!(
        "data:image/svg+xml;base64,{}",
        BASE64.encode(parts.icon_svg)
    );
    let wasm = BASE64.encode(gzip(parts.wasm));
    // A `</script>` inside the glue would end its element early.
    let glue = parts.glue.replace("</script", "<\\/script");
    let csp = single_file_csp(
        &[csp_hash(FLOOR_CHECK), csp_hash(&glue), csp_hash(LOADER)],
        &csp_hash(parts.css),
    );
    let title = parts.title;
    let css = parts.css;
    format!(
        r#"<!DOCTYPE html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="{csp}" />{COMPAT_META}
    <script>{FLOOR_CHECK}</script>
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light" />
    <title>{title}</title>
    <link rel="icon" href="{icon}" type="image/svg+xml" />
    <style>{css}</style>
  </head>
  <body>{UNSUPPORTED}
    <script id="jihua-wasm" type="application/octet-stream">{wasm}</script>
    <script>{glue}</script>
    <script>{LOADER}</script>
  </body>
</html>
"#
    )
}

/// The wasm features of the browser floor, Chromium 80, as `wasm-opt` flags: the
/// first release of WebAssembly plus the four proposals that had shipped by then.
/// Not reference types (Chromium 96) or multi-value (85).
pub const FLOOR_WASM_FEATURES: [&str; 5] = [
    "--mvp-features",
    "--enable-mutable-globals",
    "--enable-sign-ext",
    "--enable-nontrapping-float-to-int",
    "--enable-bulk-memory",
];

/// An unsigned LEB128 number at `at`, and where it ends.
fn leb_u32(bytes: &[u8], at: usize) -> Option<(u32, usize)> {
    let mut value: u64 = 0;
    for (i, byte) in bytes.get(at..)?.iter().take(5).enumerate() {
        value |= u64::from(byte & 0x7f) << (7 * i);
        if byte & 0x80 == 0 {
            return Some((u32::try_from(value).ok()?, at + i + 1));
        }
    }
    None
}

/// `wasm` without its custom sections called `name`. `wasm-opt` reads the
/// `target_features` section as the features to allow; without it, only the
/// features on its command line count. Hand-written: a section walk is twenty
/// lines, a wasm parser crate would be a build dependency for it alone.
pub fn without_custom_section(wasm: &[u8], name: &str) -> Result<Vec<u8>, String> {
    const HEADER: usize = 8;
    if wasm.len() < HEADER || &wasm[..4] != b"\0asm" {
        return Err("not a WebAssembly module".into());
    }
    let mut out = wasm[..HEADER].to_vec();
    let mut at = HEADER;
    while at < wasm.len() {
        let id = wasm[at];
        let (size, body) = leb_u32(wasm, at + 1).ok_or("a section size is cut off")?;
        let end = body
            .checked_add(size as usize)
            .filter(|&end| end <= wasm.len())
            .ok_or("a section runs past the end")?;
        let named = id == 0
            && leb_u32(wasm, body).is_some_and(|(len, start)| {
                wasm.get(start..start + len as usize) == Some(name.as_bytes())
            });
        if !named {
            out.extend_from_slice(&wasm[at..end]);
        }
        at = end;
    }
    Ok(out)
}

/// The service worker: `template` (public/sw.js) with its cache version and the
/// files to precache filled in.
pub fn service_worker(template: &str, version: &str, files: &[String]) -> String {
    let list = files
        .iter()
        .map(|f| format!("'./{f}'"))
        .collect::<Vec<_>>()
        .join(", ");
    template
        .replace("__JIHUA_VERSION__", version)
        .replace("'__JIHUA_FILES__'", &list)
}

/// A version that changes whenever any precached file changes: a hash of their
/// names and contents.
pub fn version_of<'a>(files: impl IntoIterator<Item = (&'a str, &'a [u8])>) -> String {
    let mut hash = Sha256::new();
    for (name, bytes) in files {
        hash.update(name.as_bytes());
        hash.update([0]);
        hash.update(bytes);
    }
    hash.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// One line of the size report.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Size {
    /// What it is: wasm, js, css, single file.
    pub what: String,
    /// Bytes.
    pub raw: usize,
    /// Bytes after gzip.
    pub gzip: usize,
}

impl Size {
    /// The size of `bytes` as `what`.
    pub fn of(what: &str, bytes: &[u8]) -> Self {
        Size {
            what: what.to_owned(),
            raw: bytes.len(),
            gzip: gzip(bytes).len(),
        }
    }
}

/// "wasm 1179.5 KB (gzip 402.1 KB) · js …", one line for the build output.
pub fn size_line(sizes: &[Size]) -> String {
    let kb = |n: usize| format!("{:.1} KB", n as f64 / 1000.0);
    sizes
        .iter()
        .map(|s| format!("{} {} (gzip {})", s.what, kb(s.raw), kb(s.gzip)))
        .collect::<Vec<_>>()
        .join(" · ")
}
