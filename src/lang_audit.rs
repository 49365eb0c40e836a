//! The language test: every word of every page in the reader's language.
//!
//! Rules:
//! - Every page the build writes ([`crate::site::pages`]) is rendered as the build renders it,
//!   and so is the figure details panel of every figure, in both languages; each text node (and
//!   each `aria-label`, `title` and `alt`) is judged by the language of its nearest `lang`
//!   ancestor, the page's language at the top.
//! - Which language a text is in is `report::language`'s rule, the one the catalogue's loader
//!   applies to notes: in a Chinese context a run of three or more Latin words is English prose
//!   (units, acronyms, addresses excepted); in an English context any Han character is Chinese.
//! - What is exempt is marked, never guessed: the report's words and Chinese names beside their
//!   English carry `lang="zh-CN"`, English beside Chinese `lang="en"`; ids and package names
//!   are `<code>`. Scripts and styles are not text.
//! - Text is judged a stretch at a time: the text between two tags, inline tags without a `lang`
//!   (a link, `strong`, `span`) not breaking it, so that a sentence with a link in it is judged
//!   whole.

use crate::components::figure_detail::FigureDetail;
use crate::hooks::LangCtx;
use crate::i18n::Lang;
use report::language::{first_han, latin_prose};
use yew::prelude::*;

const VOID: &[&str] = &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];
/// Tags that do not end a stretch of text (unless they carry a `lang`).
const INLINE: &[&str] = &["a", "span", "strong", "em", "b", "i", "abbr", "time", "q", "mark", "sup", "sub", "small", "cite", "dfn", "bdi"];
const JUDGED_ATTRIBUTES: &[&str] = &["aria-label", "title", "alt"];

fn decode(s: &str) -> String {
    s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'").replace("&nbsp;", "\u{a0}").replace("&amp;", "&")
}

/// One element open around the text: its tag, its `lang` if it has one, whether it is code.
struct Open {
    tag: String,
    lang: Option<String>,
}

/// The attributes of a start tag's inside (`a href="x" lang="en"`), values decoded.
fn attributes(inside: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let chars: Vec<char> = inside.chars().collect();
    let mut i = 0;
    // Skip the tag name.
    while i < chars.len() && !chars[i].is_whitespace() {
        i += 1;
    }
    while i < chars.len() {
        while i < chars.len() && (chars[i].is_whitespace() || chars[i] == '/') {
            i += 1;
        }
        let start = i;
        while i < chars.len() && !chars[i].is_whitespace() && chars[i] != '=' && chars[i] != '/' {
            i += 1;
        }
        let name: String = chars[start..i].iter().collect();
        if name.is_empty() {
            break;
        }
        let mut value = String::new();
        if i < chars.len() && chars[i] == '=' {
            i += 1;
            if i < chars.len() && (chars[i] == '"' || chars[i] == '\'') {
                let q = chars[i];
                i += 1;
                let vs = i;
                while i < chars.len() && chars[i] != q {
                    i += 1;
                }
                value = chars[vs..i].iter().collect();
                i += 1;
            } else {
                let vs = i;
                while i < chars.len() && !chars[i].is_whitespace() {
                    i += 1;
                }
                value = chars[vs..i].iter().collect();
            }
        }
        out.push((name.to_ascii_lowercase(), decode(&value)));
    }
    out
}

/// A text judged wrong: the language of its context and the offending text.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub context: String,
    pub text: String,
}

fn judge(context: &str, text: &str, out: &mut Vec<Finding>) {
    let text = text.trim();
    if text.is_empty() {
        return;
    }
    let wrong = if context.starts_with("zh") { latin_prose(text).is_some() } else { first_han(text).is_some() };
    if wrong {
        out.push(Finding { context: context.to_string(), text: text.to_string() });
    }
}

/// Every text of `html` in the wrong language for its context (see the module rules);
/// `lang` is the language around the fragment.
pub fn findings(html: &str, lang: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    let context = |stack: &[Open]| stack.iter().rev().find_map(|o| o.lang.clone()).unwrap_or_else(|| lang.to_string());
    let in_code = |stack: &[Open]| stack.iter().any(|o| ["code", "script", "style", "pre"].contains(&o.tag.as_str()));
    let mut text = String::new();
    let mut rest = html;
    let flush = |text: &mut String, stack: &[Open], out: &mut Vec<Finding>| {
        if !in_code(stack) {
            judge(&context(stack), &decode(text), out);
        }
        text.clear();
    };
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            text.push_str(rest);
            break;
        };
        text.push_str(&rest[..lt]);
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            // yew's hydration marks and any comment: no text, no break.
            let end = after.find("-->").map_or(after.len(), |e| e + 3);
            rest = &after[end..];
            continue;
        }
        let end = rest.find('>').unwrap_or(rest.len() - 1);
        let inside = &rest[1..end];
        rest = &rest[end + 1..];
        if let Some(name) = inside.strip_prefix('/') {
            let name = name.trim().to_ascii_lowercase();
            let breaks = !INLINE.contains(&name.as_str()) || stack.last().is_some_and(|o| o.lang.is_some());
            if breaks {
                flush(&mut text, &stack, &mut out);
            }
            if let Some(at) = stack.iter().rposition(|o| o.tag == name) {
                stack.truncate(at);
            }
            continue;
        }
        let name: String = inside.split(|c: char| c.is_whitespace() || c == '/').next().unwrap_or("").to_ascii_lowercase();
        let attrs = attributes(inside);
        let own_lang = attrs.iter().find(|(n, _)| n == "lang").map(|(_, v)| v.clone());
        if !INLINE.contains(&name.as_str()) || own_lang.is_some() || name == "code" {
            flush(&mut text, &stack, &mut out);
        }
        let element_lang = own_lang.clone().unwrap_or_else(|| context(&stack));
        for (n, v) in &attrs {
            if JUDGED_ATTRIBUTES.contains(&n.as_str()) {
                judge(&element_lang, v, &mut out);
            }
        }
        let self_closing = inside.trim_end().ends_with('/') || VOID.contains(&name.as_str());
        if !self_closing {
            stack.push(Open { tag: name, lang: own_lang });
        }
    }
    flush(&mut text, &stack, &mut out);
    out
}

#[derive(Properties, PartialEq)]
struct DetailProps {
    lang: Lang,
    id: String,
}

/// The details panel of one figure, as a page in `lang` shows it.
#[function_component]
fn DetailIn(props: &DetailProps) -> Html {
    html! {
        <ContextProvider<LangCtx> context={LangCtx { lang: props.lang }}>
            <FigureDetail id={AttrValue::from(props.id.clone())} on_close={Callback::noop()} chart={Some("x".to_string())} link_to_text=true />
        </ContextProvider<LangCtx>>
    }
}

fn render_detail(lang: Lang, id: &str) -> String {
    let id = id.to_string();
    futures::executor::block_on(yew::ServerRenderer::<DetailIn>::with_props(move || DetailProps { lang, id }).render())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_judged_by_their_nearest_lang() {
        let zh = r#"<p>数据包（<span lang="en">Frictionless Data Package</span>）<code>gdp-growth-rank-2023</code><!--<[x]>-->GDP、PM2.5</p>"#;
        assert_eq!(findings(zh, "zh-CN"), vec![]);
        let zh = r#"<p>见 the full <a href="x">report</a> here</p>"#;
        assert_eq!(findings(zh, "zh-CN").len(), 1, "a link does not break a sentence");
        let en = r#"<div><q lang="zh-CN">全年GDP</q> <strong lang="zh-CN">阳城</strong> Yangcheng<img alt="晋城"></div>"#;
        let f = findings(en, "en");
        assert_eq!(f, vec![Finding { context: "en".into(), text: "晋城".into() }]);
        let en = r#"<ul><li>Places: <strong>阳城</strong></li><script>var a = "中";</script></ul>"#;
        assert_eq!(findings(en, "en"), vec![Finding { context: "en".into(), text: "Places: 阳城".into() }]);
        assert_eq!(findings(r#"<svg><text>&lt;b&gt; 沁水 &amp;</text><path d="M0"/></svg>"#, "en").len(), 1);
    }

    /// Every page of the site and every figure's details, in both languages: no finding.
    #[test]
    fn every_word_is_in_the_readers_language() {
        let cat = crate::data::catalogue().unwrap();
        let mut problems: Vec<String> = Vec::new();
        let mut pages = 0;
        for page in crate::site::pages(cat) {
            let Some(lang) = page.lang() else { continue };
            let html = futures::executor::block_on(crate::site::render(page.clone()));
            let meta = crate::model::meta::meta(&page, cat);
            let head = format!("<title>{}</title><meta>{}</meta>", meta.title, meta.description);
            for f in findings(&head, lang.tag()).into_iter().chain(findings(&html, lang.tag())) {
                problems.push(format!("{} [{}] «{}»", page.href(), f.context, f.text));
            }
            pages += 1;
        }
        assert!(pages > 70, "{pages} pages");
        for lang in [Lang::Zh, Lang::En] {
            for f in &cat.figures {
                for x in findings(&render_detail(lang, &f.id), lang.tag()) {
                    problems.push(format!("details of {} ({}) [{}] «{}»", f.id, lang.code(), x.context, x.text));
                }
            }
        }
        problems.sort();
        problems.dedup();
        assert!(problems.is_empty(), "{} texts in the wrong language:\n{}", problems.len(), problems.join("\n"));
    }

    #[test]
    fn the_english_contents_give_each_heading_its_english_and_the_report_s_chinese() {
        let cat = crate::data::catalogue().unwrap();
        let page = |lang| futures::executor::block_on(crate::site::render(crate::route::Page::new(lang, crate::route::Route::Report)));
        let en = page(Lang::En);
        let battle = cat.heading_en(2, Some(1)).unwrap();
        assert!(en.contains(&format!(r##"<a href="en/report/#sec-2-0" class="toc-link">{battle}<span lang="zh-CN" class="toc-zh">（一）坚定不移打好产业转型攻坚战</span></a>"##)), "{battle}");
        for h in &cat.headings {
            assert!(en.contains(&h.en), "{}", h.en);
        }
        // A Chinese page keeps the report's headings alone.
        let zh = page(Lang::Zh);
        assert!(!zh.contains(battle) && zh.contains(r##"<a href="zh/report/#sec-2-0" class="toc-link">（一）坚定不移打好产业转型攻坚战</a>"##));
    }

    #[test]
    fn notes_reach_the_details_in_the_readers_language() {
        let cat = crate::data::catalogue().unwrap();
        let f = cat.figure("new-credit-growth-three-years-2023").unwrap();
        let note = f.note.as_ref().unwrap();
        let zh = render_detail(Lang::Zh, &f.id);
        let en = render_detail(Lang::En, &f.id);
        assert!(zh.contains("说明") && zh.contains("为原来的4倍") && !zh.contains("grew by"), "{zh}");
        assert!(en.contains("Note") && en.contains("grew by three times") && !en.contains(&note.zh), "{en}");
        // The report's words inside the English note are marked Chinese.
        assert!(en.contains(r#"<span lang="zh-CN">“增长3倍”</span>"#), "{en}");
        // Ids are code.
        let f = cat.figure("urban-job-completion-rank-2023").unwrap();
        assert!(render_detail(Lang::Zh, &f.id).contains("<code>urban-job-completion-top-two-streak-2023</code>"));
    }
}
