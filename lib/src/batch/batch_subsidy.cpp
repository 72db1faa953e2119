// `batch subsidy`: premium-subsidy claims from a CSV, with annual caps
// accumulated per enterprise and calendar year in input order. The hot path
// takes rows 32 at a time so that their enterprises' table slots and ledgers
// are prefetched before they are needed, parses cells with non-throwing
// parsers against tables built once, evaluates without allocation, and
// writes the common row in place in the output buffer; only a refused row
// goes through the throwing parser, to get the same message as the single
// command. How it was measured: bench/README.md.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <initializer_list>
#include <iterator>
#include <limits>
#include <memory>
#include <span>

#include "batch/batch_change.hpp"
#include "batch/batch_columns.hpp"
#include "batch/batch_digits.hpp"
#include "batch/batch_index.hpp"
#include "batch/batch_run.hpp"
#include "batch/subsidy_row.hpp"
#include "csv/in_place.hpp"
#include "hdpolicy/batch.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/subsidy.hpp"
#include "hdpolicy/subsidy_contract.hpp"
#include "hdpolicy/subsidy_report.hpp"
#include "report/subsidy_note.hpp"

namespace hdpolicy {
namespace {

using namespace batch_detail;

// The columns are the rows of subsidy_inputs(), in its order: the claim's
// first (kId .. kDate), then one per fact, up to the fixed maximum (a fact
// the table does not have is an absent column, read as "").
enum Column {
  kId = kSubsidyId,
  kEnterprise = kSubsidyEnterprise,
  kType = kSubsidyType,
  kPremium = kSubsidyPremium,
  kDate = kSubsidyDate,
  kFirstFact = kSubsidyFirstFact,
  kColumnCount = kSubsidyFirstFact + kMaxSubsidyFacts
};

constexpr const char* kOutputs[] = {"eligible", "subsidy",      "article", "capped_by",
                                    "payee",    "payable_year", "note",    "error"};

// The fixed result cells of a row. In CSV they are joined and written in one
// piece, as they never need quoting or neutralising (words, amounts,
// numbers); JSON Lines writes them one by one.
void write_cells(csv::Writer& out, std::string& joined, std::initializer_list<std::string_view> cells) {
  if (out.format() != csv::OutputFormat::Csv) {
    for (std::string_view c : cells) out.raw(c);
    return;
  }
  joined.clear();
  bool first = true;
  for (std::string_view c : cells) {
    if (!first) joined.push_back(',');
    first = false;
    joined.append(c);
  }
  out.verbatim(joined, cells.size());
}

std::string refusal(const PolicySet& set, const std::string_view* c) {
  if (std::string missing = missing_in_row(set, subsidy_inputs(), c); !missing.empty()) return missing;
  try {
    parse_subsidy_claim(set, row_texts(subsidy_inputs(), c), Date{}, FieldStyle::Column);
  } catch (const InputError& e) {
    return e.what();
  }
  return "the row could not be read";  // not reached: parse_row accepts what the parser accepts
}

// How many amounts a ledger keeps per enterprise and year for a set: one
// per cap slot (Cap::slot, a cap id shared by its versions), indexed as
// evaluate_subsidy's `used` is; slots are cap indexes, so the caps' count
// leaves room for each.
std::size_t cap_accumulators(const PolicySet& set) { return set.subsidy.caps.size(); }

// The enterprises of a batch, numbered as they first appear: a ledger (one
// per set compared) keeps its amounts by that number.
class Enterprises {
 public:
  // Starts loading the enterprise's table slot, before it is looked up.
  void prefetch_slot(const TextKey& key) const { map_.prefetch(key); }
  std::uint32_t number(const TextKey& key) { return map_.find_or_insert(key, static_cast<std::uint32_t>(map_.size())); }
  std::uint64_t size() const { return map_.size(); }

 private:
  TextMap map_;
};

// Per enterprise and calendar year, what it was paid under each cap, in
// input order. Per enterprise, one block of `stride` words: the claim years
// it has used (up to kInlineYears, each held in a Money's int64), then what
// it used under each cap in each of them, so that a row's ledger is one
// block to prefetch. Further years go to spill_slots_ and spill_.
class EnterpriseLedger {
 public:
  explicit EnterpriseLedger(std::size_t cap_count) : cap_count_(cap_count), stride_(kInlineYears * (1 + cap_count)) {}

  // The enterprise's block, made when new, prefetched before it is used.
  void prefetch(std::uint32_t enterprise) {
    if ((enterprise >> kBookBits) >= books_.size()) add_book();
    // Every cache line the block touches: it need not start on a line.
    const auto begin = reinterpret_cast<std::uintptr_t>(book_of(enterprise));
    for (std::uintptr_t line = begin & ~std::uintptr_t{63}; line < begin + stride_ * sizeof(Money); line += 64)
      __builtin_prefetch(reinterpret_cast<const void*>(line));
  }

  // What the enterprise used under each cap in the claim's year.
  std::span<Money> used(std::uint32_t enterprise, int year) {
    Money* book = book_of(enterprise);
    for (std::size_t i = 0; i < kInlineYears; ++i) {
      if (book[i].fen == kFreeYear) book[i].fen = year;
      if (book[i].fen == year) return std::span<Money>(book + kInlineYears + i * cap_count_, cap_count_);
    }
    return spilled(enterprise, year);
  }

 private:
  static constexpr std::size_t kInlineYears = 3;
  static constexpr std::int64_t kFreeYear = std::numeric_limits<std::int64_t>::min();
  // Blocks of 4,096 enterprises: growing never copies (or briefly doubles) what is held.
  static constexpr std::size_t kBookBits = 12;

  Money* book_of(std::uint32_t enterprise) const {
    return books_[enterprise >> kBookBits].get() + (enterprise & ((1U << kBookBits) - 1)) * stride_;
  }

  void add_book() {
    const std::size_t words = stride_ << kBookBits;
    books_.push_back(std::make_unique<Money[]>(words));  // zero: nothing used
    for (std::size_t e = 0; e < words; e += stride_)
      std::fill_n(books_.back().get() + e, kInlineYears, Money{kFreeYear});
  }

  // An enterprise's claims in more than kInlineYears years.
  std::span<Money> spilled(std::uint32_t enterprise, int year) {
    std::uint64_t key = (static_cast<std::uint64_t>(enterprise) << 32) | static_cast<std::uint32_t>(year);
    std::uint32_t slot = spill_slots_.find_or_insert(
        key, static_cast<std::uint32_t>(spill_.size() / std::max<std::size_t>(cap_count_, 1)));
    if (static_cast<std::size_t>(slot + 1) * cap_count_ > spill_.size()) spill_.resize(spill_.size() + cap_count_);
    return std::span<Money>(spill_.data() + static_cast<std::size_t>(slot) * cap_count_, cap_count_);
  }

  std::size_t cap_count_, stride_;
  std::vector<std::unique_ptr<Money[]>> books_;
  IntMap spill_slots_;        // (enterprise << 32 | year) → slot
  std::vector<Money> spill_;  // slot × cap_count: what the enterprise received under each cap that year
};

// Rows are read kLookahead at a time so that memory is not waited for:
// first each row's enterprise is hashed and its slot prefetched, then each
// is looked up (in input order) and its ledger blocks prefetched (one per
// set compared); only then are the rows evaluated.
constexpr std::size_t kLookahead = 32;

void look_up_enterprises(Enterprises& enterprises, std::span<EnterpriseLedger* const> ledgers, const csv::Cells* rows,
                         std::size_t count, std::size_t column, std::uint32_t* enterprise_of) {
  std::array<TextKey, kLookahead> keys;
  for (std::size_t k = 0; k < count; ++k) {
    keys[k] = padded_key(column < rows[k].size() ? rows[k][column] : std::string_view{});
    if (!keys[k].text.empty()) enterprises.prefetch_slot(keys[k]);
  }
  for (std::size_t k = 0; k < count; ++k) {
    if (keys[k].text.empty()) continue;
    enterprise_of[k] = enterprises.number(keys[k]);
    for (EnterpriseLedger* ledger : ledgers) ledger->prefetch(enterprise_of[k]);
  }
}

// A paid row's fixed cells, per rule and per limit that cut the amount
// (index 0: none did; i + 1: limit i), made once so that a row picks them.
struct ResultTexts {
  std::vector<std::string> article;                                     // "4"
  std::vector<std::string_view> payee;                                  // "applicant"
  std::vector<std::array<std::string_view, kMaxLimits + 1>> capped_by;  // "annual-cap", "" when none cut it
  std::vector<std::array<std::string, kMaxLimits + 1>>
      middle;                     // ",4,annual-cap,applicant,": from the amount to the year
  std::size_t max_cells = 0;      // the longest the fixed result cells of a CSV row can be
  bool baseline_columns = false;  // --baseline: baseline_subsidy and change end the row
};

ResultTexts result_texts(const PolicySet& set, bool baseline_columns) {
  const SubsidyPolicies& sp = set.subsidy;
  ResultTexts t;
  t.capped_by.resize(sp.rules.size());
  t.middle.resize(sp.rules.size());
  for (std::size_t r = 0; r < sp.rules.size(); ++r) {
    t.article.push_back(std::to_string(sp.rules[r].article_number));
    t.payee.push_back(sp.rules[r].payee == Payee::Insurer ? "insurer" : "applicant");
    for (std::size_t i = 0; i <= kMaxLimits && i <= sp.rules[r].limits.size(); ++i) {
      RuleOutcome o;
      o.rule = static_cast<std::int32_t>(r);
      o.cut_by = static_cast<std::int8_t>(static_cast<int>(i) - 1);
      t.capped_by[r][i] = capped_by_name(set, o);
    }
    for (std::size_t i = 0; i <= kMaxLimits; ++i) {
      t.middle[r][i] = fmt::format(",{},{},{},", t.article[r], t.capped_by[r][i], t.payee[r]);
      t.max_cells = std::max(t.max_cells, t.middle[r][i].size());
    }
  }
  t.max_cells += 64;  // ",yes," an amount of up to 20 digits, a year, the commas and the line end
  t.baseline_columns = baseline_columns;
  if (baseline_columns) t.max_cells += 64;  // two commas, an amount and a signed one
  return t;
}

// A row's answer, as its result cells give it.
struct SubsidyRow {
  bool ok = false;
  const RuleOutcome* chosen = nullptr;  // the article that pays; null when none does or the row failed
  int payable_year = 0;
  const std::string* note_csv = nullptr;  // rows written in place only: the note as a CSV cell, instead of `note`
  std::string note, error;
  Money baseline, current;  // --baseline, a row answered: what each set pays it (0.00 when it does not)
};

// --baseline's cells, after the error: the baseline's amount and the change,
// empty for a row that failed.
char* put_baseline_cells(char* p, const SubsidyRow& row) {
  *p++ = ',';
  if (row.ok) p = put_money(p, row.baseline.fen);
  *p++ = ',';
  if (row.ok) p = put_change(p, row.current.fen - row.baseline.fen);
  return p;
}

// The common row, written in place: the input's bytes, then the results.
void write_in_place(csv::Writer& out, std::string_view verbatim, const SubsidyRow& row, const ResultTexts& t) {
  char* p = csv::row_room(out, verbatim.size() + t.max_cells + csv::max_text(row.note.size()) +
                                   (row.note_csv ? row.note_csv->size() : 0) + csv::max_text(row.error.size()));
  std::memcpy(p, verbatim.data(), verbatim.size());
  p += verbatim.size();
  if (!row.ok) {
    p = put(p, ",,,,,,,");
  } else if (!row.chosen) {
    p = put(p, ",no,0.00,,,,,");
  } else {
    p = put(p, ",yes,");
    p = put_money(p, row.chosen->amount.fen);
    p = put(p, t.middle[static_cast<std::size_t>(row.chosen->rule)][static_cast<std::size_t>(row.chosen->cut_by + 1)]);
    p = put_int(p, row.payable_year);
    *p++ = ',';
  }
  p = row.note_csv ? put(p, *row.note_csv) : csv::put_text(p, row.note);
  *p++ = ',';
  if (!row.error.empty()) p = csv::put_text(p, row.error);
  if (t.baseline_columns) p = put_baseline_cells(p, row);
  *p++ = '\n';
  csv::commit_row(out, p);
}

// Any row, cell by cell: JSON Lines, or a CSV row whose input cells must be
// quoted or neutralised again. It writes what write_in_place writes (the
// test "batch subsidy: rows written in place equal rows written cell by cell"
// and bench/writer_check.sh hold them to it).
class CellWriter {
 public:
  void write(csv::Writer& out, const csv::RecordInfo& record, const csv::Cells& fields, std::size_t width,
             const SubsidyRow& row, const ResultTexts& t) {
    write_input_cells(out, record, fields, width);
    if (!row.ok) {
      write_cells(out, joined_, {{}, {}, {}, {}, {}, {}});
      out.text(row.note);
      out.text(row.error);
    } else if (!row.chosen) {
      write_cells(out, joined_, {"no", "0.00", {}, {}, {}, {}});
      out.text(row.note);
      out.raw({});
    } else {
      const auto r = static_cast<std::size_t>(row.chosen->rule);
      amount_.clear();
      append_money(amount_, row.chosen->amount.fen);
      year_.clear();
      append_int(year_, row.payable_year);
      write_cells(out, joined_,
                  {"yes", amount_, t.article[r], t.capped_by[r][static_cast<std::size_t>(row.chosen->cut_by + 1)],
                   t.payee[r], year_});
      out.text(row.note);
      out.raw({});
    }
    if (t.baseline_columns) write_baseline_cells(out, row);
    out.end_row();
  }

 private:
  void write_baseline_cells(csv::Writer& out, const SubsidyRow& row) {
    amount_.clear();
    year_.clear();  // here: the change
    if (row.ok) {
      append_money(amount_, row.baseline.fen);
      append_change(year_, row.current.fen - row.baseline.fen);
    }
    write_cells(out, joined_, {amount_, year_});
  }

  std::string amount_, year_, joined_;
};

// Whether two sets read every row into the same claim: the claim holds
// types and industries as indexes into the set's lists, which parse_row
// reads by id and alias.
template <typename T>
bool same_names(const std::vector<T>& a, const std::vector<T>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](const T& x, const T& y) { return x.id == y.id && x.aliases == y.aliases; });
}
bool claims_read_alike(const PolicySet& a, const PolicySet& b) {
  return same_names(a.subsidy.types, b.subsidy.types) && same_names(a.subsidy.industries, b.subsidy.industries);
}

// Each heading's label, as the summary names it: "第四条 (catalogue)"; "catalogue".
// With successive versions each version's articles and caps are counted
// apart, named by document: "第四条 (catalogue, 海金融发〔2025〕4号)".
std::string document_of(const PolicySet& set, std::int32_t document) {
  return set.documents[static_cast<std::size_t>(document)].number;
}
std::vector<std::string> article_labels(const PolicySet& set) {
  const bool versions = set.subsidy.versions.windows.size() > 1;
  std::vector<std::string> labels;
  for (const auto& rule : set.subsidy.rules)
    labels.push_back(versions ? fmt::format("{} ({}, {})", rule.article, rule.id, document_of(set, rule.document))
                              : fmt::format("{} ({})", rule.article, rule.id));
  return labels;
}
std::vector<std::string> cap_labels(const PolicySet& set) {
  const bool versions = set.subsidy.versions.windows.size() > 1;
  std::vector<std::string> labels;
  for (const auto& cap : set.subsidy.caps)
    labels.push_back(versions ? fmt::format("{} ({})", cap.id, document_of(set, cap.document)) : cap.id);
  return labels;
}

// The chosen rule's amount charged to each cap it lists: in the
// enterprise's ledger (`used`, the claim's year) and through `charge`.
template <typename Charge>
void charge_caps(const PolicySet& set, const RuleOutcome& chosen, std::span<Money> used, Charge charge) {
  for (const Limit& limit : set.subsidy.rules[static_cast<std::size_t>(chosen.rule)].limits) {
    if (limit.kind != LimitKind::Cap) continue;
    // The enterprise's ledger is kept per cap id (slot), across versions.
    used[static_cast<std::size_t>(set.subsidy.caps[static_cast<std::size_t>(limit.cap)].slot)] += chosen.amount;
    charge(static_cast<std::size_t>(limit.cap));
  }
}

// --baseline: each row evaluated again under the baseline policies, with
// evaluate_subsidy, its own ledger (caps accumulate separately under each
// set) and, when the sets read rows differently, its own reading of the row.
struct BaselineSide {
  const PolicySet& set;
  const bool reads_alike;  // both sets read a row into the same claim: parse it once
  const Tables tables = tables_of(set);
  EnterpriseLedger ledger{cap_accumulators(set)};
  SubsidyClaim claim;
  SubsidyResult result;
  std::span<Money> used;                // the row's enterprise and year in `ledger`
  const RuleOutcome* chosen = nullptr;  // what the baseline pays the row; null: nothing
  Money total;                          // what it pays the rows answered

  BaselineSide(const PolicySet& baseline, const PolicySet& current)
      : set(baseline), reads_alike(claims_read_alike(baseline, current)) {}

  // The row under the baseline, charged to nothing yet. False, with `error`,
  // for a row the baseline cannot answer (it does not read it, or with
  // --strict its answer rests on assumptions): the row fails.
  bool evaluate(const std::string_view* c, const SubsidyClaim& current_claim, std::uint32_t enterprise, int year,
                bool strict, std::string& error) {
    const SubsidyClaim* read = &current_claim;
    if (!reads_alike) {
      for (FactValue& f : claim.facts) f.known = false;
      if (!parse_row(tables, c, claim)) {
        error = "under --baseline: " + refusal(set, c);
        return false;
      }
      read = &claim;
    }
    used = ledger.used(enterprise, year);
    evaluate_subsidy(set, *read, used, result);
    chosen = result.chosen_outcome();
    if (chosen && strict && chosen->verdict == RuleVerdict::Assumed) {
      error =
          "under --baseline: " +
          strict_refusal(subsidy_assumptions(set, *read, result, Lang::En, FieldStyle::Column), RefusalLayout::OneLine);
      return false;
    }
    if (chosen && !sum_fits(total, chosen->amount)) {
      error = "under --baseline: " + total_overflow_error();
      return false;
    }
    return true;
  }

  Money amount() const { return chosen ? chosen->amount : Money{}; }

  // The row answered: what the baseline pays it charged to its caps and headings.
  void charge(ChangeTally& tally) {
    if (!chosen) return;
    total += chosen->amount;
    tally.article(Side::Baseline, static_cast<std::size_t>(chosen->rule), chosen->amount);
    charge_caps(set, *chosen, used, [&](std::size_t cap) { tally.cap(Side::Baseline, cap, chosen->amount); });
  }
};

// What a subsidy batch keeps from row to row, and the evaluation of a row.
struct SubsidyBatch {
  const PolicySet& set;
  const BatchOptions& options;
  BatchRun& run;
  const Tables tables = tables_of(set);
  Enterprises enterprises;
  EnterpriseLedger ledger{cap_accumulators(set)};
  const SubsidyNoteTexts note_text = subsidy_note_texts(set);
  const ResultTexts texts = result_texts(set, options.baseline != nullptr);
  SubsidyClaim claim;                      // reused from row to row (clearing one costs more than resetting its facts)
  SubsidyResult result;                    // likewise: evaluate_subsidy resets what it uses
  SubsidyRow row;                          // the row's answer, its strings reused
  std::unique_ptr<BaselineSide> baseline;  // --baseline
  std::unique_ptr<ChangeTally> tally;      // --baseline

  SubsidyBatch(const PolicySet& s, const BatchOptions& o, BatchRun& r) : set(s), options(o), run(r) {
    for (const std::string& label : article_labels(set)) run.summary().by_article.push_back({label, 0, {}});
    for (const std::string& label : cap_labels(set)) run.summary().by_cap.push_back({label, 0, {}});
    row.note.reserve(512);
    row.error.reserve(512);
    if (!options.baseline) return;
    baseline = std::make_unique<BaselineSide>(*options.baseline, set);
    tally = std::make_unique<ChangeTally>(article_labels(*options.baseline), article_labels(set),
                                          cap_labels(*options.baseline), cap_labels(set));
  }

  // The row's answer in `row`, its totals counted. `in_place`: the row will
  // be written in place, where a paid row's usual note is a CSV cell made once.
  void evaluate(const csv::Cells& fields, const std::string_view* c, std::uint64_t line, std::uint32_t enterprise,
                bool in_place) {
    std::string& error = row.error;
    row.note.clear();
    error.clear();
    row.note_csv = nullptr;
    for (FactValue& f : claim.facts) f.known = false;  // parse_row sets the rest before it is read
    bool ok = run.start_row(fields.size(), error);
    if (ok && !(parse_row(tables, c, claim) && !c[kEnterprise].empty())) {
      ok = false;
      error = refusal(set, c);
    }
    // The year from the date cell, which parse_date has accepted as YYYY-MM-DD.
    const std::string_view d = c[kDate];
    const int claim_year = ok ? (d[0] - '0') * 1000 + (d[1] - '0') * 100 + (d[2] - '0') * 10 + (d[3] - '0') : 0;
    std::span<Money> used = ok ? ledger.used(enterprise, claim_year) : std::span<Money>{};
    if (ok) evaluate_subsidy(set, claim, used, result);
    const RuleOutcome* chosen = ok ? result.chosen_outcome() : nullptr;
    if (chosen && options.strict && chosen->verdict == RuleVerdict::Assumed) {
      ok = false;
      error =
          strict_refusal(subsidy_assumptions(set, claim, result, Lang::En, FieldStyle::Column), RefusalLayout::OneLine);
    } else if (chosen && !run.has_room(chosen->amount)) {
      ok = false;
      error = total_overflow_error();
    }
    // The baseline's answer is needed before anything is paid: a row it cannot answer fails.
    if (ok && baseline) ok = baseline->evaluate(c, claim, enterprise, claim_year, options.strict, error);
    if (!ok)
      chosen = nullptr;
    else if (chosen)
      pay(*chosen, c, line, claim_year, used, in_place);
    else
      note_unpaid(row.note, set, note_text, claim, result);
    if (!ok) run.fail(line, error);
    row.ok = ok;
    row.chosen = chosen;
    row.payable_year = result.payable_year;
    if (ok && baseline) compare(c, line, enterprise);
  }

  // A paid row: its note, and its amount charged to its caps (in the
  // enterprise's ledger and the summary), its article and the total.
  void pay(const RuleOutcome& chosen, const std::string_view* c, std::uint64_t line, int year, std::span<Money> used,
           bool in_place) {
    // The usual paid row's note is one of the texts made once, already a CSV cell.
    const std::uint32_t known = known_facts(claim);
    if (in_place && chosen.cut_by < 0)
      row.note_csv = &note_text.assumed_csv[assumed_facts(note_text, known, chosen)];
    else
      note_paid(row.note, set, note_text, known, year, chosen, used);
    charge_caps(set, chosen, used, [&](std::size_t cap) {
      BatchTotal& t = run.summary().by_cap[cap];
      ++t.rows;
      t.amount += chosen.amount;
      if (tally) tally->cap(Side::Current, cap, chosen.amount);
    });
    const auto rule = static_cast<std::size_t>(chosen.rule);
    run.pay(rule, chosen.amount);
    if (tally) tally->article(Side::Current, rule, chosen.amount);
    run.answered();
    run.ranking().offer(line, c[kId], c[kEnterprise], set.subsidy.rules[rule].article, chosen.amount);
  }

  // --baseline, a row answered: the baseline's amount charged, the change counted.
  void compare(const std::string_view* c, std::uint64_t line, std::uint32_t enterprise) {
    baseline->charge(*tally);
    row.baseline = baseline->amount();
    row.current = row.chosen ? row.chosen->amount : Money{};
    tally->row(line, c[kId], c[kEnterprise], enterprise, row.baseline, row.current);
  }
};

constexpr const char* kOutputsWithBaseline[] = {"eligible",     "subsidy", "article", "capped_by",        "payee",
                                                "payable_year", "note",    "error",   "baseline_subsidy", "change"};

}  // namespace

BatchSummary run_subsidy_batch(const PolicySet& set, csv::Reader& in, csv::Writer& out, const BatchOptions& options) {
  if (set.subsidy.types.empty() && find_subsidy_contract(set)) return run_subsidy_contract_batch(set, in, out, options);
  if (set.subsidy.types.empty()) throw InputError(subsidy_section_missing(set, "batch subsidy"));
  if (options.baseline && options.baseline->subsidy.types.empty())
    throw InputError(find_subsidy_contract(*options.baseline)
                         ? subsidy_forms_differ(false)
                         : "--baseline: no policy with a subsidy: section is in the baseline");
  BatchRun run(BatchKind::Subsidy, in, out, column_specs(subsidy_inputs()),
               options.baseline ? std::span<const char* const>(kOutputsWithBaseline) : kOutputs, options);
  SubsidyBatch batch(set, options, run);
  CellWriter cell_writer;
  const bool may_write_in_place = out.format() == csv::OutputFormat::Csv && !options.cell_by_cell;
  const std::size_t width = run.width();
  const auto column = column_positions<kColumnCount>(run.header().index);
  std::vector<EnterpriseLedger*> ledgers{&batch.ledger};
  if (batch.baseline) ledgers.push_back(&batch.baseline->ledger);
  std::string_view c[kColumnCount];
  std::array<csv::Cells, kLookahead> rows;
  std::array<csv::RecordInfo, kLookahead> infos;
  std::array<std::uint32_t, kLookahead> enterprise_of{};
  while (const std::size_t count = in.next_records(rows.data(), infos.data(), kLookahead)) {
    look_up_enterprises(batch.enterprises, ledgers, rows.data(), count, column[kEnterprise], enterprise_of.data());
    for (std::size_t k = 0; k < count; ++k) {
      pick_cells(rows[k], column, c);
      const bool in_place = may_write_in_place && input_verbatim(infos[k], rows[k], width);
      batch.evaluate(rows[k], c, infos[k].line, enterprise_of[k], in_place);
      if (in_place)
        write_in_place(out, infos[k].verbatim, batch.row, batch.texts);
      else
        cell_writer.write(out, infos[k], rows[k], width, batch.row, batch.texts);
    }
  }
  BatchSummary summary = run.finish(batch.enterprises.size());
  if (batch.tally) summary.change = batch.tally->finish();
  return summary;
}

}  // namespace hdpolicy
