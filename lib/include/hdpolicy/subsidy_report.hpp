// Presenting a subsidy result: the JSON contract, plain text, and the
// step-by-step explanation citing each article, in English or Chinese.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <span>
#include <string>
#include <vector>

#include "hdpolicy/input.hpp"
#include "hdpolicy/lang.hpp"
#include "hdpolicy/report.hpp"
#include "hdpolicy/subsidy.hpp"

namespace hdpolicy {

std::vector<ExplainStep> explain_subsidy(const PolicySet& set, const SubsidyClaim& claim, const SubsidyResult& result,
                                         std::span<const Money> used, Lang lang);
// Each assumption the answer rests on, naming inputs as options or (batch) columns.
std::vector<std::string> subsidy_assumptions(const PolicySet& set, const SubsidyClaim& claim,
                                             const SubsidyResult& result, Lang lang,
                                             FieldStyle style = FieldStyle::Option);
std::vector<std::string> subsidy_reasons(const PolicySet& set, const SubsidyClaim& claim, const SubsidyResult& result,
                                         Lang lang);
// Why one candidate rule pays what it pays, or does not apply (one of subsidy_reasons).
std::string subsidy_outcome_reason(const PolicySet& set, const SubsidyClaim& claim, const RuleOutcome& outcome,
                                   Lang lang);

// {"eligible", "subsidy", "article", "rate", "capped_by", "payee", "payable_year",
//  "assumptions", "reasons", "alternatives", "policy", ...}: never rename these.
nlohmann::ordered_json subsidy_json(const PolicySet& set, const SubsidyClaim& claim, const SubsidyResult& result,
                                    std::span<const Money> used, Lang lang, bool explain);

std::string subsidy_text(const PolicySet& set, const SubsidyClaim& claim, const SubsidyResult& result,
                         std::span<const Money> used, Lang lang, bool explain);

}  // namespace hdpolicy
