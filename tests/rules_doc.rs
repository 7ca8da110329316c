//! `docs/clinical-rules.md` carries the rule tables the code runs: this test fails when they
//! drift apart. `cargo xtask rules` (which runs this test with `UPDATE_RULES_DOC=1`) rewrites
//! the generated part from the code.

use massage_guide::guide::rules_doc::{rule_tables, BEGIN, END};

const DOC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/clinical-rules.md");

#[test]
fn the_clinical_rules_document_shows_the_rules_the_code_runs() {
    let doc = std::fs::read_to_string(DOC).expect("docs/clinical-rules.md");
    let (before, rest) = doc
        .split_once(BEGIN)
        .expect("docs/clinical-rules.md has the begin marker");
    let (_, after) = rest
        .split_once(END)
        .expect("docs/clinical-rules.md has the end marker");
    let written = format!("{before}{}{after}", rule_tables());
    if std::env::var_os("UPDATE_RULES_DOC").is_some() {
        std::fs::write(DOC, &written).expect("write docs/clinical-rules.md");
        return;
    }
    assert!(
        doc == written,
        "docs/clinical-rules.md differs from the rules in src/guide: run `cargo xtask rules` \
         and read the change before committing it"
    );
}

#[test]
fn every_rule_cites_a_source_listed_in_the_document() {
    use massage_guide::guide::safety::SAFETY_RULES;
    let doc = std::fs::read_to_string(DOC).expect("docs/clinical-rules.md");
    let sources = doc.split("## Sources").nth(1).expect("a Sources section");
    for rule in SAFETY_RULES {
        // Each part of a source ("NICE NG232 Head injury; SNOOP") is named in the list.
        for part in rule.source.split("; ") {
            assert!(
                sources.contains(&format!("**{part}**")),
                "{:?}: source {part:?} is not in the Sources section",
                rule.reason
            );
        }
    }
}
