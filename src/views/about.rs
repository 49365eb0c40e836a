use crate::hooks::use_lang;
use crate::components::downloads::downloads;
use crate::data;
use crate::i18n::{pick, t, Lang};
use yew::prelude::*;

#[function_component]
pub fn About() -> Html {
    let lang = use_lang();
    let s = t(lang);
    let length = |l: Lang| data::catalogue().map(|c| crate::model::meta::report_length(c, l)).unwrap_or_default();
    let (figures, derived) = data::catalogue()
        .map(|c| (c.figures.iter().filter(|f| !f.is_derived()).count(), c.figures.iter().filter(|f| f.is_derived()).count()))
        .unwrap_or((0, 0));
    html! {
        <div class="about prose">
            <h1>{ s.about_title }</h1>
            <h2>{ pick(lang, "来源", "Sources") }</h2>
            <ul>
                <li>{ pick(lang,
                    &format!("《2024年晋城市人民政府工作报告》全文（{}），原样收录于本应用，未作改动。", length(Lang::Zh)),
                    &format!("The full text of the 2024 Jincheng Municipal Government Work Report ({}), bundled unchanged. It is published in Chinese only; this app explains its figures in English.", length(Lang::En))) }</li>
                <li>{ pick(lang,
                    "县区边界：echarts-china-cities-pypkg 0.0.9 中的晋城市地图（MIT 许可），由 ECharts 压缩坐标解码为 GeoJSON，精度约100米。",
                    "County boundaries: the Jincheng city map of echarts-china-cities-pypkg 0.0.9 (MIT licence), decoded from ECharts' compressed coordinates into GeoJSON; precise to about 100 m.") }</li>
            </ul>
            <h2>{ pick(lang, "方法", "Method") }</h2>
            <p>{ if lang == Lang::Zh {
                format!("程序扫描全文中的每一个数字，我们逐一核对，编成{figures}个数据条目。每个条目都引用原文，构建时程序检查引文逐字存在、数值出现在引文中，且没有遗漏的数字（年份、日期和名称中的数字除外）。另有{derived}个推算数据（如由增速推算的上年基数），均标明“推算”及算法。")
            } else {
                format!("A program finds every number in the text; we checked each one and catalogued {figures} figures. Each cites the words that state it, and the build verifies that every quote is in the text verbatim, that its number is in the quote, and that no number is left out (years, dates and numbers inside names aside). {derived} more figures are derived, such as a 2022 baseline implied by a growth rate; they are marked as derived, with their formula.")
            } }</p>
            { downloads(lang) }
            <h2>{ pick(lang, "隐私", "Privacy") }</h2>
            <p>{ pick(lang, "本页不向任何第三方发出请求，不使用 Cookie，只在本机保存您的语言选择。",
                "This page makes no request to any third party and sets no cookie; it only remembers your language choice on your device.") }</p>
        </div>
    }
}
