//! The overview's key points: the few things a reader should remember, each a sentence made from
//! catalogue figures, in both languages, every number a link to the words that state it.
//!
//! Rules:
//! - The points come from the catalogue and the chart registry's curated groupings, never from
//!   typed numbers: growth is the GDP level and growth of 2023 and the growth target of 2024; the
//!   targets that rise and fall are the 2023 result → 2024 target pairs of the comparison chart
//!   (`compare-results-targets`, which keeps like with like), derived figures aside; the largest
//!   programmes are the top of the 2024 programmes chart (`investment-programmes`).
//! - A target is higher or lower than its result by the numbers as written (a share written as a
//!   fraction is compared as a percentage); "at least 1.4亿吨" against 1.47亿吨 is lower: the floor
//!   the plan sets is below last year's result, which is what a reader takes from it.
//! - A figure in a sentence is written as readers read it (约6%, at least 140 million tonnes) and
//!   links to its fragment of the report.
//! - A label keeps its own letter case: in English it opens its own sentence ("GDP growth
//!   target: about 6%, down from 7% in 2023."), never lower-cased into a list, since no rule on
//!   the letters tells an acronym or a name (GDP, PM2.5, Taihang No. 1) from a common word.

use crate::i18n::{pick, Lang};
use report::figure_text::spoken_value;
use report::{Catalogue, Figure};

/// A piece of a key point: words, or a figure (shown in words, linked to its sentence).
#[derive(Debug, Clone, PartialEq)]
pub enum Part {
    Text(String),
    Figure { id: String, text: String },
}

/// One key point: a heading and its sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Takeaway {
    pub title: String,
    pub parts: Vec<Part>,
}

impl Takeaway {
    /// The sentence as plain text.
    pub fn text(&self) -> String {
        self.parts
            .iter()
            .map(|p| match p {
                Part::Text(t) => t.as_str(),
                Part::Figure { text, .. } => text.as_str(),
            })
            .collect()
    }
}

fn fig<'a>(cat: &'a Catalogue, id: &str) -> Result<&'a Figure, String> {
    cat.figure(id).ok_or_else(|| id.to_string())
}

fn said(f: &Figure, lang: Lang) -> Part {
    Part::Figure { id: f.id.clone(), text: spoken_value(f, lang) }
}

fn t(s: impl Into<String>) -> Part {
    Part::Text(s.into())
}

fn label(f: &Figure, lang: Lang) -> String {
    pick(lang, &f.label.zh, &f.label.en).to_string()
}

/// The number a comparison uses: a fraction as a percentage, so 2/3 meets 75%.
fn comparable(f: &Figure) -> f64 {
    if f.base_unit == "ratio" {
        f.value * 100.0
    } else {
        f.base_value
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Higher,
    Lower,
    Same,
}

/// Each 2024 target of the comparison chart against its 2023 result.
pub fn target_directions(cat: &Catalogue) -> Result<Vec<(&Figure, &Figure, Direction)>, String> {
    let def = charts::chart::find("compare-results-targets").ok_or("compare-results-targets")?;
    let charts::chart::Kind::Pairs { rows } = def.kind else { return Err("compare-results-targets is not a chart of pairs".into()) };
    let mut out = Vec::new();
    for p in rows {
        let (a, t) = (fig(cat, p.actual)?, fig(cat, p.target)?);
        if a.is_derived() || t.is_derived() {
            continue;
        }
        let (x, y) = (comparable(a), comparable(t));
        let d = if (y - x).abs() <= 1e-9 * x.abs().max(1.0) {
            Direction::Same
        } else if y > x {
            Direction::Higher
        } else {
            Direction::Lower
        };
        out.push((a, t, d));
    }
    Ok(out)
}

/// The key points of the report, in `lang`; the id of a figure the catalogue lacks otherwise.
pub fn takeaways(cat: &Catalogue, lang: Lang) -> Result<Vec<Takeaway>, String> {
    let mut out = Vec::new();

    // Growth: 2023's level and growth, 2024's target.
    let (gdp, growth, target) = (fig(cat, "gdp-2023")?, fig(cat, "gdp-growth-2023")?, fig(cat, "gdp-growth-2024")?);
    out.push(Takeaway {
        title: pick(lang, "增长", "Growth").into(),
        parts: match lang {
            Lang::Zh => vec![t(format!("{}年地区生产总值", gdp.year)), said(gdp, lang), t("，增长"), said(growth, lang), t(format!("；{}年的目标是增长", target.year)), said(target, lang), t("。")],
            Lang::En => vec![t("GDP was "), said(gdp, lang), t(format!(" in {}, up ", gdp.year)), said(growth, lang), t(format!("; the {} target is growth of ", target.year)), said(target, lang), t(".")],
        },
    });

    // Targets that rise and fall against last year's results.
    let dirs = target_directions(cat)?;
    let count = |d: Direction| dirs.iter().filter(|x| x.2 == d).count();
    let (up, down, same) = (count(Direction::Higher), count(Direction::Lower), count(Direction::Same));
    let mut parts = match lang {
        Lang::Zh => vec![t(format!("{}项目标可以与上一年的实绩直接对比：{up}项更高，{down}项更低，{same}项持平。", dirs.len()))],
        Lang::En => vec![t(format!("{} of the targets can be set against the year before's result: {up} are higher, {down} lower and {same} the same.", dirs.len()))],
    };
    let lower: Vec<_> = dirs.iter().filter(|x| x.2 == Direction::Lower).collect();
    if !lower.is_empty() {
        if lang == Lang::Zh {
            parts.push(t("更低的是"));
        }
        for (i, (a, tgt, _)) in lower.iter().enumerate() {
            match lang {
                Lang::Zh => {
                    if i > 0 {
                        parts.push(t("、"));
                    }
                    parts.extend([t(format!("{}（", label(tgt, lang))), said(tgt, lang), t(format!("，{}年", a.year)), said(a, lang), t("）")]);
                }
                // Each its own sentence, its label first: the label keeps its case.
                Lang::En => parts.extend([t(format!(" {}: ", label(tgt, lang))), said(tgt, lang), t(", down from "), said(a, lang), t(format!(" in {}.", a.year))]),
            }
        }
        if lang == Lang::Zh {
            parts.push(t("。"));
        }
    }
    out.push(Takeaway { title: pick(lang, "目标的升与降", "Targets up and down").into(), parts });

    // The largest programmes of 2024.
    let def = charts::chart::find("investment-programmes").ok_or("investment-programmes")?;
    let charts::chart::Kind::Bars { items, .. } = def.kind else { return Err("investment-programmes is not a bar chart".into()) };
    let mut programmes: Vec<(&Figure, Option<&Figure>)> =
        items.iter().map(|i| Ok((fig(cat, i.figure)?, i.count.map(|c| fig(cat, c)).transpose()?))).collect::<Result<_, String>>()?;
    programmes.sort_by(|a, b| b.0.base_value.total_cmp(&a.0.base_value));
    let year = programmes.first().map_or(0, |p| p.0.year);
    let top = &programmes[..programmes.len().min(3)];
    let mut parts = vec![t(match lang {
        Lang::Zh => format!("{year}年投资最多的项目群："),
        Lang::En => format!("{} take the most investment in {year}.", match top.len() {
            1 => "One programme".to_string(),
            2 => "Two programmes".to_string(),
            3 => "Three programmes".to_string(),
            n => format!("The {n} programmes"),
        }),
    })];
    for (i, (total, projects)) in top.iter().enumerate() {
        match lang {
            Lang::Zh => {
                if i > 0 {
                    parts.push(t("；"));
                }
                parts.extend([t(label(total, lang)), said(total, lang)]);
            }
            // Each its own sentence, its label first: the label keeps its case.
            Lang::En => parts.extend([t(format!(" {}: ", label(total, lang))), said(total, lang)]),
        }
        if let Some(n) = projects {
            match lang {
                Lang::Zh => parts.extend([t("，"), said(n, lang), t("项目")]),
                Lang::En => parts.extend([t(", "), said(n, lang), t(" projects")]),
            }
        }
        if lang == Lang::En {
            parts.push(t("."));
        }
    }
    if lang == Lang::Zh {
        parts.push(t("。"));
    }
    out.push(Takeaway { title: pick(lang, "最大的项目群", "The largest programmes").into(), parts });
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cat() -> &'static Catalogue {
        crate::data::catalogue().unwrap()
    }

    #[test]
    fn growth_is_said_with_the_reports_numbers() {
        // 全年GDP总量达到2333.3亿元，同比增长7％ … 今年地区生产总值增长6％左右
        let zh = takeaways(cat(), Lang::Zh).unwrap();
        assert_eq!(zh[0].text(), "2023年地区生产总值2333.3亿元，增长7%；2024年的目标是增长约6%。");
        let en = takeaways(cat(), Lang::En).unwrap();
        assert_eq!(en[0].text(), "GDP was 233.33 billion yuan in 2023, up 7%; the 2024 target is growth of about 6%.");
        // Every number is a link to a figure of the catalogue.
        for t in zh.iter().chain(&en) {
            for p in &t.parts {
                if let Part::Figure { id, .. } = p {
                    assert!(cat().figure(id).is_some_and(|f| !f.is_derived()), "{id}");
                }
            }
        }
    }

    #[test]
    fn targets_that_fall_are_named() {
        let dirs = target_directions(cat()).unwrap();
        let lower: Vec<&str> = dirs.iter().filter(|d| d.2 == Direction::Lower).map(|d| d.1.id.as_str()).collect();
        // 煤炭产量稳定在1.4亿吨以上 against 1.47亿吨; 增长6％左右 against 7％; 粮食 240万亩 against
        // 242.98万亩 and 13亿斤 against 13.77亿斤: the floors of 2024 are below 2023's results.
        for id in ["coal-output-2024", "gdp-growth-2024", "grain-area-2024", "grain-output-2024"] {
            assert!(lower.contains(&id), "{id} in {lower:?}");
        }
        // 高新技术企业达到180家 against 162家; 新改扩建18所中小学 against 15所: higher.
        let higher: Vec<&str> = dirs.iter().filter(|d| d.2 == Direction::Higher).map(|d| d.1.id.as_str()).collect();
        assert!(higher.contains(&"high-tech-firms-2024") && higher.contains(&"schools-built-2024"), "{higher:?}");
        // 继续办好12件民生实事 against 12件: the same.
        assert!(dirs.iter().any(|d| d.1.id == "livelihood-projects-2024" && d.2 == Direction::Same));
        let zh = takeaways(cat(), Lang::Zh).unwrap();
        assert!(zh[1].text().contains("煤炭产量（不少于1.4亿吨，2023年1.47亿吨）"), "{}", zh[1].text());
    }

    #[test]
    fn the_largest_programmes_lead_with_their_totals() {
        // 深入推进总投资1059亿元的165个项目: the largest programme of the chart.
        let zh = takeaways(cat(), Lang::Zh).unwrap();
        assert!(zh[2].text().starts_with("2024年投资最多的项目群：全产业链培育工程项目总投资1059亿元，165个项目"), "{}", zh[2].text());
        let en = takeaways(cat(), Lang::En).unwrap();
        assert!(en[2].text().contains("105.9 billion yuan, 165 projects"), "{}", en[2].text());
    }

    /// A capital letter right after a separator inside a sentence (", " "; " ": "), where English
    /// writes one only for a name or an acronym, with the text around it.
    fn capital_mid_sentence(text: &str) -> Option<String> {
        let chars: Vec<char> = text.chars().collect();
        (2..chars.len()).find(|&i| [',', ';', ':'].contains(&chars[i - 2]) && chars[i - 1] == ' ' && chars[i].is_uppercase()).map(|i| chars[i.saturating_sub(20)..(i + 20).min(chars.len())].iter().collect())
    }

    #[test]
    fn english_labels_keep_their_own_letter_case() {
        let en = takeaways(cat(), Lang::En).unwrap();
        // Every label said as the catalogue writes it, acronyms included ("GDP growth target",
        // never "gdp growth target")…
        let dirs = target_directions(cat()).unwrap();
        for (_, tgt, _) in dirs.iter().filter(|d| d.2 == Direction::Lower) {
            assert!(en[1].text().contains(&format!("{}: ", tgt.label.en)), "{} in {}", tgt.label.en, en[1].text());
        }
        assert!(en[1].text().contains("GDP growth target: about 6%, down from 7% in 2023."), "{}", en[1].text());
        // …and a label opens its sentence, so its capital is where English puts one.
        assert!(en[2].text().contains(". Total investment in whole-industry-chain projects: 105.9 billion yuan, 165 projects."), "{}", en[2].text());
        for t in &en {
            assert_eq!(capital_mid_sentence(&t.text()), None, "{}", t.text());
        }
        // Every sentence ends with its stop, and none is left empty.
        for t in &en {
            assert!(t.text().ends_with('.') && !t.text().contains(". .") && !t.text().contains(".."), "{}", t.text());
        }
    }
}
