// Presenting a hiring-subsidy result: reasons, assumptions, the step-by-step
// explanation, the JSON contract, plain text and a batch row's note, in
// English or Chinese. The wording shared with other reports (conditions,
// assumptions, steps, --strict) is the reporting module's: report.hpp.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

#include "hdpolicy/hiring.hpp"
#include "hdpolicy/lang.hpp"
#include "hdpolicy/report.hpp"

namespace hdpolicy {

std::vector<std::string> hiring_reasons(const PolicySet& set, const HiringClaim& claim, const HiringResult& result,
                                        Lang lang);
std::vector<std::string> hiring_assumptions(const PolicySet& set, const HiringClaim& claim, const HiringResult& result,
                                            Lang lang);
std::vector<ExplainStep> explain_hiring(const PolicySet& set, const HiringClaim& claim, const HiringResult& result,
                                        Lang lang);

// {"eligible", "subsidy", "category", "reasons", "assumptions", "policy", then
//  "other_categories", "age", "hire_date" (and "steps" when explain)}: never rename these.
nlohmann::ordered_json hiring_json(const PolicySet& set, const HiringClaim& claim, const HiringResult& result,
                                   Lang lang, bool explain);
std::string hiring_text(const PolicySet& set, const HiringClaim& claim, const HiringResult& result, Lang lang,
                        bool explain);
// One line for a CSV `note` column: the category, or why not, and any assumption.
std::string hiring_note(const PolicySet& set, const HiringClaim& claim, const HiringResult& result, Lang lang);

}  // namespace hdpolicy
