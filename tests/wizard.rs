//! The wizard: the step table, back and forward, required answers, the interview's shape
//! (each red flag where it fits), taps, progress and saved progress.

use massage_guide::guide::safety::FLAGS;
use massage_guide::guide::{
    BodyRegion, Condition, Flag, FlagScreen, Goal, PainDuration, PainPattern,
};
use massage_guide::i18n::{t, Lang};
use massage_guide::state::{load_progress, save_progress, Action, Asks, Part, State, Step, STEPS};

fn run(actions: &[Action]) -> State {
    actions
        .iter()
        .fold(State::default(), |s, a| s.apply(a.clone()))
}

#[test]
fn the_step_table_is_in_step_order_and_each_flag_screen_has_one_step() {
    for (i, row) in STEPS.iter().enumerate() {
        assert_eq!(
            row.step as usize, i,
            "{:?} is not at its own index",
            row.step
        );
        assert_eq!(Step::ALL[i], row.step);
    }
    for (i, row) in FLAGS.iter().enumerate() {
        assert_eq!(
            row.flag as usize, i,
            "{:?} is not at its own index",
            row.flag
        );
    }
    // Every screen a flag names is asked by exactly one step (the goals ask "unwell").
    for row in FLAGS {
        let steps = STEPS
            .iter()
            .filter(|s| match s.asks {
                Asks::Flags(screen) => screen == row.screen,
                Asks::Goals => row.screen == FlagScreen::Unwell,
                _ => false,
            })
            .count();
        assert_eq!(steps, 1, "{:?} is asked by {steps} steps", row.flag);
    }
    // A flag screen's flags come in the table in the order of the steps (the visitor meets
    // each screen's questions together).
    let order: Vec<FlagScreen> = FLAGS.iter().map(|r| r.screen).collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted);
}

#[test]
fn a_relaxing_visitor_answers_in_seven_taps() {
    use Action::*;
    let taps = [
        Next,        // Start the questions
        NoneOfThese, // the safety check: none, and on
        NoPain(true),
        Next,
        Next, // the health background is optional
        ToggleGoal(Goal::RelaxStress),
        Next,
    ];
    let s = run(&taps);
    assert_eq!(s.step, Step::Result);
    assert!(taps.len() <= 7);
}

#[test]
fn relaxing_from_the_first_screen_skips_the_body_map_in_four_taps() {
    use Action::*;
    let taps = [StartRelaxing, NoneOfThese, Next, Next];
    let s = run(&taps);
    assert_eq!(s.step, Step::Result, "{:?}", Step::path(&s.answers));
    assert!(s.answers.has_goal(Goal::RelaxStress));
    assert!(!Step::path(&s.answers).contains(&Step::WhereItHurts));
    // Back to the first screen and into the questions: the body map is asked, "no pain" kept.
    let s = run(&[StartRelaxing, Back]);
    assert_eq!(s.step, Step::Start);
    let s = s.apply(Next).apply(NoneOfThese);
    assert_eq!(s.step, Step::WhereItHurts);
    assert!(!s.answers.has_pain());
}

#[test]
fn neck_stiffness_takes_twelve_taps() {
    use Action::*;
    let taps = [
        Next,
        NoneOfThese,
        ToggleRegion(BodyRegion::Neck),
        Next,
        Intensity(4),
        Duration(PainDuration::SixWeeksToThreeMonths),
        TogglePattern(PainPattern::Stiffness),
        Next,
        NoneOfThese, // the neck's own questions
        Next,        // health
        ToggleGoal(Goal::PostureMobility),
        Next,
    ];
    let s = run(&taps);
    assert_eq!(s.step, Step::Result, "{:?}", Step::path(&s.answers));
    assert_eq!(taps.len(), 12);
}

#[test]
fn the_full_flow_with_pain_asks_the_back_questions_after_the_pain() {
    use Action::*;
    let s = run(&[
        Next,
        NoneOfThese,
        ToggleRegion(BodyRegion::LowerBack),
        Next,
        Intensity(6),
        Duration(PainDuration::OverThreeMonths),
        Next,
    ]);
    assert_eq!(s.step, Step::BackFlags);
    assert!(s
        .answers
        .flags_on(FlagScreen::Back)
        .contains(&Flag::SaddleNumbness));
    let s = run(&[]).apply(Next);
    assert_eq!(s.step, Step::Safety);
}

#[test]
fn the_up_front_screen_asks_at_most_six_things() {
    let a = Default::default();
    let up_front: Vec<Flag> = Flag::on_screen(FlagScreen::Everyone, &a).collect();
    assert!(up_front.len() <= 6, "{up_front:?}");
    // Stroke signs count even when they went away (a mini-stroke); chest pain is now.
    for stroke in [Flag::StrokeFaceArmLeg, Flag::StrokeSpeechSight] {
        let text = t(Lang::En, stroke.key());
        assert!(
            text.contains("in the last few days, even if it went away"),
            "{text}"
        );
    }
    assert!(t(Lang::En, Flag::ChestPain.key()).ends_with("now"));
}

#[test]
fn only_the_areas_marked_are_asked_about() {
    use Action::*;
    let knee = run(&[
        Next,
        NoneOfThese,
        ToggleRegion(BodyRegion::LeftKnee),
        Next,
        Intensity(3),
        Duration(PainDuration::ThreeDaysToSixWeeks),
        Next,
    ]);
    assert_eq!(knee.step, Step::LimbFlags);
    let path = Step::path(&knee.answers);
    for step in [
        Step::BackFlags,
        Step::NeckFlags,
        Step::HeadFlags,
        Step::ChestFlags,
    ] {
        assert!(!path.contains(&step), "{step:?} asked of a knee");
    }
    assert!(knee
        .answers
        .flags_on(FlagScreen::Limbs)
        .contains(&Flag::SwollenCalf));
    // A shoulder is a limb but not a calf.
    let shoulder = run(&[Next, NoneOfThese, ToggleRegion(BodyRegion::RightShoulder)]);
    assert!(!shoulder
        .answers
        .flags_on(FlagScreen::Limbs)
        .contains(&Flag::SwollenCalf));
}

#[test]
fn next_without_an_answer_stays_and_explains() {
    use Action::*;
    let s = run(&[Next, Next]);
    assert_eq!(s.step, Step::Safety);
    assert!(t(Lang::En, s.error.unwrap()).contains("None of these"));
    // Ticking one answers the screen: the rest, seen and left, are "no".
    let s = s.apply(ToggleFlag(Flag::ChestPain));
    assert_eq!(s.error, None);
    let s = run(&[
        Next,
        NoneOfThese,
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
    let s = run(&[Next, ToggleFlag(Flag::ChestPain), Next]);
    assert_eq!(s.step, Step::Emergency);
    assert_eq!(s.apply(Back).step, Step::Safety);
}

#[test]
fn only_an_emergency_ends_the_interview_early() {
    use Action::*;
    // A fever and a skin infection with the goals: on to the result, which combines them.
    let s = run(&[
        Next,
        NoneOfThese,
        NoPain(true),
        Next,
        Next,
        ToggleFlag(Flag::Fever),
        ToggleFlag(Flag::SpreadingRedSkin),
        ToggleGoal(Goal::RelaxStress),
        Next,
    ]);
    assert_eq!(s.step, Step::Result);
    // An emergency flag of an area ends it at that screen.
    let s = run(&[
        Next,
        NoneOfThese,
        ToggleRegion(BodyRegion::LowerBack),
        Next,
        Intensity(7),
        Duration(PainDuration::ThreeDaysToSixWeeks),
        Next,
        ToggleFlag(Flag::SaddleNumbness),
        Next,
    ]);
    assert_eq!(s.step, Step::Emergency);
}

#[test]
fn a_follow_up_shows_under_its_tick() {
    use Action::*;
    let s = run(&[
        Next,
        NoneOfThese,
        ToggleRegion(BodyRegion::Head),
        Next,
        Intensity(5),
        Duration(PainDuration::ThreeDaysToSixWeeks),
        Next,
    ]);
    assert_eq!(s.step, Step::HeadFlags);
    assert!(!s
        .answers
        .flags_on(FlagScreen::Head)
        .contains(&Flag::HeadKnockSymptoms));
    let s = s.apply(ToggleFlag(Flag::HeadKnock));
    assert!(s
        .answers
        .flags_on(FlagScreen::Head)
        .contains(&Flag::HeadKnockSymptoms));
    // The question under the tick is answered yes or no, never taken as "no" by going on.
    let stuck = s.apply(Next);
    assert_eq!(stuck.step, Step::HeadFlags);
    assert!(t(Lang::En, stuck.error.unwrap()).contains("under your tick"));
    // Yes is an emergency at once.
    assert_eq!(
        s.apply(AnswerFlag(Flag::HeadKnockSymptoms, true))
            .apply(Next)
            .step,
        Step::Emergency
    );
    // A knock with no symptoms and no blood thinner goes on (most are cared for at home).
    let on = s
        .apply(AnswerFlag(Flag::HeadKnockSymptoms, false))
        .apply(Next);
    assert_eq!(on.step, Step::Health);
    assert_eq!(on.answers.flag_answer(Flag::HeadKnockSymptoms), Some(false));
    // With a blood thinner on the health step, it is an emergency there.
    let thinners = on
        .apply(ToggleCondition(Condition::BloodThinners))
        .apply(Next);
    assert_eq!(thinners.step, Step::Emergency);
}

#[test]
fn conditions_are_followed_up_after_the_health_background() {
    use Action::*;
    let s = run(&[
        Next,
        NoneOfThese,
        NoPain(true),
        Next,
        ToggleCondition(Condition::Cancer),
        ToggleCondition(Condition::Pregnancy),
        Next,
    ]);
    assert_eq!(s.step, Step::CancerFlags);
    let s = s.apply(NoneOfThese);
    assert_eq!(s.step, Step::PregnancyFlags);
    let s = s.apply(NoneOfThese);
    assert_eq!(s.step, Step::Goals);
    assert_eq!(s.apply(Back).step, Step::PregnancyFlags);
}

#[test]
fn progress_counts_parts_and_never_goes_back() {
    use Action::*;
    let mut s = run(&[Next]);
    let mut seen = Vec::new();
    let actions = [
        NoneOfThese,
        ToggleRegion(BodyRegion::LowerBack),
        ToggleRegion(BodyRegion::Head),
        Next,
        Intensity(6),
        Duration(PainDuration::OverThreeMonths),
        Next,
        NoneOfThese,
        NoneOfThese,
        ToggleCondition(Condition::Cancer),
        Next,
        NoneOfThese,
        ToggleGoal(Goal::RelievePain),
    ];
    for action in actions {
        if let Some((current, total)) = s.step.progress() {
            assert_eq!(total, 4);
            seen.push(current as f64 / total as f64);
        }
        s = s.apply(action);
    }
    assert_eq!(s.step, Step::Goals);
    assert!(seen.windows(2).all(|w| w[0] <= w[1]), "{seen:?}");
    assert_eq!(Step::Goals.progress(), Some((4, 4)));
}

#[test]
fn a_referral_is_kept_and_none_of_these_keeps_it() {
    use Action::*;
    let s = run(&[
        Next,
        NoneOfThese,
        NoPain(true),
        Next,
        ToggleCondition(Condition::RecentSurgery),
        Next,
    ]);
    assert_eq!(s.step, Step::SurgeryFlags);
    let s = s
        .apply(ReferredFor(Condition::RecentSurgery, true))
        .apply(NoneOfThese);
    assert!(s.answers.referred_for.contains(Condition::RecentSurgery));
    assert_eq!(s.step, Step::Goals);
}

#[test]
fn back_and_forward_keep_every_answer() {
    use Action::*;
    let s = run(&[
        Next,
        NoneOfThese,
        ToggleRegion(BodyRegion::Chest),
        Next,
        Intensity(4),
        Duration(PainDuration::ThreeDaysToSixWeeks),
    ]);
    let answers = s.answers.clone();
    let s = s.apply(Back).apply(Back).apply(Next).apply(Next);
    assert_eq!(s.step, Step::AboutPain);
    assert_eq!(s.answers, answers);
}

#[test]
fn start_over_clears_everything() {
    use Action::*;
    let s = run(&[Next, NoneOfThese, StartOver]);
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
    let s = run(&[Next, NoneOfThese, ToggleRegion(BodyRegion::Neck), Next]);
    let text = save_progress(&s);
    assert!(text.contains("\"version\":3"), "{text}");
    assert_eq!(load_progress(&text), Ok(s));
    assert!(load_progress("{not json").is_err());
    assert!(load_progress("{\"version\": 99, \"state\": {}}")
        .unwrap_err()
        .contains("version 99"));
    assert!(load_progress("{\"version\": 3, \"state\": {\"step\": \"Nowhere\"}}").is_err());
    // A record is an object: its fields are not read by position from a list.
    let listed = load_progress("{\"version\": 3, \"state\": [\"safety\", false, {}]}");
    assert!(
        listed.as_ref().unwrap_err().contains("not a list"),
        "{listed:?}"
    );
}

#[test]
fn older_progress_is_refused_by_name() {
    for version in [1, 2] {
        let record = format!(
            "{{\"version\":{version},\"state\":{{\"step\":\"health\",\"answers\":{{\"safety_signs\":[],\"no_safety_signs\":true}}}}}}"
        );
        let error = load_progress(&record).unwrap_err();
        assert!(error.contains(&format!("version {version}")), "{error}");
    }
}

#[test]
fn intensity_is_capped_at_ten() {
    let s = run(&[Action::Intensity(42)]);
    assert_eq!(s.answers.intensity, Some(10));
}

#[test]
fn saved_progress_never_resumes_past_an_unanswered_question() {
    use Action::*;
    // At the goals, with the safety answers taken out: back to the safety screen.
    let mut s = run(&[Next, NoneOfThese, NoPain(true), Next, Next]);
    assert_eq!(s.step, Step::Goals);
    s.answers.flags_no = Default::default();
    assert_eq!(
        load_progress(&save_progress(&s)).unwrap().step,
        Step::Safety
    );
    // A region added behind the visitor's back: its questions are asked first.
    let mut s = run(&[
        Next,
        NoneOfThese,
        ToggleRegion(BodyRegion::Neck),
        Next,
        Intensity(3),
        Duration(PainDuration::OverThreeMonths),
        Next,
        NoneOfThese,
        Next,
    ]);
    assert_eq!(s.step, Step::Goals);
    s.answers.toggle_region(BodyRegion::LowerBack);
    assert_eq!(
        load_progress(&save_progress(&s)).unwrap().step,
        Step::BackFlags
    );
}

/// The outside probe's case: progress saved at the result with a question unanswered resumes at
/// that question, not at a result worked out without it.
#[test]
fn saved_progress_at_the_result_with_a_gap_resumes_at_the_gap() {
    use Action::*;
    let at_result = run(&[
        Next,
        NoneOfThese,
        ToggleRegion(BodyRegion::Neck),
        Next,
        Intensity(3),
        Duration(PainDuration::OverThreeMonths),
        Next,
        NoneOfThese,
        Next,
        ToggleGoal(Goal::RelievePain),
        Next,
    ]);
    assert_eq!(at_result.step, Step::Result);
    assert_eq!(
        load_progress(&save_progress(&at_result)).unwrap().step,
        Step::Result,
        "a whole interview resumes at its result"
    );
    // How much it hurts, taken out.
    let mut s = at_result.clone();
    s.answers.intensity = None;
    assert_eq!(
        load_progress(&save_progress(&s)).unwrap().step,
        Step::AboutPain
    );
    // A condition ticked with its follow-up questions never answered.
    let mut s = at_result.clone();
    s.answers.conditions.toggle(Condition::Cancer);
    assert_eq!(
        load_progress(&save_progress(&s)).unwrap().step,
        Step::CancerFlags
    );
    // Nothing answered at all.
    let mut s = at_result;
    s.answers = Default::default();
    assert_eq!(
        load_progress(&save_progress(&s)).unwrap().step,
        Step::Safety
    );
}

#[test]
fn the_heart_question_is_asked_once_and_yes_is_an_emergency() {
    use Action::*;
    let s = run(&[
        Next,
        NoneOfThese,
        ToggleRegion(BodyRegion::Jaw),
        Next,
        Intensity(3),
        Duration(PainDuration::OverThreeMonths),
        Next,
    ]);
    assert_eq!(s.step, Step::ChestFlags);
    assert_eq!(
        s.answers.flags_on(FlagScreen::Chest),
        vec![Flag::HeartSigns]
    );
    let emergency = s.apply(ToggleFlag(Flag::HeartSigns)).apply(Next);
    assert_eq!(emergency.step, Step::Emergency);
    assert_eq!(emergency.apply(Back).step, Step::ChestFlags);
    let on = s.apply(NoneOfThese);
    assert_eq!(on.step, Step::HeadFlags);
}

#[test]
fn an_emergency_found_on_a_later_step_is_never_shown_as_a_result() {
    use Action::*;
    // Blood thinners ticked, then back to the head's screen to tick a knock to the head.
    let s = run(&[
        Next,
        NoneOfThese,
        ToggleRegion(BodyRegion::Head),
        Next,
        Intensity(2),
        Duration(PainDuration::OverThreeMonths),
        Next,
        NoneOfThese,
        ToggleCondition(Condition::BloodThinners),
        Back,
    ]);
    assert_eq!(s.step, Step::HeadFlags);
    // The knock is asked before the health background, so the emergency shows on leaving it.
    let s = s
        .apply(ToggleFlag(Flag::HeadKnock))
        .apply(AnswerFlag(Flag::HeadKnockSymptoms, false))
        .apply(Next);
    assert_eq!(s.step, Step::Health);
    assert_eq!(Step::path(&s.answers).last(), Some(&Step::Emergency));
    assert_eq!(s.apply(Next).step, Step::Emergency);
}

#[test]
fn step_ids_are_stable_for_saved_progress() {
    // Derived from the variants' names: renaming a variant would change what saved progress
    // and the markup say, so the ids are pinned here.
    let ids = [
        (Step::Start, "start"),
        (Step::Safety, "safety"),
        (Step::WhereItHurts, "where-it-hurts"),
        (Step::AboutPain, "about-pain"),
        (Step::BackFlags, "back-flags"),
        (Step::Health, "health"),
        (Step::CancerFlags, "cancer-flags"),
        (Step::Goals, "goals"),
        (Step::Result, "result"),
        (Step::Emergency, "emergency"),
    ];
    for (step, id) in ids {
        assert_eq!(step.id(), id);
        assert_eq!(Step::from_id(id), Some(step));
    }
    assert_eq!(Step::from_id("Safety"), None);
}

#[test]
fn a_referral_left_from_a_condition_taken_back_counts_for_nothing() {
    use massage_guide::guide::recommend;
    use Action::*;
    let s = run(&[
        Next,
        NoneOfThese,
        NoPain(true),
        Next,
        ToggleCondition(Condition::Cancer),
        Next,
        ReferredFor(Condition::Cancer, true),
        NoneOfThese,
        Back,
        Back,
        ToggleCondition(Condition::Cancer),
        Next,
        ToggleGoal(Goal::RelaxStress),
        Next,
    ]);
    assert_eq!(s.step, Step::Result);
    assert!(!s.answers.any_referral());
    let rec = recommend(&s.answers, &[]);
    assert_eq!(rec.outcome, massage_guide::guide::Outcome::GeneralMassage);
}

#[test]
fn none_of_these_does_nothing_off_a_red_flag_screen() {
    use Action::*;
    let s = run(&[Next, NoneOfThese, NoPain(true), Next, Next]);
    assert_eq!(s.step, Step::Goals);
    // The goals ask for one goal; "None of these" is not theirs to skip them.
    assert_eq!(s.apply(NoneOfThese).step, Step::Goals);
}

#[test]
fn a_step_no_longer_on_the_path_goes_on_to_the_next_one_after_it() {
    use Action::*;
    // On the back's screen, the back is unmarked behind the visitor's back and a knee marked:
    // Next goes to the next step after it (the knee's questions), not to the result.
    let mut s = run(&[
        Next,
        NoneOfThese,
        ToggleRegion(BodyRegion::LowerBack),
        Next,
        Intensity(3),
        Duration(PainDuration::OverThreeMonths),
        Next,
    ]);
    assert_eq!(s.step, Step::BackFlags);
    s.answers.toggle_region(BodyRegion::LowerBack);
    s.answers.toggle_region(BodyRegion::LeftKnee);
    assert_eq!(s.step.next(&s.answers), Step::LimbFlags);
    assert_eq!(s.step.previous(&s.answers), Step::AboutPain);
}

#[test]
fn the_analytics_step_names_never_say_what_the_visitor_marked_and_are_all_documented() {
    // Every option's id, and the id of each red-flag screen of one area or condition.
    let answers: Vec<&str> = (BodyRegion::ALL.iter().map(|o| o.id()))
        .chain(Condition::ALL.iter().map(|o| o.id()))
        .chain(Goal::ALL.iter().map(|o| o.id()))
        .chain(PainPattern::ALL.iter().map(|o| o.id()))
        .chain(PainDuration::ALL.iter().map(|o| o.id()))
        .chain(Flag::ALL.iter().map(|o| o.id()))
        .chain(STEPS.iter().filter_map(|row| match row.asks {
            Asks::Flags(screen) if screen != FlagScreen::Everyone => Some(screen.id()),
            _ => None,
        }))
        .collect();
    let doc = std::fs::read_to_string("docs/analytics.md").expect("docs/analytics.md");
    for &step in Step::ALL {
        let id = step.analytics_id();
        for answer in &answers {
            assert!(
                !id.contains(answer),
                "{step:?} is told as {id}, which names {answer}"
            );
        }
        assert!(
            doc.contains(&format!("`{id}`")),
            "docs/analytics.md does not list `{id}`"
        );
    }
    for outcome in massage_guide::guide::Outcome::ALL {
        let id = outcome.id();
        assert!(
            doc.contains(&format!("`{id}`")),
            "docs/analytics.md does not list `{id}`"
        );
    }
    // Every red-flag screen of one area is `area-flags`, of one condition `health` (the step it
    // follows: its own would say a condition was ticked)
    // (a new one added to `STEPS` and not to `Step::analytics_id` fails here); every other step
    // is told by its own id.
    for row in STEPS {
        let told = match (row.asks, row.part) {
            (Asks::Flags(FlagScreen::Everyone), _) => row.step.id(),
            (Asks::Flags(_), Some(Part::WhereItHurts)) => "area-flags",
            (Asks::Flags(_), _) => "health",
            _ => row.step.id(),
        };
        assert_eq!(row.step.analytics_id(), told, "{:?}", row.step);
    }
}
