//! Lane packing: multi-day events in one row must not overlap, so each gets the
//! lowest lane that is free over all its columns.

/// For intervals `[start, end]` (inclusive columns) in the order given, the lane of
/// each: the lowest lane no earlier interval occupies on any of its columns.
pub fn pack(intervals: &[(usize, usize)]) -> Vec<usize> {
    // `ends[lane]` = last column taken in that lane so far; intervals are placed in
    // the order given, so callers sort them (by start, longer first) for a tidy fit.
    let mut taken: Vec<Vec<(usize, usize)>> = Vec::new();
    intervals
        .iter()
        .map(|&(start, end)| {
            let free = |lane: &Vec<(usize, usize)>| lane.iter().all(|&(s, e)| end < s || e < start);
            match taken.iter().position(free) {
                Some(lane) => {
                    taken[lane].push((start, end));
                    lane
                }
                None => {
                    taken.push(vec![(start, end)]);
                    taken.len() - 1
                }
            }
        })
        .collect()
}
