//! Browser tests (wasm-bindgen-test in headless Chromium): the storage layer against
//! the real localStorage, and the mounted app reacting to clicks.
#![cfg(target_arch = "wasm32")]

use jihua::model::sample::sample_plan;
use jihua::model::{Edit, ItemId, PlanId};
use jihua::storage;
use jihua::ui::App;
use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn clear_storage() {
    if let Ok(Some(s)) = web_sys::window().unwrap().local_storage() {
        s.clear().unwrap();
    }
}

fn count(root: &web_sys::Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

fn click(root: &web_sys::Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
}

/// The app mounted in a fresh element; dropping it unmounts the app and removes
/// the element.
struct Mounted {
    root: web_sys::HtmlElement,
    _handle: Box<dyn std::any::Any>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.root.remove();
    }
}

async fn mount_app() -> Mounted {
    let document = document();
    let root: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&root).unwrap();
    let handle = Box::new(mount_to(root.clone(), App));
    tick().await;
    Mounted {
        root,
        _handle: handle,
    }
}

#[wasm_bindgen_test]
fn storage_round_trip_and_unreadable_records() {
    clear_storage();
    let plan = sample_plan(2026);
    storage::save(&plan).unwrap();
    let raw = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    raw.set_item(&storage::plan_key("broken"), "{ not json")
        .unwrap();
    let (plans, bad) = storage::load_all();
    assert_eq!(plans, vec![plan.clone()]);
    assert_eq!(bad.len(), 1);
    assert_eq!(bad[0].key, storage::plan_key("broken"));
    // The unreadable record is left in place, never dropped.
    assert!(raw
        .get_item(&storage::plan_key("broken"))
        .unwrap()
        .is_some());
    storage::delete(plan.id.as_str());
    assert!(storage::load_all().0.is_empty());
    clear_storage();
}

#[wasm_bindgen_test]
async fn first_start_shows_and_stores_the_sample() {
    clear_storage();
    let app = mount_app().await;
    let root = &app.root;
    let title = root
        .query_selector("[data-testid=plan-title]")
        .unwrap()
        .unwrap();
    assert!(title.text_content().unwrap().contains("示例"));
    assert!(count(root, "[data-testid=item-row]") >= 20);
    let (stored, _) = storage::load_all();
    assert_eq!(stored.len(), 1);
    assert!(stored[0].sample);
    let status = root
        .query_selector("[data-testid=save-status]")
        .unwrap()
        .unwrap();
    assert_eq!(status.get_attribute("data-state").as_deref(), Some("saved"));
    drop(app);
    clear_storage();
}

#[wasm_bindgen_test]
async fn delete_and_undo_through_the_ui_are_saved() {
    clear_storage();
    let app = mount_app().await;
    let root = &app.root;
    let before = count(root, "[data-testid=item-row]");
    click(root, "[data-testid=item-row] [data-testid=delete-item]");
    tick().await;
    assert_eq!(count(root, "[data-testid=item-row]"), before - 1);
    assert_eq!(storage::load_all().0[0].items.len() as u32, before - 1);
    click(root, "[data-testid=toast-undo]");
    tick().await;
    assert_eq!(count(root, "[data-testid=item-row]"), before);
    assert_eq!(storage::load_all().0[0].items.len() as u32, before);
    drop(app);
    clear_storage();
}

#[wasm_bindgen_test]
async fn the_app_opens_the_plan_it_showed_last() {
    clear_storage();
    let mut other = sample_plan(2025);
    other.id = PlanId::new("other");
    other.title = "另一个计划".into();
    other.sample = false;
    jihua::model::apply(
        &mut other,
        Edit::DeleteItem(ItemId::new("i1")),
        "2025-01-01T00:00:00Z",
    )
    .unwrap();
    storage::save(&sample_plan(2026)).unwrap();
    storage::save(&other).unwrap();
    storage::set_setting(storage::CURRENT_KEY, "other");
    let app = mount_app().await;
    let root = &app.root;
    let title = root
        .query_selector("[data-testid=plan-title]")
        .unwrap()
        .unwrap();
    assert_eq!(title.text_content().unwrap(), "另一个计划");
    assert_eq!(count(root, "[data-testid=plan-switcher] option"), 2);
    assert_eq!(
        count(root, "[data-testid=item-row]") as usize,
        other.items.len()
    );
    drop(app);
    clear_storage();
}
