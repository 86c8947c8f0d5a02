//! `jihua-pack`: the build step Trunk runs after each build (a `post_build` hook in
//! Trunk.toml), on Trunk's staging directory:
//!
//! - lowers wasm-bindgen's glue to ES2019 (esbuild), and checks that the wasm needs
//!   no feature above the browser floor, Chromium 80 (wasm-opt);
//! - makes Trunk's `index.html` the static build's page: the compatibility tags, the
//!   message for browsers below the floor, the classic-script loader and a
//!   Content-Security-Policy with the hashes of its inline scripts;
//! - writes the service worker `sw.js` with a versioned list of the files to keep
//!   for offline use;
//! - in release builds, writes the single file `jihua.html` for USB sticks, and
//!   fails if it is larger than the budget;
//! - checks that every script it ships parses as ES2019 (acorn,
//!   `scripts/check-es2019.mjs`);
//! - prints the sizes and writes them to `sizes.json`.
//!
//! The logic is in `jihua::pack` (host-tested); this file only reads and writes.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    match pack::run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("jihua-pack: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod pack {
    use jihua::pack::{
        minify_css, service_worker, single_file, size_line, static_page, version_of,
        without_custom_section, SingleFile, Size, StaticApp, FLOOR_WASM_FEATURES,
        SINGLE_FILE_BUDGET,
    };
    use std::path::{Path, PathBuf};
    use std::process::Command;

    /// Files of the build that the service worker does not keep: the single file
    /// (for USB sticks, not for the served app), the report, the worker itself and
    /// the schema (for people, not for the app).
    fn precached(name: &str) -> bool {
        !(name == "jihua.html"
            || name == "sizes.json"
            || name == "sw.js"
            || name.starts_with("schema/")
            || name.starts_with('.'))
    }

    fn read(path: &Path) -> Result<Vec<u8>, String> {
        std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
    }

    fn read_text(path: &Path) -> Result<String, String> {
        String::from_utf8(read(path)?).map_err(|e| format!("{} is not UTF-8: {e}", path.display()))
    }

    fn write(path: &Path, bytes: impl AsRef<[u8]>) -> Result<(), String> {
        std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
    }

    /// Every file below `dir`, as `/`-separated paths relative to it, sorted.
    fn files(dir: &Path, prefix: &str, out: &mut Vec<String>) -> Result<(), String> {
        let entries =
            std::fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
        for entry in entries {
            let entry = entry.map_err(|e| e.to_string())?;
            let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
            if entry.path().is_dir() {
                files(&entry.path(), &format!("{name}/"), out)?;
            } else {
                out.push(name);
            }
        }
        out.sort();
        Ok(())
    }

    fn env(name: &str) -> Option<String> {
        std::env::var(name).ok().filter(|v| !v.is_empty())
    }

    /// The one file of the build whose name ends with `suffix`.
    fn one_ending(all: &[String], suffix: &str) -> Result<String, String> {
        let found: Vec<&String> = all
            .iter()
            .filter(|n| n.ends_with(suffix) && !n.contains('/'))
            .collect();
        match found.as_slice() {
            [one] => Ok((*one).clone()),
            _ => Err(format!(
                "expected one *{suffix} in the build, found {}",
                found.len()
            )),
        }
    }

    /// Runs a build tool; its own output goes to the build log.
    fn tool(command: &mut Command, what: &str) -> Result<(), String> {
        let status = command
            .status()
            .map_err(|e| format!("cannot run {what}: {e}"))?;
        if status.success() {
            Ok(())
        } else {
            Err(format!("{what} failed ({status})"))
        }
    }

    /// wasm-bindgen's glue, in place, as ES2019 and minified: it uses newer syntax
    /// (`?.`) than the browser floor's JavaScript check allows.
    fn lower_glue(path: &Path) -> Result<(), String> {
        tool(
            Command::new("esbuild")
                .arg(path)
                .arg(format!("--outfile={}", path.display()))
                .args([
                    "--allow-overwrite",
                    "--target=es2019",
                    "--minify",
                    "--charset=utf8",
                    "--log-level=warning",
                ]),
            "esbuild on the wasm-bindgen glue",
        )
    }

    /// Fails unless the wasm validates with only the WebAssembly features of the
    /// browser floor. Its `target_features` section goes first: wasm-opt would take
    /// the features it lists as allowed.
    fn check_wasm_floor(wasm: &[u8]) -> Result<(), String> {
        let bare = without_custom_section(wasm, "target_features")?;
        let path = std::env::temp_dir().join(format!("jihua-floor-{}.wasm", std::process::id()));
        write(&path, bare)?;
        let output = Command::new("wasm-opt")
            .args(FLOOR_WASM_FEATURES)
            .arg("--quiet")
            .arg(&path)
            .args(["-o", "/dev/null"])
            .output()
            .map_err(|e| format!("cannot run wasm-opt: {e}"));
        let result = output.and_then(|output| {
            if output.status.success() {
                return Ok(());
            }
            // One line per offending instruction: the first few say what is wrong.
            let errors = String::from_utf8_lossy(&output.stderr);
            let first: Vec<&str> = errors.lines().take(24).collect();
            Err(format!(
                "the wasm needs WebAssembly features above the browser floor \
                 (Chromium 80: {}):\n{}",
                FLOOR_WASM_FEATURES.join(" "),
                first.join("\n")
            ))
        });
        let _ = std::fs::remove_file(&path);
        result
    }

    /// Fails unless every script in `files` (JavaScript, or the inline scripts of
    /// HTML) parses as ES2019.
    fn check_es2019(source: &Path, files: &[PathBuf]) -> Result<(), String> {
        tool(
            Command::new("node")
                .arg(source.join("scripts/check-es2019.mjs"))
                .args(files),
            "the check that the shipped JavaScript parses as ES2019",
        )
    }

    pub fn run() -> Result<(), String> {
        let staging = PathBuf::from(
            env("TRUNK_STAGING_DIR").ok_or("TRUNK_STAGING_DIR is not set: run me from Trunk")?,
        );
        let source = PathBuf::from(env("TRUNK_SOURCE_DIR").unwrap_or_else(|| ".".into()));
        let profile = env("TRUNK_PROFILE").unwrap_or_else(|| "release".into());

        let mut all = Vec::new();
        files(&staging, "", &mut all)?;
        let glue_file = one_ending(&all, ".js")?;
        let wasm_file = one_ending(&all, "_bg.wasm")?;
        lower_glue(&staging.join(&glue_file))?;
        let glue = read_text(&staging.join(&glue_file))?;
        let wasm = read(&staging.join(&wasm_file))?;
        if profile == "release" {
            check_wasm_floor(&wasm)?;
        } else {
            // The test build is ~200 MB of debug information; what ships is checked.
            println!("jihua-pack: the wasm's features are checked in release builds");
        }

        let index_path = staging.join("index.html");
        let app = StaticApp {
            glue_file: &glue_file,
            glue: glue.as_bytes(),
            wasm_file: &wasm_file,
            wasm: &wasm,
        };
        write(&index_path, static_page(&read_text(&index_path)?, &app)?)?;

        let kept: Vec<String> = all.iter().filter(|n| precached(n)).cloned().collect();
        let contents = kept
            .iter()
            .map(|n| read(&staging.join(n)))
            .collect::<Result<Vec<_>, _>>()?;
        let version = version_of(
            kept.iter()
                .map(String::as_str)
                .zip(contents.iter().map(Vec::as_slice)),
        );
        let template = read_text(&source.join("public/sw.js"))?;
        write(
            &staging.join("sw.js"),
            service_worker(&template, &version, &kept),
        )?;

        let css = read_text(&staging.join(one_ending(&all, ".css")?))?;
        let mut sizes = vec![
            Size::of("wasm", &wasm),
            Size::of("js", glue.as_bytes()),
            Size::of("css", css.as_bytes()),
        ];
        let mut shipped = vec![index_path, staging.join(&glue_file), staging.join("sw.js")];
        if profile == "release" {
            let icon = read_text(&source.join("public/icon.svg"))?;
            let html = single_file(&SingleFile {
                title: "计划 · jihua",
                css: &minify_css(&css),
                icon_svg: &icon,
                glue: &glue,
                wasm: &wasm,
            });
            sizes.push(Size::of("jihua.html", html.as_bytes()));
            write(&staging.join("jihua.html"), &html)?;
            shipped.push(staging.join("jihua.html"));
            if html.len() > SINGLE_FILE_BUDGET {
                return Err(format!(
                    "jihua.html is {} bytes, over the budget of {SINGLE_FILE_BUDGET}",
                    html.len()
                ));
            }
        } else {
            println!("jihua-pack: the single file jihua.html is made by release builds only");
        }
        check_es2019(&source, &shipped)?;
        println!(
            "jihua-pack: sw.js version {version}, {} files kept offline",
            kept.len()
        );
        println!("jihua-pack: sizes: {}", size_line(&sizes));
        let report = serde_json::to_string_pretty(&sizes).map_err(|e| e.to_string())?;
        write(&staging.join("sizes.json"), report)
    }
}
