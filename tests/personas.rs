//! Persona cases: answers a real visitor might give, and what the guide must say.

use massage_guide::clinic::Clinic;
use massage_guide::guide::answers::WhereItHurts;
use massage_guide::guide::{
    recommend, Answers, BodyRegion, Condition, Goal, Outcome, PainDuration, PainPattern, SafetySign,
};
use massage_guide::i18n::{t, Lang};

use BodyRegion::*;
use Condition::*;
use Goal::*;
use PainDuration::*;
use PainPattern::*;

/// A visitor who passed the safety check, with pain in `regions` (none = no pain).
fn visitor(regions: &[BodyRegion]) -> Answers {
    let mut a = Answers {
        no_safety_signs: true,
        ..Answers::default()
    };
    if regions.is_empty() {
        a.where_it_hurts = WhereItHurts::NoPain;
    }
    for r in regions {
        a.toggle_region(*r);
    }
    a
}

fn pain(
    mut a: Answers,
    intensity: u8,
    duration: PainDuration,
    patterns: &[PainPattern],
) -> Answers {
    a.intensity = Some(intensity);
    a.duration = Some(duration);
    a.patterns = patterns.iter().copied().collect();
    a
}

fn with(mut a: Answers, conditions: &[Condition], goals: &[Goal]) -> Answers {
    a.conditions = conditions.iter().copied().collect();
    a.goals = goals.iter().copied().collect();
    a
}

fn signs(mut a: Answers, signs: &[SafetySign]) -> Answers {
    a.no_safety_signs = false;
    for s in signs {
        a.toggle_safety_sign(*s);
    }
    a
}

/// Check one persona: the outcome, a phrase each listed reason must contain, and the
/// article titles in order (prefixes are enough).
fn check(answers: Answers, outcome: Outcome, reasons: &[&str], articles: &[&str]) {
    let clinic = Clinic::builtin();
    let rec = recommend(&answers, &clinic.articles);
    assert_eq!(rec.outcome, outcome, "outcome for {answers:?}: {rec:?}");
    let english: Vec<String> = rec.reasons.iter().map(|r| r.render(Lang::En)).collect();
    for phrase in reasons {
        assert!(
            english.iter().any(|r| r.contains(phrase)),
            "no reason containing {phrase:?} in {english:?}"
        );
    }
    let titles: Vec<&str> = rec
        .articles
        .iter()
        .map(|p| p.article.title.en.as_str())
        .collect();
    assert_eq!(titles.len(), articles.len(), "articles {titles:?}");
    for (title, expected) in titles.iter().zip(articles) {
        assert!(
            title.starts_with(expected),
            "articles {titles:?}, expected {articles:?}"
        );
    }
}

const SCIATICA: &str = "What Is Sciatica";
const MIGRAINE: &str = "Migraine Pain";
const POSTURE: &str = "5 Ways to Improve";
const AWARENESS: &str = "September Is Pain";
const MOOD: &str = "5 Instant Mood";
const EXPLAINER: &str = "How is Medical Massage";

macro_rules! personas {
    ($( $name:ident: $answers:expr => $outcome:ident, [$($reason:expr),*], [$($article:expr),*]; )+) => {
        $( #[test] fn $name() { check($answers, Outcome::$outcome, &[$($reason),*], &[$($article),*]); } )+
    };
}

personas! {
    sciatica_reaches_medical_with_sciatica_first:
        with(pain(visitor(&[LowerBack]), 6, OverThreeMonths, &[SpreadsDownLeg]), &[], &[RelievePain])
        => MedicalMassage, ["more than 3 months", "6 out of 10", "spreads down a leg", "relief from pain"],
        [SCIATICA, AWARENESS, EXPLAINER];
    stress_without_pain_reaches_general_with_mood:
        with(visitor(&[]), &[], &[RelaxStress])
        => GeneralMassage, ["relax", "no pain"], [MOOD, EXPLAINER];
    mild_recent_neck_pain_with_relaxation_goal_is_general:
        with(pain(visitor(&[Neck]), 3, UnderSixWeeks, &[Stiffness]), &[], &[RelaxStress])
        => GeneralMassage, ["mild (3 out of 10)"], [MOOD, POSTURE, EXPLAINER];
    chronic_neck_pain_is_medical_with_posture_first:
        with(pain(visitor(&[Neck, UpperBack]), 4, OverThreeMonths, &[]), &[], &[PostureMobility])
        => MedicalMassage, ["more than 3 months"], [POSTURE, AWARENESS, EXPLAINER];
    headaches_point_to_migraine_article:
        with(pain(visitor(&[Head]), 7, SixWeeksToThreeMonths, &[Headaches]), &[], &[RelievePain])
        => MedicalMassage, ["7 out of 10"], [MIGRAINE, EXPLAINER];
    fibromyalgia_is_medical_and_suggests_awareness:
        with(pain(visitor(&[UpperBack, LowerBack, LeftLeg]), 5, OverThreeMonths, &[]), &[Fibromyalgia], &[ManageCondition])
        => MedicalMassage, ["fibromyalgia", "managing a diagnosed condition"], [AWARENESS, SCIATICA, POSTURE];
    neuropathy_without_pain_is_medical:
        with(visitor(&[]), &[Neuropathy], &[RelaxStress])
        => MedicalMassage, ["neuropathy"], [MOOD, AWARENESS, EXPLAINER];
    diabetes_with_tingling_feet_is_medical:
        with(pain(visitor(&[LeftFoot, RightFoot]), 3, OverThreeMonths, &[NumbnessOrTingling]), &[Diabetes], &[RelievePain])
        => MedicalMassage, ["diabetes", "numbness or tingling"], [AWARENESS, EXPLAINER];
    sports_injury_recovery_is_medical:
        with(pain(visitor(&[RightKnee]), 4, UnderSixWeeks, &[]), &[SportsInjury], &[RecoverFromInjury])
        => MedicalMassage, ["sports injury", "recover from an injury"], [EXPLAINER];
    controlled_blood_pressure_is_medical:
        with(visitor(&[]), &[HighBloodPressure], &[RelaxStress, MoodSleep])
        => MedicalMassage, ["high blood pressure"], [MOOD, EXPLAINER];
    arthritis_hands_is_medical:
        with(pain(visitor(&[LeftHand, RightHand]), 5, OverThreeMonths, &[Stiffness]), &[Arthritis], &[RelievePain])
        => MedicalMassage, ["arthritis", "5 out of 10"], [AWARENESS, EXPLAINER];
    doctor_referral_alone_is_medical:
        {
            let mut a = with(pain(visitor(&[LeftShoulder]), 2, UnderSixWeeks, &[]), &[], &[PostureMobility]);
            a.doctor_referral = true;
            a
        }
        => MedicalMassage, ["doctor referred you"], [POSTURE, EXPLAINER];
    strong_recent_pain_is_medical:
        with(pain(visitor(&[Jaw]), 8, UnderSixWeeks, &[]), &[], &[RelaxStress])
        => MedicalMassage, ["8 out of 10"], [MOOD, EXPLAINER];
    hip_pain_goes_to_sciatica_article:
        with(pain(visitor(&[LeftHip]), 2, SixWeeksToThreeMonths, &[]), &[], &[PostureMobility])
        => GeneralMassage, ["mild (2 out of 10)"], [SCIATICA, POSTURE, EXPLAINER];
    mood_and_sleep_only_is_general:
        with(visitor(&[]), &[], &[MoodSleep])
        => GeneralMassage, ["lift your mood"], [MOOD, EXPLAINER];
    posture_goal_without_pain_is_general:
        with(visitor(&[]), &[], &[PostureMobility])
        => GeneralMassage, ["move more easily"], [POSTURE, EXPLAINER];
    pregnancy_relaxation_is_general_with_note:
        with(visitor(&[]), &[Pregnancy], &[RelaxStress])
        => GeneralMassage, ["relax"], [MOOD, EXPLAINER];
    blood_thinners_do_not_block_medical:
        with(pain(visitor(&[LowerBack]), 6, SixWeeksToThreeMonths, &[]), &[BloodThinners], &[RelievePain])
        => MedicalMassage, ["6 out of 10"], [SCIATICA, EXPLAINER];
    saddle_numbness_is_emergency:
        signs(visitor(&[LowerBack]), &[SafetySign::SaddleNumbness])
        => Emergency, ["emergency"], [];
    chest_pain_is_emergency:
        signs(visitor(&[]), &[SafetySign::ChestPainOrBreathless])
        => Emergency, ["Chest pain"], [];
    worst_headache_is_emergency_even_with_warning_sign:
        signs(visitor(&[Head]), &[SafetySign::SevereHeadache, SafetySign::NewHeadacheOver50])
        => Emergency, ["severe headache"], [];
    both_legs_is_emergency:
        signs(visitor(&[LowerBack]), &[SafetySign::BothLegsOrWeakness])
        => Emergency, ["both legs"], [];
    swollen_calf_sees_doctor_first:
        signs(visitor(&[]), &[SafetySign::SwollenCalf])
        => SeeDoctorFirst, ["blood clot"], [EXPLAINER];
    back_pain_with_fever_sees_doctor_first:
        signs(pain(visitor(&[LowerBack]), 5, UnderSixWeeks, &[]), &[SafetySign::BackPainFeverWeightLoss])
        => SeeDoctorFirst, ["fever"], [SCIATICA, EXPLAINER];
    uncontrolled_blood_pressure_sees_doctor_first:
        signs(visitor(&[]), &[SafetySign::UncontrolledBloodPressure])
        => SeeDoctorFirst, ["not under control"], [EXPLAINER];
    cancer_history_with_back_pain_sees_doctor_first:
        with(pain(visitor(&[LowerBack]), 4, SixWeeksToThreeMonths, &[]), &[Cancer], &[RelievePain])
        => SeeDoctorFirst, ["had cancer"], [SCIATICA, EXPLAINER];
    cancer_history_without_back_pain_is_medical:
        with(pain(visitor(&[LeftArm]), 3, UnderSixWeeks, &[]), &[Cancer], &[RelaxStress])
        => MedicalMassage, ["cancer"], [MOOD, EXPLAINER];
    recent_surgery_sees_doctor_first:
        with(pain(visitor(&[RightKnee]), 5, UnderSixWeeks, &[]), &[RecentSurgery], &[RecoverFromInjury])
        => SeeDoctorFirst, ["surgery"], [EXPLAINER];
    new_headache_after_fifty_sees_doctor_first:
        signs(pain(visitor(&[Head]), 5, UnderSixWeeks, &[Headaches]), &[SafetySign::NewHeadacheOver50])
        => SeeDoctorFirst, ["after age 50"], [MIGRAINE, EXPLAINER];
}

#[test]
fn notes_for_the_therapist_follow_the_health_background() {
    let clinic = Clinic::builtin();
    let answers = with(
        pain(
            visitor(&[LowerBack]),
            6,
            OverThreeMonths,
            &[NumbnessOrTingling],
        ),
        &[BloodThinners, Pregnancy, Diabetes, Osteoporosis],
        &[RelievePain],
    );
    let notes: Vec<&str> = recommend(&answers, &clinic.articles)
        .notes
        .iter()
        .map(|n| t(Lang::En, n.text))
        .collect();
    for phrase in [
        "lighter pressure",
        "prenatal",
        "deep pressure",
        "gentle pressure",
        "open wound",
    ] {
        assert!(
            notes.iter().any(|n| n.contains(phrase)),
            "{phrase:?} missing from {notes:?}"
        );
    }
    assert!(!notes.iter().any(|n| n.contains("oncology")));
}

#[test]
fn medical_with_relaxation_goal_says_both_are_possible() {
    let clinic = Clinic::builtin();
    let answers = with(
        pain(visitor(&[LowerBack]), 7, OverThreeMonths, &[]),
        &[],
        &[RelievePain, RelaxStress],
    );
    let rec = recommend(&answers, &clinic.articles);
    assert_eq!(rec.outcome, Outcome::MedicalMassage);
    assert!(rec.also_relaxation);
    let relax_only = recommend(&with(visitor(&[]), &[], &[RelaxStress]), &clinic.articles);
    assert!(!relax_only.also_relaxation);
}

#[test]
fn an_emergency_carries_no_articles_or_notes() {
    let clinic = Clinic::builtin();
    let answers = signs(
        with(visitor(&[]), &[BloodThinners], &[]),
        &[SafetySign::BackPainChestOrAccident],
    );
    let rec = recommend(&answers, &clinic.articles);
    assert_eq!(rec.outcome, Outcome::Emergency);
    assert!(rec.articles.is_empty() && rec.notes.is_empty());
}

#[test]
fn an_article_is_suggested_with_why_it_was_picked() {
    let clinic = Clinic::builtin();
    let answers = with(
        pain(visitor(&[LowerBack]), 6, OverThreeMonths, &[SpreadsDownLeg]),
        &[],
        &[RelievePain],
    );
    let rec = recommend(&answers, &clinic.articles);
    assert_eq!(
        t(Lang::En, rec.articles[0].why),
        "Your pain spreads down a leg, a typical sign of sciatica."
    );
    assert_eq!(
        t(Lang::Es, rec.articles[0].why),
        "Su dolor baja por una pierna, una señal típica de ciática."
    );
    assert!(rec.articles.iter().all(|p| !p.why.is_empty()));
}
