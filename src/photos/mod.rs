//! Photos kept as evidence with progress records: what the browser needs to know
//! before it scales one (its EXIF orientation and the date it was taken) and the
//! size it is scaled to. Pure; the canvas work is the UI's.

pub mod exif;

/// Longest side of a stored photo, in pixels.
pub const MAX_SIDE: u32 = 1600;

/// The size of a `width` × `height` photo scaled down so that its longer side is
/// at most [`MAX_SIDE`] (never up), each side at least 1.
pub fn fit(width: u32, height: u32) -> (u32, u32) {
    let long = width.max(height);
    if long <= MAX_SIDE || long == 0 {
        return (width.max(1), height.max(1));
    }
    let scale = |x: u32| {
        ((u64::from(x) * u64::from(MAX_SIDE) + u64::from(long) / 2) / u64::from(long)).max(1) as u32
    };
    (scale(width), scale(height))
}

/// The photos in `kept` that nothing can bring back: not named by a record of
/// `plans`, nor inside any of `texts` (the JSON of every history version and
/// deleted plan, which a restore would bring back with its photos). A photo of a
/// deleted record is thus deleted once the last version that holds the record
/// has left the history.
pub fn unreferenced<'a>(
    kept: &[crate::model::PhotoId],
    plans: &[crate::model::Plan],
    texts: impl IntoIterator<Item = &'a str>,
) -> Vec<crate::model::PhotoId> {
    let named: std::collections::HashSet<&crate::model::PhotoId> = plans
        .iter()
        .flat_map(|p| p.items.iter())
        .flat_map(|i| i.progress.iter())
        .flat_map(|e| e.photos.iter())
        .collect();
    let mut left: Vec<&crate::model::PhotoId> =
        kept.iter().filter(|id| !named.contains(id)).collect();
    for text in texts {
        if left.is_empty() {
            break;
        }
        // Photo ids are plain (letters, digits, - and _): quoted, they are found
        // as themselves in JSON.
        left.retain(|id| !text.contains(&format!("\"{}\"", id.as_str())));
    }
    left.into_iter().cloned().collect()
}

#[cfg(test)]
mod tests {
    use super::fit;

    #[test]
    fn photos_shrink_to_1600_on_the_long_side_and_never_grow() {
        assert_eq!(fit(4000, 3000), (1600, 1200));
        assert_eq!(fit(3000, 4000), (1200, 1600));
        assert_eq!(fit(800, 600), (800, 600));
        assert_eq!(fit(100_000, 1), (1600, 1));
        assert_eq!(fit(0, 0), (1, 1));
    }
}
