// `hdpolicy test` cases for the workdays command: the same JSON as
// `--format json`, from inputs named like the CLI's arguments.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "calendar/case_values.hpp"
#include "hdpolicy/calendar_report.hpp"
#include "hdpolicy/case_runner.hpp"
#include "hdpolicy/errors.hpp"

namespace hdpolicy {
namespace {

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
  const std::string* v = find_case_value(input, key);
  if (!v) throw InputError(fmt::format("{}: input '{}' is required", what, key));
  return *v;
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

}  // namespace hdpolicy
