//! The corpus of bad files in `tests/fixtures/bad/`: each one is refused with the
//! expected problem at the expected JSON path, and the published JSON Schema agrees
//! with the parser about every fixture it can judge (good ones too).

// Host only: the test tools (proptest, jsonschema) and the fixture files are not
// built for the browser.
#![cfg(not(target_arch = "wasm32"))]

use jihua::file::{read_bytes, FileError, Problem};
use jihua::model::sample::sample_plan;
use serde_json::Value;
use std::path::Path;

fn fixtures(dir: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(dir);
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".jihua.json"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&p).unwrap())
        })
        .collect();
    files.sort();
    files
}

fn expected() -> serde_json::Map<String, Value> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad/expected.json");
    serde_json::from_slice::<Value>(&std::fs::read(path).unwrap())
        .unwrap()
        .as_object()
        .unwrap()
        .clone()
}

/// `Syntax:Truncated` style name of a problem, as the manifest writes it.
fn problem_name(p: &Problem) -> String {
    let debug = format!("{p:?}");
    let head = debug.split(['(', ' ', '{']).next().unwrap().to_owned();
    match p {
        Problem::Syntax(kind) => {
            let kind = format!("{kind:?}");
            let kind = kind.split('(').next().unwrap();
            if kind == "Other" {
                head
            } else {
                format!("{head}:{kind}")
            }
        }
        _ => head,
    }
}

/// The schema's complaints about `value`, with where.
fn schema_errors(validator: &jsonschema::Validator, value: &Value) -> Vec<String> {
    validator
        .iter_errors(value)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect()
}

fn validator() -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/schema/jihua-plan-v2.json");
    let schema: Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the schema compiles")
}

#[test]
fn every_bad_fixture_is_refused_at_its_path() {
    let expected = expected();
    let files = fixtures("bad");
    assert!(files.len() >= 30, "only {} bad fixtures", files.len());
    assert_eq!(
        files.len(),
        expected.len(),
        "every fixture has an expectation and back"
    );
    for (name, bytes) in files {
        let want = &expected[&name];
        let errors = read_bytes(&bytes).expect_err(&name).errors;
        let first: &FileError = &errors[0];
        assert_eq!(
            first.path.to_string(),
            want["path"].as_str().unwrap(),
            "{name}: {errors:?}"
        );
        assert_eq!(
            problem_name(&first.problem),
            want["problem"].as_str().unwrap(),
            "{name}: {first}"
        );
        if want["schema"] == "n/a" && !matches!(first.problem, Problem::Empty | Problem::Utf16) {
            // Errors found in the raw text say where: line and column.
            let problem_in_text = !matches!(first.problem, Problem::TooLarge { .. });
            assert_eq!(
                first.line_column.is_some(),
                problem_in_text,
                "{name}: {first}"
            );
        }
    }
}

#[test]
fn the_schema_agrees_with_the_parser() {
    let validator = validator();
    let expected = expected();
    for (name, bytes) in fixtures("bad") {
        let verdict = expected[&name]["schema"].as_str().unwrap();
        let Ok(value) = serde_json::from_slice::<Value>(&bytes) else {
            assert_eq!(
                verdict, "n/a",
                "{name} is not JSON, so the schema cannot judge it"
            );
            continue;
        };
        match verdict {
            "reject" => assert!(!validator.is_valid(&value), "the schema accepts {name}"),
            // Rules a JSON Schema cannot state (unique ids, references, order of dates).
            "accept" => assert!(
                validator.is_valid(&value),
                "{name}: {:?}",
                schema_errors(&validator, &value)
            ),
            // Valid JSON, but refused before the schema's rules apply (nesting depth).
            _ => assert_eq!(name, "deep-nesting.jihua.json"),
        }
    }
    for (name, bytes) in fixtures("good") {
        let value: Value = serde_json::from_slice(&bytes).unwrap();
        let errors = schema_errors(&validator, &value);
        assert!(errors.is_empty(), "{name}: {errors:?}");
        assert!(
            read_bytes(&bytes).is_ok(),
            "{name}: {:?}",
            read_bytes(&bytes)
        );
    }
    for year in [2024, 2026] {
        let text = jihua::file::plan_json(&sample_plan(year), "2026-11-26T08:00:00Z");
        let value: Value = serde_json::from_str(&text).unwrap();
        let errors = schema_errors(&validator, &value);
        assert!(errors.is_empty(), "sample {year}: {errors:?}");
        let backup = jihua::file::backup_json(&[sample_plan(year)], "2026-11-26T08:00:00Z");
        assert!(validator.is_valid(&serde_json::from_str::<Value>(&backup).unwrap()));
    }
}
