// `batch deadline`: one date per row, from `from` and either a deadline
// rule of the loaded policies (`rule`) or a period given in the row
// (`workdays`, `days`, `months`, `years`). A period in days, months or years
// ends on a rest day rolls to the next workday (民法典 第二百零三条 applies to
// every period); a named rule rolls only where its YAML says so.
#include <fmt/format.h>

#include "batch/batch_columns.hpp"
#include "batch/batch_index.hpp"
#include "batch/batch_run.hpp"
#include "hdpolicy/batch.hpp"
#include "hdpolicy/deadline.hpp"
#include "hdpolicy/errors.hpp"

namespace hdpolicy {
namespace {

using namespace batch_detail;

enum Column { kFrom, kRule, kWorkdays, kDays, kMonths, kYears, kColumnCount };

constexpr ColumnSpec kColumns[kColumnCount] = {{"from", true},  {"rule", false, false},   {"workdays", false, false},
                                               {"days", false, false}, {"months", false, false}, {"years", false, false}};

constexpr const char* kOutputs[] = {"deadline", "error"};

// The period of a row: a named rule, or one made from the row's count.
const DeadlineRule& row_rule(const PolicySet& set, const TextMap& rule_ids, const std::string_view* c, DeadlineRule (&adhoc)[4]) {
  const DeadlineRule* chosen = nullptr;
  int given = 0;
  if (!c[kRule].empty()) {
    ++given;
    std::int64_t i = rule_ids.find(c[kRule]);
    if (i < 0) throw bad_value("rule", std::string(c[kRule]), deadline_rule_choices(set.deadlines));
    chosen = &set.deadlines[static_cast<std::size_t>(i)];
  }
  constexpr Column counts[] = {kWorkdays, kDays, kMonths, kYears};
  for (int u = 0; u < 4; ++u) {
    std::string_view text = c[counts[u]];
    if (text.empty()) continue;
    ++given;
    auto n = parse_count(text);
    // Up to 10,000 units: far beyond any policy period, within every calendar computation.
    if (!n || *n > 10000) throw bad_value(kColumns[counts[u]].name, std::string(text), "a whole number from 0 to 10000");
    adhoc[u].count = *n;
    chosen = &adhoc[u];
  }
  if (given == 0) throw InputError("rule, workdays, days, months, years: give one of them (all are empty)");
  if (given > 1) throw InputError("rule, workdays, days, months, years: give only one of them per row");
  return *chosen;
}

}  // namespace

BatchSummary run_deadline_batch(const PolicySet& set, csv::Reader& in, csv::Writer& out, const BatchOptions& options) {
  BatchRun run(BatchKind::Deadline, in, out, kColumns, kOutputs, options);
  bool any_period = false;
  for (int k = kRule; k < kColumnCount; ++k) any_period |= run.header().index[static_cast<std::size_t>(k)] >= 0;
  if (!any_period) throw InputError("the input needs a column 'rule', 'workdays', 'days', 'months' or 'years' next to 'from'");

  TextMap rule_ids;
  for (std::size_t i = 0; i < set.deadlines.size(); ++i) rule_ids.find_or_insert(set.deadlines[i].id, static_cast<std::uint32_t>(i));
  DeadlineRule adhoc[4];
  const PeriodUnit units[] = {PeriodUnit::Workdays, PeriodUnit::Days, PeriodUnit::Months, PeriodUnit::Years};
  for (int u = 0; u < 4; ++u) {
    adhoc[u].unit = units[u];
    adhoc[u].roll_to_workday = units[u] != PeriodUnit::Workdays;
  }

  csv::Cells fields;
  std::string_view c[kColumnCount];
  std::string error, cell;
  const auto column = column_positions<kColumnCount>(run.header().index);
  while (in.next(fields)) {
    pick_cells(fields, column, c);
    error.clear();
    cell.clear();
    bool ok = run.start_row(fields.size(), error);
    if (ok) {
      try {
        if (c[kFrom].empty()) throw InputError("from: required: the day of the triggering event, YYYY-MM-DD (not counted)");
        Date from = input_date(c[kFrom], "from", FieldStyle::Column);
        const DeadlineRule& rule = row_rule(set, rule_ids, c, adhoc);
        DeadlineResult r = compute_deadline(set.calendar, rule, from, Coverage::Required);
        cell = format_date(r.deadline);
        run.answered();
      } catch (const InputError& e) {
        ok = false;
        error = e.what();
      }
    }
    if (!ok) run.fail(in.line(), error);
    write_input_cells(out, in.info(), fields, run.width());
    out.raw(cell);
    out.text(error);
    out.end_row();
  }
  return run.finish(0);
}

}  // namespace hdpolicy
