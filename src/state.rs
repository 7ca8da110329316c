//! The wizard: which step the visitor is on, their answers, and how each action changes them.
//! The steps are one table ([`STEPS`]); also the saved-progress format kept in session storage.

use crate::document::{self, Document};
use crate::guide::answers::{Answers, BodyRegion, Condition, Goal, PainDuration, PainPattern};
use crate::guide::safety::is_emergency;
use crate::guide::{Flag, FlagScreen};
use crate::i18n::Key;
use serde::{Deserialize, Serialize};
use std::rc::Rc;

/// A screen of the guide, declared in the order a visitor meets them (the order `Ord` and
/// [`STEPS`] give). Its id, for saved progress and the page's markup, is the kebab-case of its
/// name: `where-it-hurts`.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    strum::VariantArray,
    strum::IntoStaticStr,
    strum::EnumString,
)]
#[strum(serialize_all = "kebab-case")]
pub enum Step {
    #[default]
    Start,
    Safety,
    WhereItHurts,
    AboutPain,
    ChestFlags,
    BackFlags,
    NeckFlags,
    HeadFlags,
    LimbFlags,
    Health,
    CancerFlags,
    PregnancyFlags,
    HeartFlags,
    ClotFlags,
    BloodPressureFlags,
    SurgeryFlags,
    BonesFlags,
    ThinnersFlags,
    DiabetesFlags,
    Goals,
    Result,
    Emergency,
}

/// The parts of the interview the progress indicator counts: "Step 2 of 4" stays the same
/// through every screen of a part, so it never jumps back when a follow-up appears.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Part {
    Safety = 1,
    WhereItHurts = 2,
    Health = 3,
    Goals = 4,
}

impl Part {
    pub const COUNT: usize = 4;
}

/// What a step asks, and so which screen shows it and which answers it keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Asks {
    /// The first screen: what the guide does.
    Start,
    /// Red-flag questions of one screen, each ticked or "None of these".
    Flags(FlagScreen),
    /// The body map.
    WhereItHurts,
    /// Intensity, duration, pattern.
    AboutPain,
    /// Conditions and a referral: optional.
    Health,
    /// Goals, and illness right now (red flags, optional: unticked means no).
    Goals,
    /// The recommendation.
    Result,
    /// Call the emergency number now.
    Emergency,
}

/// One step of the wizard: what it asks and the part of the interview it belongs to.
pub struct StepRow {
    pub step: Step,
    pub asks: Asks,
    pub part: Option<Part>,
}

macro_rules! step {
    ($step:ident, $asks:expr, $part:expr) => {
        StepRow {
            step: Step::$step,
            asks: $asks,
            part: $part,
        }
    };
}

/// The interview, in the order a visitor meets it: `STEPS[step as usize]` is the step's row
/// (tests/wizard.rs holds it). A step is on a visitor's path when it asks something of them
/// ([`Step::on_path`]); adding a question is a row here, a row of `safety::FLAGS` and its texts.
pub const STEPS: &[StepRow] = &[
    step!(Start, Asks::Start, None),
    step!(
        Safety,
        Asks::Flags(FlagScreen::Everyone),
        Some(Part::Safety)
    ),
    step!(WhereItHurts, Asks::WhereItHurts, Some(Part::WhereItHurts)),
    step!(AboutPain, Asks::AboutPain, Some(Part::WhereItHurts)),
    step!(
        ChestFlags,
        Asks::Flags(FlagScreen::Chest),
        Some(Part::WhereItHurts)
    ),
    step!(
        BackFlags,
        Asks::Flags(FlagScreen::Back),
        Some(Part::WhereItHurts)
    ),
    step!(
        NeckFlags,
        Asks::Flags(FlagScreen::NeckAndArms),
        Some(Part::WhereItHurts)
    ),
    step!(
        HeadFlags,
        Asks::Flags(FlagScreen::Head),
        Some(Part::WhereItHurts)
    ),
    step!(
        LimbFlags,
        Asks::Flags(FlagScreen::Limbs),
        Some(Part::WhereItHurts)
    ),
    step!(Health, Asks::Health, Some(Part::Health)),
    step!(
        CancerFlags,
        Asks::Flags(FlagScreen::Cancer),
        Some(Part::Health)
    ),
    step!(
        PregnancyFlags,
        Asks::Flags(FlagScreen::Pregnancy),
        Some(Part::Health)
    ),
    step!(
        HeartFlags,
        Asks::Flags(FlagScreen::Heart),
        Some(Part::Health)
    ),
    step!(ClotFlags, Asks::Flags(FlagScreen::Clot), Some(Part::Health)),
    step!(
        BloodPressureFlags,
        Asks::Flags(FlagScreen::BloodPressure),
        Some(Part::Health)
    ),
    step!(
        SurgeryFlags,
        Asks::Flags(FlagScreen::Surgery),
        Some(Part::Health)
    ),
    step!(
        BonesFlags,
        Asks::Flags(FlagScreen::Bones),
        Some(Part::Health)
    ),
    step!(
        ThinnersFlags,
        Asks::Flags(FlagScreen::BloodThinners),
        Some(Part::Health)
    ),
    step!(
        DiabetesFlags,
        Asks::Flags(FlagScreen::Diabetes),
        Some(Part::Health)
    ),
    step!(Goals, Asks::Goals, Some(Part::Goals)),
    step!(Result, Asks::Result, None),
    step!(Emergency, Asks::Emergency, None),
];

impl Step {
    /// Every screen, in the order a visitor meets them.
    pub const ALL: &'static [Step] = <Step as strum::VariantArray>::VARIANTS;

    /// A stable identifier, for saved progress and the page's markup.
    pub fn id(self) -> &'static str {
        self.into()
    }

    pub fn from_id(id: &str) -> Option<Step> {
        id.parse().ok()
    }

    /// What the clinic's analytics are told when the step is shown: its id, but for the red-flag
    /// screens of one body area or one condition, whose own ids (`cancer-flags`) would say
    /// which the visitor marked: those are `area-flags`, and `health` for a condition's.
    pub fn analytics_id(self) -> &'static str {
        use Step::*;
        // Named here rather than found through `STEPS`, which costs more WebAssembly;
        // tests/wizard.rs holds the two lists to the table.
        match self {
            ChestFlags | BackFlags | NeckFlags | HeadFlags | LimbFlags => "area-flags",
            // Counted as the health background they follow: that a visitor reached the questions
            // about a condition would say they have one (cancer, a pregnancy).
            CancerFlags | PregnancyFlags | HeartFlags | ClotFlags | BloodPressureFlags
            | SurgeryFlags | BonesFlags | ThinnersFlags | DiabetesFlags => "health",
            _ => self.id(),
        }
    }

    /// The step's row of [`STEPS`].
    pub fn row(self) -> &'static StepRow {
        &STEPS[self as usize]
    }

    /// What the step asks.
    pub fn asks(self) -> Asks {
        self.row().asks
    }

    /// The step asks something of this visitor (the questions only: not start or an outcome).
    fn on_path(self, a: &Answers) -> bool {
        match self.asks() {
            Asks::Flags(screen) => Flag::on_screen(screen, a).next().is_some(),
            Asks::AboutPain => a.has_pain(),
            Asks::WhereItHurts => !a.relax_only,
            Asks::Health | Asks::Goals => true,
            Asks::Start | Asks::Result | Asks::Emergency => false,
        }
    }

    /// The red-flag screen whose answers this step keeps.
    fn flag_screen(self) -> Option<FlagScreen> {
        match self.asks() {
            Asks::Flags(screen) => Some(screen),
            Asks::Goals => Some(FlagScreen::Unwell),
            _ => None,
        }
    }

    /// The answers this step and the ones before it collect: what is known on leaving it.
    fn known_after(self, a: &Answers) -> Answers {
        let asked = |step: Step| step <= self;
        // Each flag is kept by the step that asks it.
        let kept = |flag: &Flag| {
            STEPS
                .iter()
                .any(|row| asked(row.step) && row.step.flag_screen() == Some(flag.screen()))
        };
        let mut known = Answers {
            flags_yes: a.flags_yes.iter().filter(kept).collect(),
            flags_no: a.flags_no.iter().filter(kept).collect(),
            ..Answers::default()
        };
        if asked(Step::WhereItHurts) {
            known.where_it_hurts = a.where_it_hurts.clone();
            known.relax_only = a.relax_only;
        }
        if asked(Step::AboutPain) {
            (known.intensity, known.duration, known.patterns) =
                (a.intensity, a.duration, a.patterns);
        }
        if asked(Step::Health) {
            (known.conditions, known.doctor_referral) = (a.conditions, a.doctor_referral);
            // A referral only ever lifts "check with your doctor", never an emergency, so it is
            // kept with the health background it answers.
            known.referred_for = a.referred_for;
        }
        if asked(Step::Goals) {
            known.goals = a.goals;
        }
        known
    }

    /// Every screen this visitor passes through, from the start to the result or the
    /// emergency screen. Back and Next walk this path, so both always agree.
    ///
    /// Only an emergency ends the path early, as soon as the answers so far show it; every
    /// other answer combines with the rest on the result.
    pub fn path(answers: &Answers) -> Vec<Step> {
        let mut path = vec![Step::Start];
        for step in Step::ALL.iter().copied().filter(|s| s.on_path(answers)) {
            path.push(step);
            if is_emergency(&step.known_after(answers)) {
                path.push(Step::Emergency);
                return path;
            }
        }
        // Answers kept from an earlier pass (the visitor went back and changed a step) count
        // too: an emergency is never shown as an ordinary result.
        path.push(if is_emergency(answers) {
            Step::Emergency
        } else {
            Step::Result
        });
        path
    }

    /// The question steps, in order, for these answers.
    pub fn questions(answers: &Answers) -> Vec<Step> {
        Step::path(answers)
            .into_iter()
            .filter(|s| s.row().part.is_some())
            .collect()
    }

    /// "Step 2 of 4": the part of the interview, for question steps; `None` elsewhere.
    pub fn progress(self) -> Option<(usize, usize)> {
        self.row().part.map(|part| (part as usize, Part::COUNT))
    }

    /// Why the visitor cannot go on yet, if they cannot (a catalogue key).
    pub fn missing_answer(self, answers: &Answers) -> Option<Key> {
        match self.asks() {
            // A question that appeared under a tick needs its own yes or no.
            Asks::Flags(screen) if answers.follow_up_unanswered(screen) => {
                Some(Key::MissingFollowUp)
            }
            Asks::Flags(screen)
                if !answers.screen_answered(screen)
                    && !answers
                        .flags_on(screen)
                        .iter()
                        .any(|f| answers.flags_yes.contains(*f)) =>
            {
                Some(Key::MissingFlags)
            }
            Asks::WhereItHurts if answers.where_it_hurts == Default::default() => {
                Some(Key::MissingWhere)
            }
            Asks::AboutPain if answers.intensity.is_none() => Some(Key::MissingIntensity),
            Asks::AboutPain if answers.duration.is_none() => Some(Key::MissingDuration),
            Asks::Goals if answers.goals.is_empty() => Some(Key::MissingGoals),
            _ => None,
        }
    }

    /// The step after this one, given the answers so far.
    pub fn next(self, answers: &Answers) -> Step {
        let path = Step::path(answers);
        match path.iter().position(|s| *s == self) {
            Some(i) => path.get(i + 1).copied().unwrap_or(self),
            // Not on this visitor's path (answers changed under it): the first step of the
            // path after it, so no question in between is skipped.
            None => path
                .iter()
                .copied()
                .find(|s| *s > self)
                .unwrap_or(Step::Result),
        }
    }

    /// The step before this one, given the answers.
    pub fn previous(self, answers: &Answers) -> Step {
        let path = Step::path(answers);
        match path.iter().position(|s| *s == self) {
            Some(0) => Step::Start,
            Some(i) => path[i - 1],
            // Not on the path: the last step of the path before it.
            None => path
                .iter()
                .copied()
                .rev()
                .find(|s| *s < self)
                .unwrap_or(Step::Start),
        }
    }
}

/// What the visitor can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Next,
    /// "No pain: I just want to relax" on the first screen: no pain, the goal of relaxing, and
    /// on to the safety check without the body map.
    StartRelaxing,
    Back,
    StartOver,
    ShowExplainer(bool),
    /// Tick or untick a red flag.
    ToggleFlag(Flag),
    /// Yes or no to a question that follows up a tick.
    AnswerFlag(Flag, bool),
    /// "None of these" on the current red-flag screen: every question "no", and on.
    NoneOfThese,
    ToggleRegion(BodyRegion),
    NoPain(bool),
    Intensity(u8),
    Duration(PainDuration),
    TogglePattern(PainPattern),
    ToggleCondition(Condition),
    DoctorReferral(bool),
    /// The doctor who treats this condition sent the visitor for massage (or did not).
    ReferredFor(Condition, bool),
    ToggleGoal(Goal),
}

/// The first screen's buttons (`ui::start`), in order: the `data-action` the loader knows each
/// by, and what it does.
pub const FIRST_SCREEN: [(&str, Action); 3] = [
    ("start", Action::Next),
    ("relax", Action::StartRelaxing),
    ("explain", Action::ShowExplainer(true)),
];

/// The first question's own taps (`ui::flags`, `ui::step_nav`), besides its boxes, each a
/// red flag's id: the loader shows that screen, rendered at build time, the moment Start is
/// tapped, and keeps what is done on it until the WebAssembly is ready.
pub const FIRST_QUESTION: [(&str, Action); 3] = [
    ("back", Action::Back),
    ("next", Action::Next),
    ("none", Action::NoneOfThese),
];

impl Action {
    /// The action of a tap made before the WebAssembly was ready, by the name the loader kept
    /// it by: a first-screen button's `data-action`, or on the first question (the safety
    /// check) one of its buttons', or the id of one of its red flags, ticked (the loader reads
    /// the boxes as they are, so a name is a tick, not a toggle). The guide mounts with these
    /// carried out in order.
    pub fn tapped_early(name: &str) -> Option<Action> {
        FIRST_SCREEN
            .iter()
            .chain(&FIRST_QUESTION)
            .find(|(tap, _)| *tap == name)
            .map(|(_, action)| action.clone())
            .or_else(|| {
                Flag::on_screen(FlagScreen::Everyone, &Answers::default())
                    .find(|flag| flag.id() == name)
                    .map(|flag| Action::AnswerFlag(flag, true))
            })
    }
}

/// The whole state of one guide.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct State {
    pub step: Step,
    pub answers: Answers,
    /// The explainer is open on top of the current step.
    pub explainer: bool,
    /// Shown when "Next" was pressed with the step unanswered (a catalogue key); not saved.
    pub error: Option<Key>,
}

impl State {
    /// Apply one action; a pure function, so it is tested natively.
    pub fn apply(&self, action: Action) -> State {
        let mut next = self.clone();
        next.error = None;
        let answers = &mut next.answers;
        match action {
            Action::StartRelaxing => {
                answers.set_no_pain(true);
                answers.relax_only = true;
                answers.goals.insert(Goal::RelaxStress);
                next.step = Step::Start.next(answers);
            }
            // Starting the questions asks where it hurts, even after a relaxing start.
            Action::Next if self.step == Step::Start => {
                answers.relax_only = false;
                next.step = Step::Start.next(answers);
            }
            Action::Next => match self.step.missing_answer(&self.answers) {
                Some(message) => next.error = Some(message),
                None => {
                    // Questions seen and left unticked are answered "no".
                    if let Some(screen) = self.step.flag_screen() {
                        answers.settle(screen);
                    }
                    next.step = self.step.next(answers);
                }
            },
            Action::NoneOfThese => {
                if let Asks::Flags(screen) = self.step.asks() {
                    for flag in answers.flags_on(screen) {
                        answers.answer_flag(flag, false);
                    }
                    next.step = self.step.next(answers);
                }
            }
            Action::Back => next.step = self.step.previous(&self.answers),
            Action::StartOver => return State::default(),
            Action::ShowExplainer(open) => next.explainer = open,
            Action::ToggleFlag(flag) => answers.toggle_flag(flag),
            Action::AnswerFlag(flag, yes) => answers.answer_flag(flag, yes),
            Action::ToggleRegion(region) => answers.toggle_region(region),
            Action::NoPain(no_pain) => answers.set_no_pain(no_pain),
            Action::Intensity(n) => answers.intensity = Some(n.min(10)),
            Action::Duration(d) => answers.duration = Some(d),
            Action::TogglePattern(p) => answers.patterns.toggle(p),
            Action::ToggleCondition(c) => answers.conditions.toggle(c),
            Action::DoctorReferral(yes) => answers.doctor_referral = yes,
            Action::ReferredFor(c, yes) => {
                if yes {
                    answers.referred_for.insert(c);
                } else {
                    answers.referred_for.remove(c);
                }
            }
            Action::ToggleGoal(g) => answers.goals.toggle(g),
        }
        if !matches!(action, Action::ShowExplainer(_)) {
            next.explainer = false;
        }
        next
    }
}

impl yew::Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.apply(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// Bump when the saved format changes in a way old data cannot be read as. Version 3: the
/// safety check became an interview (red flags asked where they fit); progress saved before
/// answered other questions, so it is refused by name and the visitor starts again.
pub const PROGRESS_VERSION: u32 = 3;

/// The record kept in session storage: `{"version": 3, "state": {...}}`, with stable ids.
#[derive(Serialize, Deserialize)]
struct SavedProgress {
    version: u32,
    state: SavedState,
}

/// What of the state is kept: not the error message of the moment.
#[derive(Serialize, Deserialize)]
struct SavedState {
    step: Step,
    #[serde(default)]
    explainer: bool,
    answers: Answers,
}

impl Serialize for Step {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

impl<'de> Deserialize<'de> for Step {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let id = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Step::from_id(&id).ok_or_else(|| serde::de::Error::custom(format!("unknown step \"{id}\"")))
    }
}

/// The text kept in session storage.
pub fn save_progress(state: &State) -> String {
    document::to_text(&SavedProgress {
        version: PROGRESS_VERSION,
        state: SavedState {
            step: state.step,
            explainer: state.explainer,
            answers: state.answers.clone(),
        },
    })
}

/// The version alone, read first: data from another version is refused by name, not as corrupt.
#[derive(Deserialize)]
struct Versioned {
    version: u32,
}

/// Read saved progress; anything unreadable or from another version is refused with a reason.
pub fn load_progress(text: &str) -> Result<State, String> {
    let unreadable = |e: String| format!("saved progress is unreadable: {e}");
    let saved = Document::parse(text).map_err(unreadable)?;
    let Versioned { version } = saved.read().map_err(unreadable)?;
    if version != PROGRESS_VERSION {
        return Err(format!(
            "saved progress is version {version}, this guide reads version {PROGRESS_VERSION}"
        ));
    }
    let SavedState {
        step,
        explainer,
        answers,
    } = saved
        .read::<SavedProgress>()
        .map(|s| s.state)
        .map_err(unreadable)?;
    if answers.intensity.is_some_and(|n| n > 10) {
        return Err("saved progress is unreadable: intensity must be 0 to 10".into());
    }
    Ok(State {
        step,
        answers,
        explainer,
        error: None,
    }
    .consistent())
}

impl State {
    /// Saved progress may come from an edited or half-written record: never resume past a
    /// question that has no answer, or on a screen the answers do not lead to.
    pub fn consistent(mut self) -> State {
        let mut step = Step::Start;
        while step != self.step {
            if step.missing_answer(&self.answers).is_some()
                || step
                    .flag_screen()
                    .is_some_and(|s| !self.answers.screen_answered(s) && s != FlagScreen::Unwell)
            {
                self.step = step;
                break;
            }
            let next = step.next(&self.answers);
            // The saved step is not on this visitor's path: stop at the last step before it (an
            // emergency the answers show is always shown).
            if next == step || (next > self.step && next != Step::Emergency) {
                self.step = step;
                break;
            }
            step = next;
        }
        self
    }
}
