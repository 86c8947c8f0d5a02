//! The message next to a form field with a problem: the activity form's fields and
//! the progress entry's share it.

use crate::ui::form::{field_error, FieldError};
use crate::ui::state::use_state;
use leptos::prelude::*;

/// The message for `field`, if `errors` has a problem there.
#[component]
pub fn FieldProblem<F>(errors: Memo<Vec<(F, FieldError)>>, field: F) -> impl IntoView
where
    F: Copy + PartialEq + Send + Sync + 'static,
{
    let state = use_state();
    move || {
        errors
            .with(|es| es.iter().find(|(f, _)| *f == field).map(|(_, e)| *e))
            .map(|e| {
                view! {
                    <span class="field-error" role="alert" data-testid="error-message">
                        {move || field_error(state.lang.get(), e)}
                    </span>
                }
            })
    }
}
