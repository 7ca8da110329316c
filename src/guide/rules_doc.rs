//! The rule tables a clinician reads in `docs/clinical-rules.md`, written from the core's own
//! tables and the English catalogue, so what is signed off is what runs (`cargo xtask rules`
//! writes them; `tests/rules_doc.rs` fails when the document and the code drift apart).

use super::articles::ARTICLE_RULES;
use super::flag::FlagScreen;
use super::recommend::{GENERAL_SIGNALS, MEDICAL_SIGNALS, NOTE_RULES};
use super::safety::{Urgency, When, FLAGS, SAFETY_RULES};
use crate::i18n::{t, Key, Lang};
use std::fmt::Write;

/// The markers around the generated part of the document.
pub const BEGIN: &str =
    "<!-- rules:begin (cargo xtask rules writes this part; do not edit by hand) -->";
pub const END: &str = "<!-- rules:end -->";

fn en(key: Key) -> String {
    // A table cell: no line breaks, no column separators.
    t(Lang::En, key).replace('|', "\\|").replace('\n', " ")
}

fn level(urgency: Urgency) -> &'static str {
    match urgency {
        Urgency::Emergency => "Emergency: call 911 now (or the emergency room today)",
        Urgency::DoctorToday => "See a doctor today",
        Urgency::DoctorBeforeBooking => "Check with your doctor before booking",
        Urgency::WaitUntilWell => "Wait until well, then book",
    }
}

fn screen_name(screen: FlagScreen) -> &'static str {
    match screen {
        FlagScreen::Everyone => "First, a safety check (everyone)",
        FlagScreen::Chest => "Chest, jaw or left arm (after About your pain)",
        FlagScreen::Back => "Back (after About your pain)",
        FlagScreen::NeckAndArms => "Neck, shoulders and arms (after About your pain)",
        FlagScreen::Head => "Head (after About your pain)",
        FlagScreen::Limbs => "Joints and limbs (after About your pain)",
        FlagScreen::Unwell => "Right now, with the goals (everyone; unticked means no)",
        FlagScreen::Cancer => "Cancer (after the health background)",
        FlagScreen::Pregnancy => "Pregnancy (after the health background)",
        FlagScreen::Heart => "Heart condition (after the health background)",
        FlagScreen::Clot => "Blood clot (after the health background)",
        FlagScreen::BloodPressure => "High blood pressure (after the health background)",
        FlagScreen::Surgery => "Recent surgery (after the health background)",
        FlagScreen::Bones => "Osteoporosis or steroids (after the health background)",
        FlagScreen::BloodThinners => "Blood thinners (after the health background)",
        FlagScreen::Diabetes => "Diabetes (after the health background)",
    }
}

/// The generated part of `docs/clinical-rules.md`, between [`BEGIN`] and [`END`].
pub fn rule_tables() -> String {
    let mut doc = String::new();
    let out = &mut doc;
    let _ = writeln!(out, "{BEGIN}\n");
    let _ = writeln!(out, "### Safety rules, most urgent first\n");
    let _ = writeln!(
        out,
        "The most urgent rule that applies decides the outcome; every rule at that level gives one \
         line of \"Why\". Table: `SAFETY_RULES` in `src/guide/safety.rs`.\n"
    );
    for urgency in [
        Urgency::Emergency,
        Urgency::DoctorToday,
        Urgency::DoctorBeforeBooking,
        Urgency::WaitUntilWell,
    ] {
        let _ = writeln!(out, "#### {}\n", level(urgency));
        let _ = writeln!(out, "| When | What the visitor reads | Source |");
        let _ = writeln!(out, "| --- | --- | --- |");
        for rule in SAFETY_RULES.iter().filter(|r| r.urgency == urgency) {
            let mut when = match rule.when {
                When::Yes(flag) => format!("Ticks \"{}\"", en(flag.key())),
                When::Answers { described, .. } => described.to_string(),
            };
            if let Some(condition) = rule.referral {
                let _ = write!(
                    when,
                    " (lifted when the doctor who treats \"{}\" sent the visitor for massage)",
                    en(condition.key())
                );
            }
            let _ = writeln!(out, "| {when} | {} | {} |", en(rule.reason), rule.source);
        }
        let _ = writeln!(out);
    }

    let _ = writeln!(out, "### The interview: each red flag where it fits\n");
    let _ = writeln!(
        out,
        "Each question is asked only of the visitors it fits, on the screen named, in this \
         order; a visitor ticks those that apply or answers \"None of these\". Only an \
         emergency ends the questions early. Table: `FLAGS` in `src/guide/safety.rs`.\n"
    );
    let _ = writeln!(out, "| Screen | Question | Asked of | Level on its own |");
    let _ = writeln!(out, "| --- | --- | --- | --- |");
    for row in FLAGS {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            screen_name(row.screen),
            en(row.flag.key()),
            row.asked_of,
            row.flag
                .urgency()
                .map_or("Only with other answers (see the rules above)", level)
        );
    }
    let _ = writeln!(out);

    let _ = writeln!(out, "### Notes for the therapist (never blockers)\n");
    let _ = writeln!(out, "Table: `NOTE_RULES` in `src/guide/recommend.rs`.\n");
    for rule in NOTE_RULES {
        let _ = writeln!(out, "- {}", en(rule.note));
    }
    let _ = writeln!(out);

    for (title, signals) in [
        ("Medical massage: any of these", MEDICAL_SIGNALS),
        (
            "General (relaxation) massage: otherwise, when any of these",
            GENERAL_SIGNALS,
        ),
    ] {
        let _ = writeln!(out, "### {title}\n");
        let _ = writeln!(out, "| Signal | Reason line (example) |");
        let _ = writeln!(out, "| --- | --- |");
        for signal in signals {
            let _ = writeln!(out, "| {} | {} |", signal.described, en(signal.reason));
        }
        let _ = writeln!(out);
    }

    let _ = writeln!(out, "### Articles\n");
    let _ = writeln!(out, "| Tag | Why it is suggested |");
    let _ = writeln!(out, "| --- | --- |");
    for rule in ARTICLE_RULES {
        let _ = writeln!(out, "| `{}` | {} |", rule.tag.id(), en(rule.why));
    }
    let _ = write!(out, "\n{END}");
    doc
}
