//! Photos as evidence, in the browser: a picked or taken photo is drawn on a
//! canvas at most 1600 px on its long side (`photos::fit`), turned upright from
//! its EXIF orientation where the browser does not do it (Chromium 80), saved as
//! JPEG at 80 % and kept in IndexedDB (`storage::photos`); thumbnails load the
//! stored image when shown, and a tap opens it full size.

use crate::model::PhotoId;
use crate::photos::{exif, fit};
use crate::storage::{photos, StoreError};
use crate::ui::state::use_state;
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// JPEG quality of a kept photo: about 200–300 KB at 1600 px.
const QUALITY: f64 = 0.8;

/// Why a photo was not kept.
#[derive(Clone, Debug, PartialEq)]
pub enum PhotoProblem {
    /// The file is not an image the browser can open.
    NotAnImage,
    /// The disk is full.
    Quota,
    /// Anything else.
    Failed(String),
}

fn failed(e: impl std::fmt::Debug) -> PhotoProblem {
    PhotoProblem::Failed(format!("{e:?}"))
}

/// True where the browser turns images upright from their EXIF orientation by
/// itself (Chromium 81+, with the `image-orientation` property).
fn browser_orients() -> bool {
    let css = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("CSS")).ok();
    let supports = css
        .as_ref()
        .and_then(|c| js_sys::Reflect::get(c, &JsValue::from_str("supports")).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match (css, supports) {
        (Some(css), Some(f)) => f
            .call2(
                &css,
                &JsValue::from_str("image-orientation"),
                &JsValue::from_str("from-image"),
            )
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false),
        _ => false,
    }
}

/// The canvas transform that draws an image of `w`×`h` (as stored) upright for
/// EXIF `orientation`.
fn transform(orientation: u8, w: f64, h: f64) -> [f64; 6] {
    match orientation {
        2 => [-1.0, 0.0, 0.0, 1.0, w, 0.0],
        3 => [-1.0, 0.0, 0.0, -1.0, w, h],
        4 => [1.0, 0.0, 0.0, -1.0, 0.0, h],
        5 => [0.0, 1.0, 1.0, 0.0, 0.0, 0.0],
        6 => [0.0, 1.0, -1.0, 0.0, h, 0.0],
        7 => [0.0, -1.0, -1.0, 0.0, h, w],
        8 => [0.0, -1.0, 1.0, 0.0, 0.0, w],
        _ => [1.0, 0.0, 0.0, 1.0, 0.0, 0.0],
    }
}

/// `file` made into the photo that is kept: scaled, upright, JPEG; with the time
/// it was taken when the camera wrote it.
pub async fn prepare(
    file: &web_sys::File,
) -> Result<(web_sys::Blob, Option<String>), PhotoProblem> {
    let bytes = JsFuture::from(file.array_buffer()).await.map_err(failed)?;
    let bytes = js_sys::Uint8Array::new(&bytes).to_vec();
    if !crate::file::bundle::is_image(&bytes) {
        return Err(PhotoProblem::NotAnImage);
    }
    let facts = exif::read(&bytes);
    let url = web_sys::Url::create_object_url_with_blob(file).map_err(failed)?;
    let img = web_sys::HtmlImageElement::new().map_err(failed)?;
    img.set_src(&url);
    let decoded = JsFuture::from(img.decode()).await;
    let _ = web_sys::Url::revoke_object_url(&url);
    decoded.map_err(|_| PhotoProblem::NotAnImage)?;
    let orientation = if browser_orients() {
        1
    } else {
        facts.orientation
    };
    let (w, h) = fit(img.natural_width(), img.natural_height());
    if w == 0 || h == 0 {
        return Err(PhotoProblem::NotAnImage);
    }
    let side = (5..=8).contains(&orientation);
    let (cw, ch) = if side { (h, w) } else { (w, h) };
    let canvas: web_sys::HtmlCanvasElement = document()
        .create_element("canvas")
        .map_err(failed)?
        .unchecked_into();
    canvas.set_width(cw);
    canvas.set_height(ch);
    let ctx: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .map_err(failed)?
        .ok_or_else(|| failed("no 2d context"))?
        .unchecked_into();
    let [a, b, c, d, e, f] = transform(orientation, f64::from(w), f64::from(h));
    ctx.transform(a, b, c, d, e, f).map_err(failed)?;
    ctx.draw_image_with_html_image_element_and_dw_and_dh(
        &img,
        0.0,
        0.0,
        f64::from(w),
        f64::from(h),
    )
    .map_err(failed)?;
    let blob = to_jpeg(&canvas).await?;
    let taken = facts
        .taken
        .map(|t| t.format("%Y-%m-%dT%H:%M:%S").to_string());
    Ok((blob, taken))
}

/// The canvas as a JPEG blob.
async fn to_jpeg(canvas: &web_sys::HtmlCanvasElement) -> Result<web_sys::Blob, PhotoProblem> {
    let canvas = canvas.clone();
    let mut error = None;
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let done = Closure::once_into_js(move |blob: JsValue| {
            if blob.is_null() {
                let _ = reject.call1(&JsValue::NULL, &JsValue::from_str("toBlob gave nothing"));
            } else {
                let _ = resolve.call1(&JsValue::NULL, &blob);
            }
        });
        if let Err(e) = canvas.to_blob_with_type_and_encoder_options(
            done.unchecked_ref(),
            "image/jpeg",
            &JsValue::from_f64(QUALITY),
        ) {
            error = Some(e);
        }
    });
    if let Some(e) = error {
        return Err(failed(e));
    }
    let blob = JsFuture::from(promise).await.map_err(failed)?;
    blob.dyn_into::<web_sys::Blob>().map_err(failed)
}

/// Prepares and keeps `file` as a new photo; its id, or why not.
pub async fn keep(file: &web_sys::File) -> Result<PhotoId, PhotoProblem> {
    let (blob, taken) = prepare(file).await?;
    let id = PhotoId::new(crate::ui::browser::new_id("ph-"));
    match photos::put(&id, &blob, taken.as_deref()).await {
        Ok(()) => Ok(id),
        Err(StoreError::Quota) => Err(PhotoProblem::Quota),
        Err(e) => Err(PhotoProblem::Failed(e.to_string())),
    }
}

/// A stored photo as an object URL, revoked when the view that asked is gone.
fn photo_url(id: PhotoId) -> LocalResource<Option<String>> {
    LocalResource::new(move || {
        let id = id.clone();
        async move {
            let photo = photos::get(&id).await.ok().flatten()?;
            web_sys::Url::create_object_url_with_blob(&photo.blob).ok()
        }
    })
}

/// A photo's thumbnail; a tap shows it full size. Shows a placeholder where the
/// photo is not kept in this browser.
#[component]
pub fn PhotoThumb(
    /// The photo.
    id: PhotoId,
    /// Called with the photo's id to take it off the entry (the record form).
    #[prop(optional)]
    on_remove: Option<Callback<PhotoId>>,
) -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    let url = photo_url(id.clone());
    let revoke = StoredValue::new_local(None::<String>);
    Effect::new(move |_| {
        if let Some(Some(u)) = url.get() {
            revoke.set_value(Some(u));
        }
    });
    on_cleanup(move || {
        if let Some(u) = revoke.try_get_value().flatten() {
            let _ = web_sys::Url::revoke_object_url(&u);
        }
    });
    let full = RwSignal::new(false);
    let remove_id = id.clone();
    // The full-size photo takes the focus (on its close button) while it is open,
    // and gives it back to the thumbnail when it closes.
    let close_button = NodeRef::<leptos::html::Button>::new();
    let thumb = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(b) = close_button.get() {
            let _ = b.focus();
        }
    });
    Effect::new(move |was_open: Option<bool>| {
        let open = full.get();
        if was_open == Some(true) && !open {
            if let Some(b) = thumb.get_untracked() {
                let _ = b.focus();
            }
        }
        open
    });
    view! {
        <span class="photo-thumb-wrap">
            <button type="button" class="photo-thumb" data-testid="entry-thumb" data-photo-id=id.0.clone() node_ref=thumb
                aria-label=move || t().photo_view title=move || t().photo_view
                on:click=move |ev| { ev.stop_propagation(); full.set(true); }>
                {move || match url.get() {
                    Some(Some(u)) => view! { <img src=u alt="" loading="lazy" /> }.into_any(),
                    Some(None) => view! { <span class="photo-missing" title=move || t().photo_missing>"?"</span> }.into_any(),
                    None => view! { <span class="photo-loading"></span> }.into_any(),
                }}
            </button>
            {on_remove.map(|remove| view! {
                <button type="button" class="photo-remove" data-testid="photo-remove"
                    aria-label=move || t().photo_remove title=move || t().photo_remove
                    on:click=move |_| remove.run(remove_id.clone())>"×"</button>
            })}
            <Show when=move || full.get()>
                <div class="photo-full" data-testid="photo-full" role="dialog" aria-modal="true"
                    aria-label=move || t().photo_view
                    on:click=move |ev| { ev.stop_propagation(); full.set(false); }
                    // Escape closes the photo, not the dialog under it; Tab stays on it.
                    on:keydown=move |ev: web_sys::KeyboardEvent| {
                        if ev.key() == "Escape" {
                            ev.stop_propagation();
                            ev.prevent_default();
                            full.set(false);
                        } else {
                            let panel = ev.current_target().and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok());
                            if let Some(panel) = panel {
                                crate::ui::widgets::modal::trap_tab(&panel, &ev);
                            }
                        }
                    }>
                    {move || url.get().flatten().map(|u| view! { <img src=u alt="" /> })}
                    <button type="button" class="btn photo-full-close" data-testid="photo-full-close"
                        node_ref=close_button>{move || t().close}</button>
                </div>
            </Show>
        </span>
    }
}

/// The message for a photo that was not kept.
pub fn problem_text(lang: crate::ui::i18n::Lang, p: &PhotoProblem) -> &'static str {
    let t = lang.t();
    match p {
        PhotoProblem::NotAnImage => t.photo_not_image,
        PhotoProblem::Quota => t.photo_quota,
        PhotoProblem::Failed(_) => t.photo_failed,
    }
}
