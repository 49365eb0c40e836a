//! The checked-in catalogue against the report text: coverage, binding, expected values.
//!
//! Expected values here are read off the report text by hand (the quote is given beside each),
//! not copied from the program's output.

use report::catalogue::{bind, Sources};
use report::document::{Document, SectionKind};
use report::scanner::Qualifier;
use report::{seeds, Figure, Measure, Status};

fn load() -> report::catalogue::Bound {
    seeds::checked()
}

fn fig<'a>(b: &'a report::catalogue::Bound, id: &str) -> &'a Figure {
    b.catalogue.figure(id).unwrap_or_else(|| panic!("no figure `{id}`"))
}

#[test]
fn every_quantity_numeral_lies_in_the_quote_of_its_figure() {
    let b = load();
    let missing: Vec<String> = b
        .uncovered()
        .iter()
        .map(|q| {
            let ctx: String = report::REPORT_TEXT.chars().skip(q.span.start.saturating_sub(10)).take(q.span.len() + 20).collect();
            format!("{} at {}..{} in «{ctx}»", q.written, q.numeral.start, q.numeral.end)
        })
        .collect();
    assert!(missing.is_empty(), "numerals not covered by a figure or a not_a_figure entry:\n{}", missing.join("\n"));
    // The report holds some 220 numbers: the catalogue is not a sample.
    assert!(b.catalogue.figures.iter().filter(|f| !f.is_derived()).count() >= 200);
}

#[test]
fn the_text_at_each_span_is_the_quote_and_holds_the_number() {
    let b = load();
    let doc = Document::parse(report::REPORT_TEXT);
    for f in b.catalogue.figures.iter().filter(|f| !f.is_derived()) {
        let span = report::span::Span::new(f.span[0], f.span[1]);
        assert_eq!(doc.text.slice(span), f.quote, "{}", f.id);
        let numeral = report::span::Span::new(f.numeral[0], f.numeral[1]);
        assert!(span.contains(numeral), "{}: numeral outside its quote", f.id);
        let written: String = doc.text.slice(numeral).chars().map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap(),
            c => c,
        }).collect();
        assert_eq!(written, f.written, "{}", f.id);
    }
}

#[test]
fn headline_figures_read_as_the_report_writes_them() {
    let b = load();
    // 全年GDP总量达到2333.3亿元，同比增长7％
    let gdp = fig(&b, "gdp-2023");
    assert_eq!((gdp.value, gdp.unit.as_str(), gdp.base_value, gdp.base_unit.as_str()), (2333.3, "亿元", 233_330_000_000.0, "元"));
    assert_eq!((gdp.year, gdp.status, gdp.qualifier, gdp.measure), (2023, Status::Actual, Qualifier::Exact, Measure::Level));
    let g = fig(&b, "gdp-growth-2023");
    assert_eq!((g.value, g.unit.as_str(), g.measure), (7.0, "%", Measure::Growth));
    // 今年地区生产总值增长6％左右
    let g = fig(&b, "gdp-growth-2024");
    assert_eq!((g.value, g.qualifier, g.status, g.year), (6.0, Qualifier::About, Status::Target, 2024));
    // 煤炭产量稳定在1.4亿吨以上，先进产能占比达到95％以上
    let c = fig(&b, "coal-output-2024");
    assert_eq!((c.value, c.unit.as_str(), c.base_value, c.qualifier), (1.4, "亿吨", 140_000_000.0, Qualifier::AtLeast));
    let a = fig(&b, "advanced-capacity-share-2024");
    assert_eq!((a.value, a.qualifier, a.measure), (95.0, Qualifier::AtLeast, Measure::Share));
    // 全年煤炭产量1.47亿吨，先进产能占比达到91％
    assert_eq!(fig(&b, "coal-output-2023").base_value, 147_000_000.0);
    assert_eq!(fig(&b, "advanced-capacity-share-2023").value, 91.0);
    // 系统谋划总投资1.2万亿元的86个重大项目
    let m = fig(&b, "major-projects-planned-investment-2023");
    assert_eq!((m.unit.as_str(), m.base_value), ("万亿元", 1.2e12));
    assert_eq!(fig(&b, "major-projects-planned-2023").value, 86.0);
    // 全面完成总投资39.24亿元的100个海绵城市项目
    assert_eq!(fig(&b, "sponge-city-investment").base_value, 3_924_000_000.0);
    assert_eq!(fig(&b, "sponge-city-projects").value, 100.0);
    // PM2.5浓度降至34.7微克/立方米
    assert_eq!(fig(&b, "pm25-2023").unit, "微克/立方米");
    // 城镇新增就业3.9万人 … 居民消费价格涨幅控制在3％左右
    assert_eq!(fig(&b, "urban-new-jobs-2024").base_value, 39_000.0);
    assert_eq!(fig(&b, "cpi-growth-2024").qualifier, Qualifier::About);
    // 带富50余万人: "more than"
    let r = fig(&b, "taihang-belt-income-beneficiaries-2023");
    assert_eq!((r.base_value, r.qualifier), (500_000.0, Qualifier::AtLeast));
    // 全市2/3的村集体经济收入达到30万元
    let v = fig(&b, "villages-collective-income-300k-share-2023");
    assert_eq!((v.written.as_str(), v.measure), ("2/3", Measure::Share));
    // 覆盖面不低于75％
    assert_eq!(fig(&b, "digital-retrofit-coverage-2024").qualifier, Qualifier::AtLeast);
    // 财政支出八成用于民生
    assert_eq!(fig(&b, "livelihood-share-of-spending-2023").value, 80.0);
}

#[test]
fn derived_figures_say_how_and_never_claim_words() {
    let b = load();
    let d = fig(&b, "gdp-2022");
    assert!(d.is_derived());
    assert_eq!(d.derived_from, vec!["gdp-2023", "gdp-growth-2023"]);
    // 2333.3 ÷ 1.07 = 2180.65…: a nominal level over a real growth rate, so three significant
    // digits, about 2180亿元; and 2333.3 × 1.06 = 2473.298 → about 2470亿元.
    assert_eq!((d.value, d.written.as_str()), (2180.0, "2180"));
    assert_eq!(fig(&b, "gdp-2024-implied").written, "2470");
    assert_eq!(d.qualifier, Qualifier::About);
    // 1162亿元 planned, 830亿元 done.
    assert_eq!(fig(&b, "urban-construction-action-remaining-2023").value, 332.0);
    // The coverage check counts only stated figures.
    let stated_claims = b.catalogue.figures.iter().filter(|f| f.numeral == d.numeral).count();
    assert_eq!(stated_claims, 3, "gdp-2023 and the two figures derived from it share the span");
}

#[test]
fn the_document_has_three_parts_ten_programmes_and_eight_review_lines() {
    let d = Document::parse(report::REPORT_TEXT);
    let parts: Vec<_> = d.parts.iter().map(|p| (p.number, p.title.as_str())).collect();
    assert_eq!(parts, vec![(0, ""), (1, "2023年工作回顾"), (2, "2024年工作安排"), (3, "全面提升政府治理效能")]);
    let review: Vec<_> = d.parts[1].sections.iter().filter(|s| s.kind == SectionKind::ReviewLine).map(|s| s.title.as_str()).collect();
    assert_eq!(review.len(), 8);
    assert_eq!(review[0], "着力推动产业转型");
    assert_eq!(review[7], "着力加强自身建设");
    let programmes: Vec<_> = d.parts[2].sections.iter().map(|s| (s.number, s.title.as_str())).collect();
    assert_eq!(programmes.len(), 10);
    assert_eq!(programmes[0], (1, "坚定不移打好产业转型攻坚战，推动高质量发展态势更加稳健"));
    assert_eq!(programmes[9], (10, "坚定不移打好安全稳定持久战，推动高质量发展底线更加牢固"));
    assert_eq!(d.text.len(), 18_500);
}

#[test]
fn county_items_follow_the_place_table() {
    let b = load();
    let items = &b.catalogue.county_items;
    for c in &b.catalogue.counties {
        assert!(items.iter().any(|i| i.county == c.adcode), "no item for {}", c.zh);
    }
    // 皇城相府 is in 阳城县, which the report does not say.
    let h = items.iter().find(|i| i.place == "皇城相府").expect("皇城相府 item");
    assert_eq!((h.county.as_str(), h.stated, h.status), ("140522", false, Status::Target));
    // 陵川县庭院经济发展经验走向全国。— named in the text.
    let l = items.iter().find(|i| i.sentence == "陵川县庭院经济发展经验走向全国。").expect("陵川 item");
    assert_eq!((l.county.as_str(), l.stated, l.status), ("140524", true, Status::Actual));
    // The four strong counties, named in one clause.
    let top = fig(&b, "counties-in-provincial-top-ten-2023");
    assert_eq!(top.counties, vec!["140525", "140581", "140522", "140521"]);
    // A figure in a sentence about 沁水 is listed with that sentence.
    let q = items.iter().find(|i| i.sentence.contains("沁水华能120万千瓦")).expect("沁水 pumped storage");
    assert!(q.figures.contains(&"qinshui-pumped-storage-capacity".to_string()));
}

const TEXT: &str = "一、2023年工作回顾\n\n全年GDP总量达到2333.3亿元，同比增长7％。新改建15所中小学、15所公办幼儿园。\n";
const PLACES: &str = "[[county]]\nadcode = \"140522\"\nzh = \"阳城县\"\nen = \"Yangcheng County\"\n";
// Units of the fixtures' figures; their labels are all "x", so "x" is what 家 counts.
const GLOSSARY: &str = "[[unit]]\nzh = \"元\"\nen = \"yuan\"\n[[unit]]\nzh = \"%\"\nen = \"%\"\n[[unit]]\nzh = \"所\"\nen = \"\"\n[[unit]]\nzh = \"\"\nen = \"\"\n[[unit]]\nzh = \"个\"\nen = \"\"\n[[unit]]\nzh = \"名\"\nen = \"people\"\n[[counted]]\nzh = \"x\"\nen = \"things\"\n";

fn problems_of(figures: &str) -> Vec<String> {
    let (_, problems) = bind(&Sources { text: TEXT, figure_files: vec![("t.toml".into(), figures.into())], places: PLACES, glossary: GLOSSARY });
    problems.iter().map(|p| p.to_string()).collect()
}

fn entry(id: &str, quote: &str, value: &str) -> String {
    format!("[[figure]]\nid = \"{id}\"\nzh = \"x\"\nen = \"x\"\nquote = \"{quote}\"\nvalue = {value}\nsector = \"economy\"\nmeasure = \"level\"\n")
}

#[test]
fn binding_errors_name_the_entry() {
    assert_eq!(problems_of(&entry("gdp", "GDP总量达到2333.3亿元", "2333.3")), Vec::<String>::new());
    assert_eq!(problems_of(&entry("gdp", "GDP总量为2333.3亿元", "2333.3")),
        vec!["t.toml:gdp: quote «GDP总量为2333.3亿元» is not in the report text verbatim"]);
    assert_eq!(problems_of(&entry("gdp", "GDP总量达到2333.3亿元", "2333")),
        vec!["t.toml:gdp: value 2333 is not a quantity in the quote «GDP总量达到2333.3亿元»"]);
    assert_eq!(problems_of(&entry("schools", "15所", "15")),
        vec!["t.toml:schools: quote «15所» occurs 2 times in the text: lengthen it or set occurrence"]);
    assert_eq!(problems_of(&entry("schools", "新改建15所中小学、15所公办幼儿园", "15")),
        vec!["t.toml:schools: value 15 occurs 2 times in the quote: set nth"]);
    let twice = entry("a", "同比增长7％", "7") + &entry("b", "2333.3亿元，同比增长7％", "7");
    assert_eq!(problems_of(&twice), vec!["t.toml:b: claims the same words for the same number as `a` (7 at 35..36)"]);
    assert_eq!(problems_of(&entry("Bad_Id", "同比增长7％", "7")), vec!["t.toml:Bad_Id: id `Bad_Id` is not kebab-case"]);
    let bad_sector = entry("g", "同比增长7％", "7").replace("economy", "weather");
    assert_eq!(problems_of(&bad_sector), vec!["t.toml:g: unknown sector `weather`"]);
    let same_id = entry("g", "同比增长7％", "7") + &entry("g", "2333.3亿元", "2333.3");
    assert_eq!(problems_of(&same_id), vec!["t.toml:g: id `g` is already used in t.toml"]);
    assert_eq!(problems_of("[[figure]]\nid = 3\n").len(), 1);
}

#[test]
fn a_note_is_in_both_languages_and_names_only_figures() {
    let gdp = entry("gdp", "GDP总量达到2333.3亿元", "2333.3");
    let with = |note: &str| problems_of(&format!("{gdp}{note}"));
    let both = "note_zh = \"与`growth`同句。\"\nnote_en = \"In one sentence with `growth` (“同比增长”).\"\n";
    let growth = entry("growth", "同比增长7％", "7");
    assert_eq!(problems_of(&format!("{gdp}{both}{growth}")), Vec::<String>::new());
    let (b, _) = bind(&Sources { text: TEXT, figure_files: vec![("t.toml".into(), format!("{gdp}{both}{growth}"))], places: PLACES, glossary: GLOSSARY });
    let note = b.catalogue.figure("gdp").unwrap().note.clone().unwrap();
    assert_eq!((note.zh.as_str(), note.en.as_str()), ("与`growth`同句。", "In one sentence with `growth` (“同比增长”)."));
    assert_eq!(with("note_en = \"Stated.\"\n"), vec!["t.toml:gdp: a note in English only: give `note_zh` too"]);
    assert_eq!(with("note_zh = \"原文。\"\n"), vec!["t.toml:gdp: a note in Chinese only: give `note_en` too"]);
    assert_eq!(with("note = \"Stated.\"\n"), vec![
        "t.toml:gdp: `note` is written in both languages now: `note_zh` and `note_en`",
    ]);
    assert_eq!(with("note_zh = \"见`no-such`。\"\nnote_en = \"See `no-such`.\"\n"), vec![
        "t.toml:gdp: the note names `no-such`, which is no figure",
        "t.toml:gdp: the note names `no-such`, which is no figure",
    ]);
    assert_eq!(with("note_zh = \"The total as stated.\"\nnote_en = \"全年 total.\"\n"), vec![
        "t.toml:gdp: `note_en` has Chinese (全) outside “…”: «全年 total.»",
        "t.toml:gdp: `note_zh` has English prose («The total as stated»): translate it, or put an id in backticks",
    ]);
}

#[test]
fn every_note_of_the_catalogue_and_of_the_places_is_in_both_languages() {
    let c = load().catalogue;
    let notes: Vec<_> = c.figures.iter().filter_map(|f| f.note.as_ref()).chain(c.places.iter().filter_map(|p| p.note.as_ref())).collect();
    // 75 figures' notes and 17 places' (every place the report does not itself locate).
    assert_eq!(notes.len(), 75 + 17);
    for n in notes {
        assert!(report::language::note_problems(n).is_empty(), "{n:?}");
        assert!(!n.en.trim().is_empty() && !n.zh.trim().is_empty());
    }
}

#[test]
fn defaults_come_from_the_part_and_nth_picks_a_repeat() {
    let src = entry("kindergartens", "新改建15所中小学、15所公办幼儿园", "15") + "nth = 2\n";
    let (b, problems) = bind(&Sources { text: TEXT, figure_files: vec![("t.toml".into(), src)], places: PLACES, glossary: GLOSSARY });
    assert!(problems.is_empty(), "{problems:?}");
    let f = &b.catalogue.figures[0];
    assert_eq!((f.year, f.status, f.unit.as_str()), (2023, Status::Actual, "所"));
    let text: Vec<char> = TEXT.chars().collect();
    assert_eq!(text[f.numeral[0] + 2], '所');
    assert_eq!(text[f.numeral[1]..f.numeral[1] + 5].iter().collect::<String>(), "所公办幼儿");
}

// ── Ranks and numbers in words ────────────────────────────────────────────────────────────────

use report::format::{figure_value, Lang};
use report::RankKind;

#[test]
fn every_rank_says_its_kind_and_reads_true() {
    let b = load();
    for f in b.catalogue.figures.iter() {
        assert_eq!(f.rank.is_some(), f.measure == Measure::Rank, "{}: a kind exactly for ranks", f.id);
    }
    // 环境空气质量综合指数在168个重点城市中退出后50名: a bottom group left, not the 50th place.
    let air = fig(&b, "air-quality-index-rank-2023");
    assert_eq!((air.value, air.rank), (50.0, Some(RankKind::LeftBottom)));
    assert_eq!(figure_value(air, Lang::En), "out of the bottom 50");
    assert_eq!(figure_value(air, Lang::Zh), "退出后50");
    // 泽州、高平、阳城、沁水4个县（市）经济实力连续三年进入全省10强: the four counties' band, not a city place.
    let band = fig(&b, "county-economy-ranking-band-2023");
    assert_eq!((band.value, band.rank, band.since), (10.0, Some(RankKind::Band), Some(2021)));
    assert_eq!(band.counties, vec!["140525", "140581", "140522", "140521"]);
    assert_eq!((figure_value(band, Lang::En).as_str(), figure_value(band, Lang::Zh).as_str()), ("top 10", "前10"));
    // 总量保持全省第4
    let gdp = fig(&b, "gdp-rank-2023");
    assert_eq!((gdp.rank, figure_value(gdp, Lang::En).as_str(), figure_value(gdp, Lang::Zh).as_str()), (Some(RankKind::Place), "No. 4", "第4"));
    // PM10、优良天数改善幅度分别排全省第1、第2
    assert_eq!(fig(&b, "good-air-days-improvement-rank-2023").rank, Some(RankKind::Place));
}

/// A rank in words: (id, written, value, kind).
fn rank_in_words(b: &report::catalogue::Bound, id: &str, written: &str, value: f64, kind: RankKind) {
    let f = fig(b, id);
    assert_eq!((f.written.as_str(), f.value, f.measure, f.rank), (written, value, Measure::Rank, Some(kind)), "{id}");
}

#[test]
fn the_provinces_first_places_in_words_are_figures() {
    let b = load();
    // 群众安全感满意度连续11年排名全省第一 — the streak was a figure, now the place is too.
    rank_in_words(&b, "public-security-satisfaction-rank-2023", "第一", 1.0, RankKind::Place);
    assert_eq!(fig(&b, "public-security-first-place-streak-2023").value, 11.0);
    // 煤层气产量及增量保持全省第一
    rank_in_words(&b, "cbm-output-and-increase-rank-2023", "第一", 1.0, RankKind::Place);
    // 省级重点工程投资完成率130.5％，排名全省第一
    rank_in_words(&b, "key-project-investment-completion-rank-2023", "第一", 1.0, RankKind::Place);
    // 全年招商引资高质量发展综合绩效考核指标全省第一
    rank_in_words(&b, "investment-attraction-appraisal-rank-2023", "第一", 1.0, RankKind::Place);
    // 脱贫人口人均纯收入增长16.5％，排名全省第一
    rank_in_words(&b, "poverty-alleviated-income-growth-rank-2023", "第一", 1.0, RankKind::Place);
    // 森林覆盖率稳居全省第一
    rank_in_words(&b, "forest-cover-rank-2023", "第一", 1.0, RankKind::Place);
    // 技能人才占比全省第一
    rank_in_words(&b, "skilled-workers-share-rank-2023", "第一", 1.0, RankKind::Place);
    // All of them 2023 results, shown as places.
    let f = fig(&b, "forest-cover-rank-2023");
    assert_eq!((f.status, f.year, figure_value(f, Lang::En).as_str(), figure_value(f, Lang::Zh).as_str()), (Status::Actual, 2023, "No. 1", "第1"));
}

#[test]
fn bands_and_counts_in_words_are_figures() {
    let b = load();
    // 5项位列全省前两位: a band of two, beside the count of five.
    rank_in_words(&b, "indicators-top-two-rank-2023", "前两位", 2.0, RankKind::Band);
    assert_eq!(fig(&b, "indicators-top-two-in-province-2023").value, 5.0);
    assert_eq!(figure_value(fig(&b, "indicators-top-two-rank-2023"), Lang::En), "top 2");
    // 城镇新增就业完成率连续4年排名全省前二
    rank_in_words(&b, "urban-job-completion-rank-2023", "前二", 2.0, RankKind::Band);
    // 支持有实力的县（市）冲刺全国县域经济百强县
    let top = fig(&b, "national-top-county-economies-bid-2024");
    assert_eq!((top.written.as_str(), top.value, top.rank, top.status), ("百强", 100.0, Some(RankKind::Band), Status::Target));
    // 省考市四大类指标三项连续两年为优秀等次
    let cats = fig(&b, "provincial-appraisal-categories-2023");
    assert_eq!((cats.written.as_str(), cats.value, cats.measure), ("四大", 4.0, Measure::Count));
    let excellent = fig(&b, "provincial-appraisal-categories-excellent-2023");
    assert_eq!((excellent.written.as_str(), excellent.value, excellent.since), ("三项", 3.0, Some(2022)));
    // 高考再创佳绩，“三年五状元，县县有清北”
    let scorers = fig(&b, "gaokao-top-scorers-2023");
    assert_eq!((scorers.written.as_str(), scorers.value, scorers.since, scorers.year), ("五状元", 5.0, Some(2021), 2023));
    // 让百万群众喝上优质“张峰水”: a million people.
    let water = fig(&b, "zhangfeng-water-beneficiaries-2024");
    assert_eq!((water.written.as_str(), water.base_value, water.base_unit.as_str()), ("百万", 1_000_000.0, "人"));
    assert_eq!(figure_value(water, Lang::En), "1 million people");
    // 抓紧总投资205亿元的十大物流园区建设: ten parks, beside their investment.
    let parks = fig(&b, "logistics-parks-2024");
    assert_eq!((parks.written.as_str(), parks.value, parks.measure), ("十大", 10.0, Measure::Count));
    assert_eq!(fig(&b, "logistics-parks-investment-2024").base_value, 20_500_000_000.0);
    // 实现省级双拥模范城“七连冠” … 争创全国双拥模范城“五连冠”
    assert_eq!(fig(&b, "double-support-model-city-titles-2023").value, 7.0);
    assert_eq!(fig(&b, "double-support-model-city-national-titles-2024").value, 5.0);
    // 纵深推进总投资超千亿元的城建三年行动
    let city = fig(&b, "urban-construction-action-investment-2024");
    assert_eq!((city.base_value, city.qualifier), (1e11, Qualifier::AtLeast));
    // The words the catalogue knew already still read the same.
    assert_eq!(fig(&b, "industrial-enterprises-growth-three-years-2023").value, 2.0); // 三年翻番
    assert_eq!(fig(&b, "service-time-and-steps-cut-2023").qualifier, Qualifier::AtLeast); // 压减一半以上
    assert_eq!(fig(&b, "rural-key-projects-investment-2023").base_value, 1e11); // 超千亿元
}

#[test]
fn village_income_tiers_are_figures_in_both_years() {
    let b = load();
    // 全市2/3的村集体经济收入达到30万元、1/2的村达到50万元、近1/3的村达到100万元。
    // 力争集体经济年收入30万元、50万元、100万元以上的村分别达到75％、55％、35％。
    for (id, base) in [
        ("village-collective-income-tier-low-2023", 300_000.0),
        ("village-collective-income-tier-mid-2023", 500_000.0),
        ("village-collective-income-tier-high-2023", 1_000_000.0),
        ("village-collective-income-tier-low", 300_000.0),
        ("village-collective-income-tier-mid", 500_000.0),
        ("village-collective-income-tier-high", 1_000_000.0),
    ] {
        let f = fig(&b, id);
        assert_eq!((f.base_value, f.base_unit.as_str(), f.qualifier), (base, "元", Qualifier::AtLeast), "{id}");
    }
    assert_eq!(fig(&b, "village-collective-income-tier-low-2023").status, Status::Actual);
    assert_eq!(fig(&b, "village-collective-income-tier-low").status, Status::Target);
}

#[test]
fn a_number_for_each_item_of_a_list_is_one_figure_per_item() {
    let b = load();
    // 新发展创新型中小企业、规上工业企业各40家，省级以上专精特新企业、规范化股份制改造企业各20家。
    for (id, value) in [
        ("new-innovative-smes-2024", 40.0),
        ("new-industrial-enterprises-2024", 40.0),
        ("new-specialised-smes-2024", 20.0),
        ("new-joint-stock-conversions-2024", 20.0),
    ] {
        let f = fig(&b, id);
        assert_eq!((f.value, f.measure, f.status), (value, Measure::Count, Status::Target), "{id}");
    }
    assert_eq!(fig(&b, "new-innovative-smes-2024").numeral, fig(&b, "new-industrial-enterprises-2024").numeral);
    // The 2024 target set against its 2023 result: 40 new industrial enterprises, 675 in all (总量达到675家).
    assert_eq!(fig(&b, "industrial-enterprises-2023").value, 675.0);
}

const WORDS_TEXT: &str = "一、2023年工作回顾\n\n总量保持全省第4。在168个重点城市中退出后50名。森林覆盖率稳居全省第一。新发展创新型中小企业、规上工业企业各40家。\n";

fn bind_words(figures: &str) -> (report::catalogue::Bound, Vec<String>) {
    let (b, problems) = bind(&Sources { text: WORDS_TEXT, figure_files: vec![("t.toml".into(), figures.into())], places: PLACES, glossary: GLOSSARY });
    (b, problems.iter().map(|p| p.to_string()).collect())
}

fn rank_entry(id: &str, quote: &str, value: &str, rank: Option<&str>) -> String {
    let e = entry(id, quote, value).replace("measure = \"level\"", "measure = \"rank\"");
    match rank {
        Some(r) => e + &format!("rank = \"{r}\"\n"),
        None => e,
    }
}

#[test]
fn rank_kinds_are_checked_against_the_text() {
    // 第4: a place by default.
    let (b, problems) = bind_words(&rank_entry("gdp-rank", "总量保持全省第4", "4", None));
    assert_eq!(problems, Vec::<String>::new());
    assert_eq!(b.catalogue.figures[0].rank, Some(RankKind::Place));
    // 退出后50名 has no 第: the kind must be said, and it cannot be a place.
    let (_, problems) = bind_words(&rank_entry("air", "退出后50名", "50", None));
    assert_eq!(problems.len(), 1);
    assert!(problems[0].starts_with("t.toml:air: a rank must say its kind"), "{problems:?}");
    let (_, problems) = bind_words(&rank_entry("air", "退出后50名", "50", Some("place")));
    assert_eq!(problems, vec!["t.toml:air: rank `place` needs 第 before the number; «退出后50名» gives none"]);
    let (b, problems) = bind_words(&rank_entry("air", "退出后50名", "50", Some("left_bottom")));
    assert_eq!(problems, Vec::<String>::new());
    assert_eq!(b.catalogue.figures[0].rank, Some(RankKind::LeftBottom));
    // 第 makes a place: nothing else.
    let (_, problems) = bind_words(&rank_entry("gdp-rank", "总量保持全省第4", "4", Some("band")));
    assert_eq!(problems, vec!["t.toml:gdp-rank: the text writes 第 before the number: a place, not `band`"]);
    let (_, problems) = bind_words(&rank_entry("gdp-rank", "总量保持全省第4", "4", Some("top")));
    assert_eq!(problems, vec!["t.toml:gdp-rank: unknown rank kind `top` (place, band or left_bottom)"]);
    // A count has no rank kind.
    let (_, problems) = bind_words(&(entry("cities", "在168个重点城市中", "168") + "rank = \"band\"\n"));
    assert_eq!(problems, vec!["t.toml:cities: `rank` is only for measure = \"rank\", not `level`"]);
}

#[test]
fn the_coverage_check_holds_quantities_in_words() {
    let all = rank_entry("gdp-rank", "总量保持全省第4", "4", None)
        + &rank_entry("air", "退出后50名", "50", Some("left_bottom"))
        + &entry("cities", "在168个重点城市中", "168")
        + &entry("smes", "新发展创新型中小企业、规上工业企业各40家", "40")
        + &entry("firms", "新发展创新型中小企业、规上工业企业各40家", "40");
    // 森林覆盖率稳居全省第一 is left out: the check names it.
    let (b, problems) = bind_words(&all);
    assert_eq!(problems, Vec::<String>::new());
    let uncovered: Vec<(&str, f64)> = b.uncovered().iter().map(|q| (q.written.as_str(), q.value)).collect();
    assert_eq!(uncovered, vec![("第一", 1.0)]);
    // As a figure, or excluded with a reason, it is covered.
    let (b, problems) = bind_words(&(all.clone() + &rank_entry("forest", "森林覆盖率稳居全省第一", "\"第一\"", None)));
    assert_eq!(problems, Vec::<String>::new());
    assert!(b.uncovered().is_empty());
    assert_eq!(b.catalogue.figure("forest").unwrap().rank, Some(RankKind::Place));
    let (b, problems) = bind_words(&(all + "[[not_a_figure]]\nquote = \"稳居全省第一\"\nreason = \"test\"\n"));
    assert_eq!(problems, Vec::<String>::new());
    assert!(b.uncovered().is_empty());
}

#[test]
fn a_number_for_each_of_two_items_binds_twice_and_no_more() {
    let smes = entry("smes", "新发展创新型中小企业、规上工业企业各40家", "40");
    let firms = entry("firms", "规上工业企业各40家", "40");
    let third = entry("third", "各40家", "40");
    let (_, problems) = bind_words(&(smes.clone() + &firms));
    assert_eq!(problems, Vec::<String>::new());
    let (_, problems) = bind_words(&(smes + &firms + &third));
    assert_eq!(problems.len(), 1);
    assert!(problems[0].starts_with("t.toml:third: claims the same words for the same number as `smes`"), "{problems:?}");
}

#[test]
fn qualifiers_are_read_from_whole_words_and_shared_by_lists() {
    let b = load();
    // 12个项目与金融机构现场签约102亿元: 签约 is "signed"; the amount is exact.
    assert_eq!(fig(&b, "financing-signed-at-event-2023").qualifier, Qualifier::Exact);
    // 力争集体经济年收入30万元、50万元、100万元以上的村: 以上 holds for each threshold.
    for id in ["village-collective-income-tier-low", "village-collective-income-tier-mid", "village-collective-income-tier-high"] {
        assert_eq!(fig(&b, id).qualifier, Qualifier::AtLeast, "{id}");
    }
    // …分别达到75％、55％、35％: the shares themselves are exact targets.
    assert_eq!(fig(&b, "villages-collective-income-300k-share-2024").qualifier, Qualifier::Exact);
}

#[test]
fn figures_belong_to_the_counties_their_own_clause_names() {
    let b = load();
    let items = &b.catalogue.county_items;
    // 争取沁水华能120万千瓦抽水蓄能项目完成核准，推动阳城蟒河、陵川抽水蓄能项目纳入…: one sentence,
    // three counties; the 1.2 GW is 沁水's alone.
    let sentence: Vec<_> = items.iter().filter(|i| i.sentence.contains("沁水华能120万千瓦")).collect();
    let counties: Vec<&str> = sentence.iter().map(|i| i.county.as_str()).collect();
    assert!(counties.contains(&"140522") && counties.contains(&"140524"), "{counties:?}");
    for i in &sentence {
        let listed = i.figures.contains(&"qinshui-pumped-storage-capacity".to_string());
        assert_eq!(listed, i.county == "140521", "{}: {:?}", i.county, i.figures);
    }
    assert_eq!(fig(&b, "qinshui-pumped-storage-capacity").counties, vec!["140521"]);
    // 市区 is the city proper, not 城区: 市区20公里范围内…, 市区周边6家污染企业…, 改造提升市区6所学校….
    for id in ["no-new-gas-projects-radius", "polluting-firms-closed-2024", "school-campuses-upgraded-2023", "downtown-districts-renovated-2023"] {
        assert!(fig(&b, id).counties.is_empty(), "{id}: {:?}", fig(&b, id).counties);
    }
    // 台头、平城、周村、巴公4个化工园区: four parks in more than one county; not 泽州's figure.
    assert!(fig(&b, "chemical-parks-2024").counties.is_empty());
    // 抓好丹河新城…，年内实现7万人口集聚: the new town's, like its siblings.
    assert_eq!(fig(&b, "danhe-new-town-population-gain").counties, fig(&b, "danhe-new-town-projects-2024").counties);
    // No county item lists a figure the catalogue does not give that county.
    for i in items {
        for id in &i.figures {
            assert!(fig(&b, id).counties.contains(&i.county), "{} listed under {}", id, i.county);
        }
    }
}

#[test]
fn a_period_is_given_only_where_the_report_states_one() {
    let b = load();
    // 光机电产业如期实现产值“3年500亿”目标: an annual level; which three years is not said.
    assert_eq!(fig(&b, "optomechatronics-output-2023").since, None);
    // 锚定“5年1000亿”产值目标: five years from when, the report does not say.
    let t = fig(&b, "optomechatronics-output-target-2028");
    assert_eq!((t.since, t.year), (None, 2024));
    // 纵深推进总投资1162亿元的城市建设三年行动 (2023) … 纵深推进总投资超千亿元的城建三年行动 (2024).
    assert_eq!(fig(&b, "urban-construction-action-planned-investment-2023").since, None);
    // 群众安全感满意度连续11年排名全省第一 (the 2023 review): eleven years to 2023.
    assert_eq!(fig(&b, "public-security-first-place-streak-2023").since, Some(2013));
}

#[test]
fn english_units_say_what_is_counted() {
    use report::format::{figure_value, Lang};
    let b = load();
    // 建成100家地域特色博物馆, 建成301家医保驿站, 改造提升34家特色酒店、54家精品民宿.
    assert_eq!(figure_value(fig(&b, "museums-built-2024"), Lang::En), "100 museums");
    assert_eq!(figure_value(fig(&b, "medical-insurance-stations-2023"), Lang::En), "301 stations");
    assert_eq!(figure_value(fig(&b, "upgraded-featured-hotels-2024"), Lang::En), "34 hotels");
    assert_eq!(figure_value(fig(&b, "upgraded-boutique-homestays-2024"), Lang::En), "54 homestays");
    // 总量达到675家 (规上工业企业): firms.
    assert_eq!(figure_value(fig(&b, "industrial-enterprises-2023"), Lang::En), "675 firms");
    // 粮食播种面积242.98万亩 = 2.4298 million mu, two decimals in English: mu, from the glossary,
    // which explains it once.
    assert_eq!(figure_value(fig(&b, "grain-area-2023"), Lang::En), "2.43 million mu");
    let mu = b.catalogue.glossary.units.iter().find(|u| u.zh == "亩").unwrap();
    assert!(mu.explain_en.as_deref().is_some_and(|e| e.contains("hectare")));
    // 光机电 reads one way in every English label.
    for f in b.catalogue.figures.iter().filter(|f| f.label.zh.contains("光机电")) {
        assert!(f.label.en.to_lowercase().contains("optomechatronics"), "{}: {}", f.id, f.label.en);
    }
}
