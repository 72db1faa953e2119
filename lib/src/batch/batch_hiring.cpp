// `batch hiring`: one row per hire. The policy pays a one-time amount per
// person, so an enterprise is paid once for a person: a person_id it was
// already paid for (earlier in the file) gets 0.00 and a note naming that line.
#include <fmt/format.h>

#include "batch/batch_columns.hpp"
#include "batch/batch_index.hpp"
#include "batch/batch_run.hpp"
#include "hdpolicy/batch.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/hiring_report.hpp"

namespace hdpolicy {
namespace {

using namespace batch_detail;

// The columns are the rows of hiring_inputs() given in a column, in its order.
enum Column {
  kEnterprise = kHiringEnterprise,
  kPerson = kHiringPerson,
  kColumnCount = kHiringFirstFact + kMaxHiringFacts
};

constexpr const char* kOutputs[] = {"eligible", "subsidy", "category", "note", "error"};

// A row's outcome; reused from row to row (reset), as its strings are.
struct HireRow {
  bool ok = false, eligible = false;
  HiringResult result;
  Money amount;  // paid on this row: 0.00 for a person already paid for
  std::string note, error;

  void reset() {
    eligible = false;
    result = HiringResult{};
    amount = Money{};
    note.clear();
    error.clear();
  }

  // The hire read and evaluated as `hdpolicy hiring` does it.
  void evaluate(const PolicySet& set, const std::string_view* c, const BatchOptions& options) {
    try {
      HiringClaim claim = parse_hiring_claim(set, row_texts(hiring_inputs(), c), FieldStyle::Column);
      result = evaluate_hiring(set, claim);
      if (options.strict)
        if (auto a = hiring_assumptions(set, claim, result, Lang::En); !a.empty())
          throw InputError(strict_refusal(a, RefusalLayout::OneLine));
      note = hiring_note(set, claim, result, Lang::En);
      eligible = result.eligible();
    } catch (const InputError& e) {
      ok = false;
      error = e.what();
    }
  }
};

// What a batch of hires keeps from row to row: who was paid for, and the totals.
class HiringBatch {
 public:
  HiringBatch(const PolicySet& set, BatchRun& run) : set_(set), run_(run) {
    // Totals per category, across the hiring policies loaded.
    // With successive versions, each version's categories are counted apart.
    for (const auto& p : set.hiring) {
      first_category_.push_back(run.summary().by_article.size());
      const std::string& number = set.documents[static_cast<std::size_t>(p.document)].number;
      for (const auto& c : p.categories)
        run.summary().by_article.push_back({set.hiring.size() > 1 ? fmt::format("{} ({}, {})", c.id, c.name.zh, number)
                                                                  : fmt::format("{} ({})", c.id, c.name.zh),
                                            0,
                                            {}});
    }
  }

  // The row's answer: its error, or its eligibility, amount and note.
  void evaluate(const std::string_view* c, std::uint64_t line, const BatchOptions& options, HireRow& row) {
    if (!c[kEnterprise].empty())
      enterprises_.find_or_insert(c[kEnterprise], static_cast<std::uint32_t>(enterprises_.size()));
    if (row.ok && (c[kEnterprise].empty() || c[kPerson].empty())) {
      row.ok = false;
      row.error = c[kEnterprise].empty() ? "enterprise_id: required: a person is paid once per enterprise"
                                         : "person_id: required: a person is paid once per enterprise";
    }
    if (row.ok) row.evaluate(set_, c, options);
    if (row.ok && row.eligible && !run_.has_room(row.result.amount)) {
      row.ok = row.eligible = false;
      row.error = total_overflow_error();
      row.note.clear();
    }
    if (row.ok && row.eligible) pay_once(c, line, row);
    if (!row.ok) run_.fail(line, row.error);
  }

  std::uint64_t enterprises() const { return enterprises_.size(); }

 private:
  // An eligible hire is paid unless the enterprise was paid for the person before.
  void pay_once(const std::string_view* c, std::uint64_t line, HireRow& row) {
    key_.assign(c[kEnterprise]);
    key_.push_back('\x1f');
    key_.append(c[kPerson]);
    const auto this_line = static_cast<std::uint32_t>(line);
    std::uint32_t paid_on = paid_people_.find_or_insert(key_, this_line);
    if (paid_on != this_line) {
      row.note = fmt::format("already paid for person {} on line {}: one-time, once per enterprise; {}", c[kPerson],
                             paid_on, row.note);
    } else {
      row.amount = row.result.amount;
      run_.pay(
          first_category_[static_cast<std::size_t>(row.result.policy)] + static_cast<std::size_t>(row.result.chosen),
          row.amount);
      const HiringPolicy& p = set_.hiring[static_cast<std::size_t>(row.result.policy)];
      run_.ranking().offer(line, c[kPerson], c[kEnterprise],
                           p.categories[static_cast<std::size_t>(row.result.chosen)].id, row.amount);
    }
    run_.answered();
  }

  const PolicySet& set_;
  BatchRun& run_;
  std::vector<std::size_t> first_category_;  // per policy: its first category's place in summary.by_article
  TextMap enterprises_;
  TextMap paid_people_;  // enterprise_id US person_id → line of the row that paid
  std::string key_;
};

void write_hire(csv::Writer& out, const PolicySet& set, const HireRow& row, std::string& cell) {
  if (!row.ok) {
    out.raw({});
    out.raw({});
    out.raw({});
    out.text(row.note);
    out.text(row.error);
  } else {
    out.raw(row.eligible ? "yes" : "no");
    cell.clear();
    append_money(cell, row.amount.fen);
    out.raw(cell);
    if (row.eligible)
      out.text(set.hiring[static_cast<std::size_t>(row.result.policy)]
                   .categories[static_cast<std::size_t>(row.result.chosen)]
                   .id);
    else
      out.raw({});
    out.text(row.note);
    out.raw({});
  }
  out.end_row();
}

}  // namespace

BatchSummary run_hiring_batch(const PolicySet& set, csv::Reader& in, csv::Writer& out, const BatchOptions& options) {
  if (set.hiring.empty()) throw InputError("batch hiring: no policy with a hiring: section is loaded");
  BatchRun run(BatchKind::Hiring, in, out, column_specs(hiring_inputs()), kOutputs, options);
  HiringBatch batch(set, run);
  HireRow row;
  std::string cell;
  csv::Cells fields;
  std::string_view c[kColumnCount];
  const auto column = column_positions<kColumnCount>(run.header().index);
  while (in.next(fields)) {
    pick_cells(fields, column, c);
    row.reset();
    row.ok = run.start_row(fields.size(), row.error);
    batch.evaluate(c, in.line(), options, row);
    write_input_cells(out, in.info(), fields, run.width());
    write_hire(out, set, row, cell);
  }
  return run.finish(batch.enterprises());
}

}  // namespace hdpolicy
