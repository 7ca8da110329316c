//! The wizard: which step the visitor is on, their answers, and how each action changes them.
//! Also the saved-progress format kept in session storage.

use crate::document::{self, Document};
use crate::guide::answers::{
    Answers, BodyRegion, Condition, Goal, PainDuration, PainPattern, WhereItHurts,
};
use crate::guide::choices::Choices;
use crate::guide::safety::{is_emergency, AskedAfter, Check, SafetySign};
use crate::i18n::Key;
use serde::{Deserialize, Serialize};
use std::rc::Rc;

/// A screen of the guide, declared in the order a visitor meets them (the order `Ord` and
/// `Step::ALL` give). Its id, for saved progress and the page's markup, is the kebab-case of
/// its name: `where-it-hurts`.
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
    /// Follow-up questions on the signs ticked (a high reading, a knock to the head, a new
    /// headache after 50).
    SafetyFollowUp,
    WhereItHurts,
    /// Pain in the chest, jaw or left arm: does it feel like the heart?
    HeartCheck,
    AboutPain,
    Health,
    /// Pregnant: any warning sign of pre-eclampsia?
    PregnancyCheck,
    Goals,
    Result,
    Emergency,
}

impl Step {
    /// Every screen, in the order a visitor meets them.
    const ALL: &'static [Step] = <Step as strum::VariantArray>::VARIANTS;

    /// A stable identifier, for saved progress and the page's markup.
    pub fn id(self) -> &'static str {
        self.into()
    }

    pub fn from_id(id: &str) -> Option<Step> {
        id.parse().ok()
    }

    /// The follow-up questions this step asks (empty for the other steps).
    pub fn checks(self, answers: &Answers) -> Vec<Check> {
        let after = match self {
            Step::SafetyFollowUp => AskedAfter::Safety,
            Step::HeartCheck => AskedAfter::WhereItHurts,
            Step::PregnancyCheck => AskedAfter::Health,
            _ => return Vec::new(),
        };
        Check::pending(after, answers).collect()
    }

    /// The answers this step and the ones before it collect: what is known on leaving it.
    fn known_after(self, a: &Answers) -> Answers {
        let asked = |step: Step| step <= self;
        let checks = |set: Choices<Check>| -> Choices<Check> {
            set.iter()
                .filter(|c| {
                    asked(match c.asked_after() {
                        AskedAfter::Safety => Step::SafetyFollowUp,
                        AskedAfter::WhereItHurts => Step::HeartCheck,
                        AskedAfter::Health => Step::PregnancyCheck,
                    })
                })
                .collect()
        };
        let mut known = Answers {
            safety_signs: a.safety_signs,
            no_safety_signs: a.no_safety_signs,
            checks_yes: checks(a.checks_yes),
            checks_no: checks(a.checks_no),
            ..Answers::default()
        };
        if asked(Step::WhereItHurts) {
            known.where_it_hurts = a.where_it_hurts.clone();
        }
        if asked(Step::AboutPain) {
            (known.intensity, known.duration, known.patterns) =
                (a.intensity, a.duration, a.patterns);
        }
        if asked(Step::Health) {
            (known.conditions, known.doctor_referral) = (a.conditions, a.doctor_referral);
        }
        if asked(Step::Goals) {
            known.goals = a.goals;
        }
        known
    }

    /// Every screen this visitor passes through, from the start to the result or the
    /// emergency screen. Back and Next walk this path, so both always agree.
    ///
    /// An emergency ends the path as soon as the answers so far show it. A sign ticked on
    /// the safety screen ends it after the safety questions: it decides the outcome.
    pub fn path(answers: &Answers) -> Vec<Step> {
        use Step::*;
        let mut path = vec![Start];
        // `Step::ALL` lists the screens in the order a visitor meets them.
        let questions = Step::ALL
            .iter()
            .copied()
            .filter(|step| !matches!(step, Start | Result | Emergency));
        for step in questions {
            let on_path = match step {
                SafetyFollowUp | HeartCheck | PregnancyCheck => !step.checks(answers).is_empty(),
                AboutPain => answers.has_pain(),
                // After the safety questions, a ticked sign has decided the outcome.
                _ => step == Safety || answers.safety_signs.is_empty(),
            };
            if !on_path {
                continue;
            }
            path.push(step);
            if is_emergency(&step.known_after(answers)) {
                path.push(Emergency);
                return path;
            }
        }
        // Answers kept from an earlier pass (the visitor went back and changed a step) count
        // too: an emergency is never shown as an ordinary result.
        path.push(if is_emergency(answers) {
            Emergency
        } else {
            Result
        });
        path
    }

    /// The question steps, in order, for these answers.
    pub fn questions(answers: &Answers) -> Vec<Step> {
        Step::path(answers)
            .into_iter()
            .filter(|s| !matches!(s, Step::Start | Step::Result | Step::Emergency))
            .collect()
    }

    /// "Step 2 of 5" for question steps; `None` elsewhere.
    pub fn progress(self, answers: &Answers) -> Option<(usize, usize)> {
        let steps = Step::questions(answers);
        let index = steps.iter().position(|s| *s == self)?;
        Some((index + 1, steps.len()))
    }

    /// Why the visitor cannot go on yet, if they cannot (a catalogue key).
    pub fn missing_answer(self, answers: &Answers) -> Option<Key> {
        match self {
            Step::Safety if !answers.safety_answered() => Some(Key::MissingSafety),
            Step::WhereItHurts if answers.where_it_hurts == Default::default() => {
                Some(Key::MissingWhere)
            }
            Step::AboutPain if answers.intensity.is_none() => Some(Key::MissingIntensity),
            Step::AboutPain if answers.duration.is_none() => Some(Key::MissingDuration),
            Step::Goals if answers.goals.is_empty() => Some(Key::MissingGoals),
            _ if self
                .checks(answers)
                .iter()
                .any(|c| answers.check_answer(*c).is_none()) =>
            {
                Some(Key::MissingCheck)
            }
            _ => None,
        }
    }

    /// The step after this one, given the answers so far.
    pub fn next(self, answers: &Answers) -> Step {
        let path = Step::path(answers);
        match path.iter().position(|s| *s == self) {
            Some(i) => path.get(i + 1).copied().unwrap_or(self),
            // Not on this visitor's path (answers changed under it): resume where it ends.
            None => path.last().copied().unwrap_or(Step::Result),
        }
    }

    /// The step before this one, given the answers.
    pub fn previous(self, answers: &Answers) -> Step {
        let path = Step::path(answers);
        match path.iter().position(|s| *s == self) {
            Some(0) | None => Step::Start,
            Some(i) => path[i - 1],
        }
    }
}

/// What the visitor can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Next,
    Back,
    StartOver,
    ShowExplainer(bool),
    ToggleSafetySign(SafetySign),
    NoSafetySigns(bool),
    ToggleRegion(BodyRegion),
    NoPain(bool),
    Intensity(u8),
    Duration(PainDuration),
    TogglePattern(PainPattern),
    ToggleCondition(Condition),
    DoctorReferral(bool),
    ToggleGoal(Goal),
    /// A yes or no to a follow-up question.
    AnswerCheck(Check, bool),
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
            Action::Next => match self.step.missing_answer(&self.answers) {
                Some(message) => next.error = Some(message),
                None => next.step = self.step.next(&self.answers),
            },
            Action::Back => next.step = self.step.previous(&self.answers),
            Action::StartOver => return State::default(),
            Action::ShowExplainer(open) => next.explainer = open,
            Action::ToggleSafetySign(sign) => answers.toggle_safety_sign(sign),
            Action::NoSafetySigns(none) => answers.set_no_safety_signs(none),
            Action::ToggleRegion(region) => answers.toggle_region(region),
            Action::NoPain(no_pain) => answers.set_no_pain(no_pain),
            Action::Intensity(n) => answers.intensity = Some(n.min(10)),
            Action::Duration(d) => answers.duration = Some(d),
            Action::TogglePattern(p) => answers.patterns.toggle(p),
            Action::ToggleCondition(c) => answers.conditions.toggle(c),
            Action::DoctorReferral(yes) => answers.doctor_referral = yes,
            Action::ToggleGoal(g) => answers.goals.toggle(g),
            Action::AnswerCheck(check, yes) => answers.answer_check(check, yes),
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

/// Bump when the saved format changes in a way old data cannot be read as. Version 2: the
/// second clinical pass split the safety signs and the durations and added follow-up questions
/// and health options; a version 1 record is upgraded once ([`SavedStateVersion1`]).
pub const PROGRESS_VERSION: u32 = 2;

/// The record kept in session storage: `{"version": 2, "state": {...}}`, with stable ids.
#[derive(Serialize, Deserialize)]
struct SavedProgress<S> {
    version: u32,
    state: S,
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
        Step::from_id(&id).ok_or_else(|| serde::de::Error::custom(format!("unknown step {id:?}")))
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
    let read = match version {
        PROGRESS_VERSION => saved.read::<SavedProgress<SavedState>>().map(|s| s.state),
        1 => saved
            .read::<SavedProgress<SavedStateVersion1>>()
            .map(|s| s.state.upgrade()),
        other => {
            return Err(format!(
                "saved progress is version {other}, this guide reads version {PROGRESS_VERSION}"
            ))
        }
    };
    let SavedState {
        step,
        explainer,
        answers,
    } = read.map_err(unreadable)?;
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

/// A version 1 record (before the second clinical pass), read for what still means the same:
/// the body map, pain, health and goal answers keep their ids. Its safety answers were given to
/// a different list of signs, so they are not read (serde skips them).
#[derive(Deserialize)]
struct SavedStateVersion1 {
    step: String,
    #[serde(default)]
    explainer: bool,
    answers: AnswersVersion1,
}

#[derive(Default, Deserialize)]
#[serde(default)]
struct AnswersVersion1 {
    where_it_hurts: WhereItHurts,
    intensity: Option<u8>,
    duration: Option<String>,
    patterns: Choices<PainPattern>,
    conditions: Choices<Condition>,
    doctor_referral: bool,
    goals: Choices<Goal>,
}

impl SavedStateVersion1 {
    /// The visitor resumes on the safety screen with the rest filled in; walking forward from
    /// there shows the health options added since. The next save writes version 2.
    fn upgrade(self) -> SavedState {
        let a = self.answers;
        SavedState {
            step: match Step::from_id(&self.step) {
                Some(Step::Start) => Step::Start,
                _ => Step::Safety,
            },
            explainer: self.explainer,
            answers: Answers {
                where_it_hurts: a.where_it_hurts,
                intensity: a.intensity,
                // "Under 6 weeks" is now "under 3 days" or "3 days to 6 weeks": asked again.
                duration: a.duration.as_deref().and_then(PainDuration::from_id),
                patterns: a.patterns,
                conditions: a.conditions,
                doctor_referral: a.doctor_referral,
                goals: a.goals,
                ..Answers::default()
            },
        }
    }
}

impl State {
    /// Saved progress may come from an edited or half-written record: never resume past a
    /// question that has no answer, or on a screen the answers do not lead to.
    pub fn consistent(mut self) -> State {
        let mut step = Step::Start;
        while step != self.step {
            if step.missing_answer(&self.answers).is_some() {
                self.step = step;
                break;
            }
            let next = step.next(&self.answers);
            if next == step {
                // The saved step is not on this visitor's path: go back to its last question.
                self.step = step;
                break;
            }
            step = next;
        }
        self
    }
}
