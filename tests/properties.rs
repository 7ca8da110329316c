//! Properties of the rules that must hold for every possible set of answers.

use massage_guide::clinic::Clinic;
use massage_guide::guide::answers::WhereItHurts;
use massage_guide::guide::choices::{Choices, Listed};
use massage_guide::guide::recommend::MEDICAL_SIGNALS;
use massage_guide::guide::safety::{is_emergency, Urgency, When, SAFETY_RULES};
use massage_guide::guide::{
    recommend, Answers, BodyRegion, Condition, Flag, Goal, Outcome, PainDuration, PainPattern,
};
use massage_guide::i18n::Lang;
use proptest::prelude::*;
use proptest::sample::subsequence;
use std::collections::BTreeSet;

fn set<T: Listed + std::fmt::Debug>(all: &'static [T]) -> impl Strategy<Value = Choices<T>> {
    subsequence(all, 0..=all.len()).prop_map(|v| v.into_iter().collect())
}

fn answers() -> impl Strategy<Value = Answers> {
    (
        (set(Flag::ALL), set(Flag::ALL)),
        prop_oneof![
            Just(WhereItHurts::Unanswered),
            Just(WhereItHurts::NoPain),
            set(BodyRegion::ALL).prop_map(WhereItHurts::Regions),
        ],
        (
            proptest::option::of(0u8..=10),
            proptest::option::of(proptest::sample::select(PainDuration::ALL)),
        ),
        set(PainPattern::ALL),
        (set(Condition::ALL), any::<bool>(), set(Condition::ALL)),
        (set(Goal::ALL), any::<bool>()),
    )
        .prop_map(
            |(
                (yes, no),
                where_it_hurts,
                (intensity, duration),
                patterns,
                (conditions, referral, referred_for),
                (goals, relax_only),
            )| Answers {
                flags_no: no.iter().filter(|f| !yes.contains(*f)).collect(),
                flags_yes: yes,
                where_it_hurts,
                relax_only,
                intensity,
                duration,
                patterns,
                conditions,
                doctor_referral: referral,
                referred_for,
                goals,
            },
        )
}

/// Arbitrary JSON: scalars, arrays and objects, nested a few levels.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        ".{0,20}".prop_map(Value::String),
        prop_oneof![
            Just("09:00-17:00"),
            Just("sciatica"),
            Just("706-286-8344"),
            Just("javascript:x")
        ]
        .prop_map(|s| Value::String(s.into())),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::btree_map(
                prop_oneof![
                    Just("title".to_string()),
                    Just("tags".to_string()),
                    Just("url".to_string()),
                    Just("mon".to_string()),
                    ".{0,6}"
                ],
                inner,
                0..6,
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn an_emergency_rule_always_gives_the_emergency_screen(a in answers()) {
        let rec = recommend(&a, &Clinic::default_content().articles);
        prop_assert_eq!(is_emergency(&a), rec.outcome == Outcome::Emergency);
    }

    #[test]
    fn no_answers_with_a_red_flag_ever_invite_booking(a in answers()) {
        let flagged = SAFETY_RULES.iter().any(|rule| rule.applies(&a));
        let rec = recommend(&a, &Clinic::default_content().articles);
        prop_assert_eq!(flagged, !rec.outcome.invites_booking(), "{:?}", rec.outcome);
        if let Some(worst) = SAFETY_RULES.iter().filter(|r| r.applies(&a)).map(|r| r.urgency).min() {
            prop_assert_eq!(rec.outcome, Outcome::of(worst));
        }
    }

    #[test]
    fn a_flag_ticked_where_it_is_asked_is_never_a_massage(a in answers()) {
        let rec = recommend(&a, &Clinic::default_content().articles);
        for flag in a.flags_yes.iter().filter(|f| f.asked(&a)) {
            match flag.urgency() {
                // A flag whose own rule the treating doctor's referral lifted.
                Some(Urgency::DoctorBeforeBooking)
                    if SAFETY_RULES.iter().any(|r| {
                        matches!(r.when, When::Yes(f) if f == flag)
                            && r.referral.is_some_and(|c| a.referred(c))
                    }) => {}
                Some(urgency) => prop_assert!(
                    rec.outcome.level_of_care() >= Outcome::of(urgency).level_of_care(),
                    "{:?} gave {:?}", flag, rec.outcome
                ),
                None => {}
            }
        }
    }

    #[test]
    fn adding_an_answer_never_lowers_the_level_of_care(
        a in answers(),
        flag in proptest::sample::select(Flag::ALL),
        condition in proptest::sample::select(Condition::ALL),
        region in proptest::sample::select(BodyRegion::ALL),
        pattern in proptest::sample::select(PainPattern::ALL),
    ) {
        let articles = Clinic::default_content().articles;
        let level = |a: &Answers| recommend(a, &articles).outcome.level_of_care();
        let before = level(&a);
        let mut more = a.clone();
        more.answer_flag(flag, true);
        prop_assert!(level(&more) >= before, "yes to {:?}", flag);
        let mut more = a.clone();
        more.conditions.insert(condition);
        prop_assert!(level(&more) >= before, "condition {:?}", condition);
        let mut more = a.clone();
        if !more.region_selected(region) {
            more.toggle_region(region);
        }
        prop_assert!(level(&more) >= before, "region {:?}", region);
        let mut more = a.clone();
        more.patterns.insert(pattern);
        prop_assert!(level(&more) >= before, "pattern {:?}", pattern);
    }

    #[test]
    fn a_referral_never_lowers_today_or_an_emergency(
        a in answers(),
        condition in proptest::sample::select(Condition::ALL),
    ) {
        let articles = Clinic::default_content().articles;
        let without = recommend(&a, &articles).outcome;
        let mut referred = a.clone();
        referred.referred_for.insert(condition);
        let with = recommend(&referred, &articles).outcome;
        if without.level_of_care() >= Outcome::DoctorToday.level_of_care() {
            prop_assert_eq!(with, without);
        }
        // A referral never raises the level either.
        prop_assert!(with.level_of_care() <= without.level_of_care(), "{:?} -> {:?}", without, with);
    }

    #[test]
    fn only_an_emergency_ends_the_interview_early(a in answers()) {
        use massage_guide::state::Step;
        let path = Step::path(&a);
        if *path.last().unwrap() == Step::Result {
            // Every question step that fits this visitor was on the way.
            prop_assert!(path.contains(&Step::Goals), "{:?}", path);
            prop_assert!(path.contains(&Step::Health), "{:?}", path);
        }
    }

    #[test]
    fn the_wizard_shows_the_emergency_screen_exactly_when_the_rules_say(a in answers()) {
        use massage_guide::state::Step;
        let path = Step::path(&a);
        let end = *path.last().unwrap();
        prop_assert_eq!(end == Step::Emergency, is_emergency(&a), "{:?}", path);
        prop_assert!(matches!(end, Step::Emergency | Step::Result));
    }

    #[test]
    fn every_outcome_has_a_reason(a in answers()) {
        let rec = recommend(&a, &Clinic::default_content().articles);
        prop_assert!(!rec.reasons.is_empty());
        for lang in Lang::ALL {
            let complete = rec.reasons.iter().all(|r| {
                let text = r.render(*lang);
                !text.trim().is_empty() && !text.contains(['{', '}']) && text != "\u{2026}"
            });
            prop_assert!(complete, "a reason is empty or has an unfilled placeholder");
        }
    }

    #[test]
    fn at_most_three_articles_without_duplicates(a in answers()) {
        let mut articles = Clinic::default_content().articles;
        // A clinic may list an article twice by mistake.
        articles.extend(articles.clone());
        let rec = recommend(&a, &articles);
        prop_assert!(rec.articles.len() <= 3);
        let titles: BTreeSet<&str> = rec.articles.iter().map(|p| p.article.title.en.as_str()).collect();
        prop_assert_eq!(titles.len(), rec.articles.len());
    }

    #[test]
    fn a_medical_signal_never_gives_general_massage(a in answers()) {
        let medical = MEDICAL_SIGNALS.iter().any(|s| (s.applies)(&a));
        let rec = recommend(&a, &Clinic::default_content().articles);
        if medical {
            prop_assert_ne!(rec.outcome, Outcome::GeneralMassage);
        }
    }

    #[test]
    fn the_result_is_a_pure_function_of_the_answers(a in answers()) {
        let articles = Clinic::default_content().articles;
        let copy = a.clone();
        prop_assert_eq!(recommend(&a, &articles), recommend(&copy, &articles));
    }

    #[test]
    fn saved_progress_round_trips(a in answers()) {
        use massage_guide::state::{load_progress, save_progress, State, Step};
        let state = State { step: Step::Health, answers: a, ..State::default() };
        let restored = load_progress(&save_progress(&state)).unwrap();
        // Restoring never moves forward, and what it restores is stable.
        prop_assert_eq!(&restored, &state.clone().consistent());
        prop_assert_eq!(load_progress(&save_progress(&restored)), Ok(restored));
    }

    #[test]
    fn any_json_value_as_configuration_never_panics(value in json_value()) {
        let (clinic, _) = Clinic::from_json(&value.to_string());
        prop_assert!(clinic.phone.e164.starts_with('+'));
        // Wrapped in an object with the known fields, each value lands on a field.
        for field in ["name", "phone", "emergency_number", "crisis_line", "time_zone", "hours", "booking_url", "articles"] {
            let doc = serde_json::json!({ field: value.clone() });
            let (clinic, _) = Clinic::from_json(&doc.to_string());
            prop_assert!(clinic.phone.e164.starts_with('+'));
        }
    }

    #[test]
    fn any_text_as_configuration_never_panics(text in ".{0,200}") {
        let (clinic, _) = Clinic::from_json(&text);
        prop_assert!(!clinic.phone.e164.is_empty());
    }

    #[test]
    fn choices_behave_like_an_ordered_set(ops in proptest::collection::vec((0u8..4, proptest::sample::select(BodyRegion::ALL)), 0..60)) {
        let mut choices = Choices::new();
        let mut model = BTreeSet::new();
        for (op, region) in ops {
            match op {
                0 => prop_assert_eq!(choices.insert(region), model.insert(region)),
                1 => prop_assert_eq!(choices.remove(region), model.remove(&region)),
                2 => {
                    choices.toggle(region);
                    if !model.remove(&region) {
                        model.insert(region);
                    }
                }
                _ => prop_assert_eq!(choices.contains(region), model.contains(&region)),
            }
            prop_assert_eq!(choices.len(), model.len());
            prop_assert_eq!(choices.is_empty(), model.is_empty());
            // Same members, same order (the order the visitor sees them).
            prop_assert!(choices.iter().eq(model.iter().copied()));
        }
    }

    #[test]
    fn articles_are_ranked_by_matches_then_the_clinics_order(a in answers(), order in Just(Clinic::default_content().articles.clone()).prop_shuffle()) {
        use massage_guide::guide::articles::ARTICLE_RULES;
        // The model: a stable sort by the number of matching rules, most first.
        let matches = |article: &massage_guide::guide::articles::Article| {
            ARTICLE_RULES.iter().filter(|r| (r.applies)(&a) && article.tags.contains(&r.tag)).count()
        };
        let mut model: Vec<_> = order.iter().filter(|x| matches(x) > 0).collect();
        model.sort_by_key(|x| std::cmp::Reverse(matches(x)));
        let picks = massage_guide::guide::rank_articles(&a, &order);
        let matched: Vec<&str> = picks.iter().filter(|p| matches(&p.article) > 0).map(|p| p.article.title.en.as_str()).collect();
        let expected: Vec<&str> = model.iter().take(matched.len()).map(|x| x.title.en.as_str()).collect();
        prop_assert_eq!(matched, expected);
    }
}
