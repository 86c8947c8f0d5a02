//! The build step after Trunk, as pure functions (the `jihua-pack` binary does the
//! file work): the single-file build for USB sticks, the service worker with its
//! precache list, the Content-Security-Policy of each build, and the size report.
//!
//! Written here rather than found: no Trunk feature or crate inlines a
//! wasm-bindgen app into one HTML file with a compressed wasm and a CSP of hashes.

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use sha2::{Digest, Sha256};
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

/// The policy of the static build: only this origin, plus the hashes of the inline
/// loader Trunk writes; WebAssembly needs `'wasm-unsafe-eval'`. Style attributes
/// (department colours) are allowed; they cannot run code.
pub fn static_csp(inline_script_hashes: &[String]) -> String {
    let scripts = inline_script_hashes.join(" ");
    format!(
        "default-src 'self'; script-src 'self' {scripts} 'wasm-unsafe-eval'; \
         style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; \
         connect-src 'self'; worker-src 'self'; manifest-src 'self'; \
         object-src 'none'; base-uri 'self'; form-action 'none'"
    )
}

/// The policy of the single file: nothing from anywhere, only its own inline
/// scripts and style (by hash) and data: images.
pub fn single_file_csp(script_hashes: &[String], style_hash: &str) -> String {
    let scripts = script_hashes.join(" ");
    format!(
        "default-src 'none'; script-src {scripts} 'wasm-unsafe-eval'; \
         style-src {style_hash}; style-src-attr 'unsafe-inline'; img-src data:; \
         object-src 'none'; base-uri 'none'; form-action 'none'"
    )
}

/// `html` with a CSP `<meta>` right after the charset (or first in `<head>`), before
/// anything it governs.
pub fn with_csp(html: &str, csp: &str) -> Option<String> {
    let head = match html.find("<meta charset") {
        Some(at) => at + html[at..].find('>')? + 1,
        None => html.find("<head>")? + "<head>".len(),
    };
    let meta = format!("\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\" />");
    Some(format!("{}{meta}{}", &html[..head], &html[head..]))
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

/// Starts the app from the inlined, gzip-compressed wasm: decompressed by the
/// browser (`DecompressionStream`), instantiated asynchronously. If the browser is
/// too old, or anything fails, the page says so in both languages.
const LOADER: &str = r#"(async () => {
  const fail = (error) => {
    console.error(error);
    const p = document.createElement('p');
    p.className = 'boot-error';
    p.setAttribute('role', 'alert');
    p.textContent = '无法启动计划（jihua）：请使用较新的浏览器（Chrome、Edge 97 以上，Firefox 113 以上）。 jihua cannot start: please use a recent browser.';
    document.body.append(p);
  };
  try {
    if (typeof DecompressionStream === 'undefined') throw new Error('DecompressionStream is missing');
    const text = document.getElementById('jihua-wasm').textContent;
    const packed = Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
    const stream = new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip'));
    const bytes = await new Response(stream).arrayBuffer();
    await wasm_bindgen({ module_or_path: bytes });
  } catch (error) {
    fail(error);
  }
})();"#;

/// The single HTML file: everything inline, a CSP of hashes, no request leaves it.
pub fn single_file(parts: &SingleFile) -> String {
    let icon = format!(
        "data:image/svg+xml;base64,{}",
        BASE64.encode(parts.icon_svg)
    );
    let wasm = BASE64.encode(gzip(parts.wasm));
    // A `</script>` inside the glue would end its element early.
    let glue = parts.glue.replace("</script", "<\\/script");
    let csp = single_file_csp(&[csp_hash(&glue), csp_hash(LOADER)], &csp_hash(parts.css));
    let title = parts.title;
    let css = parts.css;
    format!(
        r#"<!DOCTYPE html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="{csp}" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light" />
    <title>{title}</title>
    <link rel="icon" href="{icon}" type="image/svg+xml" />
    <style>{css}</style>
  </head>
  <body>
    <noscript>计划（jihua）需要启用 JavaScript。 jihua needs JavaScript to run.</noscript>
    <script id="jihua-wasm" type="application/octet-stream">{wasm}</script>
    <script>{glue}</script>
    <script>{LOADER}</script>
  </body>
</html>
"#
    )
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
