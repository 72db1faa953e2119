// `hdpolicy test` cases for the workdays and deadline commands: the same
// JSON as `--format json`, from inputs named like the CLI's arguments.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "hdpolicy/calendar_report.hpp"
#include "hdpolicy/deadline_report.hpp"
#include "hdpolicy/case_runner.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/input_values.hpp"

namespace hdpolicy {
namespace {

const std::string* find_input(const CaseInput& input, std::string_view key) {
  for (const auto& [k, v] : input)
    if (k == key) return &v;
  return nullptr;
}

void accept_only(const CaseInput& input, std::initializer_list<std::string_view> keys, const char* what) {
  for (const auto& [k, v] : input) {
    bool ok = false;
    for (auto key : keys) ok = ok || k == key;
    if (!ok) {
      std::string accepted;
      for (auto key : keys) accepted += (accepted.empty() ? "" : ", ") + std::string(key);
      throw bad_value(fmt::format("{} input", what), k, accepted);
    }
  }
}

const std::string& required(const CaseInput& input, std::string_view key, const char* what) {
  const std::string* v = find_input(input, key);
  if (!v) throw InputError(fmt::format("{}: input '{}' is required", what, key));
  return *v;
}

Coverage coverage_of(const CaseInput& input) {
  const std::string* p = find_input(input, "provisional");
  return p && input_yes_no(*p, "provisional") ? Coverage::Provisional : Coverage::Required;
}

}  // namespace

nlohmann::ordered_json run_workdays_case(const PolicySet& set, const CaseInput& input, Lang lang) {
  const std::string& op = required(input, "op", "workdays");
  WorkdaysRequest req;
  req.coverage = coverage_of(input);
  if (op == "add") {
    accept_only(input, {"op", "date", "n", "provisional"}, "workdays add");
    req.op = WorkdaysOp::Add;
    req.date = input_date(required(input, "date", "workdays add"), "date");
    req.n = input_workday_count(required(input, "n", "workdays add"), "n");
  } else if (op == "between" || op == "list") {
    accept_only(input, {"op", "from", "to", "provisional"}, "workdays");
    req.op = op == "between" ? WorkdaysOp::Between : WorkdaysOp::List;
    req.from = input_date(required(input, "from", "workdays"), "from");
    req.to = input_date(required(input, "to", "workdays"), "to");
  } else if (op == "is") {
    accept_only(input, {"op", "date", "provisional"}, "workdays is");
    req.op = WorkdaysOp::Is;
    req.date = input_date(required(input, "date", "workdays is"), "date");
  } else {
    throw bad_value("op", op, "add, between, is or list");
  }
  return workdays_json(set.calendar, req, lang);
}

nlohmann::ordered_json run_deadline_case(const PolicySet& set, const CaseInput& input, Lang lang) {
  const auto table = deadline_inputs();
  InputTexts texts(table);
  for (const auto& [key, value] : input) {
    auto row = find_input(table, key);
    if (row && (table[*row].where & kInCase)) texts[*row] = value;
    else if (key != "provisional" && key != "explain")
      throw bad_value("deadline input", key, input_ids(table, kInCase) + ", provisional, explain");
  }
  // The rule is the only one of the rule-or-period inputs a case gives: required here.
  if (texts[kDeadlineRule].empty()) throw required("rule", accepted_values(set, table[kDeadlineRule], FieldStyle::CaseKey));
  const DeadlineRule* rule =
      &set.deadlines[static_cast<std::size_t>(*read_input(set, table, kDeadlineRule, texts[kDeadlineRule], FieldStyle::CaseKey))];
  Date from{date::days{*read_input(set, table, kDeadlineFrom, texts[kDeadlineFrom], FieldStyle::CaseKey)}};
  Coverage coverage = coverage_of(input);
  const std::string* explain = find_input(input, "explain");
  bool want_explain = explain && input_yes_no(*explain, "explain");
  DeadlineResult r = compute_deadline(set.calendar, *rule, from, coverage);
  return deadline_json(set, *rule, r, coverage, lang, want_explain);
}

}  // namespace hdpolicy
