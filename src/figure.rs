//! The body figure's drawing: `assets/body-figure.json`. Its `shapes` are SVG paths in a
//! 120 x 280 drawing, each side's drawn once on the visitor's left; `front` and `back` name the
//! shape of each region (and `body`, what no region covers), `"arm mirrored"` for the arm
//! flipped to the other side. It is data a designer can edit; `build.rs` turns it into
//! [`PATHS`].

include!(concat!(env!("OUT_DIR"), "/figure.rs"));

/// A part's path on the front or the back figure, and whether it is drawn flipped left to
/// right; `part` is a region's id, or `body`.
pub fn path(front: bool, part: &str) -> Option<(&'static str, bool)> {
    PATHS
        .iter()
        .find(|&&(f, p, _, _)| f == front && p == part)
        .map(|&(_, _, path, mirrored)| (path, mirrored))
}
