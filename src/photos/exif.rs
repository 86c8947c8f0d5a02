//! The two facts jihua reads from a JPEG's EXIF data: its orientation (how the
//! camera was held) and when it was taken. Chromium 81 and later turn photos
//! upright by themselves when drawing them; Chromium 80, still on office PCs, does
//! not, so the UI turns the canvas by [`Orientation`] there. Written here rather
//! than with an EXIF crate (kamadak-exif, about 100 KB of wasm, reads hundreds of
//! tags) because two tags are all that is needed; every read is bounds-checked.

use chrono::NaiveDateTime;

/// What a JPEG's EXIF data says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Facts {
    /// EXIF orientation, 1 (upright) to 8; 1 when absent or invalid.
    pub orientation: u8,
    /// DateTimeOriginal (or DateTime), in the camera's local time.
    pub taken: Option<NaiveDateTime>,
}

impl Facts {
    /// True if the photo is stored on its side (orientations 5–8): drawn upright,
    /// its width and height swap.
    pub fn on_its_side(&self) -> bool {
        (5..=8).contains(&self.orientation)
    }
}

/// Reads the facts of `jpeg`; defaults for anything that is not a JPEG with EXIF.
pub fn read(jpeg: &[u8]) -> Facts {
    let mut facts = Facts {
        orientation: 1,
        taken: None,
    };
    if let Some(tiff) = exif_block(jpeg) {
        read_tiff(tiff, &mut facts);
    }
    facts
}

/// The TIFF data of the APP1 "Exif" segment.
fn exif_block(jpeg: &[u8]) -> Option<&[u8]> {
    if !jpeg.starts_with(&[0xFF, 0xD8]) {
        return None;
    }
    let mut at = 2;
    // Segments up to the image data: FF xx, length (big-endian, includes itself).
    while at + 4 <= jpeg.len() && jpeg[at] == 0xFF {
        let marker = jpeg[at + 1];
        if marker == 0xDA || marker == 0xD9 {
            return None;
        }
        let len = usize::from(u16::from_be_bytes([jpeg[at + 2], jpeg[at + 3]]));
        let body = jpeg.get(at + 4..at + 2 + len)?;
        if marker == 0xE1 && body.starts_with(b"Exif\0\0") {
            return body.get(6..);
        }
        at += 2 + len;
    }
    None
}

struct Tiff<'a> {
    data: &'a [u8],
    little: bool,
}

impl Tiff<'_> {
    fn u16(&self, at: usize) -> Option<u16> {
        let b = self.data.get(at..at + 2)?;
        Some(if self.little {
            u16::from_le_bytes([b[0], b[1]])
        } else {
            u16::from_be_bytes([b[0], b[1]])
        })
    }

    fn u32(&self, at: usize) -> Option<u32> {
        let b = self.data.get(at..at + 4)?;
        let b = [b[0], b[1], b[2], b[3]];
        Some(if self.little {
            u32::from_le_bytes(b)
        } else {
            u32::from_be_bytes(b)
        })
    }

    /// The entries of the IFD at `offset`: (tag, type, count, value or offset field position).
    fn entries(&self, offset: usize) -> Vec<(u16, u16, u32, usize)> {
        let Some(n) = self.u16(offset) else {
            return Vec::new();
        };
        (0..usize::from(n).min(512))
            .filter_map(|k| {
                let at = offset + 2 + 12 * k;
                Some((self.u16(at)?, self.u16(at + 2)?, self.u32(at + 4)?, at + 8))
            })
            .collect()
    }

    /// An ASCII date "2026:07:03 14:05:09".
    fn date(&self, count: u32, field: usize) -> Option<NaiveDateTime> {
        let offset = usize::try_from(self.u32(field)?).ok()?;
        let len = usize::try_from(count).ok()?.min(32);
        let raw = self.data.get(offset..offset + len)?;
        let text = std::str::from_utf8(raw).ok()?.trim_end_matches('\0');
        NaiveDateTime::parse_from_str(text, "%Y:%m:%d %H:%M:%S").ok()
    }
}

fn read_tiff(data: &[u8], facts: &mut Facts) {
    let little = match data.get(..2) {
        Some(b"II") => true,
        Some(b"MM") => false,
        _ => return,
    };
    let tiff = Tiff { data, little };
    let Some(ifd0) = tiff.u32(4).and_then(|o| usize::try_from(o).ok()) else {
        return;
    };
    let mut exif_ifd = None;
    let mut modified = None;
    for (tag, kind, count, field) in tiff.entries(ifd0) {
        match (tag, kind) {
            (0x0112, 3) => {
                if let Some(o) = tiff.u16(field).and_then(|o| u8::try_from(o).ok()) {
                    if (1..=8).contains(&o) {
                        facts.orientation = o;
                    }
                }
            }
            (0x0132, 2) => modified = tiff.date(count, field),
            (0x8769, 4) => exif_ifd = tiff.u32(field).and_then(|o| usize::try_from(o).ok()),
            _ => {}
        }
    }
    let original = exif_ifd.and_then(|ifd| {
        tiff.entries(ifd)
            .into_iter()
            .find(|(tag, kind, _, _)| *tag == 0x9003 && *kind == 2)
            .and_then(|(_, _, count, field)| tiff.date(count, field))
    });
    facts.taken = original.or(modified);
}
