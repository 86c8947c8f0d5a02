//! The few facts the app takes from the browser: the clock and fresh ids. The pure
//! layers never ask for them; the state passes them in.

use crate::model::ids::IdSource;

/// The current time as RFC 3339 (UTC).
pub fn now() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// The current local year.
pub fn this_year() -> i32 {
    js_sys::Date::new_0().get_full_year() as i32
}

/// Random ids: time in base 36 plus random digits, unique enough for one person's
/// plans and short enough to read in a file.
pub struct BrowserIds;

impl IdSource for BrowserIds {
    fn next_id(&mut self, prefix: &str) -> String {
        let time = js_sys::Date::now() as u64;
        let random = (js_sys::Math::random() * 2f64.powi(40)) as u64;
        format!("{prefix}{}{}", base36(time), base36(random))
    }
}

/// A fresh id with `prefix`.
pub fn new_id(prefix: &str) -> String {
    BrowserIds.next_id(prefix)
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
