//! An activity written as the sentence a plan would have: "元宵节文艺演出。计划于
//! 元宵节在文化广场开展，由辅导部负责，负责人：张三，目标不少于3场。"

use super::words::Words;
use crate::model::{Item, Plan, When};

/// The title followed by one sentence of time, places, departments, lead and
/// target — whichever the activity has.
pub fn activity_sentence(plan: &Plan, item: &Item, w: &Words) -> String {
    let p = &w.prose;
    let mut title = item.title.trim().to_owned();
    // The title is a sentence of its own; do not stop it twice.
    if !ends_a_sentence(&title) {
        title.push_str(p.stop);
    }
    let mut clauses = Vec::new();
    let places = super::place_names(plan, item, p.list);
    let when = (!matches!(item.when, When::Unscheduled)).then(|| {
        if item.milestone {
            (w.deadline)(&item.when, plan.year)
        } else {
            (w.when)(&item.when, plan.year)
        }
    });
    let repeat = (w.repeat)(item.repeat.as_ref());
    if when.is_some() || !places.is_empty() {
        let mut c = String::new();
        if let Some(when) = &when {
            c.push_str(p.planned);
            c.push_str(when);
            if !repeat.is_empty() {
                c.push_str(if w.zh { "" } else { ", " });
                c.push_str(&repeat);
            }
        }
        if !places.is_empty() {
            c.push_str(p.at);
            c.push_str(&places);
        }
        c.push_str(if item.milestone { p.done } else { p.held });
        clauses.push(c.trim().to_owned());
    }
    let departments = super::department_names(plan, item, p.list);
    if !departments.is_empty() {
        clauses.push((p.led_by)(&departments));
    }
    if !item.lead.trim().is_empty() {
        clauses.push((p.lead)(item.lead.trim()));
    }
    if let Some(t) = &item.target {
        clauses.push((p.target)(&(w.target)(t)));
    }
    if clauses.is_empty() {
        return title;
    }
    let sep = if w.zh { "" } else { " " };
    let mut sentence = clauses.join(p.comma);
    if !w.zh {
        sentence = capitalise(&sentence);
    }
    format!("{title}{sep}{sentence}{}", p.stop)
}

fn ends_a_sentence(s: &str) -> bool {
    s.ends_with(['。', '！', '？', '.', '!', '?', '；'])
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}
