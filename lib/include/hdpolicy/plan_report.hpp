// Presenting a plan (plan.hpp): the table a finance officer pastes into a
// report, the JSON contract, and the assignment step by step citing each
// article, in English or Chinese; with no product, every type's view.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <span>
#include <string>
#include <vector>

#include "hdpolicy/lang.hpp"
#include "hdpolicy/plan.hpp"
#include "hdpolicy/report.hpp"

namespace hdpolicy {

struct PlanView {
  const PolicySet& set;
  const SubsidyClaim& enterprise;  // the date and the enterprise's facts
  const Portfolio& portfolio;
  const Plan& plan;
  std::span<const SubsidyResult> types;  // plan_types(), when no product is given
};

// Each assumption the plan rests on, once; the upper-level subsidy not given
// is named with the products it concerns.
std::vector<std::string> plan_assumptions(const PlanView& v, Lang lang);
std::vector<ExplainStep> explain_plan(const PlanView& v, Lang lang);

// {"date", "total", "sequential_total", "products", "caps", "types" (no
//  product given), "assumptions", "policy", ...}: never rename these.
nlohmann::ordered_json plan_json(const PlanView& v, Lang lang, bool explain);
std::string plan_text(const PlanView& v, Lang lang, bool explain);

}  // namespace hdpolicy
