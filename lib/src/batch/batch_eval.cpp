// `batch eval POLICY`: one claim per row on a document of declared shape.
// The columns are the document's facts; the result columns are its
// declared outputs (kBenefitOutputs), then note and error. Rows of one
// enterprise share its caps per calendar year of the claim (or over every
// year, for a cap kept per enterprise), in input order:
// what an earlier row was paid under a cap is `received` for the next.
// --baseline: each row again under the baseline's document of the same id,
// its facts read from the columns of their names, with its own ledger.
#include <fmt/format.h>

#include <algorithm>

#include "batch/batch_change.hpp"
#include "batch/batch_columns.hpp"
#include "batch/batch_index.hpp"
#include "batch/batch_run.hpp"
#include "batch/benefit_ledger.hpp"
#include "hdpolicy/batch.hpp"
#include "hdpolicy/benefit_report.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/eval_target.hpp"

namespace hdpolicy {
namespace {

using namespace batch_detail;

std::vector<const char*> output_names(bool baseline) {
  std::vector<const char*> names;
  for (const auto& o : kBenefitOutputs) names.push_back(o.key.data());  // literals: NUL-terminated
  names.push_back("note");
  names.push_back("error");
  if (baseline) {
    names.push_back("baseline_amount");
    names.push_back("change");
  }
  return names;
}

// A row's places in them: -1 where the row names no enterprise (or value).
struct RowOwners {
  std::int64_t enterprise = -1, each = -1;
};

// The row's place in the ledger of caps kept for each value of a key fact:
// its enterprise and that value (-1: either not given, or no such cap).
std::int64_t each_owner(const BenefitPolicy& p, const std::vector<std::string_view>& cells, std::int64_t enterprise,
                        TextMap& owners, std::string& key) {
  if (enterprise < 0 || p.each_key < 0) return -1;
  const std::string_view value = cells[static_cast<std::size_t>(p.each_key)];
  if (value.empty()) return -1;
  key.assign(cells[static_cast<std::size_t>(p.facts->enterprise)]);
  key += '\x1f';
  key += value;
  return owners.find_or_insert(key, static_cast<std::uint32_t>(owners.size()));
}

// The audit trail of a row a cap cut: what earlier rows of the enterprise
// (or of the person, for a cap kept for each) were paid under it, and the
// last of those lines ("annual: 600,000.00 paid on earlier rows in 2026,
// last on line 2"). Only rows a cap cut, so an ordinary row allocates nothing.
void note_caps_used(const BenefitPolicy& p, const BenefitResult& result, const CapSlots& used, int year,
                    std::string& note) {
  for (std::int16_t i : result.paid) {
    const BenefitRuleOutcome& o = result.rules[static_cast<std::size_t>(i)];
    if (o.capped_by < 0) continue;
    const BenefitLimit& l = p.rules[static_cast<std::size_t>(i)].limits[static_cast<std::size_t>(o.capped_by)];
    const CapUse* u = l.kind == BenefitLimitKind::Cap ? used.at(p, static_cast<std::size_t>(l.cap)) : nullptr;
    if (!u || u->line == 0) continue;
    const BenefitCap& cap = p.caps[static_cast<std::size_t>(l.cap)];
    // Appended piece by piece: a batch may have many such rows.
    if (!note.empty()) note += "; ";
    (note += cap.id) += ": ";
    if (cap.times > 0) {
      note += "paid ";
      append_int(note, u->used.fen);
      note += u->used.fen == 1 ? " time" : " times";
    } else {
      append_money_grouped(note, u->used.fen);
      note += " paid";
    }
    note += " on earlier rows";
    if (cap.each >= 0) (note += " for this ") += p.facts->rows[static_cast<std::size_t>(cap.each)].id;
    if (cap.per != CapPeriod::Enterprise) note += " in ", append_int(note, year);
    note += ", last on line ";
    append_int(note, static_cast<std::int64_t>(u->line));
  }
}

// A row's claim, result and view, whose storage is reused from row to row.
struct EvalRow {
  bool ok = true;
  const BenefitPolicy* version = nullptr;  // the version the claim was judged under
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

// The row's claim evaluated as `hdpolicy eval` does it, with what the
// enterprise was paid under each cap (this year, or in all); charged to
// nothing yet. Returns the enterprise's ledger slots (null: no enterprise).
// `enterprise_index`: the row's enterprise by its index in the run, -1 when the row names none.
// The row's facts into `row.claim` (versions take the same facts: read once).
void read_claim(const PolicyVersionsRun& versions, const std::vector<std::string_view>& cells, EvalRow& row) {
  if (versions.reader().read(cells.data(), row.claim)) return;
  const FactTable& t = *versions.policy(0).facts;
  read_benefit_facts(versions.policy(0), row_texts(t.rows, cells.data()), FieldStyle::Column, Date{}, row.claim);
}

// The claim read into `row.claim`, judged under its date's version.
CapSlots judge_claim(const PolicySet& set, PolicyVersionsRun& versions, RowOwners owners, const BatchOptions& options,
                     EvalRow& row) {
  BenefitClaim& claim = row.claim;
  BenefitResult& result = row.result;
  const std::size_t k = versions.pick(claim.date);
  const BenefitPolicy& p = versions.policy(k);
  CapLedgers& ledgers = versions.ledgers();
  row.version = &p;
  CapSlots used;
  const int year = year_of(claim.date);
  if (owners.enterprise >= 0)
    std::tie(used.year, used.whole) = ledgers.enterprise.slots(static_cast<std::uint32_t>(owners.enterprise), year);
  if (owners.each >= 0)
    std::tie(used.each_year, used.each_whole) = ledgers.each.slots(static_cast<std::uint32_t>(owners.each), year);
  claim.received.assign(p.caps.size(), Money{});
  for (std::size_t i = 0; i < p.caps.size(); ++i)
    if (const CapUse* u = used.at(p, i)) claim.received[i] = u->used;
  evaluate_benefit(versions.document(k), p, claim, result);
  fill_benefit_view(set, p, claim, result, FieldStyle::Column, Lang::En, false, row.view);
  if (options.strict && !row.view.assumptions.empty())
    throw InputError(strict_refusal(row.view.assumptions, RefusalLayout::OneLine));
  const auto& said = result.eligible() ? row.view.assumptions : row.view.reasons;
  for (std::size_t i = 0; i < said.size(); ++i) (row.note += i ? "; " : "") += said[i];
  if (result.eligible() && used) note_caps_used(p, result, used, year, row.note);
  return used;
}

CapSlots evaluate_claim(const PolicySet& set, PolicyVersionsRun& versions, const std::vector<std::string_view>& cells,
                        RowOwners owners, const BatchOptions& options, EvalRow& row) {
  read_claim(versions, cells, row);
  return judge_claim(set, versions, owners, options, row);
}

// What names the row beside its enterprise: the first other key fact (person_id), else nothing.
std::string_view row_id(const BenefitPolicy& p, const std::vector<std::string_view>& cells) {
  return p.facts->other_key >= 0 ? cells[static_cast<std::size_t>(p.facts->other_key)] : std::string_view{};
}

// The row's answer under the current policies paid: charged to its
// enterprise's caps (`used`) and to the run's totals.
void pay_row(const std::vector<std::string_view>& cells, const CapSlots& used, BatchRun& run, std::uint64_t line,
             EvalRow& row) {
  const BenefitPolicy& p = *row.version;
  const FactTable& t = *p.facts;
  const BenefitResult& result = row.result;
  if (!result.eligible()) return;
  std::string_view enterprise = t.enterprise >= 0 ? cells[static_cast<std::size_t>(t.enterprise)] : "";
  const Money amount = result.amount();
  if (!run.has_room(amount)) throw InputError(total_overflow_error());
  charge_caps(p, result, used, line);
  run.answered();
  // A stacked rule cut to nothing is not counted under its article; the one rule chosen always is.
  for (std::int16_t i : result.paid)
    if (const Money a = result.rules[static_cast<std::size_t>(i)].amount; !p.pay_all || a.fen > 0)
      run.pay(static_cast<std::size_t>(i), a);
  tally_caps(p, result, run.summary().by_cap);
  run.ranking().offer(line, row_id(p, cells), enterprise, row.view.values[kOutRule], amount);
}

// The articles (each rule) and caps of a document, as a summary heads them.
std::vector<std::string> article_labels(const BenefitPolicy& p) {
  std::vector<std::string> labels;
  for (const BenefitRule& rule : p.rules)
    labels.push_back(fmt::format("{} {} ({})", rule.article, rule.id, rule.name.zh));
  return labels;
}
std::vector<std::string> cap_labels(const BenefitPolicy& p) {
  std::vector<std::string> labels;
  for (const BenefitCap& cap : p.caps) labels.push_back(fmt::format("{} ({})", cap.id, cap.label.zh));
  return labels;
}

// --baseline: the baseline's document of the same id, its facts matched to
// the current document's columns by id, its own ledger and total.
class EvalBaseline {
 public:
  EvalBaseline(const PolicySet& set, const BenefitPolicy& baseline, const BenefitPolicy& current)
      : set_(set),
        policy_(baseline),
        versions_(set, baseline, false),
        cells_(baseline.inputs().size()),
        tally_(article_labels(baseline), article_labels(current), cap_labels(baseline), cap_labels(current)) {
    // Only the facts read from a column (a derived fact has none: the row's cells stop before them).
    const auto facts = current.inputs();
    const std::size_t columns = column_specs(facts).size();
    for (const InputDef& def : baseline.inputs()) {
      auto at = std::find_if(facts.begin(), facts.end(), [&](const InputDef& f) { return f.id == def.id; });
      const bool read = at != facts.end() && static_cast<std::size_t>(at - facts.begin()) < columns;
      column_.push_back(read ? static_cast<int>(at - facts.begin()) : -1);
    }
  }

  // The row under the baseline, charged to nothing yet; a row it cannot
  // answer fails, naming the baseline.
  void evaluate(const std::vector<std::string_view>& cells, std::int64_t enterprise, const BatchOptions& options,
                EvalRow& row) {
    for (std::size_t i = 0; i < column_.size(); ++i)
      cells_[i] = column_[i] < 0 ? std::string_view{} : cells[static_cast<std::size_t>(column_[i])];
    base_.reset();
    try {
      const RowOwners owners{enterprise, each_owner(policy_, cells_, enterprise, each_, key_)};
      used_ = evaluate_claim(set_, versions_, cells_, owners, options, base_);
      if (base_.result.eligible() && !sum_fits(total_, base_.result.amount())) throw InputError(total_overflow_error());
    } catch (const InputError& e) {
      row.ok = false;
      row.error = std::string("under --baseline: ") + e.what();
    }
  }

  // A row answered under both: the baseline pays it too, and the change is counted.
  void compare(const BenefitPolicy& current, const std::vector<std::string_view>& cells, const EvalRow& row,
               std::uint64_t line, std::string_view enterprise_id, std::uint32_t enterprise) {
    const Money base = base_.result.amount();
    charge_caps(*base_.version, base_.result, used_, line);
    total_ += base;
    tally(Side::Baseline, *base_.version, base_.result);
    tally(Side::Current, *row.version, row.result);
    tally_.row(line, row_id(current, cells), enterprise_id, enterprise, base, row.result.amount());
  }

  Money amount() const { return base_.result.amount(); }
  BatchChange finish() { return tally_.finish(); }

 private:
  void tally(Side side, const BenefitPolicy& p, const BenefitResult& r) {
    if (!r.eligible()) return;
    for (std::int16_t i : r.paid) {
      const Money amount = r.rules[static_cast<std::size_t>(i)].amount;
      if (p.pay_all && amount.fen == 0) continue;  // as pay_row counts the articles
      tally_.article(side, static_cast<std::size_t>(i), amount);
      for (const BenefitLimit& l : p.rules[static_cast<std::size_t>(i)].limits)
        if (l.kind == BenefitLimitKind::Cap) tally_.cap(side, static_cast<std::size_t>(l.cap), amount);
    }
  }

  const PolicySet& set_;
  const BenefitPolicy& policy_;
  PolicyVersionsRun versions_;
  TextMap each_;  // enterprise and key value -> its place in ledgers_.each
  std::string key_;
  std::vector<int> column_;  // per baseline fact: its place among the current facts (-1: none)
  std::vector<std::string_view> cells_;
  EvalRow base_;
  CapSlots used_;
  Money total_;
  ChangeTally tally_;
};

void write_row(csv::Writer& out, const EvalRow& row, const EvalBaseline* baseline, std::string& cell) {
  for (std::size_t i = 0; i < kBenefitOutputCount; ++i) {
    if (row.ok)
      out.text(row.view.values[i]);
    else
      out.raw({});
  }
  out.text(row.note);
  out.text(row.error);
  if (baseline) {
    cell.clear();
    if (row.ok) append_money(cell, baseline->amount().fen);
    out.text(cell);
    cell.clear();
    if (row.ok) cell = change_text(baseline->amount(), row.result.amount());
    out.text(cell);
  }
  out.end_row();
}

}  // namespace

// The row's facts into `row.claim` (false, with `row.error`, when they
// cannot be read) and its enterprise's place in `enterprises` (-1: none
// given), whose slot is fetched from memory while the facts are read.
bool read_row(const PolicyVersionsRun& versions, const std::vector<std::string_view>& cells, TextMap& enterprises,
              EvalRow& row, std::int64_t& enterprise) {
  if (!row.ok) return false;
  const std::int16_t column = versions.policy(0).facts->enterprise;
  const bool given = column >= 0 && !cells[static_cast<std::size_t>(column)].empty();
  TextKey key;
  if (given) {
    key = text_key(cells[static_cast<std::size_t>(column)]);
    enterprises.prefetch(key);
  }
  try {
    read_claim(versions, cells, row);
  } catch (const InputError& e) {
    row.ok = false;
    row.error = e.what();
  }
  // Counted even for a row whose facts were refused, as every run has.
  if (given) enterprise = enterprises.find_or_insert(key, static_cast<std::uint32_t>(enterprises.size()));
  return row.ok;
}

// What each rule paid, charged to the caps it counts against, on `line`.
void batch_detail::charge_caps(const BenefitPolicy& p, const BenefitResult& result, const CapSlots& used,
                               std::uint64_t line) {
  if (!used || !result.eligible()) return;
  for (std::int16_t i : result.paid)
    for (const BenefitLimit& l : p.rules[static_cast<std::size_t>(i)].limits)
      if (CapUse* u = l.kind == BenefitLimitKind::Cap ? used.at(p, static_cast<std::size_t>(l.cap)) : nullptr) {
        Money charge =
            cap_charge(p.caps[static_cast<std::size_t>(l.cap)], result.rules[static_cast<std::size_t>(i)].amount);
        // A row the cap cut to nothing is not the last that was paid under it.
        if (charge.fen == 0) continue;
        u->used += charge;
        u->line = line;
      }
}

// The summary's "by cap": each cap a paid rule counts against, once per
// row, with what the rules under it paid (in yuan, for a cap on times too).
// As under "by article", a stacked rule cut to nothing is not counted.
void batch_detail::tally_caps(const BenefitPolicy& p, const BenefitResult& result, std::span<BatchTotal> by_cap) {
  if (result.paid.size() == 1) {  // one rule paid (not stacked): each cap it lists, once
    const auto rule = static_cast<std::size_t>(result.paid.front());
    const Money a = result.rules[rule].amount;
    if (p.pay_all && a.fen == 0) return;
    for (const BenefitLimit& l : p.rules[rule].limits)
      if (l.kind == BenefitLimitKind::Cap) {
        BatchTotal& t = by_cap[static_cast<std::size_t>(l.cap)];
        ++t.rows;
        t.amount += a;
      }
    return;
  }
  for (std::size_t c = 0; c < p.caps.size(); ++c) {
    bool counted = false;
    Money amount;
    for (std::int16_t i : result.paid) {
      const Money a = result.rules[static_cast<std::size_t>(i)].amount;
      if (p.pay_all && a.fen == 0) continue;
      const auto& limits = p.rules[static_cast<std::size_t>(i)].limits;
      if (std::none_of(limits.begin(), limits.end(), [c](const BenefitLimit& l) {
            return l.kind == BenefitLimitKind::Cap && static_cast<std::size_t>(l.cap) == c;
          }))
        continue;
      counted = true;
      amount += a;
    }
    if (!counted) continue;
    BatchTotal& t = by_cap[c];
    ++t.rows;
    t.amount += amount;
  }
}

BatchSummary run_eval_batch(const PolicySet& set, csv::Reader& in, csv::Writer& out, const BatchOptions& options) {
  // A document of the shapes before declared ones is run as its batch kind is.
  const EvalTarget target = find_eval_target(set, options.policy);
  if (target.shape == EvalShape::Subsidy) return run_subsidy_batch(set, in, out, options);
  if (target.shape == EvalShape::Hiring) return run_hiring_batch(set, in, out, options);
  if (target.shape != EvalShape::Declared)
    throw bad_value("POLICY", std::string(options.policy),
                    target.shape == EvalShape::Deadlines
                        ? eval_target_accepted(set) + " (its deadlines are dates: hdpolicy batch deadline)"
                        : eval_target_accepted(set));
  const BenefitPolicy* p = target.declared;
  std::unique_ptr<EvalBaseline> baseline;
  if (options.baseline) {
    const BenefitPolicy* b = find_benefit_policy(*options.baseline, p->id);
    if (!b)
      throw InputError(fmt::format("--baseline: no document with the id {} is in the baseline ({})", p->id,
                                   benefit_policy_list(*options.baseline)));
    baseline = std::make_unique<EvalBaseline>(*options.baseline, *b, *p);
  }
  const std::vector<ColumnSpec> specs = column_specs(p->inputs());
  const std::vector<const char*> outputs = output_names(baseline != nullptr);
  BatchRun run(BatchKind::Eval, in, out, specs, outputs, options);
  for (const std::string& label : article_labels(*p)) run.summary().by_article.push_back({label, 0, {}});
  for (const std::string& label : cap_labels(*p)) run.summary().by_cap.push_back({label, 0, {}});
  PolicyVersionsRun versions(set, *p, target.by_number);
  TextMap each;      // enterprise and key value -> its place in ledgers.each
  TextMap compared;  // --baseline: each enterprise, or each row that names none, for the change per enterprise
  std::string cell, key;
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
    // The claim under the current policies, then under the baseline, then
    // paid: a row either set cannot answer is charged to neither.
    const auto attempt = [&row](const auto& step) {
      if (!row.ok) return;
      try {
        step();
      } catch (const InputError& e) {
        row.ok = false;
        row.error = e.what();
      }
    };
    std::int64_t enterprise = -1;
    const bool read = read_row(versions, cells, enterprises, row, enterprise);
    CapSlots used;
    const RowOwners owners{enterprise, row.ok ? each_owner(*p, cells, enterprise, each, key) : -1};
    if (read) attempt([&] { used = judge_claim(set, versions, owners, options, row); });
    if (baseline) attempt([&] { baseline->evaluate(cells, enterprise, options, row); });
    attempt([&] { pay_row(cells, used, run, in.line(), row); });
    if (!row.ok) row.note.clear();
    if (!row.ok) run.fail(in.line(), row.error);
    if (row.ok && baseline) {
      const std::string_view e =
          p->facts->enterprise >= 0 ? cells[static_cast<std::size_t>(p->facts->enterprise)] : std::string_view{};
      if (e.empty())
        key = fmt::format("\x1f{}", in.line());
      else
        key.assign(e);
      const std::uint32_t index = compared.find_or_insert(key, static_cast<std::uint32_t>(compared.size()));
      baseline->compare(*p, cells, row, in.line(), e, index);
    }
    write_input_cells(out, in.info(), fields, run.width());
    write_row(out, row, baseline.get(), cell);
  }
  BatchSummary summary = run.finish(enterprises.size());
  if (baseline) summary.change = baseline->finish();
  return summary;
}

}  // namespace hdpolicy
