// The GET endpoints over the work calendar and the policies: each reads its
// query parameters with the CLI's parsers (named as the parameters) and
// answers with the CLI's JSON.
#include <nlohmann/json.hpp>

#include "api/api_call.hpp"
#include "hdpolicy/calendar_report.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/input.hpp"
#include "hdpolicy/policies_report.hpp"

namespace hdpolicy::api {
namespace {

Date date_param(const Call& call, const char* name) {
  const std::optional<std::string_view> text = call.param(name);
  if (!text) throw required(name, "a date YYYY-MM-DD");
  return input_date(*text, name);
}

ApiResponse workdays(const Call& call, const WorkdaysRequest& req) {
  return json_document(workdays_json(call.context.set.calendar, req, call.lang()));
}
}  // namespace

ApiResponse get_workdays_add(const Call& call) {
  call.only_params({"date", "n", "lang", "provisional"});
  WorkdaysRequest req{.op = WorkdaysOp::Add, .coverage = call.coverage()};
  req.date = date_param(call, "date");
  const std::optional<std::string_view> n = call.param("n");
  if (!n) throw required("n", "a whole number of workdays (negative: before the date)");
  req.n = input_workday_count(*n, "n");
  return workdays(call, req);
}

ApiResponse get_workdays_between(const Call& call) {
  call.only_params({"from", "to", "lang", "provisional"});
  WorkdaysRequest req{.op = WorkdaysOp::Between, .coverage = call.coverage()};
  req.from = date_param(call, "from");
  req.to = date_param(call, "to");
  return workdays(call, req);
}

ApiResponse get_workdays_is(const Call& call) {
  call.only_params({"date", "lang", "provisional"});
  WorkdaysRequest req{.op = WorkdaysOp::Is, .coverage = call.coverage()};
  req.date = date_param(call, "date");
  return workdays(call, req);
}

ApiResponse get_calendar(const Call& call) {
  const WorkCalendar& cal = call.context.set.calendar;
  std::string_view when = call.rest;
  if (when.ends_with(".ics")) {
    call.only_params({});
    when.remove_suffix(4);
    if (when.size() != 4)
      throw bad_value("YYYY", std::string(call.rest),
                      "a year YYYY.ics (e.g. 2026.ics): the export holds a whole notice");
    const CalendarPeriod p = parse_calendar_period(when, "YYYY");
    return {.status = 200, .content_type = "text/calendar; charset=utf-8", .body = year_ics(cal, p.year), .allow = {}};
  }
  call.only_params({"lang", "provisional"});
  const CalendarPeriod p = parse_calendar_period(when, "YYYY-MM");
  if (p.month != 0) return json_document(month_json(cal, p.year, p.month, call.coverage(), call.lang()));
  return json_document(year_json(cal, p.year, call.coverage(), call.lang()));
}

ApiResponse get_policies(const Call& call) {
  call.only_params({});
  return json_document(policies_json(call.context.set));
}

}  // namespace hdpolicy::api
