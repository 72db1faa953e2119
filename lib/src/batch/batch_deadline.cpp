// `batch deadline`: one date per row, from `from` and either a deadline
// rule of the loaded policies (`rule`) or a period given in the row
// (`workdays`, `days`, `months`, `years`). A period in days, months or years
// ends on a rest day rolls to the next workday (民法典 第二百零三条 applies to
// every period); a named rule rolls only where its YAML says so.
#include <fmt/format.h>

#include "batch/batch_columns.hpp"
#include "batch/batch_run.hpp"
#include "hdpolicy/batch.hpp"
#include "hdpolicy/deadline.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/input_values.hpp"

namespace hdpolicy {
namespace {

using namespace batch_detail;

// The columns are the rows of deadline_inputs(), in its order.
enum Column { kRule = kDeadlineRule, kFrom = kDeadlineFrom, kColumnCount = kDeadlineYears + 1 };

constexpr const char* kOutputs[] = {"deadline", "error"};

// "rule, workdays, days, months, years": the inputs a row gives one of.
std::string one_of_names() {
  std::string s;
  for (const InputDef& def : deadline_inputs())
    if (def.need == Need::OneOf) s += (s.empty() ? "" : ", ") + std::string(def.id);
  return s;
}

// Whether the header has a column for one of them.
bool any_period_column(const std::vector<int>& index) {
  const auto table = deadline_inputs();
  for (std::size_t k = 0; k < index.size() && k < table.size(); ++k)
    if (table[k].need == Need::OneOf && index[k] >= 0) return true;
  return false;
}

Date row_from(const PolicySet& set, const std::string_view* c) {
  return Date{date::days{*read_input(set, deadline_inputs(), kFrom, c[kFrom], FieldStyle::Column)}};
}

// The period of a row: a named rule, or one made from the row's count, each
// read by the general parser (read_input), as `hdpolicy deadline` reads them.
const DeadlineRule& row_rule(const PolicySet& set, const std::string_view* c, DeadlineRule (&adhoc)[4]) {
  const DeadlineRule* chosen = nullptr;
  int given = 0;
  const auto table = deadline_inputs();
  for (std::size_t row = 0; row < table.size(); ++row) {
    std::string_view text = c[row];
    if (table[row].need != Need::OneOf || text.empty()) continue;
    ++given;
    if (row == kRule) {
      chosen = &set.deadlines[static_cast<std::size_t>(*read_input(set, table, row, text, FieldStyle::Column))];
      continue;
    }
    DeadlineRule& period = adhoc[row - kDeadlineWorkdays];
    period.count = *read_input(set, table, row, text, FieldStyle::Column);
    chosen = &period;
  }
  if (given == 0) throw InputError(one_of_names() + ": give one of them (all are empty)");
  if (given > 1) throw InputError(one_of_names() + ": give only one of them per row");
  return *chosen;
}

}  // namespace

BatchSummary run_deadline_batch(const PolicySet& set, csv::Reader& in, csv::Writer& out, const BatchOptions& options) {
  BatchRun run(BatchKind::Deadline, in, out, column_specs(deadline_inputs()), kOutputs, options);
  if (!any_period_column(run.header().index))
    throw InputError("the input needs a column 'rule', 'workdays', 'days', 'months' or 'years' next to 'from'");

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
        Date from = row_from(set, c);
        const DeadlineRule& rule = deadline_rule_on(set.deadlines, set.documents, row_rule(set, c, adhoc), from);
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
