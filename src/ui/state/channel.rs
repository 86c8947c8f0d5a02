//! This tab's end of the BroadcastChannel the tabs share (see `sync`). A leaf: the
//! root state holds one, and only `sync` makes and uses it.

use wasm_bindgen::closure::Closure;

/// This tab's end of the channel.
pub(crate) struct Channel {
    /// The channel.
    pub(crate) channel: web_sys::BroadcastChannel,
    /// This tab's id, to ignore its own messages.
    pub(crate) tab: String,
    /// The message handler, kept alive as long as the channel.
    pub(crate) _listener: Closure<dyn FnMut(web_sys::MessageEvent)>,
}
