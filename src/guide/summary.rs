//! The visitor's answers in plain words, for the printed summary they bring to the visit.

use super::answers::{Answers, WhereItHurts};
use crate::i18n::Message;

/// One line of the summary: a label (catalogue key) and its value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SummaryLine {
    pub label: &'static str,
    pub value: Message,
}

fn list(keys: Vec<&'static str>) -> Message {
    if keys.is_empty() {
        Message::new("summary.nothing")
    } else {
        Message::new("summary.list").with_keys("list", keys)
    }
}

/// Every answer, one line per question, in the order they were asked.
pub fn summary(answers: &Answers) -> Vec<SummaryLine> {
    let line = |label, value| SummaryLine { label, value };
    let mut lines = vec![line(
        "summary.safety",
        if answers.safety_signs.is_empty() {
            Message::new("summary.safety-none")
        } else {
            list(answers.safety_signs.iter().map(|s| s.key()).collect())
        },
    )];
    lines.push(line(
        "summary.where",
        match &answers.where_it_hurts {
            WhereItHurts::Regions(_) => list(answers.regions().map(|r| r.key()).collect()),
            _ => Message::new("summary.no-pain"),
        },
    ));
    if let (Some(n), Some(duration)) = (answers.pain_intensity(), answers.pain_duration()) {
        lines.push(line(
            "summary.pain",
            Message::new("summary.pain-value")
                .with("n", n.to_string())
                .with_keys("duration", vec![duration.key()]),
        ));
    }
    if answers.has_pain() && !answers.patterns.is_empty() {
        lines.push(line(
            "summary.pattern",
            list(answers.patterns.iter().map(|p| p.key()).collect()),
        ));
    }
    lines.push(line(
        "summary.health",
        list(answers.conditions.iter().map(|c| c.key()).collect()),
    ));
    lines.push(line(
        "summary.referral",
        Message::new(if answers.doctor_referral {
            "summary.yes"
        } else {
            "summary.no"
        }),
    ));
    lines.push(line(
        "summary.goals",
        list(answers.goals.iter().map(|g| g.key()).collect()),
    ));
    lines
}
