//! The backup file.

use jihua::file::{backup_file_name, backup_json};
use jihua::model::sample::sample_plan;
use jihua::model::Plan;

#[test]
fn backup_holds_every_plan_and_reads_back() {
    let plans = vec![sample_plan(2026), sample_plan(2027)];
    let text = backup_json(&plans, "2026-11-26T08:00:00Z");
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["format"], "jihua-backup");
    assert_eq!(value["version"], 1);
    assert_eq!(value["exported_at"], "2026-11-26T08:00:00Z");
    let back: Vec<Plan> = serde_json::from_value(value["plans"].clone()).unwrap();
    assert_eq!(back, plans);
    assert_eq!(backup_file_name("2026-11-26"), "jihua-备份-2026-11-26.json");
}
