//! The visitor's answers in plain words, for the printed summary they bring to the visit.

use super::answers::{Answers, WhereItHurts};
use crate::i18n::{Key, Message};

/// One line of the summary: a label (catalogue key) and its value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SummaryLine {
    pub label: Key,
    pub value: Message,
}

fn list(keys: Vec<Key>) -> Message {
    if keys.is_empty() {
        Message::new(Key::SummaryNothing)
    } else {
        Message::new(Key::SummaryList).with_keys("list", keys)
    }
}

/// Every answer, one line per question, in the order they were asked.
pub fn summary(answers: &Answers) -> Vec<SummaryLine> {
    let line = |label, value| SummaryLine { label, value };
    let mut lines = vec![line(Key::SummarySafety, {
        // Only the ticks that still count (a sign of an area since unmarked does not).
        let ticked: Vec<Key> = answers
            .flags_yes
            .iter()
            .filter(|f| answers.confirmed(*f))
            .map(|f| f.key())
            .collect();
        if ticked.is_empty() {
            Message::new(Key::SummarySafetyNone)
        } else {
            list(ticked)
        }
    })];
    lines.push(line(
        Key::SummaryWhere,
        match &answers.where_it_hurts {
            WhereItHurts::Regions(_) => list(answers.regions().map(|r| r.key()).collect()),
            _ => Message::new(Key::SummaryNoPain),
        },
    ));
    if let (Some(n), Some(duration)) = (answers.pain_intensity(), answers.pain_duration()) {
        lines.push(line(
            Key::SummaryPain,
            Message::new(Key::SummaryPainValue)
                .with("n", n.to_string())
                .with_keys("duration", vec![duration.key()]),
        ));
    }
    if answers.has_pain() && !answers.patterns.is_empty() {
        lines.push(line(
            Key::SummaryPattern,
            list(answers.patterns.iter().map(|p| p.key()).collect()),
        ));
    }
    lines.push(line(
        Key::SummaryHealth,
        list(answers.conditions.iter().map(|c| c.key()).collect()),
    ));
    lines.push(line(
        Key::SummaryReferral,
        Message::new(
            if answers.doctor_referral || !answers.referred_for.is_empty() {
                Key::SummaryYes
            } else {
                Key::SummaryNo
            },
        ),
    ));
    lines.push(line(
        Key::SummaryGoals,
        list(answers.goals.iter().map(|g| g.key()).collect()),
    ));
    lines
}
