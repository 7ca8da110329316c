//! The body map: front and back figures of a person, each region its own shape to tap, and
//! the regions chosen named under them. The drawing is data (`crate::figure`).

use crate::figure;
use crate::guide::answers::View;
use crate::guide::{Answers, BodyRegion};
use crate::i18n::{t, Key, Lang, Message};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Flips a shape drawn on the visitor's left to the right of the 120-wide drawing.
const MIRRORED: &str = "matrix(-1 0 0 1 120 0)";

pub struct BodyMapProps<'a> {
    pub answers: &'a Answers,
    pub ontoggle: Callback<BodyRegion>,
    /// The region of each figure (front, back) that Tab lands on: the last one focused.
    /// Held by the app, so the map itself can be a view function.
    pub focus: (BodyRegion, BodyRegion),
    pub onfocus: Callback<(BodyRegion, BodyRegion)>,
}

/// The regions drawn on one figure, top to bottom (the order the arrow keys follow), with
/// their shapes.
fn regions_on(front: bool) -> Vec<(BodyRegion, (&'static str, bool))> {
    BodyRegion::ALL
        .iter()
        .filter(|r| match r.view() {
            View::Both => true,
            View::Front => front,
            View::Back => !front,
        })
        .filter_map(|&r| Some((r, figure::path(front, r.id())?)))
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
                    // What no region covers (the belly), so the figure reads as one body.
                    if let Some((body, _)) = figure::path(front, "body") {
                        <path class="body-filler" d={body} />
                    }
                    { for regions.iter().enumerate().map(|(index, &(region, shape))| {
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
                                    focus_region(&target, regions[to].0);
                                }
                            })
                        };
                        let name = Message::new(region_key).with("region", region.label(lang)).render(lang);
                        html! {
                            <g class="region"
                               role="checkbox"
                               tabindex={if region == current { "0" } else { "-1" }}
                               aria-checked={if selected { "true" } else { "false" }}
                               aria-label={name}
                               data-region={region.id()}
                               {onclick} {onkeydown} {onfocus}>
                                <path d={shape.0} transform={shape.1.then_some(MIRRORED)} />
                            </g>
                        }
                    }) }
                </svg>
                <figcaption>
                    <strong>{ t(lang, if front { Key::MapFront } else { Key::MapBack }) }</strong>
                    <span class="side">{ t(lang, if front { Key::MapRight } else { Key::MapLeft }) }</span>
                    <span class="side">{ t(lang, if front { Key::MapLeft } else { Key::MapRight }) }</span>
                </figcaption>
            </figure>
        }
    };
    let chosen: Vec<&str> = BodyRegion::ALL
        .iter()
        .filter(|&&r| props.answers.region_selected(r))
        .map(|r| r.label(lang))
        .collect();
    html! {
        <div class="body-map">
            { figure(true) }
            { figure(false) }
            <p class="map-chosen">{
                if chosen.is_empty() {
                    t(lang, Key::MapNoneChosen).to_string()
                } else {
                    Message::new(Key::MapChosen).with("regions", chosen.join(", ")).render(lang)
                }
            }</p>
        </div>
    }
}
