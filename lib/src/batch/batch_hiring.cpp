// `batch hiring`: one row per hire. The policy pays a one-time amount per
// person, so an enterprise is paid once for a person: a person_id it was
// already paid for (earlier in the file) gets 0.00 and a note naming that line.
#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <span>

#include "batch/batch_change.hpp"
#include "batch/batch_columns.hpp"
#include "batch/batch_index.hpp"
#include "batch/batch_run.hpp"
#include "hdpolicy/batch.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/hiring.hpp"
#include "hdpolicy/hiring_contract.hpp"
#include "hdpolicy/report.hpp"

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
  Money due;                   // what the hire qualifies for
  std::int32_t version = -1;   // into the set's hiring_contract_versions()
  std::int16_t category = -1;  // the rule of that version paid (-1: none)
  Money amount;                // paid on this row: 0.00 for a person already paid for
  std::string note, error;

  void reset() {
    eligible = false;
    due = amount = Money{};
    version = category = -1;
    note.clear();
    error.clear();
  }

  // The hire read and judged as `hdpolicy hiring` does it, by the generic
  // evaluator under the hiring subsidy declared as data (`versions`, the
  // latest of which `judge` was made for).
  void evaluate(const PolicySet& set, const std::vector<const BenefitPolicy*>& versions, HiringContractJudge& judge,
                const std::string_view* c, const BatchOptions& options) {
    try {
      const HiringContractCase& k = judge.judge(row_texts(hiring_inputs(), c), FieldStyle::Column, Date{});
      if (options.strict)
        if (auto a = hiring_contract_assumptions(set, *k.version, k.claim, FieldStyle::Column, Lang::En); !a.empty())
          throw InputError(strict_refusal(a, RefusalLayout::OneLine));
      HiringContractRow r = hiring_contract_row(set, *k.version, k.claim, k.result, FieldStyle::Column, Lang::En);
      note = std::move(r.note);
      eligible = r.eligible;
      due = r.amount;
      version = static_cast<std::int32_t>(std::find(versions.begin(), versions.end(), k.version) - versions.begin());
      category = r.category;
    } catch (const InputError& e) {
      ok = false;
      error = e.what();
    }
  }
  // The row's category's place in the batch's list of every version's categories.
  std::size_t category_place(const std::vector<std::size_t>& first_category) const {
    return first_category[static_cast<std::size_t>(version)] + static_cast<std::size_t>(category);
  }
};

// Per hiring policy of a set: its first category's place in a list of all
// the set's categories (the summary's by_category), and those labels.
std::vector<std::size_t> first_categories(const PolicySet& set) {
  std::vector<std::size_t> first;
  std::size_t n = 0;
  for (const BenefitPolicy* p : hiring_contract_versions(set)) {
    first.push_back(n);
    n += p->rules.size();
  }
  return first;
}
std::vector<std::string> category_labels(const PolicySet& set) {
  std::vector<std::string> labels;
  // With successive versions, each version's categories are counted apart.
  const auto contract = hiring_contract_versions(set);
  for (const BenefitPolicy* p : contract) {
    const std::string& number = set.documents[static_cast<std::size_t>(p->document)].number;
    for (const auto& r : p->rules)
      labels.push_back(contract.size() > 1 ? fmt::format("{} ({}, {})", r.id, r.name.zh, number)
                                           : fmt::format("{} ({})", r.id, r.name.zh));
  }
  return labels;
}

// --baseline: each hire evaluated again under the baseline policies, with
// the same evaluation and its own record of who was paid for.
struct HiringBaseline {
  explicit HiringBaseline(const PolicySet& baseline) : set(baseline) {}
  const PolicySet& set;
  const std::vector<const BenefitPolicy*> versions = hiring_contract_versions(set);
  HiringContractJudge judge{set, *versions.back()};
  const std::vector<std::size_t> first_category = first_categories(set);
  TextMap paid_people;  // enterprise_id US person_id → line of the row the baseline paid
  HireRow row;
  Money total;  // what the baseline pays the rows answered
};

// What a batch of hires keeps from row to row: who was paid for, and the totals.
class HiringBatch {
 public:
  HiringBatch(const PolicySet& set, const BatchOptions& options, BatchRun& run) : set_(set), run_(run) {
    // Totals per category, across the hiring policies loaded.
    for (const std::string& label : category_labels(set)) run.summary().by_article.push_back({label, 0, {}});
    if (!options.baseline) return;
    baseline_ = std::make_unique<HiringBaseline>(*options.baseline);
    tally_ = std::make_unique<ChangeTally>(category_labels(*options.baseline), category_labels(set),
                                           std::span<const std::string>{}, std::span<const std::string>{});
  }

  // The row's answer: its error, or its eligibility, amount and note.
  void evaluate(const std::string_view* c, std::uint64_t line, const BatchOptions& options, HireRow& row) {
    std::uint32_t enterprise = 0;
    if (!c[kEnterprise].empty())
      enterprise = enterprises_.find_or_insert(c[kEnterprise], static_cast<std::uint32_t>(enterprises_.size()));
    if (row.ok && (c[kEnterprise].empty() || c[kPerson].empty())) {
      row.ok = false;
      row.error = c[kEnterprise].empty() ? "enterprise_id: required: a person is paid once per enterprise"
                                         : "person_id: required: a person is paid once per enterprise";
    }
    if (row.ok) row.evaluate(set_, versions_, judge_, c, options);
    if (row.ok) {
      key_.assign(c[kEnterprise]);
      key_.push_back('\x1f');
      key_.append(c[kPerson]);
    }
    if (row.ok && row.eligible && !run_.has_room(row.due)) {
      row.ok = row.eligible = false;
      row.error = total_overflow_error();
      row.note.clear();
    }
    if (row.ok && baseline_) evaluate_baseline(c, options, row);
    if (row.ok && row.eligible) pay_once(c, line, row);
    if (!row.ok) run_.fail(line, row.error);
    if (row.ok && baseline_) compare(c, line, enterprise, row);
  }

  std::uint64_t enterprises() const { return enterprises_.size(); }
  // The category an eligible row was judged in.
  std::string_view category_of(const HireRow& row) const {
    return versions_[static_cast<std::size_t>(row.version)]->rules[static_cast<std::size_t>(row.category)].id;
  }
  // What the baseline pays the row just evaluated (0.00 when nothing).
  Money baseline_amount() const { return baseline_ ? baseline_->row.amount : Money{}; }
  std::unique_ptr<ChangeTally>& tally() { return tally_; }

 private:
  // The hire under the baseline, nothing paid yet: a row the baseline cannot
  // answer (it does not read it, or with --strict its answer rests on
  // assumptions, or its total would overflow) fails.
  void evaluate_baseline(const std::string_view* c, const BatchOptions& options, HireRow& row) {
    HireRow& base = baseline_->row;
    base.reset();
    base.ok = true;
    base.evaluate(baseline_->set, baseline_->versions, baseline_->judge, c, options);
    if (base.ok && base.eligible && !sum_fits(baseline_->total, base.due)) {
      base.ok = false;
      base.error = total_overflow_error();
    }
    if (base.ok) return;
    row.ok = row.eligible = false;
    row.error = "under --baseline: " + base.error;
    row.note.clear();
  }

  // --baseline, a row answered: the baseline pays the person once too, with
  // its own record; the change counted.
  void compare(const std::string_view* c, std::uint64_t line, std::uint32_t enterprise, const HireRow& row) {
    HireRow& base = baseline_->row;
    const auto this_line = static_cast<std::uint32_t>(line);
    if (base.eligible && baseline_->paid_people.find_or_insert(key_, this_line) == this_line) {
      base.amount = base.due;
      baseline_->total += base.amount;
      tally_->article(Side::Baseline, base.category_place(baseline_->first_category), base.amount);
    }
    if (row.amount.fen > 0) tally_->article(Side::Current, row.category_place(first_category_), row.amount);
    tally_->row(line, c[kPerson], c[kEnterprise], enterprise, base.amount, row.amount);
  }

  // An eligible hire is paid unless the enterprise was paid for the person before.
  void pay_once(const std::string_view* c, std::uint64_t line, HireRow& row) {
    const auto this_line = static_cast<std::uint32_t>(line);
    std::uint32_t paid_on = paid_people_.find_or_insert(key_, this_line);
    if (paid_on != this_line) {
      row.note = fmt::format("already paid for person {} on line {}: one-time, once per enterprise; {}", c[kPerson],
                             paid_on, row.note);
    } else {
      row.amount = row.due;
      run_.pay(row.category_place(first_category_), row.amount);
      run_.ranking().offer(line, c[kPerson], c[kEnterprise], category_of(row), row.amount);
    }
    run_.answered();
  }

  const PolicySet& set_;
  BatchRun& run_;
  const std::vector<const BenefitPolicy*> versions_ = hiring_contract_versions(set_);
  HiringContractJudge judge_{set_, *versions_.back()};
  const std::vector<std::size_t> first_category_ = first_categories(set_);
  TextMap enterprises_;
  TextMap paid_people_;                       // enterprise_id US person_id → line of the row that paid
  std::string key_;                           // the row's enterprise_id US person_id
  std::unique_ptr<HiringBaseline> baseline_;  // --baseline
  std::unique_ptr<ChangeTally> tally_;        // --baseline
};

// `baseline`: --baseline's cells follow, the baseline's amount and the
// change, empty for a row that failed.
void write_hire(csv::Writer& out, const HiringBatch& batch, const HireRow& row, const Money* baseline,
                std::string& cell) {
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
      out.text(batch.category_of(row));
    else
      out.raw({});
    out.text(row.note);
    out.raw({});
  }
  if (baseline) {
    cell.clear();
    if (row.ok) append_money(cell, baseline->fen);
    out.raw(cell);
    cell.clear();
    if (row.ok) cell = change_text(*baseline, row.amount);
    out.raw(cell);
  }
  out.end_row();
}

constexpr const char* kOutputsWithBaseline[] = {"eligible", "subsidy",          "category", "note",
                                                "error",    "baseline_subsidy", "change"};

}  // namespace

BatchSummary run_hiring_batch(const PolicySet& set, csv::Reader& in, csv::Writer& out, const BatchOptions& options) {
  require_hiring_contract(set, "batch hiring");
  if (options.baseline) require_hiring_contract(*options.baseline, "--baseline");
  BatchRun run(BatchKind::Hiring, in, out, column_specs(hiring_inputs()),
               options.baseline ? std::span<const char* const>(kOutputsWithBaseline) : kOutputs, options);
  HiringBatch batch(set, options, run);
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
    const Money baseline = batch.baseline_amount();
    write_hire(out, batch, row, options.baseline ? &baseline : nullptr, cell);
  }
  BatchSummary summary = run.finish(batch.enterprises());
  if (batch.tally()) summary.change = batch.tally()->finish();
  return summary;
}

}  // namespace hdpolicy
