//! The clinic's articles, and which of them to suggest for a set of answers.

use super::answers::{Answers, BodyRegion, Condition, Goal, PainDuration, PainPattern};
use crate::i18n::{Key, LocalText};

/// What an article is about; a clinic tags its articles with these.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ArticleTag {
    Sciatica,
    Headache,
    Posture,
    ChronicPain,
    Mood,
    MedicalVsGeneral,
}

impl ArticleTag {
    pub const ALL: &'static [ArticleTag] = &[
        ArticleTag::Sciatica,
        ArticleTag::Headache,
        ArticleTag::Posture,
        ArticleTag::ChronicPain,
        ArticleTag::Mood,
        ArticleTag::MedicalVsGeneral,
    ];

    /// The tag as written in the clinic's configuration.
    pub fn id(self) -> &'static str {
        match self {
            ArticleTag::Sciatica => "sciatica",
            ArticleTag::Headache => "headache",
            ArticleTag::Posture => "posture",
            ArticleTag::ChronicPain => "chronic-pain",
            ArticleTag::Mood => "mood",
            ArticleTag::MedicalVsGeneral => "medical-vs-general",
        }
    }

    pub fn from_id(id: &str) -> Option<ArticleTag> {
        ArticleTag::ALL.iter().copied().find(|t| t.id() == id)
    }
}

impl<'de> serde::Deserialize<'de> for ArticleTag {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let id = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        ArticleTag::from_id(&id).ok_or_else(|| {
            let known: Vec<&str> = ArticleTag::ALL.iter().map(|t| t.id()).collect();
            serde::de::Error::custom(format!("unknown tag; use one of: {}", known.join(", ")))
        })
    }
}

/// One of the clinic's articles. `url` has been checked safe by the configuration loader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    pub title: LocalText,
    pub summary: LocalText,
    pub tags: Vec<ArticleTag>,
    pub url: Option<String>,
}

/// A suggested article and why it was picked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArticlePick {
    pub article: Article,
    /// A catalogue key.
    pub why: Key,
}

/// A reason to suggest articles with a tag.
pub struct ArticleRule {
    pub tag: ArticleTag,
    pub applies: fn(&Answers) -> bool,
    pub why: Key,
}

/// Which answers make which articles relevant (clinical rules, section 5). Each row that
/// applies adds one point to every article with its tag; the first row that applies gives
/// the reason shown.
pub const ARTICLE_RULES: &[ArticleRule] = &[
    ArticleRule {
        tag: ArticleTag::Sciatica,
        applies: |a| a.has_pattern(PainPattern::SpreadsDownLeg),
        why: Key::WhySpreads,
    },
    ArticleRule {
        tag: ArticleTag::Sciatica,
        applies: |a| a.hurts_in(BodyRegion::is_low_back_or_leg),
        why: Key::WhyLowBack,
    },
    ArticleRule {
        tag: ArticleTag::Headache,
        applies: |a| a.has_pattern(PainPattern::Headaches),
        why: Key::WhyHeadaches,
    },
    ArticleRule {
        tag: ArticleTag::Headache,
        applies: |a| a.hurts_in(|r| r == BodyRegion::Head),
        why: Key::WhyHead,
    },
    ArticleRule {
        tag: ArticleTag::Posture,
        applies: |a| a.hurts_in(BodyRegion::is_neck_or_shoulders),
        why: Key::WhyNeck,
    },
    ArticleRule {
        tag: ArticleTag::Posture,
        applies: |a| a.has_goal(Goal::PostureMobility),
        why: Key::WhyPostureGoal,
    },
    ArticleRule {
        tag: ArticleTag::ChronicPain,
        applies: |a| a.pain_duration() == Some(PainDuration::OverThreeMonths),
        why: Key::WhyLongPain,
    },
    ArticleRule {
        tag: ArticleTag::ChronicPain,
        applies: |a| {
            a.has_condition(Condition::Fibromyalgia) || a.has_condition(Condition::Neuropathy)
        },
        why: Key::WhyLongCondition,
    },
    ArticleRule {
        tag: ArticleTag::Mood,
        applies: |a| a.has_goal(Goal::RelaxStress) || a.has_goal(Goal::MoodSleep),
        why: Key::WhyMood,
    },
];

/// Fills a free place when fewer than three articles match: the explainer always fits.
const EXPLAINER_WHY: Key = Key::WhyExplainer;

/// At most three articles, best match first (ties keep the clinic's order), no duplicates.
pub fn rank_articles(answers: &Answers, articles: &[Article]) -> Vec<ArticlePick> {
    let hits: Vec<&ArticleRule> = ARTICLE_RULES
        .iter()
        .filter(|rule| (rule.applies)(answers))
        .collect();
    // (matching rules, clinic's position, why), most matches first. Inserted in order rather
    // than sorted afterwards: the list is short, and a sort costs kilobytes of WebAssembly.
    let mut scored: Vec<(usize, usize, Key)> = Vec::new();
    for (index, article) in articles.iter().enumerate() {
        let mut matching = hits.iter().filter(|rule| article.tags.contains(&rule.tag));
        if let Some(first) = matching.next() {
            let count = 1 + matching.count();
            // After every article with as many matches: ties keep the clinic's order.
            let at = scored.partition_point(|s| s.0 >= count);
            scored.insert(at, (count, index, first.why));
        }
    }
    let mut picks: Vec<ArticlePick> = Vec::with_capacity(3);
    for (_, index, why) in scored {
        let article = &articles[index];
        // A clinic may list the same article twice; suggest it once.
        if picks.len() < 3 && !picks.iter().any(|p| p.article.title.en == article.title.en) {
            picks.push(ArticlePick {
                article: article.clone(),
                why,
            });
        }
    }
    if picks.len() < 3 {
        let explainer = articles.iter().find(|a| {
            a.tags.contains(&ArticleTag::MedicalVsGeneral)
                && !picks.iter().any(|p| p.article.title.en == a.title.en)
        });
        if let Some(article) = explainer {
            picks.push(ArticlePick {
                article: article.clone(),
                why: EXPLAINER_WHY,
            });
        }
    }
    picks
}
