//! Photos: the EXIF orientation and date read from JPEGs written both ways round
//! (Intel and Motorola byte order), defaults for everything else, and no bytes
//! that make the reader panic.

#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use jihua::photos::exif::read;
use proptest::prelude::*;

/// A JPEG whose EXIF says `orientation` and, in its Exif IFD, `taken`.
fn jpeg(little: bool, orientation: u16, taken: &str) -> Vec<u8> {
    let u16b = |x: u16| {
        if little {
            x.to_le_bytes().to_vec()
        } else {
            x.to_be_bytes().to_vec()
        }
    };
    let u32b = |x: u32| {
        if little {
            x.to_le_bytes().to_vec()
        } else {
            x.to_be_bytes().to_vec()
        }
    };
    let mut t = Vec::new();
    t.extend(if little { b"II" } else { b"MM" });
    t.extend(u16b(42));
    t.extend(u32b(8));
    // IFD0: orientation, and the pointer to the Exif IFD at 38.
    t.extend(u16b(2));
    t.extend(u16b(0x0112));
    t.extend(u16b(3));
    t.extend(u32b(1));
    t.extend(u16b(orientation));
    t.extend(u16b(0));
    t.extend(u16b(0x8769));
    t.extend(u16b(4));
    t.extend(u32b(1));
    t.extend(u32b(38));
    t.extend(u32b(0));
    // Exif IFD: DateTimeOriginal at 56.
    t.extend(u16b(1));
    t.extend(u16b(0x9003));
    t.extend(u16b(2));
    t.extend(u32b(20));
    t.extend(u32b(56));
    t.extend(u32b(0));
    assert_eq!(t.len(), 56);
    t.extend(taken.as_bytes());
    t.push(0);
    let mut j = vec![0xFF, 0xD8, 0xFF, 0xE1];
    j.extend(((2 + 6 + t.len()) as u16).to_be_bytes());
    j.extend(b"Exif\0\0");
    j.extend(t);
    j.extend([0xFF, 0xDA, 0, 2, 0xFF, 0xD9]);
    j
}

#[test]
fn orientation_and_date_taken_are_read_in_both_byte_orders() {
    let when = NaiveDate::from_ymd_opt(2026, 7, 3)
        .unwrap()
        .and_hms_opt(14, 5, 9);
    for little in [true, false] {
        let facts = read(&jpeg(little, 6, "2026:07:03 14:05:09"));
        assert_eq!(facts.orientation, 6);
        assert!(facts.on_its_side());
        assert_eq!(facts.taken, when);
    }
    // An orientation out of range, a date that is not one: the defaults.
    let facts = read(&jpeg(true, 9, "0000:00:00 00:00:00"));
    assert_eq!((facts.orientation, facts.taken), (1, None));
    // Not a JPEG, or a JPEG without EXIF.
    assert_eq!(read(b"\x89PNG\r\n\x1a\n").orientation, 1);
    assert_eq!(read(&[0xFF, 0xD8, 0xFF, 0xDA, 0, 2]).orientation, 1);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("JIHUA_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(2000)
    ))]

    #[test]
    fn no_bytes_make_the_exif_reader_panic(tail in proptest::collection::vec(any::<u8>(), 0..512)) {
        let mut bytes = vec![0xFF, 0xD8, 0xFF, 0xE1];
        bytes.extend(tail);
        let facts = read(&bytes);
        prop_assert!((1..=8).contains(&facts.orientation));
    }

    #[test]
    fn no_mutation_of_an_exif_jpeg_makes_the_reader_panic(
        flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
        little in any::<bool>(),
    ) {
        let mut bytes = jpeg(little, 3, "2026:07:03 14:05:09");
        for (at, value) in flips {
            let k = at.index(bytes.len());
            bytes[k] = value;
        }
        let facts = read(&bytes);
        prop_assert!((1..=8).contains(&facts.orientation));
    }
}

#[test]
fn photos_nothing_names_are_the_ones_swept() {
    use jihua::model::sample::sample_plan;
    use jihua::model::{EntryId, PhotoId, ProgressEntry};
    use jihua::photos::unreferenced;
    let id = |s: &str| PhotoId::new(s);
    let kept = [id("ph-1"), id("ph-2"), id("ph-3"), id("ph-4")];
    let mut plan = sample_plan(2026);
    let mut e = ProgressEntry::new(
        EntryId::new("e"),
        chrono::NaiveDate::from_ymd_opt(2026, 7, 1).unwrap(),
        1.0,
    );
    e.photos = vec![id("ph-1")];
    plan.items[0].progress.push(e);
    // ph-2 is named by a version in the history only; ph-3 by nothing; ph-4 only
    // as part of a longer id, which is not it.
    let version = r#"{"progress":[{"id":"e9","photos":["ph-2","ph-44"]}]}"#;
    assert_eq!(
        unreferenced(&kept, std::slice::from_ref(&plan), [version]),
        vec![id("ph-3"), id("ph-4")]
    );
    // Nothing kept, nothing to sweep; nothing named, everything.
    assert!(unreferenced(&[], &[plan], [version]).is_empty());
    assert_eq!(unreferenced(&kept, &[], []), kept.to_vec());
}
