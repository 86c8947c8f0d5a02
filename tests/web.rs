//! Browser tests (wasm-bindgen-test in headless Chromium): the mounted app opens
//! IndexedDB, shows the sample on first start, and saves what is done through clicks.
#![cfg(target_arch = "wasm32")]

use jihua::model::sample::sample_plan;
use jihua::model::{Edit, ItemId, PlanId};
use jihua::storage::idb::IdbRepository;
use jihua::storage::{settings, Repository};
use jihua::ui::App;
use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Empties the app's database and settings.
async fn reset() {
    let repo = IdbRepository::open().await.unwrap();
    for plan in repo.list().await.unwrap().plans {
        repo.delete(&plan.id, "t").await.unwrap();
    }
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
}

async fn stored() -> Vec<jihua::model::Plan> {
    IdbRepository::open()
        .await
        .unwrap()
        .list()
        .await
        .unwrap()
        .plans
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

/// Waits (up to 10 s) until `check` holds.
async fn until(mut check: impl FnMut() -> bool) {
    for _ in 0..500 {
        if check() {
            return;
        }
        sleep(20).await;
    }
    panic!("condition not met in time");
}

fn count(root: &web_sys::Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

fn text(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

fn attr(root: &web_sys::Element, selector: &str, name: &str) -> Option<String> {
    root.query_selector(selector).unwrap()?.get_attribute(name)
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
    let app = Mounted {
        root,
        _handle: handle,
    };
    until(|| count(&app.root, "[data-testid=item-row]") > 0).await;
    app
}

async fn saved(root: &web_sys::Element) {
    until(|| attr(root, "[data-testid=save-status]", "data-state").as_deref() == Some("saved"))
        .await;
}

#[wasm_bindgen_test]
async fn first_start_shows_and_stores_the_sample() {
    reset().await;
    let app = mount_app().await;
    let root = &app.root;
    assert!(text(root, "[data-testid=plan-title]").contains("示例"));
    assert!(count(root, "[data-testid=item-row]") >= 20);
    saved(root).await;
    let plans = stored().await;
    assert_eq!(plans.len(), 1);
    assert!(plans[0].sample);
    assert_eq!(plans[0].revision, 1);
}

#[wasm_bindgen_test]
async fn delete_and_undo_through_the_ui_are_saved() {
    reset().await;
    let app = mount_app().await;
    let root = &app.root;
    saved(root).await;
    let before = count(root, "[data-testid=item-row]");
    click(root, "[data-testid=item-row] [data-testid=delete-item]");
    until(|| count(root, "[data-testid=item-row]") == before - 1).await;
    saved(root).await;
    assert_eq!(stored().await[0].items.len() as u32, before - 1);
    click(root, "[data-testid=toast-undo]");
    until(|| count(root, "[data-testid=item-row]") == before).await;
    saved(root).await;
    let plans = stored().await;
    assert_eq!(plans[0].items.len() as u32, before);
    assert_eq!(plans[0].revision, 3);
}

#[wasm_bindgen_test]
async fn the_app_opens_the_plan_it_showed_last() {
    reset().await;
    let repo = IdbRepository::open().await.unwrap();
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
    repo.save(&sample_plan(2026), "t").await.unwrap();
    repo.save(&other, "t").await.unwrap();
    settings::set(settings::CURRENT_KEY, "other");
    let app = mount_app().await;
    let root = &app.root;
    assert_eq!(text(root, "[data-testid=plan-title]"), "另一个计划");
    assert_eq!(count(root, "[data-testid=plan-switcher] option"), 2);
    assert_eq!(
        count(root, "[data-testid=item-row]") as usize,
        other.items.len()
    );
}
