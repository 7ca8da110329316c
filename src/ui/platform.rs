//! The browser at the edges: session storage, fetching the configuration, the clinic's clock.
//! Every failure here is logged and survived; none reaches the visitor as a broken page.

use crate::clinic::{Clinic, Minute};
use crate::state::{load_progress, save_progress, State};
use wasm_bindgen::prelude::*;

/// A message for the site owner in the browser console.
pub fn console_error(message: &str) {
    gloo_console::error!(format!("massage-guide: {message}"));
}

pub fn console_warn(message: &str) {
    gloo_console::warn!(format!("massage-guide: {message}"));
}

// web-sys rather than gloo-storage: gloo's `SessionStorage::raw()` throws when the browser has
// storage turned off, and a visitor there must still get the guide (tests/e2e/faults.test.mjs).
fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Saved progress from this tab, if any and readable.
pub fn restore_progress(key: &str) -> State {
    let Some(text) = session_storage().and_then(|s| s.get_item(key).ok().flatten()) else {
        return State::default();
    };
    load_progress(&text).unwrap_or_else(|problem| {
        console_warn(&format!("{problem}; starting fresh"));
        State::default()
    })
}

/// Keep progress for a reload; storage that is off or full only costs the resume.
pub fn keep_progress(key: &str, state: &State) {
    let saved = session_storage().map(|s| {
        if *state == State::default() {
            s.remove_item(key)
        } else {
            s.set_item(key, &save_progress(state))
        }
    });
    if !matches!(saved, Some(Ok(()))) {
        console_warn("session storage is unavailable; progress will not survive a reload");
    }
}

/// How long the configuration may take before the built-in content is used instead.
const CONFIG_TIMEOUT_MS: u32 = 5000;

/// Fetch and read the clinic's configuration over `base` (the built-in content), with the
/// problems found in it (each logged to the console for the site owner); `Err` with the reason
/// when it cannot be had at all. `base` is read once the file is in: reading it wakes the
/// configuration's reader, whose first run (compiled on first use) a tap on the first screen
/// should not wait behind.
pub async fn load_clinic(
    url: &str,
    base: impl FnOnce() -> Clinic,
) -> Result<(Clinic, Vec<String>), String> {
    match fetch_text(url, None).await {
        Ok(text) => Ok(read_clinic(&text, url, base())),
        Err(e) => {
            let problem = format!("could not load {url} ({e}); using the built-in content");
            console_error(&problem);
            Err(problem)
        }
    }
}

/// Read a configuration from `source` (its address, or "configuration in the page") over
/// `base`, with the problems found in it, each logged to the console for the site owner.
pub fn read_clinic(text: &str, source: &str, base: Clinic) -> (Clinic, Vec<String>) {
    // Marked for the browser's performance tools (and the test that holds the reading of a
    // 10 MB file under half a second): "massage-guide:read" to "massage-guide:read-end".
    let performance = web_sys::window().and_then(|w| w.performance());
    let mark = |name: &str| performance.as_ref().map(|p| p.mark(name));
    mark("massage-guide:read");
    let (clinic, problems) = Clinic::from_json_over(base, text);
    mark("massage-guide:read-end");
    let problems: Vec<String> = problems.iter().map(|p| format!("{source}: {p}")).collect();
    for problem in &problems {
        console_error(problem);
    }
    (clinic, problems)
}

/// The text at `url`, or why not; gives up after the same timeout as the configuration. With
/// `integrity` (`sha256-…`), a file that is not the one the build wrote is refused.
pub async fn fetch_text(url: &str, integrity: Option<&str>) -> Result<String, String> {
    // A slow server must not keep the visitor waiting: abort after a timeout. Dropping the
    // timer (at the end of this function) cancels it.
    let controller = web_sys::AbortController::new().map_err(|_| "fetch is unavailable")?;
    let _timer = {
        let controller = controller.clone();
        gloo_timers::callback::Timeout::new(CONFIG_TIMEOUT_MS, move || controller.abort())
    };
    let signal = controller.signal();
    // The browser's own message, not `to_string()`: that would bring in serde_json's error
    // texts (gloo-net's JSON variant, which this guide never uses), 1.1 KB of WebAssembly.
    let failed = |e: gloo_net::Error| match (signal.aborted(), e) {
        (true, _) => format!("no answer within {} seconds", CONFIG_TIMEOUT_MS / 1000),
        (false, gloo_net::Error::JsError(e)) => e.message,
        (false, gloo_net::Error::GlooError(text)) => text,
        (false, _) => "the response could not be read".into(),
    };
    let request = gloo_net::http::Request::get(url).abort_signal(Some(&signal));
    let request = match integrity {
        Some(hash) => request.integrity(hash),
        None => request,
    };
    let response = request.send().await.map_err(failed)?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    // The bytes, read as UTF-8 here: the browser's text would be decoded to JavaScript's
    // UTF-16 and encoded again into the WebAssembly, which for a large file cost more than
    // reading it (docs/performance.md). Broken UTF-8 is replaced as the browser would.
    let bytes = response.binary().await.map_err(failed)?;
    Ok(match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
}

/// Tell the clinic's page something happened (for its own analytics), from the element or
/// from inside its shadow root: the event bubbles out of it (`composed`), and the page sees the
/// element as its target either way. Carries only what `detail` says, never an answer.
pub fn announce(from: &web_sys::EventTarget, name: &str, detail: &JsValue) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = from.dispatch_event(&event);
    }
}

/// An event's detail: one id under its name, `{ outcome: "medical-massage" }` or
/// `{ step: "where-it-hurts" }`.
pub fn id_detail(name: &str, id: &str) -> JsValue {
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &name.into(), &id.into());
    detail.into()
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl, js_name = DateTimeFormat)]
    type DateTimeFormat;

    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "DateTimeFormat", catch)]
    fn new(locale: &str, options: &JsValue) -> Result<DateTimeFormat, JsValue>;

    #[wasm_bindgen(method)]
    fn format(this: &DateTimeFormat, date: &js_sys::Date) -> String;
}

/// The weekday (0 = Monday) and minute of the day now, in the clinic's time zone.
pub fn clinic_now(time_zone: &str) -> Option<(usize, Minute)> {
    let options = js_sys::Object::new();
    for (key, value) in [
        ("timeZone", time_zone),
        ("weekday", "short"),
        ("hour", "2-digit"),
        ("minute", "2-digit"),
        ("hourCycle", "h23"),
    ] {
        js_sys::Reflect::set(&options, &key.into(), &value.into()).ok()?;
    }
    let format = match DateTimeFormat::new("en-US", &options.into()) {
        Ok(format) => format,
        Err(_) => {
            console_error(&format!("time_zone: unknown time zone \"{time_zone}\""));
            return None;
        }
    };
    crate::clinic::parse_weekday_clock(&format.format(&js_sys::Date::new_0()))
}

/// Open the browser's print dialog (the visitor can save as PDF there).
pub fn print_page() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Put `text` on the clipboard (the clinic's number, on a computer that cannot call): whether
/// the browser took it. A page that is not secure (`http:`) has no clipboard, and a browser
/// may refuse (a frame without the permission).
pub async fn copy_text(text: &str) -> bool {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return false;
    };
    if js_sys::Reflect::get(&navigator, &"clipboard".into()).map_or(true, |c| c.is_undefined()) {
        return false;
    }
    wasm_bindgen_futures::JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .is_ok()
}

/// Move keyboard and screen-reader focus to the new step's heading.
pub fn focus_heading(root: &web_sys::Element) {
    // A new step starts at its top: a visitor who had scrolled down to "Next" sees the new
    // screen from its beginning (language, progress, heading), not cut just above the heading.
    if root.get_bounding_client_rect().top() < 0.0 {
        root.scroll_into_view();
    }
    if let Ok(Some(heading)) = root.query_selector("h2") {
        if let Ok(heading) = heading.dyn_into::<web_sys::HtmlElement>() {
            let _ = heading.focus();
        }
    }
}

/// A test-only hook: `window.__massageGuideForcePanic = true` makes the result screen panic,
/// so the browser tests can check the crash fallback. Only in builds with the `test-hooks`
/// feature (`cargo xtask test` builds one into target/dist-test-hooks), never in the shipped one.
#[cfg(feature = "test-hooks")]
pub fn forced_panic_requested() -> bool {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"__massageGuideForcePanic".into()).ok())
        .is_some_and(|v| v.is_truthy())
}

/// Today's date as people write it in `lang`, for the printed summary.
pub fn today(lang: crate::i18n::Lang) -> String {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
    String::from(js_sys::Date::new_0().to_locale_date_string(lang.code(), &options))
}

/// The language to start in: the element's `lang`, else the page's, else the browser's.
pub fn initial_lang(attribute: Option<&str>) -> crate::i18n::Lang {
    let window = web_sys::window();
    let page = window
        .as_ref()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"));
    let browser = window.and_then(|w| w.navigator().language());
    crate::i18n::Lang::negotiate(
        [attribute, page.as_deref(), browser.as_deref()]
            .into_iter()
            .flatten()
            .filter(|tag| !tag.is_empty()),
    )
}

/// The language the visitor chose in this tab, kept beside their progress.
pub fn saved_lang(key: &str) -> Option<crate::i18n::Lang> {
    let tag = session_storage()?.get_item(&format!("{key}:lang")).ok()??;
    crate::i18n::Lang::from_tag(&tag)
}

pub fn keep_lang(key: &str, lang: crate::i18n::Lang) {
    if let Some(storage) = session_storage() {
        let _ = storage.set_item(&format!("{key}:lang"), lang.code());
    }
}

#[wasm_bindgen]
extern "C" {
    /// The `<massage-guide>` element as its loader defines it.
    type GuideElement;
    /// The loader's notes for the site owner, one per line: a `configuration` property that
    /// is not JSON, a colour the page set that is not a colour, or one the stylesheet moved to
    /// keep AA contrast.
    #[wasm_bindgen(method)]
    fn notes(this: &GuideElement) -> String;
}

/// The clinic's `theme` on the element, as the `--mg-theme-…` properties the stylesheet reads
/// under the page's own `--mg-…` (which win). Set through the CSSOM, which a strict CSP allows
/// (a `style` attribute it would not). With `debug`, returns the loader's notes (the colours,
/// a `configuration` property that is not JSON).
pub fn apply_theme(
    host: &web_sys::HtmlElement,
    theme: &crate::clinic::Theme,
    debug: bool,
) -> Vec<String> {
    let style = host.style();
    for (name, value) in [
        ("--mg-theme-accent", &theme.accent),
        ("--mg-theme-call", &theme.call),
        ("--mg-theme-font", &theme.font),
    ] {
        let _ = match value {
            Some(value) => style.set_property(name, value),
            None => style.remove_property(name).map(drop),
        };
    }
    match debug {
        true => host
            .unchecked_ref::<GuideElement>()
            .notes()
            .lines()
            .map(str::to_string)
            .collect(),
        false => Vec::new(),
    }
}
