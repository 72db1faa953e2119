// One evaluation per command, from named text inputs to the command's JSON
// output (exactly what `--format json` prints). Used by `hdpolicy test` to
// run the YAML policy cases; input errors throw InputError as on the CLI.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <utility>
#include <vector>

#include "hdpolicy/lang.hpp"
#include "hdpolicy/policy_set.hpp"

namespace hdpolicy {

// Input names are the CLI option names without dashes, with underscores:
// premium, high_tech_year, received (as "CAP=AMOUNT[,CAP=AMOUNT]") ...
using CaseInput = std::vector<std::pair<std::string, std::string>>;

nlohmann::ordered_json run_subsidy_case(const PolicySet& set, const CaseInput& input, Lang lang);   // subsidy_case.cpp
nlohmann::ordered_json run_hiring_case(const PolicySet& set, const CaseInput& input, Lang lang);    // hiring_case.cpp
nlohmann::ordered_json run_deadline_case(const PolicySet& set, const CaseInput& input, Lang lang);  // deadline_case.cpp
// eval: input "policy" names a document of declared shape, the rest its facts.
nlohmann::ordered_json run_eval_case(const PolicySet& set, const CaseInput& input, Lang lang);  // benefit_case.cpp
// workdays: input "op" is add|between|is|list, with date/n or from/to.
nlohmann::ordered_json run_workdays_case(const PolicySet& set, const CaseInput& input, Lang lang);  // workdays_case.cpp

}  // namespace hdpolicy
