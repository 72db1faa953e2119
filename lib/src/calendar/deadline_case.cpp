// `hdpolicy test` cases for the deadline command: the same JSON as
// `--format json`, with the keys of the deadline input table
// (deadline_inputs.cpp) plus provisional and explain.
#include <nlohmann/json.hpp>

#include "calendar/case_values.hpp"
#include "hdpolicy/case_runner.hpp"
#include "hdpolicy/deadline_report.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/input_values.hpp"

namespace hdpolicy {

nlohmann::ordered_json run_deadline_case(const PolicySet& set, const CaseInput& input, Lang lang) {
  const auto table = deadline_inputs();
  InputTexts texts(table);
  for (const auto& [key, value] : input) {
    if (!texts.give(key, value, kInCase) && key != "provisional" && key != "explain")
      throw bad_value("deadline input", key, input_ids(table, kInCase) + ", provisional, explain");
  }
  // The rule is the only one of the rule-or-period inputs a case gives: required here.
  if (texts[kDeadlineRule].empty())
    throw required("rule", accepted_values(set, table[kDeadlineRule], FieldStyle::CaseKey));
  const DeadlineRule* rule = &set.deadlines[static_cast<std::size_t>(
      *read_input(set, table, kDeadlineRule, texts[kDeadlineRule], FieldStyle::CaseKey))];
  Date from{date::days{*read_input(set, table, kDeadlineFrom, texts[kDeadlineFrom], FieldStyle::CaseKey)}};
  Coverage coverage = coverage_of(input);
  const std::string* explain = find_case_value(input, "explain");
  bool want_explain = explain && input_yes_no(*explain, "explain");
  rule = &deadline_rule_on(set.deadlines, set.documents, *rule, from);
  DeadlineResult r = compute_deadline(set.calendar, *rule, from, coverage);
  return deadline_json(set, *rule, r, coverage, lang, want_explain);
}

}  // namespace hdpolicy
