//! Bundles (`.jihua.zip`: a plan file and its photos): written and read back, bad
//! bundles refused with a reason, and no bytes at all make the reader panic.

#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use jihua::file::bundle::{
    is_image, looks_like_zip, read_bundle, read_bundle_within, write_bundle, BundleError,
    PLAN_ENTRY,
};
use jihua::file::{plan_json, read_str};
use jihua::model::sample::sample_plan;
use jihua::model::PhotoId;
use proptest::prelude::*;
use std::io::Write;

const JPEG: &[u8] = &[
    0xFF, 0xD8, 0xFF, 0xE0, 0, 16, b'J', b'F', b'I', b'F', 0, 1, 0xFF, 0xD9,
];
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

fn at() -> chrono::NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 30)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap()
}

fn bundle() -> (String, Vec<u8>) {
    let plan = plan_json(&sample_plan(2026), "2026-11-30T01:00:00Z");
    let photos = [(PhotoId::new("ph-1"), JPEG), (PhotoId::new("ph_2"), PNG)];
    (plan.clone(), write_bundle(&plan, &photos, at()).unwrap())
}

/// A zip of `files`, deflated.
fn zip_of(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, data) in files {
        zip.start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(data).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

#[test]
fn a_bundle_reads_back_its_plan_and_photos() {
    let (plan, bytes) = bundle();
    assert!(looks_like_zip(&bytes));
    let back = read_bundle(&bytes).unwrap();
    assert_eq!(back.plan, plan);
    assert_eq!(read_str(&back.plan).unwrap().plans[0], sample_plan(2026));
    assert_eq!(
        back.photos,
        vec![
            (PhotoId::new("ph-1"), JPEG.to_vec()),
            (PhotoId::new("ph_2"), PNG.to_vec())
        ]
    );
    // Files a newer version adds are passed over.
    let more = zip_of(&[
        (PLAN_ENTRY, plan.as_bytes()),
        ("receipts/r1.pdf", b"%PDF"),
        ("photos/", b""),
    ]);
    assert_eq!(read_bundle(&more).unwrap().photos, vec![]);
}

#[test]
fn bad_bundles_are_refused_with_their_reason() {
    let (plan, bytes) = bundle();
    assert_eq!(
        read_bundle(b"{\"format\":\"jihua-plan\"}"),
        Err(BundleError::NotZip)
    );
    assert_eq!(
        read_bundle(&zip_of(&[("photos/a.jpg", JPEG)])),
        Err(BundleError::NoPlan)
    );
    assert_eq!(
        read_bundle(&zip_of(&[
            (PLAN_ENTRY, plan.as_bytes()),
            ("photos/x.jpg", b"MZ\x90\0 not a photo")
        ])),
        Err(BundleError::NotAnImage {
            name: "photos/x.jpg".into()
        })
    );
    assert_eq!(
        read_bundle(&zip_of(&[(PLAN_ENTRY, &[0xFF, 0xFE, 0x00])])),
        Err(BundleError::PlanNotText)
    );
    // Too large packed, and too large unpacked (a small zip of many zeros).
    assert_eq!(
        read_bundle_within(&bytes, 100),
        Err(BundleError::TooLarge { max: 100 })
    );
    let bomb = zip_of(&[(PLAN_ENTRY, &vec![b' '; 1_000_000])]);
    assert!(bomb.len() < 10_000);
    assert_eq!(
        read_bundle_within(&bomb, 100_000),
        Err(BundleError::TooLarge { max: 100_000 })
    );
    // A photo id that cannot name a file is not written.
    assert_eq!(
        write_bundle(&plan, &[(PhotoId::new("../x"), JPEG)], at()),
        Err(BundleError::BadPhotoId("../x".into()))
    );
    assert!(
        is_image(JPEG)
            && is_image(PNG)
            && is_image(b"RIFF\0\0\0\0WEBPVP8 ")
            && !is_image(b"PK\x03\x04")
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("JIHUA_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(2000)
    ))]

    #[test]
    fn no_bytes_make_the_reader_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = read_bundle(&bytes);
    }

    #[test]
    fn no_mutation_of_a_bundle_makes_the_reader_panic(
        flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..12),
        cut in any::<prop::sample::Index>(),
        truncate in any::<bool>(),
    ) {
        let (_, mut bytes) = bundle();
        for (at, value) in flips {
            let k = at.index(bytes.len());
            bytes[k] = value;
        }
        if truncate {
            bytes.truncate(cut.index(bytes.len()));
        }
        let _ = read_bundle(&bytes);
    }
}

#[test]
fn the_photos_records_name_and_the_bundle_s_name() {
    use jihua::file::bundle::{bundle_name, photo_ids};
    use jihua::model::{EntryId, ProgressEntry};
    let mut a = sample_plan(2026);
    let mut b = sample_plan(2026);
    let day = NaiveDate::from_ymd_opt(2026, 7, 1).unwrap();
    let mut e = ProgressEntry::new(EntryId::new("e1"), day, 1.0);
    e.photos = vec![PhotoId::new("ph-2"), PhotoId::new("ph-1")];
    a.items[0].progress.push(e.clone());
    // The same photo named twice (a copy of the plan) is taken once.
    e.photos.push(PhotoId::new("ph-3"));
    b.items[3].progress.push(e);
    assert_eq!(
        photo_ids([&a, &b]),
        vec![
            PhotoId::new("ph-2"),
            PhotoId::new("ph-1"),
            PhotoId::new("ph-3")
        ]
    );
    assert!(photo_ids([&sample_plan(2026)]).is_empty());
    assert_eq!(bundle_name("2026年计划.jihua.json"), "2026年计划.jihua.zip");
    assert_eq!(bundle_name("odd"), "odd.jihua.zip");
}
