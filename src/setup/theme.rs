//! Colours and font: a colour picker beside the typed code, and a swatch of the colour
//! visitors will see, with a sentence, where the guide's stylesheet moves a colour to keep
//! its text readable (the same arithmetic as `assets/styles.css`).

use super::edit::Edit;
use super::fields::Field;
use super::view::{field_view, input_value, notes_view, Ctx, FieldSpec};
use yew::prelude::*;

/// The guide's own colours, used when the clinic gives none.
pub const GUIDE_ACCENT: &str = "#17695c";
pub const GUIDE_CALL: &str = "#9a3b0f";

/// Colour names people write, with their codes (CSS's own, where CSS has the name).
const COLOUR_NAMES: &[(&str, &str)] = &[
    ("navy", "#000080"),
    ("navy blue", "#000080"),
    ("dark blue", "#00008b"),
    ("royal blue", "#4169e1"),
    ("blue", "#0000ff"),
    ("sky blue", "#87ceeb"),
    ("teal", "#008080"),
    ("turquoise", "#40e0d0"),
    ("sea green", "#2e8b57"),
    ("forest green", "#228b22"),
    ("dark green", "#006400"),
    ("green", "#008000"),
    ("olive", "#808000"),
    ("purple", "#800080"),
    ("plum", "#dda0dd"),
    ("lavender", "#e6e6fa"),
    ("maroon", "#800000"),
    ("burgundy", "#800020"),
    ("crimson", "#dc143c"),
    ("red", "#ff0000"),
    ("coral", "#ff7f50"),
    ("orange", "#ffa500"),
    ("brown", "#a52a2a"),
    ("gold", "#ffd700"),
    ("pink", "#ffc0cb"),
    ("grey", "#808080"),
    ("gray", "#808080"),
    ("charcoal", "#36454f"),
    ("black", "#000000"),
];

/// The code of a colour written by its name ("Navy Blue", "navyblue").
pub fn colour_by_name(text: &str) -> Option<&'static str> {
    let squeezed: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect::<String>()
        .to_ascii_lowercase();
    COLOUR_NAMES
        .iter()
        .find(|(name, _)| name.replace(' ', "") == squeezed)
        .map(|(_, hex)| *hex)
}

/// `#rrggbb` or `#rgb` as three bytes.
pub fn parse_hex(text: &str) -> Option<[u8; 3]> {
    let hex = text.trim().strip_prefix('#')?;
    let long: String = match hex.len() {
        3 => hex.chars().flat_map(|c| [c, c]).collect(),
        6 => hex.to_string(),
        _ => return None,
    };
    let byte = |i: usize| u8::from_str_radix(long.get(i..i + 2)?, 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
}

fn to_linear(c: u8) -> f64 {
    let c = f64::from(c) / 255.0;
    if c <= 0.04045 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

fn to_byte(l: f64) -> u8 {
    let l = l.clamp(0.0, 1.0);
    let c = if l <= 0.003_130_8 {
        l * 12.92
    } else {
        1.055 * l.powf(1.0 / 2.4) - 0.055
    };
    (c * 255.0).round() as u8
}

/// The colour the guide draws with for a clinic's `colour`, as `#rrggbb`. Light look: its
/// luminance brought down to at most 0.13 (XYZ scaled, so its hue stays), so white text on it
/// keeps 4.5:1. Dark look: mixed with white until its luminance is at least 0.36, so it
/// stands out from the dark background.
pub fn visitor_colour(colour: [u8; 3], dark: bool) -> String {
    let lin = colour.map(to_linear);
    let y = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
    let out = if dark {
        let t = ((0.36 - y) / (1.0 - y)).max(0.0);
        lin.map(|l| l + t * (1.0 - l))
    } else {
        let k = if y > 0.13 { 0.13 / y } else { 1.0 };
        lin.map(|l| l * k)
    };
    let [r, g, b] = out.map(to_byte);
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// Two colours that differ by at most one step in each channel look the same.
fn same(a: &str, b: &str) -> bool {
    match (parse_hex(a), parse_hex(b)) {
        (Some(a), Some(b)) => a.iter().zip(b).all(|(x, y)| x.abs_diff(y) <= 1),
        _ => false,
    }
}

/// What visitors see for a colour field: the colour used (light look, and dark when on) and a
/// sentence in plain words.
pub fn what_visitors_see(
    typed: &str,
    guide: &str,
    dark_mode: bool,
) -> (String, Option<String>, String) {
    let given = parse_hex(typed)
        .or_else(|| parse_hex(guide))
        .unwrap_or([0, 0, 0]);
    let given_hex = format!("#{:02x}{:02x}{:02x}", given[0], given[1], given[2]);
    let light = visitor_colour(given, false);
    let dark = dark_mode.then(|| visitor_colour(given, true));
    let mut words = if typed.trim().is_empty() {
        "The guide's own colour.".to_string()
    } else if same(&light, &given_hex) {
        "Visitors see your colour as it is: white text on it is easy to read.".to_string()
    } else {
        "Too pale for white text to be read on it, so visitors see this darker shade of it."
            .to_string()
    };
    if dark.is_some() {
        words.push_str(
            " On phones and computers set to dark, a lighter shade, so it stands out on the dark background.",
        );
    }
    (light, dark, words)
}

/// A swatch: the colour as a button with its text on it (`sample`: a button of that colour),
/// as visitors see it, and which look it is. Drawn in SVG with presentation attributes: a
/// strict CSP forbids inline styles.
fn swatch(colour: &str, text_colour: &str, look: &str, sample: &'static str) -> Html {
    html! {
        <span class="swatch-with-caption">
            <svg class="swatch" width="128" height="36" viewBox="0 0 128 36" role="img" aria-label={format!("{look}: {colour}")}>
                <rect x="0" y="0" width="128" height="36" rx="8" fill={colour.to_string()} />
                <text x="64" y="23" text-anchor="middle" fill={text_colour.to_string()} font-size="14" font-weight="700">{ sample }</text>
            </svg>
            <span class="caption" aria-hidden="true">{ look.to_string() }</span>
        </span>
    }
}

/// `sample`: the text of a button in that colour, as the guide writes it.
fn colour_field(
    ctx: &Ctx,
    field: Field,
    label: &str,
    guide: &'static str,
    sample: &'static str,
) -> Html {
    let draft = &ctx.form.draft;
    let typed = field.text(draft).unwrap_or("").to_string();
    let picker_value = parse_hex(&typed)
        .map(|[r, g, b]| format!("#{r:02x}{g:02x}{b:02x}"))
        .unwrap_or_else(|| guide.to_string());
    let (light, dark, words) = what_visitors_see(&typed, guide, draft.dark_mode);
    let picker_id = format!("{}-picker", field.id());
    let pick = {
        let send = ctx.send.clone();
        Callback::from(move |e: InputEvent| send.emit(Edit::Text(field, input_value(&e))))
    };
    html! {
        <fieldset class="colour">
            <legend>{ label.to_string() }</legend>
            <div class="colour-inputs">
                <div class="picker">
                    <label for={picker_id.clone()}>{ "Pick" }</label>
                    <input type="color" id={picker_id} value={picker_value} oninput={pick} />
                </div>
                { field_view(ctx, FieldSpec {
                    field,
                    label: "Or its code, if you have one".into(),
                    hint: Some("Such as #1d4f91; empty for the guide's own.".into()),
                    ..FieldSpec::default()
                }) }
            </div>
            <div class="visitors-see" id={format!("{}-seen", field.id())}>
                <span class="seen-label">{ "Visitors see:" }</span>
                <span class="swatches">
                    { swatch(&light, "#ffffff", "Light", sample) }
                    if let Some(dark) = &dark {
                        { swatch(dark, "#101414", "Set to dark", sample) }
                    }
                </span>
                <p class="hint">{ words }</p>
            </div>
        </fieldset>
    }
}

pub fn view(ctx: &Ctx) -> Html {
    let draft = &ctx.form.draft;
    let dark = {
        let send = ctx.send.clone();
        Callback::from(move |e: Event| {
            let on = e
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .is_some_and(|i| i.checked());
            send.emit(Edit::DarkMode(on));
        })
    };
    let bar = {
        let send = ctx.send.clone();
        Callback::from(move |e: Event| {
            let on = e
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .is_some_and(|i| i.checked());
            send.emit(Edit::HideBar(!on));
        })
    };
    html! {
        <>
            { colour_field(ctx, Field::Accent, "Main colour: buttons and links", GUIDE_ACCENT, "Book online") }
            { colour_field(ctx, Field::Call, "Phone button colour", GUIDE_CALL, "Call to book") }
            { field_view(ctx, FieldSpec {
                field: Field::Font,
                label: "Font (optional)".into(),
                hint: Some("The font of your site, such as Georgia, serif; empty for the visitor's usual font.".into()),
                ..FieldSpec::default()
            }) }
            <div class="field check">
                <input id="theme-dark" type="checkbox" checked={draft.dark_mode} onchange={dark} />
                <label for="theme-dark">{ "Dark when the visitor's phone or computer is set to dark" }</label>
            </div>
            { notes_view(ctx, Field::DarkMode) }
            <div class="field check">
                <input id="theme-bar" type="checkbox" checked={!draft.hide_bar} onchange={bar}
                    onfocus={{ let follow = ctx.follow.clone(); Callback::from(move |_| follow.emit(Field::Bar)) }} />
                <label for="theme-bar">{ "Show the guide's own bar with your name and number" }</label>
            </div>
            <p class="hint">{ "Untick it where your page already has a header with them; your number then shows at the foot of every screen instead." }</p>
        </>
    }
}
