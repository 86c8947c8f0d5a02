//! Text on the colours users pick stays readable: every chip's text reaches
//! WCAG 2.2 AA (4.5:1) on its department's colour, whatever the colour.

// Host only: proptest is not built for the browser.
#![cfg(not(target_arch = "wasm32"))]

use jihua::model::palette::{chip_style, contrast, ink, parse_hex, BLACK, PALETTE, WHITE};
use jihua::model::sample::sample_plan;
use proptest::prelude::*;

fn ink_contrast(color: &str) -> f64 {
    let bg = parse_hex(color).unwrap();
    contrast(bg, parse_hex(ink(color)).unwrap())
}

#[test]
fn the_default_colours_read_in_white() {
    for color in PALETTE {
        assert_eq!(ink(color), WHITE, "{color}");
        assert!(ink_contrast(color) >= 4.5, "{color}");
        // The chip stands out from the white page (3:1 for parts of the interface).
        assert!(contrast(parse_hex(color).unwrap(), [255; 3]) >= 3.0);
    }
    for department in sample_plan(2026).departments {
        assert!(
            ink_contrast(&department.color) >= 4.5,
            "{}",
            department.color
        );
    }
}

#[test]
fn light_colours_get_black_text_and_the_style_says_so() {
    for color in ["#ffeb3b", "#5c7cfa", "#2f7ed8", "#ffffff", "#b8860b"] {
        assert_eq!(ink(color), BLACK, "{color}");
        assert!(ink_contrast(color) >= 4.5, "{color}");
    }
    assert_eq!(chip_style("#2775ce"), "--chip:#2775ce;--chip-ink:#ffffff;");
    assert_eq!(chip_style("#ffeb3b"), "--chip:#ffeb3b;--chip-ink:#000000;");
}

#[test]
fn every_colour_on_a_grid_through_the_cube_gets_readable_text() {
    // Every third value of each channel (and the last), 87³ colours.
    let steps: Vec<u8> = (0..=255u8).step_by(3).chain([255]).collect();
    let mut worst = f64::MAX;
    for &r in &steps {
        for &g in &steps {
            for &b in &steps {
                let color = format!("#{r:02x}{g:02x}{b:02x}");
                worst = worst.min(ink_contrast(&color));
            }
        }
    }
    assert!(worst >= 4.5, "the worst is {worst}");
}

proptest! {
    #[test]
    fn any_colour_a_user_picks_gets_readable_text(rgb in any::<[u8; 3]>()) {
        let color = format!("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2]);
        prop_assert!(ink_contrast(&color) >= 4.5, "{}", color);
        // Upper case and the short form read the same.
        prop_assert_eq!(ink(&color.to_uppercase()), ink(&color));
    }
}
