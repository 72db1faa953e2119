// `batch eval POLICY`: one claim per row on a document of declared shape.
// The columns are the document's facts; the result columns are its
// declared outputs (kBenefitOutputs), then note and error. Rows of one
// enterprise share its caps per calendar year of the claim, in input order:
// what an earlier row was paid under a cap is `received` for the next.
#include <fmt/format.h>

#include "batch/batch_columns.hpp"
#include "batch/batch_index.hpp"
#include "batch/batch_run.hpp"
#include "hdpolicy/batch.hpp"
#include "hdpolicy/benefit_report.hpp"
#include "hdpolicy/errors.hpp"

namespace hdpolicy {
namespace {

using namespace batch_detail;

std::vector<const char*> output_names() {
  std::vector<const char*> names;
  for (const auto& o : kBenefitOutputs) names.push_back(o.key.data());  // literals: NUL-terminated
  names.push_back("note");
  names.push_back("error");
  return names;
}

// What an enterprise has been paid under each cap, per calendar year: one
// slot of `caps` amounts per enterprise (its index in the run) and year.
class CapLedger {
 public:
  explicit CapLedger(std::size_t caps) : caps_(caps) {}
  Money* of(std::uint32_t enterprise, int year) {
    const std::uint64_t key = (std::uint64_t{enterprise} << 16) | static_cast<std::uint16_t>(year);
    const auto next = static_cast<std::uint32_t>(used_.size() / (caps_ ? caps_ : 1));
    const std::uint32_t slot = slots_.find_or_insert(key, next);
    if (slot == next) used_.resize(used_.size() + (caps_ ? caps_ : 1));
    return used_.data() + std::size_t{slot} * caps_;
  }

 private:
  std::size_t caps_;
  IntMap slots_;  // enterprise x year -> its slot
  std::vector<Money> used_;
};

// A row's claim, result and view, whose storage is reused from row to row.
struct EvalRow {
  bool ok = true;
  BenefitClaim claim;
  BenefitResult result;
  BenefitView view;
  std::string note, error;

  void reset() {
    ok = true;
    note.clear();
    error.clear();
  }
};

// The row evaluated as `hdpolicy eval` does it, with the enterprise's caps.
// `enterprise`: the row's enterprise by its index in the run, -1 when the row names none.
void evaluate_row(const PolicySet& set, const BenefitPolicy& p, const std::vector<std::string_view>& cells,
                  std::int64_t enterprise_index, const BatchOptions& options, CapLedger& ledger, BatchRun& run,
                  std::uint64_t line, EvalRow& row) {
  const FactTable& t = *p.facts;
  BenefitClaim& claim = row.claim;
  BenefitResult& result = row.result;
  read_benefit_facts(p, row_texts(t.rows, cells.data()), FieldStyle::Column, Date{}, claim);
  std::string_view enterprise = t.enterprise >= 0 ? cells[static_cast<std::size_t>(t.enterprise)] : "";
  Money* used =
      enterprise_index < 0 ? nullptr : ledger.of(static_cast<std::uint32_t>(enterprise_index), year_of(claim.date));
  claim.received.assign(p.caps.size(), Money{});
  if (used) std::copy(used, used + p.caps.size(), claim.received.begin());
  const Document& doc = set.documents[static_cast<std::size_t>(p.document)];
  evaluate_benefit(doc, p, claim, result);
  fill_benefit_view(set, p, claim, result, FieldStyle::Column, Lang::En, false, row.view);
  if (options.strict && !row.view.assumptions.empty())
    throw InputError(strict_refusal(row.view.assumptions, RefusalLayout::OneLine));
  const auto& said = result.eligible() ? row.view.assumptions : row.view.reasons;
  for (std::size_t i = 0; i < said.size(); ++i) (row.note += i ? "; " : "") += said[i];
  if (!result.eligible()) return;
  const Money amount = result.amount();
  if (!run.has_room(amount)) throw InputError(total_overflow_error());
  const BenefitRule& rule = p.rules[static_cast<std::size_t>(result.chosen)];
  if (used)
    for (const BenefitLimit& l : rule.limits)
      if (l.kind == BenefitLimitKind::Cap) used[static_cast<std::size_t>(l.cap)] += amount;
  run.answered();
  run.pay(static_cast<std::size_t>(result.chosen), amount);
  run.ranking().offer(line, {}, enterprise, rule.id, amount);
}

void write_row(csv::Writer& out, const EvalRow& row) {
  for (std::size_t i = 0; i < kBenefitOutputCount; ++i) {
    if (row.ok)
      out.text(row.view.values[i]);
    else
      out.raw({});
  }
  out.text(row.note);
  out.text(row.error);
  out.end_row();
}

}  // namespace

BatchSummary run_eval_batch(const PolicySet& set, csv::Reader& in, csv::Writer& out, const BatchOptions& options) {
  const BenefitPolicy* p = find_benefit_policy(set, options.policy);
  if (!p)
    throw bad_value("POLICY", std::string(options.policy),
                    "the id or number of a document with facts: and rules: (" + benefit_policy_list(set) + ")");
  if (options.baseline) throw InputError("--baseline: batch eval does not compare with a baseline yet");
  const std::vector<ColumnSpec> specs = column_specs(p->inputs());
  const std::vector<const char*> outputs = output_names();
  BatchRun run(BatchKind::Eval, in, out, specs, outputs, options);
  for (const auto& rule : p->rules)
    run.summary().by_article.push_back({fmt::format("{} {} ({})", rule.article, rule.id, rule.name.zh), 0, {}});
  CapLedger ledger(p->caps.size());
  TextMap enterprises;
  csv::Cells fields;
  std::vector<std::string_view> cells(specs.size());
  EvalRow row;
  while (in.next(fields)) {
    for (std::size_t k = 0; k < specs.size(); ++k) {
      const int at = run.header().index[k];
      cells[k] = at >= 0 && static_cast<std::size_t>(at) < fields.size() ? fields.begin()[at] : std::string_view{};
    }
    row.reset();
    row.ok = run.start_row(fields.size(), row.error);
    std::int64_t enterprise = -1;
    if (row.ok && p->facts->enterprise >= 0) {
      std::string_view e = cells[static_cast<std::size_t>(p->facts->enterprise)];
      if (!e.empty()) enterprise = enterprises.find_or_insert(e, static_cast<std::uint32_t>(enterprises.size()));
    }
    if (row.ok) {
      try {
        evaluate_row(set, *p, cells, enterprise, options, ledger, run, in.line(), row);
      } catch (const InputError& e) {
        row.ok = false;
        row.note.clear();
        row.error = e.what();
      }
    }
    if (!row.ok) run.fail(in.line(), row.error);
    write_input_cells(out, in.info(), fields, run.width());
    write_row(out, row);
  }
  return run.finish(enterprises.size());
}

}  // namespace hdpolicy
