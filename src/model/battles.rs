//! The ten programmes of work of the 2024 plan (“十大战役”), the spine of the report's second part.
//!
//! Rules:
//! - A battle is a section of part two of the report (`report::document`), in its order: its name
//!   and aim are its heading's two halves (坚定不移打好**产业转型攻坚战**，**推动高质量发展态势更加
//!   稳健**).
//! - Its targets are the catalogue's stated 2024 targets whose quote lies in the section,
//!   headlines first (those set against a 2023 result, then rates and shares), each group in text
//!   order; its projects and investments are those that total an investment (a level in 元 whose
//!   label says 投资, not a 门槛 that projects must pass), each with the number of projects its own
//!   quote gives, if any.
//! - The 2023 results it builds on are the results the comparison chart
//!   (`compare-results-targets`, like with like) pairs with one of its targets: the report's own
//!   pairing of a result and its target, never a guess by topic. A battle may have none.

use report::document::{Document, Section};
use report::{Catalogue, Figure, Measure, Status};

#[derive(Debug, Clone)]
pub struct Battle<'a> {
    /// 1 to 10, as the report numbers them.
    pub number: u8,
    pub section: &'a Section,
    /// Which section of part two, for the report's anchors (`sec-<part>-<index>`).
    pub index: usize,
    pub part: usize,
    /// 产业转型攻坚战.
    pub name: String,
    /// 推动高质量发展态势更加稳健.
    pub aim: String,
    pub targets: Vec<&'a Figure>,
    /// An investment total and the projects it counts.
    pub investments: Vec<(&'a Figure, Option<&'a Figure>)>,
    pub builds_on: Vec<&'a Figure>,
}

/// The heading's two halves: (name, aim).
fn halves(title: &str) -> (String, String) {
    let (first, aim) = title.split_once('，').unwrap_or((title, ""));
    let name = first.split_once("打好").map_or(first, |(_, n)| n);
    (name.to_string(), aim.to_string())
}

/// An investment total: not a threshold that projects must pass (投资门槛).
fn is_investment(f: &Figure) -> bool {
    f.base_unit == "元" && f.measure == Measure::Level && f.label.zh.contains("投资") && !f.label.zh.contains("门槛")
}

/// The ten battles, in the report's order.
pub fn battles<'a>(doc: &'a Document, cat: &'a Catalogue) -> Vec<Battle<'a>> {
    let Some(part) = doc.parts.iter().position(|p| p.number == 2) else { return Vec::new() };
    let pairs: Vec<(&str, &str)> = match charts::chart::find("compare-results-targets").map(|d| d.kind) {
        Some(charts::chart::Kind::Pairs { rows }) => rows.iter().map(|p| (p.actual, p.target)).collect(),
        _ => Vec::new(),
    };
    doc.parts[part]
        .sections
        .iter()
        .enumerate()
        .map(|(index, section)| {
            let (name, aim) = halves(&section.title);
            let inside: Vec<&Figure> = cat
                .figures
                .iter()
                .filter(|f| !f.is_derived() && f.status == Status::Target && section.span.start <= f.span[0] && f.span[1] <= section.span.end)
                .collect();
            let investments = inside
                .iter()
                .filter(|f| is_investment(f))
                .map(|f| {
                    let projects = inside.iter().find(|p| p.span == f.span && p.measure == Measure::Count && p.label.zh.contains("项目")).copied();
                    (*f, projects)
                })
                .collect();
            let builds_on = inside
                .iter()
                .filter_map(|t| pairs.iter().find(|(_, target)| *target == t.id).and_then(|(a, _)| cat.figure(a)))
                .filter(|a| !a.is_derived())
                .collect();
            let builds_on: Vec<&Figure> = builds_on;
            // Headlines first: the targets set against a 2023 result, then rates and shares,
            // then the rest, each group in text order (a stable sort).
            let mut targets = inside;
            let paired = |f: &Figure| pairs.iter().any(|(_, t)| *t == f.id);
            targets.sort_by_key(|f| if paired(f) { 0 } else if matches!(f.measure, Measure::Growth | Measure::Share) { 1 } else { 2 });
            Battle { number: section.number, section, index, part, name, aim, targets, investments, builds_on }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all() -> Vec<Battle<'static>> {
        battles(crate::data::document(), crate::data::catalogue().unwrap())
    }

    #[test]
    fn ten_battles_named_by_their_headings() {
        let b = all();
        assert_eq!(b.iter().map(|b| b.number).collect::<Vec<_>>(), (1..=10).collect::<Vec<u8>>());
        // （一）坚定不移打好产业转型攻坚战，推动高质量发展态势更加稳健
        assert_eq!((b[0].name.as_str(), b[0].aim.as_str()), ("产业转型攻坚战", "推动高质量发展态势更加稳健"));
        // （十）坚定不移打好安全稳定持久战，推动高质量发展底线更加牢固
        assert_eq!(b[9].name, "安全稳定持久战");
    }

    #[test]
    fn targets_investments_and_the_results_they_build_on() {
        let b = all();
        let ids = |v: &[&Figure]| v.iter().map(|f| f.id.clone()).collect::<Vec<_>>();
        // 煤炭产量稳定在1.4亿吨以上 is a target of the first battle, set against 2023's 1.47亿吨.
        assert!(ids(&b[0].targets).contains(&"coal-output-2024".to_string()));
        assert!(ids(&b[0].builds_on).contains(&"coal-output-2023".to_string()));
        // 抓好总投资600亿元的大唐晋城“风光火热储”一体化项目: an investment of the first battle.
        assert!(b[0].investments.iter().any(|(f, _)| f.id == "datang-integrated-energy-investment"));
        // 抓好总投资280亿元的15个现代服务业龙头项目: the total with its 15 projects.
        let (_, n) = b[0].investments.iter().find(|(f, _)| f.id == "service-flagship-projects-investment-2024").unwrap();
        assert_eq!(n.map(|n| n.id.as_str()), Some("service-flagship-projects-2024"));
        // 拟引进2个50亿元以上…项目: a threshold, not an investment.
        assert!(!b[0].investments.iter().any(|(f, _)| f.id == "large-project-threshold-2024"));
        // The headline first: coal output, set against 2023's result.
        assert_eq!(b[0].targets[0].id, "coal-output-2024");
        // Every target lies in its battle's section, once.
        let total: usize = b.iter().map(|b| b.targets.len()).sum();
        let mut seen = std::collections::HashSet::new();
        for battle in &b {
            for t in &battle.targets {
                assert!(seen.insert(&t.id), "{} in two battles", t.id);
                assert_eq!((t.part, t.section), (2, Some(battle.number)), "{}", t.id);
            }
        }
        assert!(total > 100);
    }
}
