//! The wizard: steps, back and forward, required answers, saved progress.

use massage_guide::guide::{BodyRegion, Goal, PainDuration, SafetySign};
use massage_guide::i18n::{t, Lang};
use massage_guide::state::{load_progress, save_progress, Action, State, Step};

fn run(actions: &[Action]) -> State {
    actions
        .iter()
        .fold(State::default(), |s, a| s.apply(a.clone()))
}

#[test]
fn the_full_flow_with_pain() {
    use Action::*;
    let s = run(&[
        Next,
        NoSafetySigns(true),
        Next,
        ToggleRegion(BodyRegion::LowerBack),
        Next,
        Intensity(6),
        Duration(PainDuration::OverThreeMonths),
        Next,
        Next,
        ToggleGoal(Goal::RelievePain),
        Next,
    ]);
    assert_eq!(s.step, Step::Result);
    assert_eq!(s.error, None);
}

#[test]
fn no_pain_skips_the_pain_step_and_progress_counts_four() {
    use Action::*;
    let s = run(&[Next, NoSafetySigns(true), Next, NoPain(true), Next]);
    assert_eq!(s.step, Step::Health);
    assert_eq!(s.step.progress(&s.answers), Some((3, 4)));
    assert_eq!(s.apply(Back).step, Step::WhereItHurts);
}

#[test]
fn next_without_an_answer_stays_and_explains() {
    use Action::*;
    let s = run(&[Next, Next]);
    assert_eq!(s.step, Step::Safety);
    assert!(t(Lang::En, s.error.unwrap()).contains("None of these"));
    // Answering clears the message.
    assert_eq!(s.apply(NoSafetySigns(true)).error, None);
    let s = run(&[
        Next,
        NoSafetySigns(true),
        Next,
        ToggleRegion(BodyRegion::Neck),
        Next,
        Intensity(3),
        Next,
    ]);
    assert_eq!(s.step, Step::AboutPain);
    assert!(t(Lang::En, s.error.unwrap()).contains("how long"));
}

#[test]
fn an_emergency_sign_goes_straight_to_the_emergency_screen() {
    use Action::*;
    let s = run(&[
        Next,
        ToggleSafetySign(SafetySign::ChestPainOrBreathless),
        Next,
    ]);
    assert_eq!(s.step, Step::Emergency);
    assert_eq!(s.apply(Back).step, Step::Safety);
}

#[test]
fn a_warning_sign_goes_straight_to_the_result_and_back() {
    use Action::*;
    let s = run(&[Next, ToggleSafetySign(SafetySign::SwollenCalf), Next]);
    assert_eq!(s.step, Step::Result);
    assert_eq!(s.apply(Back).step, Step::Safety);
}

#[test]
fn none_of_these_and_a_sign_exclude_each_other() {
    use Action::*;
    let s = run(&[
        Next,
        NoSafetySigns(true),
        ToggleSafetySign(SafetySign::RecentInjury),
    ]);
    assert!(!s.answers.no_safety_signs);
    let s = s.apply(NoSafetySigns(true));
    assert!(s.answers.safety_signs.is_empty() && s.answers.no_safety_signs);
}

#[test]
fn back_and_forward_keep_every_answer() {
    use Action::*;
    let s = run(&[
        Next,
        NoSafetySigns(true),
        Next,
        ToggleRegion(BodyRegion::Head),
        Next,
        Intensity(4),
        Duration(PainDuration::UnderSixWeeks),
    ]);
    let answers = s.answers.clone();
    let s = s.apply(Back).apply(Back).apply(Next).apply(Next);
    assert_eq!(s.step, Step::AboutPain);
    assert_eq!(s.answers, answers);
}

#[test]
fn start_over_clears_everything() {
    use Action::*;
    let s = run(&[Next, NoSafetySigns(true), Next, StartOver]);
    assert_eq!(s, State::default());
}

#[test]
fn the_explainer_opens_over_a_step_and_closes_back_to_it() {
    use Action::*;
    let s = run(&[ShowExplainer(true)]);
    assert!(s.explainer);
    assert_eq!(s.step, Step::Start);
    let s = s.apply(ShowExplainer(false));
    assert!(!s.explainer);
}

#[test]
fn saved_progress_is_versioned_and_corrupt_data_is_refused() {
    use Action::*;
    let s = run(&[
        Next,
        NoSafetySigns(true),
        Next,
        ToggleRegion(BodyRegion::Neck),
    ]);
    let text = save_progress(&s);
    assert_eq!(load_progress(&text), Ok(s));
    assert!(load_progress("{not json").is_err());
    assert!(load_progress("{\"version\": 99, \"state\": {}}")
        .unwrap_err()
        .contains("version 99"));
    assert!(load_progress("{\"version\": 1, \"state\": {\"step\": \"Nowhere\"}}").is_err());
}

#[test]
fn intensity_is_capped_at_ten() {
    let s = State::default().apply(Action::Intensity(42));
    assert_eq!(s.answers.intensity, Some(10));
}

#[test]
fn saved_progress_never_resumes_past_an_unanswered_question() {
    use Action::*;
    // Saved on the goals step, but the safety question was never answered (an edited record).
    let mut s = run(&[Next, NoSafetySigns(true), Next, NoPain(true), Next, Next]);
    assert_eq!(s.step, Step::Goals);
    s.answers.no_safety_signs = false;
    assert_eq!(
        load_progress(&save_progress(&s)).unwrap().step,
        Step::Safety
    );
    // The pain step, for a visitor who has no pain: not on their path.
    let mut s = run(&[Next, NoSafetySigns(true), Next, NoPain(true), Next]);
    s.step = Step::AboutPain;
    assert_eq!(load_progress(&save_progress(&s)).unwrap().step, Step::Goals);
    // An emergency screen without an emergency sign.
    let mut s = run(&[Next, NoSafetySigns(true), Next]);
    s.step = Step::Emergency;
    assert_eq!(
        load_progress(&save_progress(&s)).unwrap().step,
        Step::WhereItHurts
    );
}
