//! `use_clock`: today's date and the time in the clinic's zone, read in an effect, never while
//! rendering.

use super::super::platform::{clinic_now, today};
use crate::clinic::Minute;
use crate::i18n::Lang;
use yew::prelude::*;

#[derive(Clone, Default, PartialEq)]
pub struct Clock {
    /// Today's date as people write it in the guide's language, for the printed summary.
    pub today: AttrValue,
    /// The weekday (0 = Monday) and minute now in the clinic's time zone; `None` without one.
    pub now: Option<(usize, Minute)>,
}

/// Read once the configuration is in (`ready`), and again when the language or the clinic's
/// zone changes. Not before: the first reading of the date wakes the browser's Intl data, which
/// under a phone's CPU held back the configuration's fetch, queued after it, by 300 ms.
#[hook]
pub fn use_clock(lang: Lang, time_zone: Option<String>, ready: bool) -> Clock {
    let clock = use_state_eq(Clock::default);
    {
        let clock = clock.clone();
        use_effect_with((lang, time_zone, ready), move |(lang, zone, ready)| {
            if *ready {
                clock.set(Clock {
                    today: today(*lang).into(),
                    now: zone.as_deref().and_then(clinic_now),
                });
            }
        });
    }
    (*clock).clone()
}
