//! Small per-browser settings (language, last plan shown) in localStorage. They are
//! conveniences: when localStorage is unavailable they are simply not kept.

/// Key of the id of the plan shown last.
pub const CURRENT_KEY: &str = "jihua:current";
/// Key of the interface language.
pub const LANG_KEY: &str = "jihua:lang";
/// The timeline's last zoom and grouping, as its URL hash (`#timeline/month`).
pub const TIMELINE_KEY: &str = "jihua:timeline";
/// The calendar layers the user hid (lunar days, festivals, terms, holidays).
pub const ALMANAC_KEY: &str = "jihua:almanac";
/// The holiday arrangements the user added, as a holiday file (a list of years).
/// Not a mere convenience: written with [`set_checked`], and carried by backups.
pub const HOLIDAYS_KEY: &str = "jihua:holidays";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads a setting.
pub fn get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Writes a setting; failures are ignored.
pub fn set(key: &str, value: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(key, value);
    }
}

/// Writes a setting and says whether it was kept (`false`: no localStorage, or it
/// is full).
pub fn set_checked(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

/// Removes a setting.
pub fn remove(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}
