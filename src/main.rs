//! Mounts the app; nothing else.

#[cfg(target_arch = "wasm32")]
fn main() {
    jihua::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("jihua is a web app: build it for wasm32 with `trunk build`.");
}
