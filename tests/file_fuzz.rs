//! Fuzzing the file reader with proptest: arbitrary bytes, byte-level mutations of
//! valid files and structural mutations of their JSON. No input may panic; any
//! input that is accepted must export and read back to the same plans.
//!
//! The number of cases per property comes from `JIHUA_FUZZ_CASES` (default 3,000,
//! which the test suite runs). The long run, in release mode:
//! `JIHUA_FUZZ_CASES=350000 cargo test --release --test file_fuzz` (3 properties,
//! about a million inputs).

// Host only: the test tools (proptest, jsonschema) and the fixture files are not
// built for the browser.
#![cfg(not(target_arch = "wasm32"))]

use jihua::file::{backup_json, merge, read_bytes, read_str, FileKind};
use jihua::model::sample::sample_plan;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::Value;

fn cases() -> u32 {
    std::env::var("JIHUA_FUZZ_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3_000)
}

fn runner() -> TestRunner {
    TestRunner::new(Config {
        cases: cases(),
        failure_persistence: None,
        ..Config::default()
    })
}

/// Valid files to start from.
fn seeds() -> Vec<String> {
    let mut plan = sample_plan(2026);
    plan.items.truncate(6);
    vec![
        include_str!("fixtures/good/minimal-plan.jihua.json").to_owned(),
        include_str!("fixtures/good/backup.jihua.json").to_owned(),
        include_str!("fixtures/good/unknown-fields.jihua.json").to_owned(),
        jihua::file::plan_json(&plan, "2026-11-26T08:00:00Z"),
    ]
}

/// What an accepted file must satisfy: it writes back and reads back the same.
fn accepted_round_trips(bytes: &[u8]) -> Result<(), TestCaseError> {
    if let Ok(file) = read_bytes(bytes) {
        let text = match file.kind {
            FileKind::Plan => jihua::file::plan_json(&file.plans[0], "2026-11-26T08:00:00Z"),
            FileKind::Backup => backup_json(&file.plans, "2026-11-26T08:00:00Z"),
        };
        let again = read_str(&text).map_err(|e| TestCaseError::fail(format!("{:?}", e.errors)))?;
        prop_assert_eq!(&again.plans, &file.plans);
        for p in &file.plans {
            prop_assert_eq!(&merge(p, p), p);
        }
    }
    Ok(())
}

#[test]
fn arbitrary_bytes_never_panic() {
    let bytes = prop_oneof![
        prop::collection::vec(any::<u8>(), 0..512),
        // Mostly JSON punctuation, to get past the first character more often.
        prop::collection::vec(
            prop::sample::select(b"{}[]\":,0123456789.eE-+ \\ntrufalsn\xe4\xb8\xad".to_vec()),
            0..256
        ),
    ];
    runner().run(&bytes, |b| accepted_round_trips(&b)).unwrap();
}

#[test]
fn byte_mutations_of_valid_files_never_panic() {
    let seeds = seeds();
    let n = seeds.len();
    let edit = (0..4u8, any::<prop::sample::Index>(), any::<u8>(), 1..8usize);
    let strategy = (0..n, prop::collection::vec(edit, 1..6));
    runner()
        .run(&strategy, |(seed, edits)| {
            let mut bytes = seeds[seed].clone().into_bytes();
            for (op, at, byte, len) in edits {
                let i = at.index(bytes.len().max(1)).min(bytes.len());
                match op {
                    0 if i < bytes.len() => bytes[i] = byte,
                    1 => bytes.insert(i, byte),
                    2 => {
                        let end = (i + len).min(bytes.len());
                        bytes.drain(i..end);
                    }
                    _ => bytes.truncate(i),
                }
            }
            accepted_round_trips(&bytes)
        })
        .unwrap();
}

/// Every node of `v` as a JSON pointer.
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Array(list) => {
            for (i, x) in list.iter().enumerate() {
                pointers(x, format!("{at}/{i}"), out);
            }
        }
        Value::Object(map) => {
            for (k, x) in map {
                pointers(
                    x,
                    format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        _ => {}
    }
    out.push(at);
}

fn hostile() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("JSON numbers are finite", |x| x.is_finite())
            .prop_map(Value::from),
        prop::sample::select(vec![
            0i64,
            -1,
            1,
            12,
            13,
            1899,
            2201,
            1 << 53,
            u32::MAX as i64 + 1
        ])
        .prop_map(Value::from),
        prop::sample::select(vec![
            "",
            " ",
            "<img src=x onerror=alert(1)>",
            "2024-02-30",
            "2024-02-29",
            "1899-12-31",
            "2024-13-01",
            "i1",
            "s1",
            "d1",
            "pl1",
            "r1",
            "month",
            "range",
            "middle",
            "at_most",
            "done",
            "2024-07-15T08:00:00+08:00",
            "yesterday",
            "#zzzzzz",
            "jihua-plan",
        ])
        .prop_map(Value::from),
        Just(Value::Array(vec![])),
        Just(serde_json::json!({})),
        Just(serde_json::json!({"kind": "range", "start": "2024-05-01", "end": "2024-04-01"})),
        Just(serde_json::json!({"every": "week", "times": 3})),
    ]
}

#[test]
fn structural_mutations_of_valid_files_never_panic() {
    let seeds: Vec<Value> = seeds()
        .iter()
        .map(|s| serde_json::from_str(s).unwrap())
        .collect();
    let n = seeds.len();
    let strategy = (
        0..n,
        prop::collection::vec(
            (any::<bool>(), any::<prop::sample::Index>(), hostile()),
            1..4,
        ),
    );
    runner()
        .run(&strategy, |(seed, edits)| {
            let mut doc = seeds[seed].clone();
            for (remove, at, value) in edits {
                let mut all = Vec::new();
                pointers(&doc, String::new(), &mut all);
                let target = all[at.index(all.len())].clone();
                if remove && !target.is_empty() {
                    let (parent, key) = target.rsplit_once('/').unwrap();
                    match doc.pointer_mut(parent) {
                        Some(Value::Object(map)) => {
                            drop(map.remove(&key.replace("~1", "/").replace("~0", "~")))
                        }
                        Some(Value::Array(list)) => {
                            drop(list.remove(key.parse::<usize>().unwrap()))
                        }
                        _ => {}
                    }
                } else if let Some(slot) = doc.pointer_mut(&target) {
                    *slot = value;
                }
            }
            accepted_round_trips(doc.to_string().as_bytes())
        })
        .unwrap();
}
