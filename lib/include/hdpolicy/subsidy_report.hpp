// Presenting a subsidy result: the JSON contract, plain text, and the
// step-by-step explanation citing each article, in English or Chinese.
#pragma once

#include <nlohmann/json.hpp>

#include <span>
#include <string>
#include <vector>

#include "hdpolicy/condition_text.hpp"
#include "hdpolicy/lang.hpp"
#include "hdpolicy/subsidy.hpp"

namespace hdpolicy {

struct ExplainStep {
  std::string text;
  const Citation* cite = nullptr;  // points into the PolicySet
};

std::vector<ExplainStep> explain_subsidy(const PolicySet& set, const SubsidyClaim& claim, const SubsidyResult& result,
                                         std::span<const Money> used, Lang lang);
std::vector<std::string> subsidy_assumptions(const PolicySet& set, const SubsidyClaim& claim, const SubsidyResult& result, Lang lang);
std::vector<std::string> subsidy_reasons(const PolicySet& set, const SubsidyClaim& claim, const SubsidyResult& result, Lang lang);

// {"eligible", "subsidy", "article", "rate", "capped_by", "payee", "payable_year",
//  "assumptions", "reasons", "alternatives", "policy", ...}: never rename these.
nlohmann::ordered_json subsidy_json(const PolicySet& set, const SubsidyClaim& claim, const SubsidyResult& result,
                                    std::span<const Money> used, Lang lang, bool explain);

std::string subsidy_text(const PolicySet& set, const SubsidyClaim& claim, const SubsidyResult& result,
                         std::span<const Money> used, Lang lang, bool explain);

// Shared by other reports: "海金融发〔2025〕4号 第四条: 「quote」".
std::string format_citation(const Citation& c, Lang lang);

}  // namespace hdpolicy
