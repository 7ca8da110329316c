//! The articles the guide suggests: each with its title, summary and link, who it is for in
//! plain words (the configuration's tags), its translations, and moving and removing (with
//! Undo in the status line).

use super::edit::Edit;
use super::fields::Field;
use super::language_name;
use super::view::{field_view, notes_view, Ctx, FieldSpec};
use crate::guide::articles::ArticleTag;
use crate::i18n::Lang;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Who an article is suggested to, in the clinic's words rather than the tag's id.
pub fn tag_label(tag: ArticleTag) -> &'static str {
    match tag {
        ArticleTag::Sciatica => "Pain that runs down a leg (sciatica)",
        ArticleTag::Headache => "Headaches",
        ArticleTag::Posture => "Neck, shoulders or posture",
        ArticleTag::ChronicPain => "Pain that has lasted months",
        ArticleTag::Mood => "Stress, low mood or poor sleep",
        ArticleTag::MedicalVsGeneral => "Choosing medical or general massage",
    }
}

/// Focus the element `id` once the change just dispatched is on the page (yew renders it
/// before the timer's task runs), opening each closed part it is in (the article, its other
/// languages): not every browser opens them for a link to what they hold.
pub fn focus_after_render(id: String) {
    gloo_timers::callback::Timeout::new(0, move || {
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            while let Ok(Some(details)) = element.closest("details:not([open])") {
                let _ = details.set_attribute("open", "");
            }
            let _ = element.focus();
        }
    })
    .forget();
}

pub fn view(ctx: &Ctx) -> Html {
    let draft = &ctx.form.draft;
    let count = draft.articles.len();
    let articles = draft.articles.iter().enumerate().map(|(i, article)| {
        let title = article.title.get("en").map(|t| t.trim()).unwrap_or("");
        let to_look_at = Field::all(draft)
            .into_iter()
            .filter(|f| f.article() == Some(i))
            .map(|f| ctx.form.notes_of(f).count())
            .sum::<usize>();
        // The focus goes with the article moved, to the same button where it is now (or its
        // other one, at the top or the bottom), so "Move up" pressed again moves it again.
        let moved = |to: usize, button: &'static str, other: &'static str| {
            let send = ctx.send.clone();
            let at_end = if button == "up" { to == 0 } else { to + 1 == count };
            Callback::from(move |_| {
                send.emit(Edit::MoveArticle(i, to));
                focus_after_render(format!("article-{to}-{}", if at_end { other } else { button }));
            })
        };
        // The focus goes to the article now in its place, else the one before, else "Add";
        // the status line offers Undo.
        let remove = {
            let send = ctx.send.clone();
            let next = if i + 1 < count {
                format!("article-{i}-summary-line")
            } else if i > 0 {
                format!("article-{}-summary-line", i - 1)
            } else {
                "add-article".to_string()
            };
            Callback::from(move |_| {
                send.emit(Edit::RemoveArticle(i));
                focus_after_render(next.clone());
            })
        };
        let tags = ArticleTag::ALL.iter().map(|tag| {
            let checked = article.tags.iter().any(|t| t == tag.id());
            let id = format!("article-{i}-tag-{}", tag.id());
            let send = ctx.send.clone();
            let follow = ctx.follow.clone();
            let tag = *tag;
            html! {
                <label class="tag" for={id.clone()}>
                    <input type="checkbox" id={id} checked={checked}
                        onfocus={Callback::from(move |_| follow.emit(Field::Tags(i)))}
                        onchange={Callback::from(move |e: Event| {
                            let on = e.target_dyn_into::<web_sys::HtmlInputElement>().is_some_and(|i| i.checked());
                            send.emit(Edit::Tag(i, tag, on));
                        })} />
                    { tag_label(tag) }
                </label>
            }
        });
        let translations = Lang::ALL.iter().filter(|l| **l != Lang::En).map(|lang| {
            let language = language_name(*lang);
            html! { <>
                { field_view(ctx, FieldSpec { field: Field::Title(i, *lang), label: format!("Title in {language}"), ..FieldSpec::default() }) }
                { field_view(ctx, FieldSpec { field: Field::Summary(i, *lang), label: format!("Summary in {language}"), multiline: true, ..FieldSpec::default() }) }
            </> }
        });
        let translated_notes: usize = Lang::ALL
            .iter()
            .filter(|l| **l != Lang::En)
            .map(|l| ctx.form.notes_of(Field::Title(i, *l)).count() + ctx.form.notes_of(Field::Summary(i, *l)).count())
            .sum();
        html! {
            <li>
                <details class="article-draft">
                    <summary id={format!("article-{i}-summary-line")}>
                        <span class="article-number">{ format!("Article {}", i + 1) }</span>
                        <span class="article-name">{ if title.is_empty() { "(no title yet)" } else { title } }</span>
                        if to_look_at > 0 {
                            <span class="count">{ if to_look_at == 1 { "1 thing to look at".to_string() } else { format!("{to_look_at} things to look at") } }</span>
                        }
                    </summary>
                    { field_view(ctx, FieldSpec { field: Field::Title(i, Lang::En), label: "Title".into(), ..FieldSpec::default() }) }
                    { field_view(ctx, FieldSpec {
                        field: Field::ArticleUrl(i),
                        label: "Link to the article (optional)".into(),
                        hint: Some("Copy it from your browser's address bar. Without a link, the guide shows the summary in its place.".into()),
                        kind: Some("url"),
                        ..FieldSpec::default()
                    }) }
                    { field_view(ctx, FieldSpec { field: Field::Summary(i, Lang::En), label: "Summary, in your own words".into(), multiline: true, ..FieldSpec::default() }) }
                    <fieldset class="tags" id={Field::Tags(i).id()}>
                        <legend>{ "Suggest it to visitors with" }</legend>
                        <div class="tag-list">{ for tags }</div>
                        { notes_view(ctx, Field::Tags(i)) }
                    </fieldset>
                    <details class="other-languages">
                        <summary>{ "In other languages" }
                            if translated_notes > 0 { { format!(" ({translated_notes} to look at)") } }
                        </summary>
                        { for translations }
                    </details>
                    <div class="row-actions">
                        <button type="button" class="small" id={format!("article-{i}-up")} disabled={i == 0}
                            onclick={moved(i.wrapping_sub(1), "up", "down")}>{ "Move up" }</button>
                        <button type="button" class="small" id={format!("article-{i}-down")} disabled={i + 1 == count}
                            onclick={moved(i + 1, "down", "up")}>{ "Move down" }</button>
                        <button type="button" class="small" id={format!("article-{i}-remove")} onclick={remove}>{ format!("Remove article {}", i + 1) }</button>
                    </div>
                </details>
            </li>
        }
    });
    let add = {
        let send = ctx.send.clone();
        Callback::from(move |_| {
            send.emit(Edit::AddArticle);
            focus_after_render(format!("article-{count}-title"));
        })
    };
    html! {
        <>
            <p class="hint">{ "The guide suggests up to three of these on each result, picked by what the visitor told it, in this order when several fit. Open an article to change it." }</p>
            <ol class="article-drafts">{ for articles }</ol>
            <button type="button" id="add-article" onclick={add}>{ "Add an article" }</button>
        </>
    }
}
