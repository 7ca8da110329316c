//! The wizard: which step the visitor is on, their answers, and how each action changes them.
//! Also the saved-progress format kept in session storage.

use crate::guide::answers::{
    toggle, Answers, BodyRegion, Condition, Goal, PainDuration, PainPattern,
};
use crate::guide::safety::{has_emergency_sign, screen, SafetySign, Urgency};
use serde::{Deserialize, Serialize};
use std::rc::Rc;

/// A screen of the guide.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    #[default]
    Start,
    Safety,
    WhereItHurts,
    AboutPain,
    Health,
    Goals,
    Result,
    Emergency,
}

impl Step {
    /// The question steps, in order, for these answers (the pain step is skipped with no pain).
    pub fn questions(answers: &Answers) -> Vec<Step> {
        let mut steps = vec![Step::Safety, Step::WhereItHurts];
        if answers.has_pain() {
            steps.push(Step::AboutPain);
        }
        steps.extend([Step::Health, Step::Goals]);
        steps
    }

    /// "Step 2 of 5" for question steps; `None` elsewhere.
    pub fn progress(self, answers: &Answers) -> Option<(usize, usize)> {
        let steps = Step::questions(answers);
        let index = steps.iter().position(|s| *s == self)?;
        Some((index + 1, steps.len()))
    }

    /// Why the visitor cannot go on yet, if they cannot.
    pub fn missing_answer(self, answers: &Answers) -> Option<&'static str> {
        match self {
            Step::Safety if !answers.safety_answered() => {
                Some("Please tick any that apply, or choose \u{201c}None of these\u{201d}.")
            }
            Step::WhereItHurts if answers.where_it_hurts == Default::default() => {
                Some("Please mark where it hurts, or choose \u{201c}No pain\u{201d}.")
            }
            Step::AboutPain if answers.intensity.is_none() => {
                Some("Please choose how strong the pain is, from 0 to 10.")
            }
            Step::AboutPain if answers.duration.is_none() => {
                Some("Please choose how long you have had this pain.")
            }
            Step::Goals if answers.goals.is_empty() => Some("Please choose at least one goal."),
            _ => None,
        }
    }

    /// The step after this one, given the answers so far.
    pub fn next(self, answers: &Answers) -> Step {
        match self {
            Step::Start => Step::Safety,
            Step::Safety if has_emergency_sign(answers) => Step::Emergency,
            // A warning sign on the safety screen decides the outcome at once.
            Step::Safety if !answers.safety_signs.is_empty() => Step::Result,
            Step::Goals => Step::Result,
            Step::Result | Step::Emergency => self,
            _ => {
                let steps = Step::questions(answers);
                let index = steps.iter().position(|s| *s == self).unwrap_or(0);
                steps.get(index + 1).copied().unwrap_or(Step::Result)
            }
        }
    }

    /// The step before this one, given the answers.
    pub fn previous(self, answers: &Answers) -> Step {
        match self {
            Step::Start | Step::Safety => Step::Start,
            Step::Emergency => Step::Safety,
            Step::Result
                if screen(&Answers {
                    safety_signs: answers.safety_signs.clone(),
                    ..Answers::default()
                })
                .is_some_and(|(u, _)| u == Urgency::SeeDoctorFirst) =>
            {
                Step::Safety
            }
            Step::Result => Step::Goals,
            _ => {
                let steps = Step::questions(answers);
                match steps.iter().position(|s| *s == self) {
                    Some(0) | None => Step::Start,
                    Some(i) => steps[i - 1],
                }
            }
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
}

/// The whole state of one guide.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct State {
    pub step: Step,
    pub answers: Answers,
    /// The explainer is open on top of the current step.
    #[serde(default)]
    pub explainer: bool,
    /// Shown when "Next" was pressed with the step unanswered.
    #[serde(skip)]
    pub error: Option<&'static str>,
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
            Action::TogglePattern(p) => toggle(&mut answers.patterns, p),
            Action::ToggleCondition(c) => toggle(&mut answers.conditions, c),
            Action::DoctorReferral(yes) => answers.doctor_referral = yes,
            Action::ToggleGoal(g) => toggle(&mut answers.goals, g),
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

/// Bump when the saved format changes in a way old data cannot be read as.
pub const PROGRESS_VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct SavedProgress {
    version: u32,
    state: State,
}

/// The text kept in session storage.
pub fn save_progress(state: &State) -> String {
    serde_json::to_string(&SavedProgress {
        version: PROGRESS_VERSION,
        state: state.clone(),
    })
    .unwrap_or_default()
}

/// Read saved progress; anything unreadable or from another version is refused with a reason.
pub fn load_progress(text: &str) -> Result<State, String> {
    #[derive(Deserialize)]
    struct Version {
        version: u32,
    }
    // The version first: data from another version is refused by name, not as corrupt.
    let Version { version } =
        serde_json::from_str(text).map_err(|e| format!("saved progress is unreadable: {e}"))?;
    if version != PROGRESS_VERSION {
        return Err(format!(
            "saved progress is version {version}, this guide reads version {PROGRESS_VERSION}"
        ));
    }
    let saved: SavedProgress =
        serde_json::from_str(text).map_err(|e| format!("saved progress is unreadable: {e}"))?;
    Ok(saved.state.consistent())
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
