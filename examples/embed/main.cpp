// Evaluates one premium-subsidy claim in-process with libhdpolicy: the
// built-in policies, an R&D insurance premium of 80,000 yuan on 2025-10-01,
// and the answer in words. Prints "Subsidy: 40,000.00 yuan" first (第四条, 50%).
#include <iostream>

#include "hdpolicy/dates.hpp"
#include "hdpolicy/policy_set.hpp"
#include "hdpolicy/policy_source.hpp"
#include "hdpolicy/subsidy.hpp"
#include "hdpolicy/subsidy_policy.hpp"
#include "hdpolicy/subsidy_report.hpp"
#include "hdpolicy/version.hpp"

int main() {
  using namespace hdpolicy;
  const PolicySet set = load_policy_set(embedded_policies());  // throws PolicyLoadError

  InputTexts texts(subsidy_inputs());  // the claim as text, by input id, as the CLI gives it
  texts["type"] = "rd";
  texts["premium"] = "80000";
  texts["date"] = "2025-10-01";
  const SubsidyClaim claim = parse_subsidy_claim(set, texts, *parse_date("2025-10-01"), FieldStyle::Option);

  const SubsidyResult result = evaluate_subsidy(set, claim);
  std::cout << subsidy_text(set, claim, result, {}, Lang::En, false);
  std::cout << "(libhdpolicy " << kVersion << ")\n";
  return result.eligible() ? 0 : 1;
}
