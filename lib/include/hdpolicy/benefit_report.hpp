// Presenting a result of the generic evaluator (benefit.hpp). Its outputs
// are declared once, in kBenefitOutputs: the JSON key, the CSV column and
// the zh/en label of each; one view of a result (BenefitView) holds their
// values, and every renderer (text, JSON, a batch row) reads that view.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <array>
#include <string>
#include <vector>

#include "hdpolicy/benefit.hpp"
#include "hdpolicy/lang.hpp"
#include "hdpolicy/policy_set.hpp"
#include "hdpolicy/report.hpp"

namespace hdpolicy {

enum class OutputKind : std::uint8_t { YesNo, Money, Text, Year };

struct BenefitOutput {
  std::string_view key;  // JSON key and CSV column
  OutputKind kind;
  Bilingual label;  // in text output
};

inline constexpr BenefitOutput kBenefitOutputs[] = {
    {"eligible", OutputKind::YesNo, {"是否符合条件", "Eligible"}},
    {"amount", OutputKind::Money, {"金额", "Amount"}},
    {"rule", OutputKind::Text, {"规则", "Rule"}},
    {"article", OutputKind::Text, {"条款", "Article"}},
    {"capped_by", OutputKind::Text, {"封顶限额", "Capped by"}},
    {"payee", OutputKind::Text, {"收款方", "Payee"}},
    {"payable_year", OutputKind::Year, {"兑现年度", "Payable year"}},
};
inline constexpr std::size_t kBenefitOutputCount = std::size(kBenefitOutputs);
// The place of each output in kBenefitOutputs and in BenefitView::values.
enum BenefitOut : std::size_t {
  kOutEligible,
  kOutAmount,
  kOutRule,
  kOutArticle,
  kOutCappedBy,
  kOutPayee,
  kOutPayableYear
};

// One view of a result: per output its value in machine form ("" is none:
// null in JSON, an empty cell in CSV), and the words around it.
// A text of the view worded from what its key names alone (a rule's reason,
// an assumption over the facts not given), kept from row to row.
struct BenefitMemo {
  const void* policy = nullptr;
  std::uint64_t what = 0;    // which text: its kind, rule, limit or condition, style and language
  std::uint64_t detail = 0;  // what else it reads (the facts not given, a value)
  std::string text;
};

struct BenefitView {
  std::array<std::string, kBenefitOutputCount> values;
  std::string rule_name;  // the chosen rule's name, in the view's language
  std::vector<std::string> assumptions;
  std::vector<std::string> reasons;  // why each rule gives nothing, when none is eligible
  std::vector<ExplainStep> steps;
  // Not part of the answer: texts a batch would otherwise word anew on every
  // row (fmt and the condition describer cost more than the rest of a row).
  std::vector<BenefitMemo> memo;
};

// `steps`: also the explanation (a batch row has no use for it).
BenefitView benefit_view(const PolicySet& set, const BenefitPolicy& policy, const BenefitClaim& claim,
                         const BenefitResult& result, FieldStyle style, Lang lang, bool steps = true);
// The same into `view`, reusing its storage (a batch, row after row).
void fill_benefit_view(const PolicySet& set, const BenefitPolicy& policy, const BenefitClaim& claim,
                       const BenefitResult& result, FieldStyle style, Lang lang, bool steps, BenefitView& view);

// The JSON of `hdpolicy eval --format json` (and of its test cases).
nlohmann::ordered_json benefit_json(const PolicySet& set, const BenefitPolicy& policy, const BenefitView& view,
                                    bool explain);
// What `hdpolicy eval` prints for a person.
std::string benefit_text(const PolicySet& set, const BenefitPolicy& policy, const BenefitView& view, Lang lang,
                         bool explain);

// The words of one assumption, as the view gives them: condition `id`
// assumed to hold; limit `limit` of rule `rule` (all levels) run without
// what other levels paid. For a contract that words the rest itself.
std::string benefit_condition_assumption(const PolicySet& set, const BenefitPolicy& policy, const BenefitClaim& claim,
                                         std::uint16_t id, FieldStyle style, Lang lang);
std::string benefit_other_levels_assumption(const PolicySet& set, const BenefitPolicy& policy,
                                            const BenefitClaim& claim, std::size_t rule, std::size_t limit,
                                            FieldStyle style, Lang lang);

struct BenefitPlan;
// `hdpolicy plan POLICY`: per claim the plan's rule and the one-by-one
// choice, the totals and the gain; with `explain`, each claim's steps.
std::string benefit_plan_text(const PolicySet& set, const BenefitPolicy& policy, const BenefitPlan& plan, Lang lang,
                              bool explain);
nlohmann::ordered_json benefit_plan_json(const PolicySet& set, const BenefitPolicy& policy, const BenefitPlan& plan,
                                         Lang lang, bool explain);

}  // namespace hdpolicy
