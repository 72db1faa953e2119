// Deadline rules: a date computed from a triggering event by a period the
// policy states (N workdays, days, months or years), under the Civil Code's
// rules on periods:
//  - the day of the trigger is not counted (民法典 第二百零一条);
//  - a period in months or years ends on the corresponding day of the last
//    month, or that month's last day when there is none (第二百零二条);
//  - a last day that is a statutory rest day moves to the next workday
//    (第二百零三条), where the rule says so (`roll_to_workday`).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "hdpolicy/calendar.hpp"
#include "hdpolicy/citation.hpp"
#include "hdpolicy/dates.hpp"
#include "hdpolicy/document.hpp"
#include "hdpolicy/input_table.hpp"

namespace hdpolicy {

enum class PeriodUnit : std::uint8_t { Workdays, Days, Months, Years };
const char* period_unit_name(PeriodUnit u);  // workdays, days, months, years
std::optional<PeriodUnit> parse_period_unit(std::string_view s);

// What the computed date is: the last day to act (在…内), or the earliest
// day a minimum period may end (不得少于).
enum class DeadlineBound : std::uint8_t { Latest, Earliest };

struct DeadlineRule {
  std::string id;     // renewal.admission-notice
  int document = -1;  // index into PolicySet::documents
  Text name;          // {zh: 制发入库通知书, en: issue the storage-library notice}
  Text trigger;       // {zh: 收到入库申请之日, en: the day the application is received}
  PeriodUnit unit = PeriodUnit::Workdays;
  std::int64_t count = 0;
  bool roll_to_workday = false;
  DeadlineBound bound = DeadlineBound::Latest;
  Citation cite;
};

struct DeadlineResult {
  Date from{};
  Date period_end{};  // the last day of the period before any roll
  Date deadline{};    // after rolling to a workday when the rule says so
  bool rolled = false;
  bool provisional = false;  // some day was judged by the weekend rule
};

// Throws InputError when the calendar does not cover the days needed
// (unless coverage is Provisional).
DeadlineResult compute_deadline(const WorkCalendar& calendar, const DeadlineRule& rule, Date from,
                                Coverage coverage = Coverage::Required);

// The inputs of a deadline question, one table (deadline_inputs.cpp): a rule
// or a period (exactly one, Need::OneOf), and the date it counts from.
enum DeadlineInput : std::int16_t {
  kDeadlineRule,
  kDeadlineFrom,
  kDeadlineWorkdays,
  kDeadlineDays,
  kDeadlineMonths,
  kDeadlineYears
};
std::span<const InputDef> deadline_inputs();

const DeadlineRule* find_deadline_rule(const std::vector<DeadlineRule>& rules, std::string_view id);
// Successive versions of a rule share its id, each in its own document. The
// version of `rule`'s id in force on `from`: the one whose document's window
// holds the date; when none does, the nearest (the last before, else the
// first after), whose report then says the date is outside its window.
const DeadlineRule& deadline_rule_on(const std::vector<DeadlineRule>& rules, const std::vector<Document>& documents,
                                     const DeadlineRule& rule, Date from);
// What a rule ID may be, for messages: "one of renewal.joint-review, ...", or
// that the policies define none (never "one of " and an empty list).
std::string deadline_rule_choices(const std::vector<DeadlineRule>& rules);

}  // namespace hdpolicy
