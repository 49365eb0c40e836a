//! The interface's own words in both languages. The report's words come from the catalogue.

pub use report::format::Lang;

pub struct Strings {
    pub title: &'static str,
    pub subtitle: &'static str,
    pub skip: &'static str,
    pub nav_label: &'static str,
    pub nav_overview: &'static str,
    pub nav_compare: &'static str,
    pub nav_sectors: &'static str,
    pub nav_counties: &'static str,
    pub nav_report: &'static str,
    pub nav_about: &'static str,
    pub switch_to: &'static str,
    pub switch_label: &'static str,
    pub results_2023: &'static str,
    pub results_2023_intro: &'static str,
    pub targets_2024: &'static str,
    pub targets_2024_intro: &'static str,
    pub in_report: &'static str,
    pub toc: &'static str,
    pub search: &'static str,
    pub search_placeholder: &'static str,
    pub prev: &'static str,
    pub next: &'static str,
    pub no_hits: &'static str,
    pub close: &'static str,
    pub figure_value: &'static str,
    pub figure_status: &'static str,
    pub show_chart: &'static str,
    pub show_in_text: &'static str,
    pub unknown_figure: &'static str,
    pub unknown_chart: &'static str,
    pub unknown_county: &'static str,
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub go_home: &'static str,
    pub downloads: &'static str,
    pub download_json: &'static str,
    pub download_csv: &'static str,
    pub package_intro: &'static str,
    pub package_and: &'static str,
    pub package_readme: &'static str,
    pub package_outro: &'static str,
    pub corrections: &'static str,
    pub corrections_intro: &'static str,
    pub corrections_none: &'static str,
    pub corrections_removed: &'static str,
    pub about_title: &'static str,
    pub bad_param: &'static str,
    pub data_error: &'static str,
    pub footer: &'static str,
}

pub const ZH: Strings = Strings {
    title: "晋城市2024年政府工作报告",
    subtitle: "图解：2023年成绩、2024年目标与十大战役",
    skip: "跳到正文",
    nav_label: "主导航",
    nav_overview: "概览",
    nav_compare: "对比",
    nav_sectors: "行业",
    nav_counties: "县区",
    nav_report: "全文",
    nav_about: "关于与数据",
    switch_to: "English",
    switch_label: "Switch to English",
    results_2023: "2023年主要成绩",
    results_2023_intro: "报告回顾的2023年实绩。",
    targets_2024: "2024年主要目标",
    targets_2024_intro: "报告提出的2024年预期目标。",
    in_report: "查看原文",
    toc: "目录",
    search: "搜索全文",
    search_placeholder: "输入文字或数字，如 煤炭、7%",
    prev: "上一个",
    next: "下一个",
    no_hits: "没有找到",
    close: "关闭",
    figure_value: report::figure_text::TERMS_ZH.value,
    figure_status: report::figure_text::TERMS_ZH.status,
    show_chart: "在图表中查看",
    show_in_text: "在原文中查看",
    unknown_figure: "没有找到这个数据编号：",
    unknown_chart: "没有找到这个图表编号：",
    unknown_county: "没有找到这个县区代码：",
    not_found_title: "页面不存在",
    not_found_body: "这个地址没有对应的页面。",
    go_home: "返回概览",
    downloads: "下载数据",
    download_json: "全部数据（JSON）",
    download_csv: "全部数据（CSV）",
    package_intro: "两者同属一个标准数据包",
    package_and: "描述每个文件和每一列，",
    package_readme: "说明文件（README）",
    package_outro: "解释各列含义、数字如何与原文对应，并给出引用格式；数据包还包括更正记录（CSV）。",
    corrections: "更正记录",
    corrections_intro: "已发布数据的每一处改动：改了什么、何时改、为什么改。",
    corrections_none: "目前没有更正。",
    corrections_removed: "已删除",
    about_title: "关于本页与数据来源",
    bad_param: "网址参数无效，已忽略：",
    data_error: "数据无法读取。",
    footer: "数据均摘自报告原文，每个数字都可追溯到原句。",
};

pub const EN: Strings = Strings {
    title: "Jincheng Government Work Report 2024",
    subtitle: "Visualised: 2023 results, 2024 targets and ten programmes of work",
    skip: "Skip to content",
    nav_label: "Main",
    nav_overview: "Overview",
    nav_compare: "Compare",
    nav_sectors: "Sectors",
    nav_counties: "Counties",
    nav_report: "Report",
    nav_about: "About & data",
    switch_to: "中文",
    switch_label: "切换到中文",
    results_2023: "Key results of 2023",
    results_2023_intro: "What the report says was achieved in 2023.",
    targets_2024: "Key targets for 2024",
    targets_2024_intro: "What the report sets out to reach in 2024.",
    in_report: "Read in the report",
    toc: "Contents",
    search: "Search the report",
    search_placeholder: "Words or numbers, e.g. 煤炭, 7%",
    prev: "Previous",
    next: "Next",
    no_hits: "No match",
    close: "Close",
    figure_value: report::figure_text::TERMS_EN.value,
    figure_status: report::figure_text::TERMS_EN.status,
    show_chart: "See it in a chart",
    show_in_text: "See it in the report",
    unknown_figure: "There is no figure with the id ",
    unknown_chart: "There is no chart with the id ",
    unknown_county: "There is no county with the code ",
    not_found_title: "Page not found",
    not_found_body: "Nothing lives at this address.",
    go_home: "Back to the overview",
    downloads: "Download the data",
    download_json: "All figures (JSON)",
    download_csv: "All figures (CSV)",
    package_intro: "Both belong to a standard data package",
    package_and: " describes every file and column, and the ",
    package_readme: "README",
    package_outro: " explains the columns, how the numbers were bound to the text, and how to cite; the package also holds the corrections log (CSV).",
    corrections: "Corrections",
    corrections_intro: "Every change to the published data: what changed, when, and why.",
    corrections_none: "No corrections so far.",
    corrections_removed: "removed",
    about_title: "About this page and its sources",
    bad_param: "Ignored an invalid URL parameter: ",
    data_error: "The data could not be read.",
    footer: "Every number is taken from the report text and links back to its sentence.",
};

pub fn t(lang: Lang) -> &'static Strings {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

/// Picks the zh or en member of a pair.
pub fn pick<'a>(lang: Lang, zh: &'a str, en: &'a str) -> &'a str {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// `text` for a page in `page`'s language, with each run of Chinese in an English page marked
/// `lang="zh-CN"` (labels such as "New specialised and innovative (专精特新) SMEs", notes naming
/// 北留镇), so that a voice reads each run in its own language.
pub fn marked(text: &str, page: Lang) -> yew::Html {
    use yew::html;
    if page == Lang::Zh {
        return html! { { text.to_string() } };
    }
    let cjk = |c: char| matches!(c, '\u{2E80}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}' | '“' | '”');
    let mut runs: Vec<(bool, String)> = Vec::new();
    for c in text.chars() {
        let is = cjk(c);
        match runs.last_mut() {
            Some((k, s)) if *k == is => s.push(c),
            _ => runs.push((is, c.to_string())),
        }
    }
    runs.into_iter()
        .map(|(is, s)| if is { html! { <span lang="zh-CN">{ s }</span> } } else { html! { { s } } })
        .collect()
}
