//! The page's state as plain data: the draft as typed, the guide's problems with it, the notes
//! in plain words, the last good draft the preview shows, and the one step that can be undone.
//! [`Form::change`] is pure, so the undo is tested natively.

use super::edit::{apply, Edit};
use super::fields::{Field, Section};
use super::notes::{notes, zone_unknown, Note};
use super::Draft;
use crate::clinic::ConfigProblem;
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
pub struct Form {
    pub draft: Draft,
    pub problems: Vec<ConfigProblem>,
    pub notes: Vec<Note>,
    /// The draft with each wrong field at its last good value: what the preview shows.
    pub good: Draft,
    /// Problems of the last imported file, until the next import.
    pub imported: Vec<ConfigProblem>,
    /// What the last change that lost something was, and the draft before it.
    pub undo: Option<Undo>,
    /// The browser's time zones, to check the clinic's against.
    pub zones: Rc<Vec<String>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Undo {
    /// What the status line says: "Started a new clinic."
    pub said: String,
    pub before: Draft,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    Edit(Edit),
    /// A file opened (its problems listed).
    Open(Box<Draft>, Vec<ConfigProblem>),
    /// The site's own `clinic.json`, on a first visit: taken only if nothing was typed yet.
    FromSite(Box<Draft>, Vec<ConfigProblem>),
    /// An empty clinic, with an Undo.
    NewClinic,
    Undo,
    /// The status line's message read; the Undo goes.
    Dismiss,
}

impl Form {
    pub fn new(draft: Draft, imported: Vec<ConfigProblem>, zones: Rc<Vec<String>>) -> Form {
        let problems = draft.problems();
        let good = preview_values(&draft, &Draft::new_clinic(), &problems, &zones);
        let notes = notes(&draft, &problems, &zones);
        Form {
            draft,
            problems,
            notes,
            good,
            imported,
            undo: None,
            zones,
        }
    }

    /// The form with `draft`, the preview keeping each good value it had.
    fn with_draft(&self, draft: Draft) -> Form {
        let problems = draft.problems();
        let good = preview_values(&draft, &self.good, &problems, &self.zones);
        let notes = notes(&draft, &problems, &self.zones);
        Form {
            draft,
            problems,
            notes,
            good,
            imported: self.imported.clone(),
            undo: self.undo.clone(),
            zones: self.zones.clone(),
        }
    }

    pub fn change(&self, change: Change) -> Form {
        match change {
            Change::Edit(edit) => {
                let loses = edit.loses(&self.draft);
                let mut next = self.with_draft(apply(&self.draft, &edit));
                if let Some(said) = loses {
                    next.undo = Some(Undo {
                        said,
                        before: self.draft.clone(),
                    });
                }
                next
            }
            Change::Open(draft, imported) => {
                let mut next = Form::new(*draft, imported, self.zones.clone());
                next.undo = Some(Undo {
                    said: "Opened the file in place of your draft.".into(),
                    before: self.draft.clone(),
                });
                next
            }
            Change::FromSite(draft, imported) => match self.draft == Draft::new_clinic() {
                true => Form::new(*draft, imported, self.zones.clone()),
                false => self.clone(),
            },
            Change::NewClinic => {
                let mut next = Form::new(Draft::new_clinic(), Vec::new(), self.zones.clone());
                next.undo = Some(Undo {
                    said: "Started a new clinic.".into(),
                    before: self.draft.clone(),
                });
                next
            }
            Change::Undo => match &self.undo {
                Some(undo) => {
                    let mut next = self.with_draft(undo.before.clone());
                    next.undo = None;
                    next
                }
                None => self.clone(),
            },
            Change::Dismiss => Form {
                undo: None,
                ..self.clone()
            },
        }
    }

    pub fn notes_of(&self, field: Field) -> impl Iterator<Item = &Note> {
        self.notes.iter().filter(move |n| n.field == Some(field))
    }

    pub fn notes_in(&self, section: Section) -> usize {
        self.notes
            .iter()
            .filter(|n| n.section() == Some(section))
            .count()
    }
}

impl yew::Reducible for Form {
    type Action = Change;
    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        Rc::new(self.change(change))
    }
}

/// What the preview shows: `draft` with each wrong field at its value in `good`. A time zone
/// the browser does not list (one being typed, "E") is wrong here too, though the file's reader
/// cannot tell: the preview keeps the last one it could show, and its clock logs no error; with
/// none yet, it shows no hours (hours without a zone are a problem of their own).
fn preview_values(
    draft: &Draft,
    good: &Draft,
    problems: &[ConfigProblem],
    zones: &[String],
) -> Draft {
    let mut shown = draft.with_good_values(good, problems);
    if zone_unknown(draft.time_zone.trim(), zones) {
        shown.time_zone = good.time_zone.clone();
        if good.time_zone.is_empty() {
            shown.hours = good.hours.clone();
        }
    }
    shown
}
