//! Benchmark, not a test (no timing is asserted): save latency per edit for plans of
//! 100, 1,000 and 10,000 activities, with IndexedDB and with localStorage, in headless
//! Chromium. Run with `scripts/bench.sh storage`; it prints a table.
#![cfg(target_arch = "wasm32")]

use jihua::model::sample::sample_plan;
use jihua::model::{Item, ItemId, Plan, PlanId};
use jihua::storage::idb::IdbRepository;
use jihua::storage::local::LocalRepository;
use jihua::storage::{Repository, StoreError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const EDITS: usize = 15;

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// The sample plan grown to `n` activities by repeating its own.
fn plan_of(n: usize) -> Plan {
    let mut plan = sample_plan(2026);
    plan.id = PlanId::new(format!("bench-{n}"));
    let base: Vec<Item> = plan.items.clone();
    plan.items = (0..n)
        .map(|k| {
            let mut item = base[k % base.len()].clone();
            item.id = ItemId::new(format!("b{k}"));
            item.order = k as u32;
            item.title = format!("{}（{k}）", item.title);
            item.notes = "于桥村，观众约300人；辅导部、演出部配合，舞美部负责灯光音响。".into();
            item
        })
        .collect();
    plan
}

/// Median and worst milliseconds per save of one edit, or the error that stopped it.
async fn measure(repo: &impl Repository, n: usize) -> Result<(f64, f64, usize), StoreError> {
    let mut plan = plan_of(n);
    plan.revision = repo.save(&plan, "t0").await?;
    let bytes = serde_json::to_string(&plan).map_or(0, |s| s.len());
    let mut times = Vec::with_capacity(EDITS);
    for e in 0..EDITS {
        plan.items[e % n].title.push('改');
        let start = now_ms();
        plan.revision = repo.save(&plan, "t").await?;
        times.push(now_ms() - start);
    }
    times.sort_by(f64::total_cmp);
    Ok((times[EDITS / 2], times[EDITS - 1], bytes))
}

fn report(backend: &str, n: usize, result: Result<(f64, f64, usize), StoreError>) {
    match result {
        Ok((median, worst, bytes)) => console_log!(
            "BENCH storage {backend:<12} {n:>6} activities  {:>7.1} KB  median {median:>8.2} ms  worst {worst:>8.2} ms",
            bytes as f64 / 1024.0
        ),
        Err(e) => console_log!("BENCH storage {backend:<12} {n:>6} activities  failed: {e}"),
    }
}

#[wasm_bindgen_test]
async fn save_latency() {
    for n in [100, 1_000, 10_000] {
        let idb = IdbRepository::open_named(&format!("bench-{n}"))
            .await
            .expect("IndexedDB");
        report("IndexedDB", n, measure(&idb, n).await);
    }
    for n in [100, 1_000, 10_000] {
        web_sys::window()
            .unwrap()
            .local_storage()
            .unwrap()
            .unwrap()
            .clear()
            .unwrap();
        let local = LocalRepository::open().expect("localStorage");
        report("localStorage", n, measure(&local, n).await);
    }
}
