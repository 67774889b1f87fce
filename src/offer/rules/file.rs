//! The rules file as NGO staff write it: every section and field, with unknown ones refused
//! (`deny_unknown_fields`). Validation into the model is in the parent module.

use serde::Deserialize;
use serde_saphyr::Spanned;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RulesFile {
    pub(super) risk: RiskFile,
    #[serde(default)]
    pub(super) salary_periods: Option<PeriodsFile>,
    #[serde(default)]
    pub(super) too_good_factor: Option<Spanned<f64>>,
    #[serde(default)]
    pub(super) currencies: Vec<CurrencyFile>,
    #[serde(default)]
    pub(super) destinations: Vec<DestinationFile>,
    #[serde(default)]
    pub(super) salaries: Vec<SalaryFile>,
    #[serde(default)]
    pub(super) derived: DerivedFile,
    #[serde(default)]
    pub(super) words: Vec<WordsFile>,
    #[serde(default)]
    pub(super) caution: Option<PatternsFile>,
    #[serde(default)]
    pub(super) polarity: Option<PolarityFile>,
    #[serde(default)]
    pub(super) green: Vec<GreenFile>,
    pub(super) rules: Vec<RuleFile>,
    #[serde(default)]
    pub(super) combos: Vec<ComboFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RiskFile {
    pub(super) medium: Spanned<u32>,
    pub(super) high: Spanned<u32>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PeriodsFile {
    pub(super) week: Spanned<f64>,
    pub(super) day: Spanned<f64>,
    pub(super) hour: Spanned<f64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CurrencyFile {
    pub(super) code: Spanned<String>,
    pub(super) names: Vec<Spanned<String>>,
    #[serde(default)]
    pub(super) usd: Option<Spanned<f64>>,
    #[serde(default)]
    pub(super) date: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) source: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WordsFile {
    pub(super) id: Spanned<String>,
    #[serde(default)]
    pub(super) uz: Vec<Spanned<String>>,
    #[serde(default)]
    pub(super) ru: Vec<Spanned<String>>,
    #[serde(default)]
    pub(super) kaa: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct DestinationFile {
    pub(super) id: Spanned<String>,
    #[serde(default)]
    pub(super) groups: Vec<Spanned<String>>,
    pub(super) names: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct MoneyFile {
    pub(super) amount: Spanned<f64>,
    pub(super) currency: Spanned<String>,
    pub(super) period: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RangeFile {
    pub(super) min: Spanned<f64>,
    pub(super) max: Spanned<f64>,
    pub(super) currency: Spanned<String>,
    pub(super) period: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SalaryFile {
    pub(super) destination: Spanned<String>,
    #[serde(default)]
    pub(super) sector: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) typical: Option<RangeFile>,
    #[serde(default)]
    pub(super) too_good: Option<MoneyFile>,
    #[serde(default)]
    pub(super) reference: Option<MoneyFile>,
    #[serde(default)]
    pub(super) factor: Option<Spanned<f64>>,
    #[serde(default)]
    pub(super) label: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) cite: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) to_fill: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) source: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) date: Option<Spanned<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct DerivedFile {
    #[serde(default)]
    pub(super) salary_too_high: Option<FlagFile>,
    #[serde(default)]
    pub(super) advance_payment: Option<FlagFile>,
    #[serde(default)]
    pub(super) fee_amount: Option<FlagFile>,
    #[serde(default)]
    pub(super) agency_revoked: Option<FlagFile>,
    #[serde(default)]
    pub(super) agency_suspended: Option<FlagFile>,
    #[serde(default)]
    pub(super) agency_unknown: Option<FlagFile>,
    #[serde(default)]
    pub(super) agency_no_local_representatives: Option<FlagFile>,
    #[serde(default)]
    pub(super) reported_contact: Option<FlagFile>,
    #[serde(default)]
    pub(super) messenger_only_contacts: Option<FlagFile>,
    #[serde(default)]
    pub(super) agency_not_listed: Option<FlagFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FlagFile {
    pub(super) category: Spanned<String>,
    pub(super) weight: Spanned<u32>,
    pub(super) explain: Spanned<String>,
    pub(super) advice: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PatternsFile {
    #[serde(default)]
    pub(super) uz: Vec<Spanned<String>>,
    #[serde(default)]
    pub(super) ru: Vec<Spanned<String>>,
    #[serde(default)]
    pub(super) kaa: Vec<Spanned<String>>,
}

/// Words that turn a phrase around ("no", "without", the Uzbek -ma- verb forms).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PolarityFile {
    pub(super) window: Spanned<u32>,
    pub(super) before: PatternsFile,
    pub(super) after: PatternsFile,
    #[serde(default)]
    pub(super) suffixes: Option<SuffixesFile>,
    #[serde(default)]
    pub(super) not: Option<PatternsFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SuffixesFile {
    #[serde(default)]
    pub(super) uz: Vec<Spanned<String>>,
    #[serde(default)]
    pub(super) kaa: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct GreenFile {
    pub(super) id: Spanned<String>,
    pub(super) weight: Spanned<u32>,
    pub(super) text: Spanned<String>,
    #[serde(default)]
    pub(super) patterns: Option<PatternsFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RuleFile {
    pub(super) id: Spanned<String>,
    pub(super) category: Spanned<String>,
    pub(super) weight: Spanned<u32>,
    pub(super) explain: Spanned<String>,
    pub(super) advice: Spanned<String>,
    pub(super) patterns: PatternsFile,
    #[serde(default)]
    pub(super) except: Option<PatternsFile>,
    #[serde(default)]
    pub(super) negated: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ComboFile {
    pub(super) id: Spanned<String>,
    pub(super) category: Spanned<String>,
    pub(super) weight: Spanned<u32>,
    pub(super) all: Vec<Spanned<String>>,
    pub(super) explain: Spanned<String>,
    pub(super) advice: Spanned<String>,
}
