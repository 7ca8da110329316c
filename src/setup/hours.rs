//! Opening hours and the time zone: each day as time fields with "Closed", written to the
//! configuration's `"09:00-17:00"` text; the time zone from the browser's list, starting at
//! the browser's own, with plain words for an abbreviation such as "EST".

use super::edit::Edit;
use super::fields::Field;
use super::view::{field_view, notes_view, Ctx, FieldSpec};
use super::{Draft, DAYS};
use yew::prelude::*;

/// A change to one day's opening times.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HoursEdit {
    Closed(bool),
    /// The opening time of the day's first or second part (`"09:00"`, as a time field gives).
    Opens(usize, String),
    Closes(usize, String),
    /// Open in two parts (a lunch break).
    AddBreak,
    RemoveBreak,
}

/// One part of a day: opening and closing time as `HH:MM` (empty while not given).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    pub opens: String,
    pub closes: String,
}

/// The day's parts; `None` when closed (or not given).
pub fn spans(text: &str) -> Option<Vec<Span>> {
    let text = text.trim();
    if text.is_empty() || text.eq_ignore_ascii_case("closed") {
        return None;
    }
    Some(
        text.split(',')
            .map(|part| {
                let (opens, closes) = part.split_once('-').unwrap_or((part, ""));
                Span {
                    opens: padded(opens),
                    closes: padded(closes),
                }
            })
            .collect(),
    )
}

/// `9:00` as a time field writes it, `09:00`.
fn padded(time: &str) -> String {
    let time = time.trim();
    match time.split_once(':') {
        Some((h, m)) if h.len() == 1 => format!("0{h}:{m}"),
        _ => time.to_string(),
    }
}

fn written(spans: &[Span]) -> String {
    spans
        .iter()
        .map(|s| format!("{}-{}", s.opens, s.closes))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The day's text after `edit`.
pub fn change_day(text: &str, edit: &HoursEdit) -> String {
    let usual = || Span {
        opens: "09:00".into(),
        closes: "17:00".into(),
    };
    let mut parts = spans(text).unwrap_or_else(|| vec![usual()]);
    match edit {
        HoursEdit::Closed(true) => return "closed".into(),
        HoursEdit::Closed(false) => {}
        HoursEdit::Opens(i, time) => {
            if let Some(part) = parts.get_mut(*i) {
                part.opens = time.clone();
            }
        }
        HoursEdit::Closes(i, time) => {
            if let Some(part) = parts.get_mut(*i) {
                part.closes = time.clone();
            }
        }
        HoursEdit::AddBreak if parts.len() == 1 => {
            let whole = parts.remove(0);
            // A lunch hour when the day spans it; else a second part to fill in.
            let (morning, afternoon) =
                if whole.opens.as_str() < "12:00" && whole.closes.as_str() > "13:00" {
                    (
                        Span {
                            opens: whole.opens,
                            closes: "12:00".into(),
                        },
                        Span {
                            opens: "13:00".into(),
                            closes: whole.closes,
                        },
                    )
                } else {
                    (
                        whole,
                        Span {
                            opens: String::new(),
                            closes: String::new(),
                        },
                    )
                };
            parts = vec![morning, afternoon];
        }
        HoursEdit::AddBreak => {}
        HoursEdit::RemoveBreak => {
            let first = parts.first().map(|p| p.opens.clone()).unwrap_or_default();
            let last = parts.last().map(|p| p.closes.clone()).unwrap_or_default();
            parts = vec![Span {
                opens: first,
                closes: last,
            }];
        }
    }
    written(&parts)
}

/// The week a clinic starts from when it turns its hours on: weekdays 9 to 5.
pub fn usual_week() -> [String; 7] {
    std::array::from_fn(|day| match day {
        0..=4 => "09:00-17:00".to_string(),
        _ => "closed".to_string(),
    })
}

/// Whether the clinic gives its hours (the call button then says whether it is open now).
pub fn shown(draft: &Draft) -> bool {
    !draft.time_zone.trim().is_empty() || draft.hours.iter().any(|d| !d.trim().is_empty())
}

/// Short names people write for a time zone, and the zone the guide needs, in plain words.
const ABBREVIATIONS: &[(&[&str], &str, &str)] = &[
    (
        &["EST", "EDT", "ET", "EASTERN"],
        "America/New_York",
        "US Eastern time",
    ),
    (
        &["CST", "CDT", "CT", "CENTRAL"],
        "America/Chicago",
        "US Central time",
    ),
    (
        &["MST", "MDT", "MT", "MOUNTAIN"],
        "America/Denver",
        "US Mountain time",
    ),
    (
        &["PST", "PDT", "PT", "PACIFIC"],
        "America/Los_Angeles",
        "US Pacific time",
    ),
    (
        &["AKST", "AKDT", "ALASKA"],
        "America/Anchorage",
        "Alaska time",
    ),
    (&["HST", "HAWAII"], "Pacific/Honolulu", "Hawaii time"),
    (&["GMT", "BST", "UK"], "Europe/London", "UK time"),
    (&["CET", "CEST"], "Europe/Paris", "Central European time"),
    (
        &["AEST", "AEDT"],
        "Australia/Sydney",
        "Australian Eastern time",
    ),
];

/// The zone an abbreviation such as "EST" stands for, and its name in plain words.
pub fn zone_for_abbreviation(text: &str) -> Option<(&'static str, &'static str)> {
    let text = text.trim().to_ascii_uppercase();
    let text = text.trim_end_matches(" TIME");
    ABBREVIATIONS
        .iter()
        .find(|(names, ..)| names.contains(&text))
        .map(|(_, zone, words)| (*zone, *words))
}

/// The browser's list of time zones (`Intl.supportedValuesOf`), and its own zone.
pub fn browser_zones() -> (Vec<String>, Option<String>) {
    use wasm_bindgen::{JsCast, JsValue};
    let intl = js_sys::Reflect::get(&js_sys::global(), &"Intl".into()).ok();
    let mut zones: Vec<String> = intl
        .as_ref()
        .and_then(|intl| js_sys::Reflect::get(intl, &"supportedValuesOf".into()).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call1(&JsValue::UNDEFINED, &"timeZone".into()).ok())
        .map(|zones| {
            js_sys::Array::from(&zones)
                .iter()
                .filter_map(|z| z.as_string())
                .collect()
        })
        .unwrap_or_default();
    let own = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new())
        .resolved_options();
    let own = js_sys::Reflect::get(&own, &"timeZone".into())
        .ok()
        .and_then(|z| z.as_string());
    // The list leaves out "UTC" (in Chromium) and may leave out the browser's own zone, which
    // every browser takes: a computer set to UTC would otherwise start with a wrong time zone.
    for zone in own.iter().cloned().chain(["UTC".to_string()]) {
        if !zones.is_empty() && !zones.contains(&zone) {
            zones.push(zone);
        }
    }
    (zones, own)
}

pub const DAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The section: hours on or off, the time zone, a row per day.
pub fn view(ctx: &Ctx) -> Html {
    let draft = &ctx.form.draft;
    let on = shown(draft);
    let toggle = {
        let send = ctx.send.clone();
        let own = ctx.own_zone.clone();
        Callback::from(move |e: Event| {
            let checked = e
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .is_some_and(|i| i.checked());
            send.emit(Edit::ShowHours(
                checked.then(|| own.clone().unwrap_or_default()),
            ));
        })
    };
    let days = (0..DAYS.len()).map(|day| {
        let parts = spans(&draft.hours[day]);
        let closed = parts.is_none();
        let field = Field::Hours(day);
        let id = field.id();
        let send = ctx.send.clone();
        let closed_box = Callback::from(move |e: Event| {
            let checked = e
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .is_some_and(|i| i.checked());
            send.emit(Edit::Hours(day, HoursEdit::Closed(checked)));
        });
        let time = |part: usize, opens: bool, value: &str| {
            let send = ctx.send.clone();
            let follow = ctx.follow.clone();
            let label = match (opens, part) {
                (true, 0) => "Opens",
                (false, _) => "Closes",
                (true, _) => "Opens again",
            };
            let input_id = format!("{id}-{}-{part}", if opens { "opens" } else { "closes" });
            // The labels are read out; on screen, "9:00 AM to 5:00 PM" says it.
            html! {
                <>
                    <label class="visually-hidden" for={input_id.clone()}>{ label }</label>
                    <input type="time" id={input_id} value={value.to_string()}
                        aria-describedby={format!("{id}-problem")}
                        onfocus={Callback::from(move |_| follow.emit(field))}
                        oninput={Callback::from(move |e: InputEvent| {
                            let v = super::view::input_value(&e);
                            send.emit(Edit::Hours(day, if opens { HoursEdit::Opens(part, v) } else { HoursEdit::Closes(part, v) }));
                        })} />
                </>
            }
        };
        let break_button = {
            let send = ctx.send.clone();
            let two = parts.as_ref().is_some_and(|p| p.len() > 1);
            html! {
                <button type="button" class="small link-like" id={format!("{id}-break")}
                    onclick={Callback::from(move |_| send.emit(Edit::Hours(day, if two { HoursEdit::RemoveBreak } else { HoursEdit::AddBreak })))}>
                    { if two { "Remove the break" } else { "Add a break" } }
                </button>
            }
        };
        html! {
            <fieldset class="day" id={id.clone()}>
                <legend>{ DAY_NAMES[day] }</legend>
                <div class="day-top">
                    <label class="closed" for={format!("{id}-closed")}>
                        <input type="checkbox" id={format!("{id}-closed")} checked={closed} onchange={closed_box} />
                        { "Closed" }
                    </label>
                    if parts.is_some() { { break_button } }
                </div>
                if let Some(parts) = &parts {
                    <div class="times">
                        { for parts.iter().enumerate().map(|(i, p)| html! {
                            <span class="span">
                                { time(i, true, &p.opens) }<span class="to" aria-hidden="true">{ "to" }</span>{ time(i, false, &p.closes) }
                            </span>
                        }) }
                    </div>
                }
                { notes_view(ctx, field) }
            </fieldset>
        }
    });
    html! {
        <>
            <div class="field check">
                <input type="checkbox" id="hours-on" checked={on} onchange={toggle}
                    onfocus={{ let follow = ctx.follow.clone(); Callback::from(move |_| follow.emit(Field::TimeZone)) }} />
                <label for="hours-on">{ "Show visitors whether you are open now" }</label>
            </div>
            <p class="hint">{ "With your hours, the call button says \u{201c}Open now\u{201d} or when you open next, in your own time zone." }</p>
            if on {
                { field_view(ctx, FieldSpec {
                    field: Field::TimeZone,
                    label: "Time zone".into(),
                    hint: Some("Start typing your city or region, such as Chicago, and choose from the list.".into()),
                    list: Some("zones"),
                    ..FieldSpec::default()
                }) }
                <datalist id="zones">{ for ctx.zones.iter().map(|z| html! { <option value={z.clone()} /> }) }</datalist>
                <div class="days">{ for days }</div>
            }
        </>
    }
}
