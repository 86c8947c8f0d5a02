//! `jihua-pack`: the build step Trunk runs after each build (a `post_build` hook in
//! Trunk.toml), on Trunk's staging directory:
//!
//! - puts a Content-Security-Policy with the hashes of Trunk's inline loader into
//!   `index.html`;
//! - writes the service worker `sw.js` with a versioned list of the files to keep
//!   for offline use;
//! - in release builds, writes the single file `jihua.html` for USB sticks, and
//!   fails if it is larger than the budget;
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
        csp_hash, inline_scripts, service_worker, single_file, size_line, static_csp, version_of,
        with_csp, SingleFile, Size, SINGLE_FILE_BUDGET,
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

    /// wasm-bindgen's `--target no-modules` glue for the wasm Cargo built. The
    /// `_bg.wasm` wasm-bindgen writes is the same for every target, so the one Trunk
    /// has already optimized goes with it.
    fn no_modules_glue(source: &Path, profile: &str) -> Result<String, String> {
        let target =
            env("CARGO_TARGET_DIR").map_or_else(|| source.join("target"), |t| source.join(t));
        let wasm = target
            .join("wasm32-unknown-unknown")
            .join(profile)
            .join("jihua.wasm");
        // Outside the source tree, so that `trunk serve` does not see a change.
        let out = std::env::temp_dir().join(format!("jihua-pack-{}", std::process::id()));
        let status = Command::new("wasm-bindgen")
            .args(["--target", "no-modules", "--no-typescript", "--out-dir"])
            .arg(&out)
            .arg(&wasm)
            .status()
            .map_err(|e| format!("cannot run wasm-bindgen: {e}"))?;
        if !status.success() {
            return Err(format!("wasm-bindgen failed on {}", wasm.display()));
        }
        let glue = read_text(&out.join("jihua.js"));
        let _ = std::fs::remove_dir_all(&out);
        glue
    }

    pub fn run() -> Result<(), String> {
        let staging = PathBuf::from(
            env("TRUNK_STAGING_DIR").ok_or("TRUNK_STAGING_DIR is not set: run me from Trunk")?,
        );
        let source = PathBuf::from(env("TRUNK_SOURCE_DIR").unwrap_or_else(|| ".".into()));
        let profile = env("TRUNK_PROFILE").unwrap_or_else(|| "release".into());

        let index_path = staging.join("index.html");
        let index = read_text(&index_path)?;
        let hashes: Vec<String> = inline_scripts(&index).into_iter().map(csp_hash).collect();
        let index = with_csp(&index, &static_csp(&hashes)).ok_or("index.html has no <head>")?;
        write(&index_path, &index)?;

        let mut all = Vec::new();
        files(&staging, "", &mut all)?;
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

        let wasm = read(&staging.join(one_ending(&all, "_bg.wasm")?))?;
        let css = read_text(&staging.join(one_ending(&all, ".css")?))?;
        let js = read(&staging.join(one_ending(&all, ".js")?))?;
        let mut sizes = vec![
            Size::of("wasm", &wasm),
            Size::of("js", &js),
            Size::of("css", css.as_bytes()),
        ];
        if profile == "release" {
            let glue = no_modules_glue(&source, &profile)?;
            let icon = read_text(&source.join("public/icon.svg"))?;
            let html = single_file(&SingleFile {
                title: "计划 · jihua",
                css: &css,
                icon_svg: &icon,
                glue: &glue,
                wasm: &wasm,
            });
            sizes.push(Size::of("jihua.html", html.as_bytes()));
            write(&staging.join("jihua.html"), &html)?;
            if html.len() > SINGLE_FILE_BUDGET {
                return Err(format!(
                    "jihua.html is {} bytes, over the budget of {SINGLE_FILE_BUDGET}",
                    html.len()
                ));
            }
        } else {
            println!("jihua-pack: the single file jihua.html is made by release builds only");
        }
        println!(
            "jihua-pack: sw.js version {version}, {} files kept offline",
            kept.len()
        );
        println!("jihua-pack: sizes: {}", size_line(&sizes));
        let report = serde_json::to_string_pretty(&sizes).map_err(|e| e.to_string())?;
        write(&staging.join("sizes.json"), report)
    }
}
