//! The charts of the app, in the order the views show them.

use super::{ChartDef, Item, Kind, Labels, Order, Pair, View};
use report::Sector;

const SOURCE: (&str, &str) = (
    "来源：2024年晋城市政府工作报告",
    "Source: Jincheng government work report 2024",
);
const SOURCE_DERIVED: (&str, &str) = (
    "来源：2024年晋城市政府工作报告；虚线框为据报告数字推算的值",
    "Source: Jincheng government work report 2024; dashed bars are implied by the report's figures",
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
                pair_labelled("public-kindergartens-built-2023", "kindergartens-built-2024"),
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
                item("cpi-growth-2024"),
                item("dev-zone-industrial-value-added-growth-2024"),
                item("agri-leading-firms-revenue-growth-2024"),
                item("specialist-town-revenue-growth-2024"),
            ],
            order: Order::Descending,
            labels: Labels::Figure,
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
        id: "energy-coal-output",
        view: View::Sectors,
        sector: Some(Sector::Energy),
        title: ("煤炭产量", "Coal output"),
        source: SOURCE,
        kind: Kind::Bars {
            items: &[item("coal-output-2023"), item("coal-output-2024")],
            order: Order::AsListed,
            labels: Labels::Period,
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
        kind: Kind::Bars {
            items: &[
                item("advanced-capacity-share-2023"),
                item("advanced-capacity-share-2024"),
                item("clean-energy-capacity-share-2024"),
            ],
            order: Order::AsListed,
            labels: Labels::FigureAndPeriod,
        },
    },
    ChartDef {
        id: "energy-projects-2024",
        view: View::Sectors,
        sector: Some(Sector::Energy),
        title: (
            "2024年煤矿与煤层气项目（个数）",
            "Mines and coal-bed methane projects for 2024 (number)",
        ),
        source: SOURCE,
        kind: Kind::Bars {
            items: &[
                item("smart-mines-built-2024"),
                item("cbm-surface-projects-2024"),
                item("coal-mines-to-start-production-2024"),
            ],
            order: Order::Descending,
            labels: Labels::Figure,
        },
    },
    ChartDef {
        id: "optomechatronics-output",
        view: View::Sectors,
        sector: Some(Sector::Industry),
        title: (
            "光机电产业产值：“3年500亿”到“5年1000亿”",
            "Optics-mechatronics output: 50 billion in three years, 100 billion in five",
        ),
        source: SOURCE,
        kind: Kind::Bars {
            items: &[
                item("optomechatronics-output-2023"),
                item("optomechatronics-output-target-2028"),
            ],
            order: Order::AsListed,
            labels: Labels::Period,
        },
    },
    ChartDef {
        id: "industry-firms",
        view: View::Sectors,
        sector: Some(Sector::Industry),
        title: ("企业数量（家）", "Number of firms"),
        source: SOURCE,
        kind: Kind::Bars {
            items: &[
                item("industrial-enterprises-2023"),
                item("high-tech-firms-2023"),
                item("high-tech-firms-2024"),
                item("tech-smes-registered-2024"),
                item("new-innovative-smes-2024"),
                item("new-industrial-enterprises-2024"),
                item("integration-certified-firms-2024"),
                item("new-specialised-smes-2024"),
                item("new-joint-stock-conversions-2024"),
            ],
            order: Order::Descending,
            labels: Labels::FigureAndPeriod,
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
        id: "investment-programmes",
        view: View::Sectors,
        sector: Some(Sector::Investment),
        title: (
            "项目群总投资与项目数",
            "Investment programmes: total investment and number of projects",
        ),
        source: SOURCE,
        kind: Kind::Bars {
            items: &[
                counted("major-projects-planned-investment-2023", "major-projects-planned-2023"),
                counted("industry-chain-projects-investment", "industry-chain-projects"),
                counted("rural-key-projects-investment-2023", "rural-key-projects-2023"),
                counted("project-plan-investment-2024", "construction-projects-2024"),
                counted(
                    "service-flagship-projects-investment-2024",
                    "service-flagship-projects-2024",
                ),
                counted("agri-projects-investment", "agri-projects"),
                counted("danhe-new-town-investment-2024", "danhe-new-town-projects-2024"),
                counted("specialist-town-projects-investment", "specialist-town-projects"),
                counted("sponge-city-investment", "sponge-city-projects"),
            ],
            order: Order::Descending,
            labels: Labels::Figure,
        },
    },
    ChartDef {
        id: "tourism-upgrades-2024",
        view: View::Sectors,
        sector: Some(Sector::Tourism),
        title: (
            "2024年文旅提档升级（个数）",
            "Tourism upgrades planned for 2024 (number)",
        ),
        source: SOURCE,
        kind: Kind::Bars {
            items: &[
                item("upgraded-boutique-homestays-2024"),
                item("upgraded-featured-hotels-2024"),
                item("night-economy-zones-2024"),
                item("upgraded-food-streets-2024"),
                item("new-wellness-villages-2024"),
                item("taihang-one-showcase-areas-upgraded"),
            ],
            order: Order::Descending,
            labels: Labels::Figure,
        },
    },
    ChartDef {
        id: "agriculture-land",
        view: View::Sectors,
        sector: Some(Sector::Agriculture),
        title: (
            "粮食播种面积与高标准农田",
            "Grain sown area and new high-standard farmland",
        ),
        source: SOURCE,
        kind: Kind::Bars {
            items: &[
                item("grain-area-2023"),
                item("grain-area-2024"),
                item("high-standard-farmland-2024"),
            ],
            order: Order::AsListed,
            labels: Labels::FigureAndPeriod,
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
        kind: Kind::Bars {
            items: &[
                item("taihang-belt-villages-2023"),
                item("qinhe-belt-villages-2023"),
                item("villages-upgraded-per-year"),
                item("model-villages-per-year"),
            ],
            order: Order::Descending,
            labels: Labels::FigureAndPeriod,
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
        kind: Kind::Bars {
            items: &[
                item("urban-construction-action-planned-investment-2023"),
                item("urban-construction-action-investment-completed-2023"),
                item("urban-construction-action-remaining-2023"),
            ],
            order: Order::AsListed,
            labels: Labels::Figure,
        },
    },
    ChartDef {
        id: "environment-tasks-2024",
        view: View::Sectors,
        sector: Some(Sector::Environment),
        title: (
            "2024年污染治理任务（个数）",
            "Pollution control tasks for 2024 (number)",
        ),
        source: SOURCE,
        kind: Kind::Bars {
            items: &[
                item("gasifiers-phased-out-2024"),
                item("black-smelly-water-bodies-treated"),
                item("sewage-outfalls-monitored"),
                item("polluting-firms-closed-2024"),
            ],
            order: Order::Descending,
            labels: Labels::Figure,
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
        title: ("就业与人才（人）", "Jobs and skilled people (people)"),
        source: SOURCE,
        kind: Kind::Bars {
            items: &[
                item("taihang-belt-returnees-2023"),
                item("urban-new-jobs-2024"),
                item("talent-attracted-cumulative-2023"),
            ],
            order: Order::Descending,
            labels: Labels::FigureAndPeriod,
        },
    },
    ChartDef {
        id: "livelihood-schools",
        view: View::Sectors,
        sector: Some(Sector::Livelihood),
        title: ("学校与幼儿园建设（所）", "Schools and kindergartens built"),
        source: SOURCE,
        kind: Kind::Bars {
            items: &[
                item("schools-built-2023"),
                item("schools-built-2024"),
                item("public-kindergartens-built-2023"),
                item("kindergartens-built-2024"),
                item("school-campuses-upgraded-2023"),
            ],
            order: Order::AsListed,
            labels: Labels::FigureAndPeriod,
        },
    },
    ChartDef {
        id: "livelihood-health-culture",
        view: View::Sectors,
        sector: Some(Sector::Livelihood),
        title: ("医疗与文化（个数）", "Health and culture (number)"),
        source: SOURCE,
        kind: Kind::Bars {
            items: &[
                item("medical-insurance-stations-2023"),
                item("medical-talent-recruited-2023"),
                item("museums-built-2024"),
            ],
            order: Order::Descending,
            labels: Labels::FigureAndPeriod,
        },
    },
];
