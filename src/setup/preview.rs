//! The preview: the real guide beside the form, showing the part being edited (an article: a
//! result that lists it; the hours: the call box with its open/closed line), and a "Start at"
//! that always says what it shows.

use super::fields::Field;
use super::fields::Section;
use super::publish::selected_index;
use super::Draft;
use crate::clinic::Clinic;
use crate::guide::answers::WhereItHurts;
use crate::guide::articles::{rank_articles, ArticleTag};
use crate::guide::safety::FLAGS;
use crate::guide::{BodyRegion, Flag, FlagScreen, Goal, Outcome, PainDuration, PainPattern};
use crate::i18n::{t, Lang};
use crate::state::{State, Step};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What the preview shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    FirstScreen,
    Result(Outcome),
    /// A result that lists this article.
    Article(usize),
    /// A result this service suits, its call box listing it.
    Service(usize),
    /// A result's call box: the phone, the booking link, the open/closed line and the hours.
    CallBox,
    /// Wherever the clinic clicked to in the preview.
    Walked,
}

impl Shown {
    /// The fixed choices of "Start at", in its order.
    pub const CHOICES: [Shown; 8] = [
        Shown::FirstScreen,
        Shown::CallBox,
        Shown::Result(Outcome::MedicalMassage),
        Shown::Result(Outcome::GeneralMassage),
        Shown::Result(Outcome::WaitUntilWell),
        Shown::Result(Outcome::DoctorBeforeBooking),
        Shown::Result(Outcome::DoctorToday),
        Shown::Result(Outcome::Emergency),
    ];

    pub fn label(self) -> String {
        match self {
            Shown::FirstScreen => "The first screen".into(),
            Shown::CallBox => "The call box: phone, booking and hours".into(),
            Shown::Result(outcome) => format!(
                "Result: {}",
                match outcome {
                    Outcome::Emergency => "emergency, call 911",
                    Outcome::DoctorToday => "see a doctor today",
                    Outcome::DoctorBeforeBooking => "check with a doctor before booking",
                    Outcome::WaitUntilWell => "rest first, then book",
                    Outcome::MedicalMassage => "medical massage",
                    Outcome::GeneralMassage => "general massage",
                }
            ),
            Shown::Article(i) => format!("A result that lists article {}", i + 1),
            Shown::Service(i) => format!("A result that lists service {}", i + 1),
            Shown::Walked => "Where you clicked to in the preview".into(),
        }
    }

    /// "Start at"'s choices now: the fixed ones, and the one shown if it is not among them.
    pub fn choices(self) -> Vec<Shown> {
        let mut choices = Shown::CHOICES.to_vec();
        if !choices.contains(&self) {
            choices.push(self);
        }
        choices
    }

    /// What the preview shows while `field` is being edited; `None`: leave it as it is.
    pub fn for_field(field: Field) -> Option<Shown> {
        match field {
            Field::Name(_) | Field::LogoUrl | Field::LogoAlt(_) | Field::Bar => {
                Some(Shown::FirstScreen)
            }
            Field::Languages => Some(Shown::FirstScreen),
            Field::Phone | Field::BookingUrl | Field::Address(_) | Field::StaffLanguages => {
                Some(Shown::CallBox)
            }
            Field::EmergencyNumber => Some(Shown::Result(Outcome::Emergency)),
            Field::CrisisLine => Some(Shown::Result(Outcome::GeneralMassage)),
            Field::TimeZone | Field::Hours(_) => Some(Shown::CallBox),
            // The colours show on every screen: the preview stays where it is.
            _ => field
                .article()
                .map(Shown::Article)
                .or(field.service().map(Shown::Service)),
        }
    }

    /// The visit the preview resumes to show this, for `draft`'s clinic; `None` for the
    /// first screen. (`Walked` keeps whatever the guide saved, and is never asked.)
    pub fn visit(self, draft: &Draft) -> Option<State> {
        match self {
            Shown::FirstScreen | Shown::Walked => None,
            Shown::Result(outcome) => Some(example_visit(outcome)),
            Shown::CallBox => Some(example_visit(Outcome::MedicalMassage)),
            Shown::Article(i) => Some(visit_for_article(draft, i)),
            Shown::Service(i) => {
                let suits = draft.services.get(i).and_then(|s| s.suits.first());
                let outcome = suits
                    .and_then(|id| Outcome::ALL.iter().find(|o| o.id() == id.as_str()))
                    .copied()
                    .unwrap_or(Outcome::MedicalMassage);
                Some(example_visit(outcome))
            }
        }
    }

    /// The part of the guide to scroll the preview to (a selector in its shadow root).
    pub fn part(self) -> Option<&'static str> {
        match self {
            Shown::CallBox | Shown::Service(_) => Some(".call-to-book"),
            Shown::Article(_) => Some(".articles"),
            _ => None,
        }
    }
}

/// A visit to a massage result whose suggested articles include article `i` of `draft`, when
/// one of its tags can bring it there; else the medical massage result.
pub fn visit_for_article(draft: &Draft, i: usize) -> State {
    let (clinic, _) = Clinic::from_json(&draft.to_json());
    let tags: Vec<ArticleTag> = draft
        .articles
        .get(i)
        .map(|a| {
            a.tags
                .iter()
                .filter_map(|t| ArticleTag::from_id(t))
                .collect()
        })
        .unwrap_or_default();
    let title = draft
        .articles
        .get(i)
        .and_then(|a| a.title.get("en"))
        .map(|t| t.trim().to_string())
        .unwrap_or_default();
    let candidates = tags.iter().map(|tag| visit_for_tag(*tag));
    let mut first = None;
    for visit in candidates {
        let listed = rank_articles(&visit.answers, &clinic.articles)
            .iter()
            .any(|pick| pick.article.title.en == title);
        if listed {
            return visit;
        }
        first.get_or_insert(visit);
    }
    first.unwrap_or_else(|| example_visit(Outcome::MedicalMassage))
}

/// A visit whose answers call for articles with `tag`.
fn visit_for_tag(tag: ArticleTag) -> State {
    let outcome = match tag {
        ArticleTag::Mood | ArticleTag::MedicalVsGeneral => Outcome::GeneralMassage,
        _ => Outcome::MedicalMassage,
    };
    let mut state = example_visit(outcome);
    let answers = &mut state.answers;
    match tag {
        ArticleTag::Sciatica => {
            answers.patterns.insert(PainPattern::SpreadsDownLeg);
        }
        ArticleTag::Headache => {
            answers.patterns.insert(PainPattern::Headaches);
        }
        ArticleTag::Posture => {
            answers.goals.insert(Goal::PostureMobility);
        }
        ArticleTag::ChronicPain | ArticleTag::MedicalVsGeneral | ArticleTag::Mood => {}
    }
    // Every question these answers call for is answered "no".
    answer_the_rest(answers);
    state
}

fn answer_the_rest(answers: &mut crate::guide::Answers) {
    for row in FLAGS {
        if (row.asked)(answers) && answers.flag_answer(row.flag).is_none() {
            answers.answer_flag(row.flag, false);
        }
    }
}

/// A visit that ends at `outcome`, for the preview to start at its result: the clinic sees
/// its phone, booking link and articles where a visitor would.
pub fn example_visit(outcome: Outcome) -> State {
    let mut state = State::default();
    let answers = &mut state.answers;
    // The up-front questions answered; a flag of the health background for the levels of
    // care between, which every visitor is asked.
    let flag = match outcome {
        Outcome::Emergency => Some(Flag::ChestPain),
        Outcome::DoctorToday => Some(Flag::SpreadingRedSkin),
        Outcome::DoctorBeforeBooking => Some(Flag::CatchingSkin),
        Outcome::WaitUntilWell => Some(Flag::CatchingIllness),
        Outcome::MedicalMassage | Outcome::GeneralMassage => None,
    };
    if let Some(flag) = flag {
        answers.answer_flag(flag, true);
    }
    answers.settle(FlagScreen::Everyone);
    if outcome != Outcome::Emergency {
        answers.settle(FlagScreen::Unwell);
    }
    if outcome == Outcome::MedicalMassage {
        answers.toggle_region(BodyRegion::LowerBack);
        answers.intensity = Some(6);
        answers.duration = Some(PainDuration::OverThreeMonths);
        answers.goals.insert(Goal::RelievePain);
    } else {
        answers.where_it_hurts = WhereItHurts::NoPain;
        answers.goals.insert(Goal::RelaxStress);
    }
    // Every other question these answers call for is answered "no".
    for row in FLAGS {
        if (row.asked)(answers) && answers.flag_answer(row.flag).is_none() {
            answers.answer_flag(row.flag, false);
        }
    }
    state.step = match outcome {
        Outcome::Emergency => Step::Emergency,
        _ => Step::Result,
    };
    state
}

/// Show `shown` in the preview element and mount it again with `configuration`: the guide
/// resumes from the progress its loader keeps in this tab's session storage, under the
/// loader's own `storageKey`, so that progress is written first (left as it is for `Walked`).
pub fn show_in_preview(
    element: &web_sys::Element,
    shown: Shown,
    draft: &Draft,
    configuration: &str,
) {
    let key = js_sys::Reflect::get(element, &"storageKey".into())
        .ok()
        .and_then(|key| key.as_string());
    let storage = web_sys::window().and_then(|w| w.session_storage().ok().flatten());
    if let (Some(key), Some(storage), false) = (key, storage, shown == Shown::Walked) {
        let _ = match shown.visit(draft) {
            Some(visit) => storage.set_item(&key, &crate::state::save_progress(&visit)),
            None => storage.remove_item(&key),
        };
    }
    // Setting the configuration mounts the guide again.
    let _ = js_sys::Reflect::set(element, &"configuration".into(), &configuration.into());
    if let Some(part) = shown.part() {
        scroll_to_part(element.clone(), part, 20);
    }
}

/// Scroll the preview's own box (not the page) to `part` of the guide once it is drawn;
/// tried again every 100 ms, `tries` times, while the guide mounts.
fn scroll_to_part(element: web_sys::Element, part: &'static str, tries: u32) {
    gloo_timers::callback::Timeout::new(100, move || {
        let found = js_sys::Reflect::get(&element, &"shadowRoot".into())
            .ok()
            .and_then(|root| {
                let query = js_sys::Reflect::get(&root, &"querySelector".into()).ok()?;
                let query = query.dyn_into::<js_sys::Function>().ok()?;
                query.call1(&root, &part.into()).ok()
            })
            .and_then(|found| found.dyn_into::<web_sys::Element>().ok());
        let frame = element.closest(".preview-scroll").ok().flatten();
        match (found, frame) {
            (Some(found), Some(frame)) => {
                let top = found.get_bounding_client_rect().top()
                    - frame.get_bounding_client_rect().top()
                    + f64::from(frame.scroll_top());
                frame.set_scroll_top((top - 8.0).max(0.0) as i32);
            }
            _ if tries > 0 => scroll_to_part(element, part, tries - 1),
            _ => {}
        }
    })
    .forget();
}

#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    /// The draft with each wrong field at its last good value.
    pub good: Draft,
    pub shown: Shown,
    /// The clinic chose what to show, or clicked in the preview (`Walked`).
    pub on_show: Callback<Shown>,
    /// The section last edited, for "Back to the form".
    pub back_to: Section,
}

/// The preview panel: "Showing", the width (on a computer) and the language, and the real
/// `<massage-guide>` given the configuration in memory. It mounts again only when what it
/// shows changed (not while a wrong value is being typed).
#[component]
pub fn PreviewPanel(props: &PreviewProps) -> Html {
    let preview_ref = use_node_ref();
    let start_at_ref = use_node_ref();
    let width = use_state(|| "phone");
    let lang = use_state(|| Lang::En);
    let shown = props.shown;
    {
        // What is shown, for the effect of a new configuration; a click in the preview
        // (`Walked`) mounts nothing again: the guide is already where the clinic went.
        let shown_now = use_mut_ref(|| Shown::FirstScreen);
        *shown_now.borrow_mut() = shown;
        let good_now = use_mut_ref(Draft::default);
        *good_now.borrow_mut() = props.good.clone();
        let element = preview_ref.clone();
        use_effect_with(props.good.clone(), move |good| {
            if let Some(element) = element.cast::<web_sys::Element>() {
                show_in_preview(&element, *shown_now.borrow(), good, &good.to_json());
            }
        });
        let element = preview_ref.clone();
        use_effect_with(shown, move |shown| {
            if let (Some(element), false) =
                (element.cast::<web_sys::Element>(), *shown == Shown::Walked)
            {
                let good = good_now.borrow();
                show_in_preview(&element, *shown, &good, &good.to_json());
            }
        });
    }
    // "Showing" always says what the preview shows: its choice is set on the element too,
    // since once the clinic has picked one, an option's `selected` no longer moves it.
    {
        let start_at_ref = start_at_ref.clone();
        use_effect_with(shown, move |shown| {
            if let Some(select) = start_at_ref.cast::<web_sys::HtmlSelectElement>() {
                let index = shown.choices().iter().position(|c| c == shown).unwrap_or(0);
                select.set_selected_index(index as i32);
            }
        });
    }
    // A click in the preview: it now shows wherever the clinic went. Listened to on the element
    // itself: the guide is an app of its own in a shadow root, outside this page's handlers.
    {
        let on_show = props.on_show.clone();
        let preview_ref = preview_ref.clone();
        use_effect_with(shown, move |shown| {
            let walked = *shown == Shown::Walked;
            let listener = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
                if !walked {
                    on_show.emit(Shown::Walked);
                }
            });
            let element = preview_ref.cast::<web_sys::Element>();
            if let Some(element) = &element {
                let _ = element
                    .add_event_listener_with_callback("click", listener.as_ref().unchecked_ref());
            }
            move || {
                if let Some(element) = element {
                    let _ = element.remove_event_listener_with_callback(
                        "click",
                        listener.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }
    let on_start_at = {
        let on_show = props.on_show.clone();
        let choices = shown.choices();
        Callback::from(move |e: Event| {
            if let Some(next) = choices.get(selected_index(&e)) {
                on_show.emit(*next);
            }
        })
    };
    html! {
        <section class="preview" id="preview-panel" aria-labelledby="preview-title">
            <h2 id="preview-title">{ "Preview" }</h2>
            <div class="preview-controls">
                <div class="start-at">
                    <label for="start-at">{ "Showing" }</label>
                    <select id="start-at" ref={start_at_ref} onchange={on_start_at}>
                        { for shown.choices().into_iter().map(|choice| html! {
                            <option selected={choice == shown}>{ choice.label() }</option>
                        }) }
                    </select>
                </div>
                <fieldset class="preview-width">
                    <legend>{ "Width" }</legend>
                    { for [("phone", "Phone"), ("desktop", "Desktop")].into_iter().map(|(value, label)| {
                        let width = width.clone();
                        html! {
                            <label><input type="radio" name="width" checked={*width == value}
                                onchange={Callback::from(move |_| width.set(value))} />{ label }</label>
                        }
                    }) }
                </fieldset>
                <fieldset>
                    <legend>{ "Language" }</legend>
                    { for Lang::ALL.iter().map(|l| {
                        let lang = lang.clone();
                        let chosen = *l;
                        html! {
                            <label><input type="radio" name="lang" checked={*lang == chosen}
                                onchange={Callback::from(move |_| lang.set(chosen))} />{ t(chosen, chosen.name_key()) }</label>
                        }
                    }) }
                </fieldset>
            </div>
            <div class="preview-scroll">
                <div class={classes!("preview-frame", *width)}>
                    <massage-guide ref={preview_ref} lang={lang.code()} id="preview"></massage-guide>
                </div>
            </div>
            <a class="back-to-form" href={format!("#{}", props.back_to.id())}>{ "Back to the form" }</a>
        </section>
    }
}
