//! The `figures` export as outside users run it.

use std::process::Command;

fn run(format: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_figures")).args(["--format", format]).output().expect("figures runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn json_follows_the_contract() {
    let v: serde_json::Value = serde_json::from_str(&run("json")).expect("valid JSON");
    let figures = v["figures"].as_array().expect("a figures array");
    assert!(figures.len() > 200);
    let keys = ["id", "label", "value", "unit", "base_value", "base_unit", "year", "status", "qualifier", "measure", "rank", "sector", "counties", "quote", "span", "derived"];
    for f in figures {
        for k in keys {
            assert!(f.get(k).is_some(), "{} lacks {k}", f["id"]);
        }
        assert!(["actual", "target"].contains(&f["status"].as_str().unwrap()));
        assert!(["exact", "about", "at_least", "at_most"].contains(&f["qualifier"].as_str().unwrap()));
        assert!(["level", "growth", "share", "rank", "count"].contains(&f["measure"].as_str().unwrap()));
        // A rank says its kind; nothing else has one.
        assert_eq!(f["rank"].is_null(), f["measure"] != "rank", "{}", f["id"]);
    }
    let gdp = figures.iter().find(|f| f["id"] == "gdp-2023").unwrap();
    assert_eq!(gdp["label"]["zh"], "地区生产总值");
    assert_eq!(gdp["value"], 2333.3);
    assert_eq!(gdp["unit"], "亿元");
    assert_eq!(gdp["base_value"].as_f64(), Some(233_330_000_000.0));
    assert_eq!(gdp["base_unit"], "元");
    assert_eq!(gdp["quote"], "全年GDP总量达到2333.3亿元");
    assert_eq!(gdp["derived"], serde_json::Value::Null);
    // span is in Unicode characters: the text at span is the quote.
    let [s, e] = [gdp["span"][0].as_u64().unwrap() as usize, gdp["span"][1].as_u64().unwrap() as usize];
    let quote: String = report::REPORT_TEXT.chars().skip(s).take(e - s).collect();
    assert_eq!(quote, "全年GDP总量达到2333.3亿元");
    let derived = figures.iter().find(|f| f["id"] == "gdp-2022").unwrap();
    assert!(derived["derived"].as_str().unwrap().contains("÷"));
}

#[test]
fn csv_has_a_header_and_a_row_per_figure() {
    let csv = run("csv");
    let mut lines = csv.lines();
    assert_eq!(lines.next().unwrap(), report::export::names(report::export::FIGURE_COLUMNS).join(","));
    let rows: Vec<&str> = lines.collect();
    assert!(rows.len() > 200);
    let gdp = rows.iter().find(|r| r.starts_with("gdp-2023,")).unwrap();
    // The English unit from the glossary (yuan) stands after the base unit.
    assert!(gdp.starts_with("gdp-2023,地区生产总值,Gross domestic product,2333.3,2333.3,亿元,233330000000,元,yuan,2023,,actual,exact,level,,economy,,全年GDP总量达到2333.3亿元,252,269,"), "{gdp}");
}

#[test]
fn bad_arguments_are_refused_with_a_message() {
    let out = Command::new(env!("CARGO_BIN_EXE_figures")).args(["--format", "xml"]).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown format `xml`"));
}

#[test]
fn out_writes_the_package_the_check_validates() {
    let dir = std::env::temp_dir().join(format!("figures-out-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let out = Command::new(env!("CARGO_BIN_EXE_figures")).arg("--out").arg(&dir).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut written = std::collections::BTreeMap::new();
    for e in std::fs::read_dir(&dir).unwrap() {
        let e = e.unwrap();
        written.insert(e.file_name().to_string_lossy().into_owned(), std::fs::read(e.path()).unwrap());
    }
    // The file names the app links to (src/components/downloads.rs) are among them.
    for name in ["datapackage.json", "README.md", "jincheng-2024-figures.json", "jincheng-2024-figures.csv", "jincheng-2024-corrections.csv"] {
        assert!(written.contains_key(name), "{name} not written");
    }
    assert_eq!(report::package::validate(&written), Vec::<String>::new());
    // The CSV on disk is today's export with a byte-order mark; the JSON is today's export.
    assert_eq!(written["jincheng-2024-figures.csv"], [&b"\xef\xbb\xbf"[..], run("csv").as_bytes()].concat());
    assert_eq!(written["jincheng-2024-figures.json"], run("json").as_bytes());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn check_passes_on_the_checked_in_seeds() {
    let out = Command::new(env!("CARGO_BIN_EXE_figures")).arg("--check").output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("0 package problems"), "{err}");
}

#[test]
fn review_is_one_markdown_sheet_of_every_figure() {
    let sheet = run("review");
    assert!(sheet.starts_with("# 校对表 · Proofreading sheet"));
    let c = report::seeds::checked().catalogue;
    assert_eq!(sheet.matches("\n#### `").count(), c.figures.len());
}
