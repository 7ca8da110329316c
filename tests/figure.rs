//! The body figure's drawing (`assets/body-figure.json`, read by `build.rs`): every region of
//! the list is drawn on the figures it belongs to and nowhere else, inside the drawing, and
//! left and right are where the visitor sees them.

use massage_guide::figure::{path, PATHS};
use massage_guide::guide::answers::View;
use massage_guide::guide::BodyRegion;

/// The x and y coordinates a path visits (end and control points; `H`, `V` and absolute
/// commands only, as the drawing uses), after the flip of a mirrored shape.
fn points(d: &str, mirrored: bool) -> (Vec<f64>, Vec<f64>) {
    let (mut xs, mut ys) = (vec![], vec![]);
    let mut command = ' ';
    let mut numbers = vec![];
    let flush =
        |command: char, numbers: &mut Vec<f64>, xs: &mut Vec<f64>, ys: &mut Vec<f64>| match command
        {
            'H' => xs.append(numbers),
            'V' => ys.append(numbers),
            'M' | 'L' | 'C' | 'S' | 'Q' | 'T' => {
                assert!(
                    numbers.len().is_multiple_of(2),
                    "{d}: coordinates come in pairs"
                );
                for pair in numbers.chunks(2) {
                    xs.push(pair[0]);
                    ys.push(pair[1]);
                }
                numbers.clear();
            }
            ' ' | 'Z' => assert!(numbers.is_empty(), "{d}: numbers without a command"),
            other => panic!("{d}: the drawing uses absolute M L H V C S Q T Z only, not {other}"),
        };
    let spaced: String = d
        .chars()
        .flat_map(|c| match c.is_ascii_alphabetic() {
            true => vec![' ', c, ' '],
            false => vec![c],
        })
        .collect();
    for token in spaced.split([' ', ',']).filter(|t| !t.is_empty()) {
        match token.parse::<f64>() {
            Ok(n) => numbers.push(n),
            Err(_) => {
                flush(command, &mut numbers, &mut xs, &mut ys);
                command = token.chars().next().unwrap();
            }
        }
    }
    flush(command, &mut numbers, &mut xs, &mut ys);
    if mirrored {
        xs.iter_mut().for_each(|x| *x = 120.0 - *x);
    }
    (xs, ys)
}

fn on(region: BodyRegion, front: bool) -> bool {
    match region.view() {
        View::Both => true,
        View::Front => front,
        View::Back => !front,
    }
}

#[test]
fn every_region_is_drawn_on_the_figures_it_belongs_to_and_nothing_else_is() {
    for front in [true, false] {
        for &region in BodyRegion::ALL {
            assert_eq!(
                path(front, region.id()).is_some(),
                on(region, front),
                "{} on the {} figure",
                region.id(),
                if front { "front" } else { "back" }
            );
        }
    }
    for &(_, part, _, _) in &PATHS {
        assert!(
            part == "body" || BodyRegion::ALL.iter().any(|r| r.id() == part),
            "{part}: not a region of the list (nor `body`)"
        );
    }
}

#[test]
fn every_shape_is_closed_and_inside_the_drawing() {
    for &(front, part, d, mirrored) in &PATHS {
        assert!(d.starts_with('M') && d.ends_with('Z'), "{part}: {d}");
        let (xs, ys) = points(d, mirrored);
        assert!(
            xs.iter().all(|x| (0.0..=120.0).contains(x)),
            "{front} {part}: x outside 0..120"
        );
        assert!(
            ys.iter().all(|y| (0.0..=280.0).contains(y)),
            "{front} {part}: y outside 0..280"
        );
    }
}

#[test]
fn left_and_right_are_where_the_visitor_sees_them() {
    // Facing the visitor, a person's left is on the visitor's right; seen from behind, on the
    // visitor's left. The figures' captions say "your left" on those sides.
    for front in [true, false] {
        for &region in BodyRegion::ALL {
            let Some((d, mirrored)) = path(front, region.id()) else {
                continue;
            };
            let (xs, _) = points(d, mirrored);
            let (min, max) = xs
                .iter()
                .fold((f64::MAX, f64::MIN), |(lo, hi), &x| (lo.min(x), hi.max(x)));
            let middle = (min + max) / 2.0;
            let id = region.id();
            let expected = if id.starts_with("left-") {
                if front {
                    ">"
                } else {
                    "<"
                }
            } else if id.starts_with("right-") {
                if front {
                    "<"
                } else {
                    ">"
                }
            } else {
                "="
            };
            let found = if (middle - 60.0).abs() < 2.0 {
                "="
            } else if middle > 60.0 {
                ">"
            } else {
                "<"
            };
            assert_eq!(
                found,
                expected,
                "{id} on the {} figure: x = {middle:.1}",
                if front { "front" } else { "back" }
            );
        }
    }
}
