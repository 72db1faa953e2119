// The inputs of a deadline question, each declared once: `deadline`'s
// options, `batch deadline`'s columns and the test cases' keys derive from
// these rows. A row gives either a rule of the loaded policies or a period
// of its own (columns only), never both.
#include <iterator>

#include "hdpolicy/deadline.hpp"

namespace hdpolicy {
namespace {

// Up to 10,000 units: far beyond any policy period, within every calendar computation.
constexpr std::int64_t kMaxPeriod = 10000;

constexpr InputDef kRows[] = {
    {.id = "rule",
     .option = "--rule",
     .kind = FactKind::Choice,
     .label = {"期限规则", "deadline rule"},
     .help = {"期限规则ID(见 --list)", "Deadline rule ID (see --list)"},
     .role = InputRole::Claim,
     .need = Need::OneOf,
     .choices = Choices::DeadlineRules},
    {.id = "from",
     .option = "--from",
     .kind = FactKind::Date,
     .label = {"起算事件日期", "date of the triggering event"},
     .help = {"触发事件之日 YYYY-MM-DD(当日不计入)", "The triggering event's date YYYY-MM-DD (not counted)"},
     .role = InputRole::Claim,
     .need = Need::Required,
     .what = "the day of the triggering event, YYYY-MM-DD (not counted)"},
    {.id = "workdays",
     .option = "",
     .kind = FactKind::Count,
     .label = {"工作日数", "workdays"},
     .role = InputRole::Claim,
     .need = Need::OneOf,
     .where = kInColumn,
     .max = kMaxPeriod},
    {.id = "days",
     .option = "",
     .kind = FactKind::Count,
     .label = {"日数", "days"},
     .role = InputRole::Claim,
     .need = Need::OneOf,
     .where = kInColumn,
     .max = kMaxPeriod},
    {.id = "months",
     .option = "",
     .kind = FactKind::Count,
     .label = {"月数", "months"},
     .role = InputRole::Claim,
     .need = Need::OneOf,
     .where = kInColumn,
     .max = kMaxPeriod},
    {.id = "years",
     .option = "",
     .kind = FactKind::Count,
     .label = {"年数", "years"},
     .role = InputRole::Claim,
     .need = Need::OneOf,
     .where = kInColumn,
     .max = kMaxPeriod},
};

constexpr bool rows_in_place() {
  return kRows[kDeadlineRule].id == "rule" && kRows[kDeadlineFrom].id == "from" &&
         kRows[kDeadlineWorkdays].id == "workdays" && kRows[kDeadlineDays].id == "days" &&
         kRows[kDeadlineMonths].id == "months" && kRows[kDeadlineYears].id == "years";
}
static_assert(rows_in_place(), "the rows sit at the positions DeadlineInput names");
static_assert(std::size(kRows) <= kMaxInputs, "more rows than kMaxInputs: raise it");

}  // namespace

std::span<const InputDef> deadline_inputs() { return kRows; }

}  // namespace hdpolicy
