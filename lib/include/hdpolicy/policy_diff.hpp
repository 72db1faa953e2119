// Every difference between two policy sets, as a reviewer reads a change:
// documents added or removed, effective windows, rates, caps and limits,
// conditions, types, industries, hiring categories, deadline rules and the
// days of the statutory calendar. Each difference names the document, the
// article and both values; the values are data (an amount, a rate, a window,
// a condition of one of the two sets), worded by report/diff_report.cpp.
// Items are matched by their ids (documents by number), never by position.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "hdpolicy/policy_set.hpp"

namespace hdpolicy {

enum class DiffKind : std::uint8_t {
  DocumentAdded,
  DocumentRemoved,
  Title,         // a document's title
  Effective,     // a document's effective window
  Rate,          // a rule's rate for one insurance type
  Cap,           // a cap's amount
  Limits,        // the limits a rule applies, in order
  Condition,     // an eligibility or scope condition
  Type,          // an insurance type added, removed or renamed
  Industry,      // an industry added, removed or renamed
  Payee,         // who a rule pays
  Payable,       // the year a document's subsidies are paid
  Rounding,      // how a rule rounds
  Rule,          // a subsidy rule added or removed
  Deadline,      // a deadline rule added, removed, or its period or trigger changed
  CalendarYear,  // a statutory calendar year added or removed
  CalendarDay,   // a day's kind in the statutory calendar
  Fact,          // a fact a document of declared shape asks for, added, removed or of another kind
  Figure,  // a number of such a document's rule: an amount per unit, a fixed amount, a bracket's bound, a unit's bound
  Resolution,  // how such a document pays several eligible rules: the highest (就高不就低) or all (叠加)
};
// "document-added", "rate", "calendar-day", ...: the JSON `kind`.
const char* diff_kind_name(DiffKind k);

// One side of a difference. Pointers point into the PolicySet compared, which
// must outlive the difference.
struct DiffValue {
  enum class Shape : std::uint8_t {
    Absent,     // not there on this side
    Money,      // money
    Rate,       // rate
    Window,     // from, to
    Words,      // words (a name, a title, a trigger)
    Condition,  // condition of table, over schema; choices from set
    Limits,     // rule's limits, caps named from set
    Period,     // deadline's unit, count, roll and bound
    Day,        // day (and holiday, for Holiday and MakeupWorkday)
    Year,       // year: a calendar year held
    Payee,      // payee
    Number,     // number: years after the claim
    Rounding,   // rounding
  };
  Shape shape = Shape::Absent;
  Money money{};
  Rate rate{};
  Date from{}, to{};
  Text words;
  const PolicySet* set = nullptr;
  const ConditionTable* table = nullptr;
  std::span<const InputDef> schema{};
  std::uint32_t condition = 0;
  const SubsidyRule* rule = nullptr;
  const DeadlineRule* deadline = nullptr;
  DayKind day = DayKind::Workday;
  const HolidayPeriod* holiday = nullptr;
  int year = 0;
  Payee payee = Payee::Applicant;
  std::int64_t number = 0;
  hdpolicy::Rounding rounding = hdpolicy::Rounding::HalfUp;
};

struct PolicyDifference {
  DiffKind kind = DiffKind::DocumentAdded;
  std::string document;  // the document's number (a calendar day: the notice)
  std::string article;   // 第四条, or "" where none applies
  std::string id;        // the item: a cap or rule id, "rule/type", a date
  Text what;             // the item's name, where it has one
  DiffValue before, after;
};

// Differences in a reviewer's order: documents, then subsidy (scope, types,
// industries, caps, rules), hiring, deadlines, calendar; each in the order of
// the new set, with items removed after those kept. Items of a document added
// or removed as a whole are not listed again one by one.
std::vector<PolicyDifference> diff_policy_sets(const PolicySet& before, const PolicySet& after);

}  // namespace hdpolicy
