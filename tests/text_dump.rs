//! Tools for fixtures, run by hand: `DUMP=file.txt cargo test --test text_dump dump -- --ignored --nocapture`
//! prints what each line became; `EXPECT=file.txt … expect` writes a first
//! `.expected.json` for a person to check before committing it.

#![cfg(not(target_arch = "wasm32"))]
use jihua::model::PlanId;
use jihua::text::{read_text, Choices};

/// The reading of the text file at `path` and the plan it makes (2023 when the
/// text names no year, as the seeds).
fn read_file(path: &str) -> (jihua::text::Reading, jihua::text::Outcome) {
    let text = std::fs::read_to_string(path).unwrap();
    let r = read_text(&text);
    let choices = Choices {
        year: r.year.unwrap_or(2023),
        default_section: "工作安排".into(),
        default_title: "导入的计划".into(),
        times: vec![],
    };
    let o = r.outcome(&r.auto, &choices, PlanId::new("p"));
    (r, o)
}

#[test]
#[ignore]
fn dump() {
    let (r, o) = read_file(&std::env::var("DUMP").unwrap());
    for (i, l) in r.lines.iter().enumerate() {
        let t: String = l.text.chars().take(40).collect();
        println!("{:>3} {:<8} {:?} {}", i, o.roles[i].word(), r.depth[i], t);
    }
    println!(
        "title={} year={:?} preface={}",
        o.plan.title,
        r.year,
        o.plan.preface.chars().take(30).collect::<String>()
    );
    for s in &o.plan.sections {
        println!(
            "S {} parent={:?} {}",
            s.id.0,
            s.parent.as_ref().map(|p| p.0.clone()),
            s.title
        );
    }
    for it in &o.plan.items {
        let deps: Vec<_> = it
            .departments
            .iter()
            .filter_map(|d| o.plan.department(d))
            .map(|d| d.name.clone())
            .collect();
        let places: Vec<_> = it
            .places
            .iter()
            .filter_map(|d| o.plan.place(d))
            .map(|d| d.name.clone())
            .collect();
        println!(
            "I {} [{}] {} | {:?} ms={} rep={:?} tgt={:?} deps={:?} places={:?}",
            it.id.0,
            it.section.0,
            it.title,
            it.when,
            it.milestone,
            it.repeat,
            it.target
                .as_ref()
                .map(|t| format!("{:?}{}{}", t.op, t.quantity, t.unit)),
            deps,
            places
        );
    }
}

/// Writes the expected file of a fixture from the reader's result, for a person to
/// check line by line before it is committed (`EXPECT=path.txt`).
#[test]
#[ignore]
fn expect() {
    let path = std::env::var("EXPECT").unwrap();
    let (_, o) = read_file(&path);
    let items: Vec<serde_json::Value> = o
        .plan
        .items
        .iter()
        .map(|it| {
            let section = o
                .plan
                .sections
                .iter()
                .find(|s| s.id == it.section)
                .unwrap()
                .title
                .clone();
            let deps: Vec<String> = it
                .departments
                .iter()
                .filter_map(|d| o.plan.department(d))
                .map(|d| d.name.clone())
                .collect();
            serde_json::json!({
                "title": it.title,
                "section": section,
                "when": it.when,
                "departments": deps,
                "target": it.target,
            })
        })
        .collect();
    let out = serde_json::json!({"year": o.plan.year, "title": o.plan.title, "items": items});
    std::fs::write(
        path.replace(".txt", ".expected.json"),
        serde_json::to_string_pretty(&out).unwrap() + "\n",
    )
    .unwrap();
}
