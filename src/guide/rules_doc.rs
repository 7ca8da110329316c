//! The rule tables a clinician reads in `docs/clinical-rules.md`, written from the core's own
//! tables and the English catalogue, so what is signed off is what runs (`cargo xtask rules`
//! writes them; `tests/rules_doc.rs` fails when the document and the code drift apart).

use super::articles::ARTICLE_RULES;
use super::recommend::{GENERAL_SIGNALS, MEDICAL_SIGNALS, NOTE_RULES};
use super::safety::{AskedAfter, Check, SafetySign, Urgency, When, SAFETY_RULES};
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

fn asked_after(step: AskedAfter) -> &'static str {
    match step {
        AskedAfter::Safety => "after the safety screen",
        AskedAfter::WhereItHurts => "after \"Where does it hurt?\"",
        AskedAfter::Health => "after the health background",
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
            let when = match rule.when {
                When::Sign(sign) => format!("Ticks \"{}\"", en(sign.key())),
                When::Yes(check) => format!("Answers yes to \"{}\"", en(check.key())),
                When::Answers { described, .. } => described.to_string(),
            };
            let _ = writeln!(out, "| {when} | {} | {} |", en(rule.reason), rule.source);
        }
        let _ = writeln!(out);
    }

    let _ = writeln!(
        out,
        "### The safety screen, in the order the visitor sees it\n"
    );
    let _ = writeln!(out, "| Sign | Level on its own |");
    let _ = writeln!(out, "| --- | --- |");
    for sign in SafetySign::ALL {
        let _ = writeln!(out, "| {} | {} |", en(sign.key()), level(sign.urgency()));
    }
    let _ = writeln!(out);

    let _ = writeln!(out, "### Follow-up questions\n");
    let _ = writeln!(
        out,
        "Asked once, only to the visitors whose answers call for them; \"yes\" applies the rule \
         above that names the question. Table: `Check` in `src/guide/safety.rs`.\n"
    );
    let _ = writeln!(out, "| Question | Asked | To whom |");
    let _ = writeln!(out, "| --- | --- | --- |");
    for check in Check::ALL {
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            en(check.key()),
            asked_after(check.asked_after()),
            check.asked_of()
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
