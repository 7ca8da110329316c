//! The body map: front and back figures with tappable regions that show what is selected.

use crate::guide::answers::View;
use crate::guide::{Answers, BodyRegion};
use crate::i18n::{t, Key, Lang, Message};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A rounded rectangle in the figure's 120 x 280 drawing: x, y, width, height, corner radius.
type Shape = (u16, u16, u16, u16, u16);

/// Where each region is drawn. The front figure faces the visitor, so the person's right
/// side is on the visitor's left; on the back figure, left is left.
fn shapes(region: BodyRegion, front: bool) -> &'static [Shape] {
    use BodyRegion::*;
    match (region, front) {
        (Head, _) => &[(46, 4, 28, 30, 14)],
        (Jaw, true) => &[(50, 28, 20, 9, 4)],
        (Neck, _) => &[(52, 38, 16, 11, 3)],
        (Chest, true) => &[(46, 50, 28, 36, 5)],
        (UpperBack, false) => &[(46, 50, 28, 30, 5)],
        (LowerBack, false) => &[(45, 82, 30, 20, 5)],
        (Buttocks, false) => &[(41, 104, 38, 22, 8)],
        (LeftHip, true) => &[(61, 104, 19, 20, 6)],
        (RightHip, true) => &[(40, 104, 19, 20, 6)],
        (LeftShoulder, true) | (RightShoulder, false) => &[(75, 50, 21, 16, 8)],
        (RightShoulder, true) | (LeftShoulder, false) => &[(24, 50, 21, 16, 8)],
        (LeftArm, true) | (RightArm, false) => &[(92, 68, 14, 66, 6)],
        (RightArm, true) | (LeftArm, false) => &[(14, 68, 14, 66, 6)],
        (LeftHand, true) | (RightHand, false) => &[(90, 136, 18, 20, 7)],
        (RightHand, true) | (LeftHand, false) => &[(12, 136, 18, 20, 7)],
        (LeftLeg, true) | (RightLeg, false) => &[(61, 128, 19, 52, 6), (62, 202, 16, 52, 6)],
        (RightLeg, true) | (LeftLeg, false) => &[(40, 128, 19, 52, 6), (42, 202, 16, 52, 6)],
        (LeftKnee, true) | (RightKnee, false) => &[(61, 182, 18, 18, 7)],
        (RightKnee, true) | (LeftKnee, false) => &[(41, 182, 18, 18, 7)],
        (LeftFoot, true) | (RightFoot, false) => &[(62, 256, 20, 14, 6)],
        (RightFoot, true) | (LeftFoot, false) => &[(38, 256, 20, 14, 6)],
        _ => &[],
    }
}

pub struct BodyMapProps<'a> {
    pub answers: &'a Answers,
    pub ontoggle: Callback<BodyRegion>,
    /// The region of each figure (front, back) that Tab lands on: the last one focused.
    /// Held by the app, so the map itself can be a view function.
    pub focus: (BodyRegion, BodyRegion),
    pub onfocus: Callback<(BodyRegion, BodyRegion)>,
}

/// The regions drawn on one figure, top to bottom: the order the arrow keys follow.
fn regions_on(front: bool) -> Vec<BodyRegion> {
    BodyRegion::ALL
        .iter()
        .copied()
        .filter(|r| match r.view() {
            View::Both => true,
            View::Front => front,
            View::Back => !front,
        })
        .collect()
}

/// Move keyboard focus to `region` on the same figure as `from`.
fn focus_region(from: &web_sys::EventTarget, region: BodyRegion) {
    let svg = from
        .dyn_ref::<web_sys::Element>()
        .and_then(|el| el.closest("svg").ok().flatten());
    let target = svg.and_then(|svg| {
        svg.query_selector(&format!("[data-region='{}']", region.id()))
            .ok()
            .flatten()
    });
    if let Some(target) = target.and_then(|t| t.dyn_into::<web_sys::SvgElement>().ok()) {
        let _ = target.focus();
    }
}

/// Each figure is one stop for Tab (a roving tab index): the arrow keys move between its
/// regions, Space or Enter ticks one. The list beside it offers the same choices.
pub fn body_map(props: &BodyMapProps, lang: Lang) -> Html {
    let active = props.focus;
    let figure = |front: bool| {
        let (figure_key, region_key) = if front {
            (Key::MapFigureFront, Key::MapRegionFront)
        } else {
            (Key::MapFigureBack, Key::MapRegionBack)
        };
        let regions = regions_on(front);
        let current = if front { active.0 } else { active.1 };
        html! {
            <figure class="body-figure">
                <svg viewBox="0 0 120 280" role="group" aria-label={t(lang, figure_key)}>
                    // The belly is not a region; drawn so the figure reads as one body.
                    if front { <rect class="body-filler" x="45" y="86" width="30" height="20" rx="4" /> }
                    { for regions.iter().enumerate().map(|(index, &region)| {
                        let selected = props.answers.region_selected(region);
                        let onclick = props.ontoggle.reform(move |_: MouseEvent| region);
                        let (f, b) = active;
                        let onfocus = props.onfocus.reform(move |_: FocusEvent| {
                            if front { (region, b) } else { (f, region) }
                        });
                        let onkeydown = {
                            let ontoggle = props.ontoggle.clone();
                            let regions = regions.clone();
                            Callback::from(move |e: KeyboardEvent| {
                                let last = regions.len() - 1;
                                let to = match e.key().as_str() {
                                    " " | "Enter" => {
                                        e.prevent_default();
                                        ontoggle.emit(region);
                                        return;
                                    }
                                    "ArrowDown" | "ArrowRight" => if index == last { 0 } else { index + 1 },
                                    "ArrowUp" | "ArrowLeft" => if index == 0 { last } else { index - 1 },
                                    "Home" => 0,
                                    "End" => last,
                                    _ => return,
                                };
                                e.prevent_default();
                                if let Some(target) = e.target() {
                                    focus_region(&target, regions[to]);
                                }
                            })
                        };
                        let name = Message::new(region_key).with("region", region.label(lang)).render(lang);
                        html! {
                            <g class={classes!("region", selected.then_some("selected"))}
                               role="checkbox"
                               tabindex={if region == current { "0" } else { "-1" }}
                               aria-checked={if selected { "true" } else { "false" }}
                               aria-label={name.clone()}
                               data-region={region.id()}
                               {onclick} {onkeydown} {onfocus}>
                                <title>{ name }</title>
                                { for shapes(region, front).iter().map(|&(x, y, w, h, r)| html! {
                                    <rect x={x.to_string()} y={y.to_string()} width={w.to_string()}
                                          height={h.to_string()} rx={r.to_string()} />
                                }) }
                            </g>
                        }
                    }) }
                </svg>
                <figcaption>
                    <span class="side">{ t(lang, if front { Key::MapRight } else { Key::MapLeft }) }</span>
                    <strong>{ t(lang, if front { Key::MapFront } else { Key::MapBack }) }</strong>
                    <span class="side">{ t(lang, if front { Key::MapLeft } else { Key::MapRight }) }</span>
                </figcaption>
            </figure>
        }
    };
    html! {
        <div class="body-map">
            { figure(true) }
            { figure(false) }
        </div>
    }
}
