//! The charts of the app, in the order the views show them, and the ids of charts that went.
//!
//! Every chart keeps the like-with-like rule of the module doc (tested); its form follows the
//! data: pairs for a result and its target, progress for a multi-year goal, shares against their
//! own whole, big numbers for counts of different things, bars only for like figures.

use super::{ChartDef, Item, Kind, Labels, Order, Pair, View};
use report::Sector;

const SOURCE: (&str, &str) = (
    "来源：2024年晋城市政府工作报告",
    "Source: Jincheng government work report 2024",
);
const SOURCE_DERIVED: (&str, &str) = (
    "来源：2024年晋城市政府工作报告；虚线标记为据报告数字推算的值",
    "Source: Jincheng government work report 2024; dashed marks are implied by the report's figures",
);

const fn item(figure: &'static str) -> Item {
    Item { figure, count: None }
}

const fn counted(figure: &'static str, count: &'static str) -> Item {
    Item {
        figure,
        count: Some(count),
    }
}

const fn pair(actual: &'static str, target: &'static str) -> Pair {
    Pair {
        actual,
        target,
        both_labels: false,
    }
}

/// A pair whose two labels differ in substance (public kindergartens against all
/// kindergartens), so the row shows the target's own label too.
const fn pair_labelled(actual: &'static str, target: &'static str) -> Pair {
    Pair {
        actual,
        target,
        both_labels: true,
    }
}

/// Ids that no longer name a chart of their own, and the chart that now shows their figures.
pub(super) static ALIASES: &[(&str, &str)] = &[
    // Coal output 2023 → 2024 is a result and its target: a row of the energy pairs.
    ("energy-coal-output", "energy-coal"),
];

pub(super) static CHARTS: &[ChartDef] = &[
    ChartDef {
        id: "compare-results-targets",
        view: View::Compare,
        sector: None,
        title: ("2023年实绩与2024年目标", "2023 results and 2024 targets"),
        source: SOURCE_DERIVED,
        kind: Kind::Pairs {
            rows: &[
                pair_labelled("gdp-2023", "gdp-2024-implied"),
                pair("gdp-growth-2023", "gdp-growth-2024"),
                pair("coal-output-2023", "coal-output-2024"),
                pair("advanced-capacity-share-2023", "advanced-capacity-share-2024"),
                pair("grain-area-2023", "grain-area-2024"),
                pair("grain-output-2023", "grain-output-2024"),
                pair("high-tech-firms-2023", "high-tech-firms-2024"),
                pair_labelled("schools-built-2023", "schools-built-2024"),
                pair(
                    "villages-collective-income-300k-share-2023",
                    "villages-collective-income-300k-share-2024",
                ),
                pair(
                    "villages-collective-income-500k-share-2023",
                    "villages-collective-income-500k-share-2024",
                ),
                pair(
                    "villages-collective-income-1m-share-2023",
                    "villages-collective-income-1m-share-2024",
                ),
                pair("collective-economy-models-2023", "collective-economy-models-2024"),
                pair("farmer-linkage-mechanisms-2023", "farmer-linkage-mechanisms-2024"),
                pair("livelihood-projects-2023", "livelihood-projects-2024"),
            ],
        },
    },
    ChartDef {
        id: "targets-growth-2024",
        view: View::Compare,
        sector: None,
        title: ("2024年增长目标（%）", "Growth targets for 2024 (%)"),
        source: SOURCE,
        kind: Kind::Bars {
            items: &[
                item("gdp-growth-2024"),
                item("fixed-investment-growth-2024"),
                item("retail-sales-growth-2024"),
                item("services-value-added-growth-2024"),
                item("industrial-value-added-growth-2024"),
                item("dev-zone-industrial-value-added-growth-2024"),
                item("agri-leading-firms-revenue-growth-2024"),
                item("specialist-town-revenue-growth-2024"),
            ],
            order: Order::Descending,
            labels: Labels::Figure,
        },
    },
    ChartDef {
        id: "targets-limits-2024",
        view: View::Compare,
        sector: None,
        title: ("2024年控制目标与就业目标", "Limits and jobs: the other targets for 2024"),
        source: SOURCE,
        kind: Kind::Numbers {
            items: &["cpi-growth-2024", "urban-new-jobs-2024"],
        },
    },
    ChartDef {
        id: "gdp-level",
        view: View::Sectors,
        sector: Some(Sector::Economy),
        title: ("地区生产总值：2022–2024年", "Gross domestic product, 2022–2024"),
        source: SOURCE_DERIVED,
        kind: Kind::Bars {
            items: &[item("gdp-2022"), item("gdp-2023"), item("gdp-2024-implied")],
            order: Order::AsListed,
            labels: Labels::Period,
        },
    },
    ChartDef {
        id: "energy-coal",
        view: View::Sectors,
        sector: Some(Sector::Energy),
        title: ("煤炭：产量与先进产能", "Coal: output and advanced capacity"),
        source: SOURCE,
        kind: Kind::Pairs {
            rows: &[
                pair("coal-output-2023", "coal-output-2024"),
                pair("advanced-capacity-share-2023", "advanced-capacity-share-2024"),
            ],
        },
    },
    ChartDef {
        id: "energy-shares",
        view: View::Sectors,
        sector: Some(Sector::Energy),
        title: (
            "先进产能与清洁能源占比",
            "Advanced coal capacity and clean power, shares",
        ),
        source: SOURCE,
        kind: Kind::Shares {
            items: &[
                "advanced-capacity-share-2023",
                "advanced-capacity-share-2024",
                "clean-energy-capacity-share-2024",
            ],
        },
    },
    ChartDef {
        id: "energy-projects-2024",
        view: View::Sectors,
        sector: Some(Sector::Energy),
        title: ("2024年煤矿与煤层气项目", "Mines and coal-bed methane projects for 2024"),
        source: SOURCE,
        kind: Kind::Numbers {
            items: &[
                "smart-mines-built-2024",
                "cbm-surface-projects-2024",
                "coal-mines-to-start-production-2024",
            ],
        },
    },
    ChartDef {
        id: "optomechatronics-output",
        view: View::Sectors,
        sector: Some(Sector::Industry),
        title: (
            "光机电产业产值：“3年500亿”到“5年1000亿”",
            "Optomechatronics output: 50 billion in three years, 100 billion in five",
        ),
        source: SOURCE,
        kind: Kind::Progress {
            goal: "optomechatronics-output-target-2028",
            done: "optomechatronics-output-2023",
            remaining: None,
        },
    },
    ChartDef {
        id: "industry-base-2023",
        view: View::Sectors,
        sector: Some(Sector::Industry),
        title: ("2023年的工业企业", "Industrial firms in 2023"),
        source: SOURCE,
        kind: Kind::Numbers {
            items: &[
                "industrial-enterprises-2023",
                "industrial-enterprises-growth-three-years-2023",
                "high-tech-firms-growth-2023",
            ],
        },
    },
    ChartDef {
        id: "industry-firms",
        view: View::Sectors,
        sector: Some(Sector::Industry),
        title: ("2024年培育的新企业（家）", "New firms to foster in 2024"),
        source: SOURCE,
        kind: Kind::Bars {
            items: &[
                item("tech-smes-registered-2024"),
                item("new-innovative-smes-2024"),
                item("new-industrial-enterprises-2024"),
                item("integration-certified-firms-2024"),
                item("new-specialised-smes-2024"),
                item("new-joint-stock-conversions-2024"),
            ],
            order: Order::Descending,
            labels: Labels::Figure,
        },
    },
    ChartDef {
        id: "high-tech-firms",
        view: View::Sectors,
        sector: Some(Sector::Innovation),
        title: ("高新技术企业：2022–2024年", "High-tech enterprises, 2022–2024"),
        source: SOURCE_DERIVED,
        kind: Kind::Bars {
            items: &[
                item("high-tech-firms-2022"),
                item("high-tech-firms-2023"),
                item("high-tech-firms-2024"),
            ],
            order: Order::AsListed,
            labels: Labels::Period,
        },
    },
    ChartDef {
        id: "investment-planned-2023",
        view: View::Sectors,
        sector: Some(Sector::Investment),
        title: ("2023年谋划的项目", "Projects planned in 2023"),
        source: SOURCE,
        kind: Kind::Numbers {
            items: &[
                "major-projects-planned-investment-2023",
                "major-projects-planned-2023",
                "rural-key-projects-investment-2023",
                "rural-key-projects-2023",
            ],
        },
    },
    ChartDef {
        id: "investment-programmes",
        view: View::Sectors,
        sector: Some(Sector::Investment),
        title: (
            "2024年项目群总投资与项目数",
            "Investment programmes for 2024: total investment and number of projects",
        ),
        source: SOURCE,
        kind: Kind::Bars {
            items: &[
                counted("industry-chain-projects-investment", "industry-chain-projects"),
                counted(
                    "service-flagship-projects-investment-2024",
                    "service-flagship-projects-2024",
                ),
                counted("agri-projects-investment", "agri-projects"),
                counted("specialist-town-projects-investment", "specialist-town-projects"),
                counted("sponge-city-investment", "sponge-city-projects"),
            ],
            order: Order::Descending,
            labels: Labels::Figure,
        },
    },
    ChartDef {
        id: "investment-annual-2024",
        view: View::Sectors,
        sector: Some(Sector::Investment),
        title: ("2024年度投资计划", "Investment planned for 2024"),
        source: SOURCE,
        kind: Kind::Numbers {
            items: &[
                "project-plan-investment-2024",
                "construction-projects-2024",
                "danhe-new-town-investment-2024",
                "danhe-new-town-projects-2024",
            ],
        },
    },
    ChartDef {
        id: "tourism-upgrades-2024",
        view: View::Sectors,
        sector: Some(Sector::Tourism),
        title: ("2024年文旅提档升级", "Tourism upgrades planned for 2024"),
        source: SOURCE,
        kind: Kind::Numbers {
            items: &[
                "upgraded-boutique-homestays-2024",
                "upgraded-featured-hotels-2024",
                "night-economy-zones-2024",
                "upgraded-food-streets-2024",
                "new-wellness-villages-2024",
                "taihang-one-showcase-areas-upgraded",
            ],
        },
    },
    ChartDef {
        id: "agriculture-land",
        view: View::Sectors,
        sector: Some(Sector::Agriculture),
        title: ("粮食：播种面积与产量", "Grain: sown area and output"),
        source: SOURCE,
        kind: Kind::Pairs {
            rows: &[
                pair("grain-area-2023", "grain-area-2024"),
                pair("grain-output-2023", "grain-output-2024"),
            ],
        },
    },
    ChartDef {
        id: "agriculture-works-2024",
        view: View::Sectors,
        sector: Some(Sector::Agriculture),
        title: ("2024年的农田、道路与农村改厕", "Farmland, roads and rural toilets in 2024"),
        source: SOURCE,
        kind: Kind::Numbers {
            items: &[
                "high-standard-farmland-2024",
                "rural-roads-built-2024",
                "rural-toilets-rebuilt-2024",
                "agri-whole-industry-chains",
            ],
        },
    },
    ChartDef {
        id: "agriculture-villages",
        view: View::Sectors,
        sector: Some(Sector::Agriculture),
        title: (
            "示范带覆盖与提档升级的村",
            "Villages reached by the belts, upgraded and showcased",
        ),
        source: SOURCE,
        kind: Kind::Numbers {
            items: &[
                "taihang-belt-villages-2023",
                "qinhe-belt-villages-2023",
                "villages-upgraded-per-year",
                "model-villages-per-year",
            ],
        },
    },
    ChartDef {
        id: "urban-construction-campaign",
        view: View::Sectors,
        sector: Some(Sector::Urban),
        title: (
            "城市建设三年行动投资",
            "Three-year urban construction campaign: investment",
        ),
        source: SOURCE_DERIVED,
        kind: Kind::Progress {
            goal: "urban-construction-action-planned-investment-2023",
            done: "urban-construction-action-investment-completed-2023",
            remaining: Some("urban-construction-action-remaining-2023"),
        },
    },
    ChartDef {
        id: "environment-tasks-2024",
        view: View::Sectors,
        sector: Some(Sector::Environment),
        title: ("2024年污染治理任务", "Pollution control tasks for 2024"),
        source: SOURCE,
        kind: Kind::Numbers {
            items: &[
                "gasifiers-phased-out-2024",
                "black-smelly-water-bodies-treated",
                "sewage-outfalls-monitored",
                "polluting-firms-closed-2024",
            ],
        },
    },
    ChartDef {
        id: "environment-land-2023",
        view: View::Sectors,
        sector: Some(Sector::Environment),
        title: (
            "2023年绿化造林与矿山修复面积",
            "Land afforested and mines restored in 2023",
        ),
        source: SOURCE,
        kind: Kind::Bars {
            items: &[item("afforestation-area-2023"), item("mine-restoration-area-2023")],
            order: Order::Descending,
            labels: Labels::Figure,
        },
    },
    ChartDef {
        id: "livelihood-jobs-talent",
        view: View::Sectors,
        sector: Some(Sector::Livelihood),
        title: ("就业与人才", "Jobs and skilled people"),
        source: SOURCE,
        kind: Kind::Numbers {
            items: &[
                "urban-new-jobs-2024",
                "taihang-belt-returnees-2023",
                "talent-attracted-cumulative-2023",
            ],
        },
    },
    ChartDef {
        id: "livelihood-schools",
        view: View::Sectors,
        sector: Some(Sector::Livelihood),
        title: ("学校与幼儿园建设", "Schools and kindergartens built"),
        source: SOURCE,
        kind: Kind::Numbers {
            items: &[
                "schools-built-2023",
                "schools-built-2024",
                "public-kindergartens-built-2023",
                "kindergartens-built-2024",
                "school-campuses-upgraded-2023",
            ],
        },
    },
    ChartDef {
        id: "livelihood-health-culture",
        view: View::Sectors,
        sector: Some(Sector::Livelihood),
        title: ("医疗与文化", "Health and culture"),
        source: SOURCE,
        kind: Kind::Numbers {
            items: &[
                "medical-insurance-stations-2023",
                "medical-talent-recruited-2023",
                "museums-built-2024",
            ],
        },
    },
];
