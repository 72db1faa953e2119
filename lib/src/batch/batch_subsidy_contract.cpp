// `batch subsidy` over the premium subsidy written as a declared document
// (document.contract: subsidy): the columns, cells, notes and summary
// headings batch_subsidy.cpp gives, each claim judged by the generic
// evaluator with the ledgers `batch eval` keeps (benefit_ledger.hpp). Rows of
// one enterprise share its caps per calendar year of the claim, in input
// order: what earlier rows were paid under a cap is `received` for the next.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <memory>
#include <optional>
#include <span>

#include "batch/batch_change.hpp"
#include "batch/batch_columns.hpp"
#include "batch/batch_run.hpp"
#include "batch/benefit_ledger.hpp"
#include "batch/benefit_row.hpp"
#include "core/number_text.hpp"
#include "csv/in_place.hpp"
#include "hdpolicy/batch.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/report.hpp"
#include "hdpolicy/subsidy.hpp"
#include "hdpolicy/subsidy_contract.hpp"
#include "report/subsidy_contract_row.hpp"

namespace hdpolicy {
namespace {

using namespace batch_detail;

constexpr const char* kOutputs[] = {"eligible", "subsidy",      "article", "capped_by",
                                    "payee",    "payable_year", "note",    "error"};
constexpr const char* kOutputsWithBaseline[] = {"eligible",     "subsidy", "article", "capped_by",        "payee",
                                                "payable_year", "note",    "error",   "baseline_subsidy", "change"};

// The field at `at` of a row ("" when the header has no such column, or the row is short).
std::string_view field(const csv::Cells& fields, int at) {
  return at >= 0 && static_cast<std::size_t>(at) < fields.size() ? fields.begin()[at] : std::string_view{};
}

// The premium subsidy of one set (the current one, or --baseline's): its
// versions, the place of each version's first article and cap among the
// summary's headings (versions in the order loaded, as the subsidy: section
// listed them), the enterprises' ledgers, and the row being judged.
class ContractSide {
 public:
  explicit ContractSide(const PolicySet& set)
      : set_(set), loaded_(subsidy_contract_versions(set)), versions_(set, *find_subsidy_contract(set), false) {
    std::size_t rules = 0, caps = 0;
    for (const BenefitPolicy* v : loaded_) {
      first_rule_.push_back(rules);
      first_cap_.push_back(caps);
      rules += v->rules.size();
      caps += v->caps.size();
    }
    for (const BenefitPolicy* v : loaded_) words_.emplace_back(set, *v);
  }

  // The columns of the input, by the header's place of each subsidy column
  // (-1: absent): each fact row's field in a row.
  void bind(const std::vector<int>& header) {
    const auto facts = versions_.policy(0).inputs();
    field_of_row_.assign(facts.size(), -1);
    for (std::size_t i = 0; i < header.size(); ++i)
      if (auto row = find_input(facts, subsidy_inputs()[i].id)) field_of_row_[*row] = header[i];
  }

  // "第四条 (catalogue)", "catalogue": with several versions each is counted
  // apart, named by document: "第四条 (catalogue, 海金融发〔2025〕4号)".
  std::vector<std::string> article_labels() const {
    std::vector<std::string> labels;
    for (const BenefitPolicy* v : loaded_)
      for (const BenefitRule& rule : v->rules)
        labels.push_back(several() ? fmt::format("{} ({}, {})", rule.article, rule.id, number(*v))
                                   : fmt::format("{} ({})", rule.article, rule.id));
    return labels;
  }
  std::vector<std::string> cap_labels() const {
    std::vector<std::string> labels;
    for (const BenefitPolicy* v : loaded_)
      for (const BenefitCap& cap : v->caps)
        labels.push_back(several() ? fmt::format("{} ({})", cap.id, number(*v)) : cap.id);
    return labels;
  }

  // The row judged under the version in force on its date, with what
  // `enterprise` was paid under each cap in its year; charged to nothing
  // yet. `cells`: the row's cells in subsidy_inputs() order, made only when
  // needed (for the messages of a row the fast reader leaves). Throws
  // InputError for a row it cannot read.
  template <typename SubsidyCells>
  void judge(const csv::Cells& fields, SubsidyCells cells, std::uint32_t enterprise, bool strict) {
    if (!versions_.reader().read(fields, field_of_row_, case_.claim)) {
      if (std::string missing = missing_in_row(set_, subsidy_inputs(), cells()); !missing.empty())
        throw InputError(missing);
      const BenefitPolicy& first = versions_.policy(0);
      InputTexts texts(first.inputs());
      for (std::size_t f = 0; f < first.inputs().size(); ++f) texts[f] = field(fields, field_of_row_[f]);
      read_benefit_facts(first, texts, FieldStyle::Column, Date{}, case_.claim);
    }
    const std::size_t k = versions_.pick(case_.claim.date);
    const BenefitPolicy& p = versions_.policy(k);
    case_.version = &p;
    const int year = year_of(case_.claim.date);
    used_ = {};
    std::tie(used_.year, used_.whole) = versions_.ledgers().enterprise.slots(enterprise, year);
    case_.claim.received.assign(p.caps.size(), Money{});
    for (std::size_t i = 0; i < p.caps.size(); ++i)
      if (const CapUse* u = used_.at(p, i)) case_.claim.received[i] = u->used;
    evaluate_benefit(versions_.document(k), p, case_.claim, case_.result);
    note_.clear();
    place_ = loaded_place();
    row_ = words_[place_].row(case_.claim, case_.result, note_);
    if (strict && row_.eligible)
      if (auto a = subsidy_contract_assumptions(set_, case_, FieldStyle::Column, Lang::En); !a.empty())
        throw InputError(strict_refusal(a, RefusalLayout::OneLine));
  }

  // Starts loading the enterprise's ledger from memory, before judge() reads it.
  void prefetch(std::uint32_t enterprise) const { versions_.ledgers().enterprise.prefetch(enterprise); }

  // The row judged last paid: charged to its enterprise's caps, on `line`.
  void charge(std::uint64_t line) { charge_caps(*case_.version, case_.result, used_, line); }

  // The paid rule's heading, and the version's caps among the summary's.
  std::size_t article_heading() const { return first_rule_[place_] + static_cast<std::size_t>(row_.rule); }
  std::span<BatchTotal> caps_of(std::vector<BatchTotal>& by_cap) const {
    return std::span<BatchTotal>(by_cap).subspan(first_cap_[place_], case_.version->caps.size());
  }
  // --baseline: the paid amount counted under its article and each cap its rule lists.
  void tally(ChangeTally& tally, Side side) const {
    const std::size_t first = first_cap_[place_];
    tally.article(side, article_heading(), row_.amount);
    for (const BenefitLimit& l : case_.version->rules[static_cast<std::size_t>(row_.rule)].limits)
      if (l.kind == BenefitLimitKind::Cap) tally.cap(side, first + static_cast<std::size_t>(l.cap), row_.amount);
  }

  const SubsidyContractCase& judged() const { return case_; }
  const SubsidyContractRow& row() const { return row_; }
  const std::string& note() const { return note_; }
  Money amount() const { return row_.eligible ? row_.amount : Money{}; }
  const std::string& article_number_text() const { return words_[place_].article_number_text(row_.rule); }
  const std::string& article() const { return case_.version->rules[static_cast<std::size_t>(row_.rule)].article; }

 private:
  bool several() const { return loaded_.size() > 1; }
  const std::string& number(const BenefitPolicy& v) const {
    return set_.documents[static_cast<std::size_t>(v.document)].number;
  }
  std::size_t loaded_place() const {
    return static_cast<std::size_t>(std::find(loaded_.begin(), loaded_.end(), case_.version) - loaded_.begin());
  }

  const PolicySet& set_;
  std::vector<const BenefitPolicy*> loaded_;
  PolicyVersionsRun versions_;
  std::vector<std::size_t> first_rule_, first_cap_;
  std::vector<SubsidyRowWords> words_;  // per loaded version
  std::size_t place_ = 0;               // the row's version among loaded_
  std::vector<int> field_of_row_;       // per fact row of the document: its field in a row (-1: none)
  SubsidyContractCase case_;
  SubsidyContractRow row_;
  CapSlots used_;
  std::string note_;
};

// A row's cells after its input's: written cell by cell (the result cells
// are words, amounts and numbers, which need no quoting).
void write_result(csv::Writer& out, bool ok, const ContractSide& side, std::string_view error, const Money* baseline,
                  std::string& cell) {
  const SubsidyContractRow& r = side.row();
  if (!ok) {
    for (int i = 0; i < 6; ++i) out.raw({});
  } else if (!r.eligible) {
    for (std::string_view c : {std::string_view("no"), std::string_view("0.00"), {}, {}, {}, {}}) out.raw(c);
  } else {
    out.raw("yes");
    cell.clear();
    append_money(cell, r.amount.fen);
    out.raw(cell);
    out.raw(side.article_number_text());
    out.raw(r.capped_by);
    out.raw(r.payee);
    cell.clear();
    append_int(cell, r.payable_year);
    out.raw(cell);
  }
  out.text(ok ? std::string_view(side.note()) : std::string_view{});
  out.text(error);
  if (!baseline) return;
  cell.clear();
  if (ok) append_money(cell, baseline->fen);
  out.raw(cell);
  cell.clear();
  if (ok) append_change(cell, side.amount().fen - baseline->fen);
  out.raw(cell);
}

// The common row, written in place in the output buffer: the input's bytes
// (a CSV row that needs no quoting), then the result cells, as
// write_result and csv::Writer write them cell by cell (the CLI cases hold
// the two to the same bytes: csv-formula and quoting cases go cell by cell).
void write_in_place(csv::Writer& out, std::string_view verbatim, bool ok, const ContractSide& side,
                    std::string_view error, const Money* baseline) {
  const SubsidyContractRow& r = side.row();
  const std::string& article = r.eligible ? side.article_number_text() : side.note();  // any string when unpaid
  char* p = csv::row_room(out, verbatim.size() + 96 + article.size() + r.capped_by.size() + r.payee.size() +
                                   csv::max_text(side.note().size()) + csv::max_text(error.size()));
  p = put(p, verbatim);
  if (!ok) {
    p = put(p, ",,,,,,,");
  } else if (!r.eligible) {
    p = put(p, ",no,0.00,,,,,");
  } else {
    p = put(p, ",yes,");
    p = put_money(p, r.amount.fen);
    *p++ = ',';
    p = put(p, article);
    *p++ = ',';
    p = put(p, r.capped_by);
    *p++ = ',';
    p = put(p, r.payee);
    *p++ = ',';
    p = put_int(p, r.payable_year);
    *p++ = ',';
  }
  if (ok) p = csv::put_text(p, side.note());
  *p++ = ',';
  if (!error.empty()) p = csv::put_text(p, error);
  if (baseline) {
    *p++ = ',';
    if (ok) p = put_money(p, baseline->fen);
    *p++ = ',';
    if (ok) p = put_change(p, side.amount().fen - baseline->fen);
  }
  *p++ = '\n';
  csv::commit_row(out, p);
}

// A row's evaluation under both sides; false, with `error`, for a row that fails.
struct RowAttempt {
  bool ok = true;
  std::string error;
  template <typename Step>
  void operator()(Step step, std::string_view prefix = {}) {
    if (!ok) return;
    try {
      step();
    } catch (const InputError& e) {
      ok = false;
      error = std::string(prefix) + e.what();
    }
  }
};

// What a run keeps from row to row, and one row judged, paid and written.
struct ContractRun {
  ContractRun(const BatchOptions& o, csv::Writer& w, BatchRun& r, ContractSide& c, ContractSide* b, ChangeTally* t)
      : options(o), out(w), run(r), current(c), baseline(b), tally(t) {}

  const BatchOptions& options;
  csv::Writer& out;
  BatchRun& run;
  ContractSide& current;
  ContractSide* baseline;  // --baseline
  ChangeTally* tally;      // --baseline
  const bool may_write_in_place = out.format() == csv::OutputFormat::Csv && !options.cell_by_cell;
  const std::vector<int>& index = run.header().index;
  std::vector<std::string_view> cells = std::vector<std::string_view>(index.size());
  Money baseline_total;
  std::string cell;

  // Row `fields` of `enterprise` (its number; any number when the row names none).
  void row(const csv::Cells& fields, const csv::RecordInfo& info, std::uint32_t enterprise) {
    const auto subsidy_cells = [&] {
      for (std::size_t k = 0; k < cells.size(); ++k) cells[k] = field(fields, index[k]);
      return cells.data();
    };
    RowAttempt attempt;
    attempt.ok = run.start_row(fields.size(), attempt.error);
    attempt([&] { current.judge(fields, subsidy_cells, enterprise, options.strict); });
    attempt([&] {
      if (current.row().eligible && !run.has_room(current.amount())) throw InputError(total_overflow_error());
    });
    if (baseline)
      attempt(
          [&] {
            baseline->judge(fields, subsidy_cells, enterprise, options.strict);
            if (!sum_fits(baseline_total, baseline->amount())) throw InputError(total_overflow_error());
          },
          "under --baseline: ");
    if (attempt.ok)
      pay(info.line, field(fields, index[kSubsidyId]), field(fields, index[kSubsidyEnterprise]), enterprise);
    if (!attempt.ok) run.fail(info.line, attempt.error);
    const Money base = baseline ? baseline->amount() : Money{};
    if (may_write_in_place && input_verbatim(info, fields, run.width())) {
      write_in_place(out, info.verbatim, attempt.ok, current, attempt.error, baseline ? &base : nullptr);
      return;
    }
    write_input_cells(out, info, fields, run.width());
    write_result(out, attempt.ok, current, attempt.error, baseline ? &base : nullptr, cell);
    out.end_row();
  }

  // A row answered: what it is paid charged to its enterprise's caps and
  // counted in the summary (and --baseline's the same under the baseline).
  void pay(std::uint64_t line, std::string_view id, std::string_view enterprise_id, std::uint32_t enterprise) {
    if (current.row().eligible) {
      const Money amount = current.amount();
      current.charge(line);
      run.pay(current.article_heading(), amount);
      tally_caps(*current.judged().version, current.judged().result, current.caps_of(run.summary().by_cap));
      run.answered();
      run.ranking().offer(line, id, enterprise_id, current.article(), amount);
      if (tally) current.tally(*tally, Side::Current);
    }
    if (!baseline) return;
    if (baseline->row().eligible) {
      baseline->charge(line);
      baseline_total += baseline->amount();
      baseline->tally(*tally, Side::Baseline);
    }
    tally->row(line, id, enterprise_id, enterprise, baseline->amount(), current.amount());
  }
};

// Rows are taken kLookahead at a time so that memory is not waited for:
// each row's enterprise is hashed and its table slot prefetched, then each
// is numbered (in input order) and its ledgers prefetched, and only then
// are the rows judged (as batch_subsidy.cpp does).
constexpr std::size_t kLookahead = 32;

}  // namespace

BatchSummary batch_detail::run_subsidy_contract_batch(const PolicySet& set, csv::Reader& in, csv::Writer& out,
                                                      const BatchOptions& options) {
  std::unique_ptr<ContractSide> baseline;
  if (options.baseline) {
    if (!find_subsidy_contract(*options.baseline))
      throw InputError(options.baseline->subsidy.types.empty()
                           ? "--baseline: no policy with a subsidy: section is in the baseline"
                           : subsidy_forms_differ(true));
    baseline = std::make_unique<ContractSide>(*options.baseline);
  }
  ContractSide current(set);
  BatchRun run(BatchKind::Subsidy, in, out, column_specs(subsidy_inputs()),
               baseline ? std::span<const char* const>(kOutputsWithBaseline) : kOutputs, options);
  for (const std::string& label : current.article_labels()) run.summary().by_article.push_back({label, 0, {}});
  for (const std::string& label : current.cap_labels()) run.summary().by_cap.push_back({label, 0, {}});
  std::unique_ptr<ChangeTally> tally;
  if (baseline)
    tally = std::make_unique<ChangeTally>(baseline->article_labels(), current.article_labels(), baseline->cap_labels(),
                                          current.cap_labels());
  current.bind(run.header().index);
  if (baseline) baseline->bind(run.header().index);
  ContractRun rows(options, out, run, current, baseline.get(), tally.get());
  const int column = run.header().index[kSubsidyEnterprise];
  TextMap enterprises;
  std::array<csv::Cells, kLookahead> fields;
  std::array<csv::RecordInfo, kLookahead> infos;
  std::array<TextKey, kLookahead> keys;
  std::array<std::uint32_t, kLookahead> enterprise_of{};
  while (const std::size_t count = in.next_records(fields.data(), infos.data(), kLookahead)) {
    // The cells come from the reader: padded (padded_key).
    for (std::size_t k = 0; k < count; ++k) {
      const bool named = column >= 0 && static_cast<std::size_t>(column) < fields[k].size();
      keys[k] = padded_key(named ? fields[k].begin()[column] : std::string_view{});
      if (!keys[k].text.empty()) enterprises.prefetch(keys[k]);
    }
    // Counted even for a row whose facts are refused, as batch subsidy counts them.
    for (std::size_t k = 0; k < count; ++k) {
      if (keys[k].text.empty()) continue;
      enterprise_of[k] = enterprises.find_or_insert(keys[k], static_cast<std::uint32_t>(enterprises.size()));
      current.prefetch(enterprise_of[k]);
      if (baseline) baseline->prefetch(enterprise_of[k]);
    }
    for (std::size_t k = 0; k < count; ++k) rows.row(fields[k], infos[k], keys[k].text.empty() ? 0 : enterprise_of[k]);
  }
  BatchSummary summary = run.finish(enterprises.size());
  if (tally) summary.change = tally->finish();
  return summary;
}

}  // namespace hdpolicy
