// The inputs of a premium-subsidy claim, each declared once: the option,
// column and test-case key, kind, words and need of every input derive from
// its row here. To add a fact: a row at the end, then a condition on it in
// the policy YAML (ARCHITECTURE.md, "Adding a fact").
#include <iterator>

#include "hdpolicy/subsidy_policy.hpp"

namespace hdpolicy {
namespace {

constexpr InputDef kRows[] = {
    // Batch keys: columns only.
    {.id = "id",
     .option = "",
     .kind = FactKind::Key,
     .label = {"申报编号", "application ID"},
     .help = {"申报编号", "Application ID, shown in the batch summary"},
     .role = InputRole::Claim,
     .need = Need::Column,
     .where = kInColumn},
    {.id = "enterprise_id",
     .option = "",
     .kind = FactKind::Key,
     .label = {"企业编号", "enterprise ID"},
     .help = {"企业编号(年度上限按企业累计)", "Enterprise ID: annual caps are counted per enterprise"},
     .role = InputRole::Claim,
     .need = Need::Required,
     .where = kInColumn,
     .what = "annual caps are counted per enterprise"},
    // The claim: what the mechanism reads.
    {.id = "type",
     .option = "--type",
     .kind = FactKind::Choice,
     .label = {"保险类型", "insurance type"},
     .help = {"保险类型ID或中文名称(见 hdpolicy policies)",
              "Insurance type ID or Chinese name (see 'hdpolicy policies')"},
     .role = InputRole::Claim,
     .need = Need::Required,
     .choices = Choices::SubsidyTypes},
    {.id = "premium",
     .option = "--premium",
     .kind = FactKind::Money,
     .label = {"实缴保费", "premium paid"},
     .help = {"实际缴纳的保费,单位元(如 80000 或 80000.50)", "Premium actually paid, in yuan (e.g. 80000 or 80000.50)"},
     .role = InputRole::Claim,
     .need = Need::Required,
     .what = "the premium paid, in yuan (e.g. 80000)"},
    {.id = "date",
     .option = "--date",
     .kind = FactKind::Date,
     .label = {"申报日期", "claim date"},
     .help = {"申报日期 YYYY-MM-DD(默认:北京时间今天)", "Claim date YYYY-MM-DD (default: today in Beijing)"},
     .role = InputRole::Claim,
     .need = Need::TodayOnCli,
     .what = "the claim date, YYYY-MM-DD"},
    // Facts, in the order of SubsidyClaim::facts.
    {.id = "industry",
     .option = "--industry",
     .kind = FactKind::Choice,
     .label = {"所属产业", "industry"},
     .help = {"重点产业ID或中文名称,或 other(其他):已知不属于任何重点产业",
              "Key industry ID or Chinese name, or other (其他): known to be in none of them"},
     .choices = Choices::Industries},
    {.id = "employees",
     .option = "--employees",
     .kind = FactKind::Count,
     .label = {"从业人员", "number of employees"},
     .unit = {"人", ""},
     .help = {"从业人员人数", "Number of employees"}},
    {.id = "revenue",
     .option = "--revenue",
     .kind = FactKind::Money,
     .label = {"年营收", "annual revenue"},
     .help = {"年营业收入,单位元", "Annual revenue in yuan"}},
    {.id = "high_tech_year",
     .option = "--high-tech-year",
     .kind = FactKind::Year,
     .label = {"国家高新技术企业认定或复核年度", "high-tech certification year"},
     .help = {"国家高新技术企业认定或复核通过的年度", "Year of national high-tech certification or re-certification"}},
    {.id = "specialized",
     .option = "--specialized",
     .kind = FactKind::YesNo,
     .label = {"\"专精特新\"企业", "专精特新 status"},
     .help = {"是否\"专精特新\"企业:yes 或 no", "专精特新 enterprise: yes or no"}},
    {.id = "upper_subsidy",
     .option = "--upper-subsidy",
     .kind = FactKind::Money,
     .label = {"国家级、市级补贴", "national and municipal subsidy"},
     .help = {"该笔保费已获国家级、市级补贴,单位元", "National and municipal subsidy for this premium, in yuan"}},
    {.id = "support_years_used",
     .option = "--support-years-used",
     .kind = FactKind::Count,
     .label = {"已获统保支持年限", "number of years of inclusive support already received"},
     .unit = {"年", ""},
     .help = {"已获普惠型统保支持的年数", "Years of inclusive support already received"}},
#ifdef HDPOLICY_EXTRA_SUBSIDY_INPUTS
#include HDPOLICY_EXTRA_SUBSIDY_INPUTS
#endif
};

constexpr std::size_t kRowCount = std::size(kRows);

constexpr bool rows_in_place() {
  for (std::size_t i = 0; i < kRowCount; ++i)
    if ((i < kSubsidyFirstFact) != (kRows[i].role == InputRole::Claim)) return false;
  return kRows[kSubsidyId].id == "id" && kRows[kSubsidyEnterprise].id == "enterprise_id" &&
         kRows[kSubsidyType].id == "type" && kRows[kSubsidyPremium].id == "premium" &&
         kRows[kSubsidyDate].id == "date" && kRows[kSubsidyFirstFact + std::size_t{kFactIndustry}].id == "industry" &&
         kRows[kSubsidyFirstFact + std::size_t{kFactUpperSubsidy}].id == "upper_subsidy";
}
static_assert(rows_in_place(), "the claim's rows come first, at the positions SubsidyInput names, then the facts");
static_assert(kRowCount - kSubsidyFirstFact <= kMaxSubsidyFacts, "more facts than kMaxSubsidyFacts: raise it");
static_assert(kRowCount <= kMaxInputs, "more rows than kMaxInputs: raise it");

}  // namespace

std::span<const InputDef> subsidy_inputs() { return kRows; }
std::span<const InputDef> subsidy_facts() { return std::span<const InputDef>(kRows).subspan(kSubsidyFirstFact); }

}  // namespace hdpolicy
