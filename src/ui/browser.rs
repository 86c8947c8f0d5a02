//! The few facts the app takes from the browser: the clock and fresh ids. The pure
//! layers never ask for them; the state passes them in.

/// The current time as RFC 3339 (UTC).
pub fn now() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// The current local year.
pub fn this_year() -> i32 {
    js_sys::Date::new_0().get_full_year() as i32
}

/// A fresh id with `prefix`: time in base 36 plus random digits, unique enough for
/// one person's plans and short enough to read in a file.
pub fn new_id(prefix: &str) -> String {
    let time = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 2f64.powi(40)) as u64;
    format!("{prefix}{}{}", base36(time), base36(random))
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Today's date (local time).
pub fn today() -> chrono::NaiveDate {
    let d = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_default()
}

/// Now, in local time (`local`) or in UTC: the stamps of exported documents.
pub fn now_at(local: bool) -> chrono::NaiveDateTime {
    let d = js_sys::Date::new_0();
    let (y, mo, day, h, mi, s) = if local {
        (
            d.get_full_year(),
            d.get_month(),
            d.get_date(),
            d.get_hours(),
            d.get_minutes(),
            d.get_seconds(),
        )
    } else {
        (
            d.get_utc_full_year(),
            d.get_utc_month(),
            d.get_utc_date(),
            d.get_utc_hours(),
            d.get_utc_minutes(),
            d.get_utc_seconds(),
        )
    };
    chrono::NaiveDate::from_ymd_opt(y as i32, mo + 1, day)
        .and_then(|date| date.and_hms_opt(h, mi, s))
        .unwrap_or_default()
}

/// Today as YYYY-MM-DD (local time), for file names.
pub fn today_iso() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// Offers `text` (a plan file) to the user as a download named `name`.
pub fn download(name: &str, text: &str) -> Result<(), wasm_bindgen::JsValue> {
    download_as(name, text, "application/json;charset=utf-8")
}

/// Offers `text` to the user as a download named `name` of type `mime`.
pub fn download_as(name: &str, text: &str, mime: &str) -> Result<(), wasm_bindgen::JsValue> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    offer(name, &parts, mime)
}

/// Offers `bytes` (a .docx, an .xlsx) to the user as a download named `name`.
pub fn download_bytes(name: &str, bytes: &[u8], mime: &str) -> Result<(), wasm_bindgen::JsValue> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    offer(name, &parts, mime)
}

fn offer(name: &str, parts: &js_sys::Array, mime: &str) -> Result<(), wasm_bindgen::JsValue> {
    use wasm_bindgen::JsCast;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_buffer_source_sequence_and_options(parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = leptos::prelude::document();
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The browser has taken the blob once the click is handled.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
    Ok(())
}

/// True when the page was opened from a file (a USB stick), not from a web server.
pub fn from_file() -> bool {
    web_sys::window()
        .and_then(|w| w.location().protocol().ok())
        .is_some_and(|p| p == "file:")
}

fn storage_manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    // Older browsers and some file:// pages have no StorageManager.
    let has = js_sys::Reflect::has(&navigator, &"storage".into()).unwrap_or(false);
    has.then(|| navigator.storage())
}

/// Asks the browser to keep this site's data when it cleans up; `None` if it
/// cannot be asked.
pub async fn request_persistence() -> Option<bool> {
    let promise = storage_manager()?.persist().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_bool()
}

/// Bytes used and bytes available to this site, if the browser tells.
pub async fn storage_estimate() -> Option<(f64, f64)> {
    let promise = storage_manager()?.estimate().ok()?;
    let estimate: web_sys::StorageEstimate = wasm_bindgen::JsCast::unchecked_into(
        wasm_bindgen_futures::JsFuture::from(promise).await.ok()?,
    );
    Some((estimate.get_usage()?, estimate.get_quota()?))
}
