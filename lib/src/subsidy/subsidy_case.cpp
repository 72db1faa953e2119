#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "hdpolicy/case_runner.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/subsidy.hpp"
#include "hdpolicy/subsidy_report.hpp"

namespace hdpolicy {

nlohmann::ordered_json run_subsidy_case(const PolicySet& set, const CaseInput& input, Lang lang) {
  SubsidyFields f;
  std::vector<std::string> received;  // CAP_ID=AMOUNT items, judged together by parse_received
  bool strict = false;
  for (const auto& [key, value] : input) {
    std::string_view v = value;
    if (key == "type") f.type = v;
    else if (key == "premium") f.premium = v;
    else if (key == "date") f.date = v;
    else if (key == "industry") f.industry = v;
    else if (key == "employees") f.employees = v;
    else if (key == "revenue") f.revenue = v;
    else if (key == "high_tech_year") f.high_tech_year = v;
    else if (key == "specialized") f.specialized = v;
    else if (key == "upper_subsidy") f.upper_subsidy = v;
    else if (key == "support_years_used") f.support_years_used = v;
    else if (key == "strict") strict = input_yes_no(v, "strict", FieldStyle::Column);
    else if (key == "received") {
      std::size_t start = 0;
      while (start <= value.size()) {
        std::size_t comma = value.find(',', start);
        received.push_back(value.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
        if (comma == std::string::npos) break;
        start = comma + 1;
      }
    } else {
      throw bad_value("input", key, "type, premium, date, industry, employees, revenue, high_tech_year, specialized, "
                                    "upper_subsidy, support_years_used, received, strict");
    }
  }
  if (f.date.empty()) throw InputError("date: required in a policy test case, so the case does not depend on today");
  SubsidyClaim claim = parse_subsidy_claim(set, f, Date{}, FieldStyle::Column);
  std::vector<Money> used = parse_received(set.subsidy, received, FieldStyle::Column);
  SubsidyResult result = evaluate_subsidy(set, claim, used);
  if (strict) refuse_assumptions(subsidy_assumptions(set, claim, result, lang));
  return subsidy_json(set, claim, result, used, lang, false);
}

}  // namespace hdpolicy
