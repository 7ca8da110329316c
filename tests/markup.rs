//! The guide's views write every `class` as a literal: `html!` reads any other `class={...}`
//! into yew's `Classes`, and one such place brings that code back into every visitor's first
//! load (about 2.5 KB brotli, docs/performance.md). A class known only at run time goes through
//! `ui::markup`'s helpers.

use std::{fs, path::Path};

fn views(dir: &Path, found: &mut Vec<(String, String)>) {
    for entry in fs::read_dir(dir).expect("src/ui") {
        let path = entry.expect("src/ui").path();
        if path.is_dir() {
            views(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = fs::read_to_string(&path).expect("a view");
            for (n, line) in text.lines().enumerate() {
                if line.trim_start().starts_with("//") {
                    continue;
                }
                if line.contains("classes!") || dynamic_class(line) {
                    found.push((format!("{}:{}", path.display(), n + 1), line.trim().into()));
                }
            }
        }
    }
}

/// Whether `line` has a `class={...}` (spaces allowed around `=`) whose value is not a string
/// literal and nothing more.
fn dynamic_class(line: &str) -> bool {
    line.match_indices("class").any(|(at, m)| {
        let rest = line[at + m.len()..].trim_start();
        let Some(value) = rest.strip_prefix('=').map(str::trim_start) else {
            return false;
        };
        value
            .strip_prefix('{')
            .is_some_and(|value| !is_literal(value.trim_start()))
    })
}

/// Whether a value in braces is a string literal and nothing more: `"choice"}`.
fn is_literal(value: &str) -> bool {
    value
        .strip_prefix('"')
        .and_then(|rest| rest.split_once('"'))
        .is_some_and(|(_, after)| after.trim_start().starts_with('}'))
}

#[test]
fn every_class_in_the_views_is_a_literal() {
    let mut found = Vec::new();
    views(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui"),
        &mut found,
    );
    assert!(
        found.is_empty(),
        "a class that is not a literal (use ui::markup, or style the state by an attribute): {found:#?}"
    );
}
