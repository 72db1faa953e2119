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

#include "batch/batch_columns.hpp"
#include "batch/batch_digits.hpp"
#include "batch/batch_index.hpp"
#include "batch/batch_run.hpp"
#include "batch/subsidy_row.hpp"
#include "csv/in_place.hpp"
#include "hdpolicy/batch.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/subsidy.hpp"
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

// Per enterprise and calendar year, what it was paid under each cap, in
// input order. Per enterprise, one block of `stride` words: the claim years
// it has used (up to kInlineYears, each held in a Money's int64), then what
// it used under each cap in each of them, so that a row's ledger is one
// block to prefetch. Further years go to spill_slots_ and spill_.
class EnterpriseLedger {
 public:
  explicit EnterpriseLedger(std::size_t cap_count) : cap_count_(cap_count), stride_(kInlineYears * (1 + cap_count)) {}

  // Starts loading the enterprise's table slot, before it is looked up.
  void prefetch_slot(const TextKey& key) const { enterprises_.prefetch(key); }

  // The enterprise's number (enterprises are numbered as they first
  // appear), its block made when new and prefetched before it is used.
  std::uint32_t enterprise(const TextKey& key) {
    const std::uint32_t enterprise = enterprises_.find_or_insert(key, static_cast<std::uint32_t>(enterprises_.size()));
    if ((enterprise >> kBookBits) >= books_.size()) add_book();
    // Every cache line the block touches: it need not start on a line.
    const auto begin = reinterpret_cast<std::uintptr_t>(book_of(enterprise));
    for (std::uintptr_t line = begin & ~std::uintptr_t{63}; line < begin + stride_ * sizeof(Money); line += 64)
      __builtin_prefetch(reinterpret_cast<const void*>(line));
    return enterprise;
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

  std::uint64_t enterprises() const { return enterprises_.size(); }

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
  TextMap enterprises_;
  std::vector<std::unique_ptr<Money[]>> books_;
  IntMap spill_slots_;        // (enterprise << 32 | year) → slot
  std::vector<Money> spill_;  // slot × cap_count: what the enterprise received under each cap that year
};

// Rows are read kLookahead at a time so that memory is not waited for:
// first each row's enterprise is hashed and its slot prefetched, then each
// is looked up (in input order) and its ledger block prefetched; only then
// are the rows evaluated.
constexpr std::size_t kLookahead = 32;

void look_up_enterprises(EnterpriseLedger& ledger, const csv::Cells* rows, std::size_t count, std::size_t column,
                         std::uint32_t* enterprise_of) {
  std::array<TextKey, kLookahead> keys;
  for (std::size_t k = 0; k < count; ++k) {
    keys[k] = padded_key(column < rows[k].size() ? rows[k][column] : std::string_view{});
    if (!keys[k].text.empty()) ledger.prefetch_slot(keys[k]);
  }
  for (std::size_t k = 0; k < count; ++k)
    if (!keys[k].text.empty()) enterprise_of[k] = ledger.enterprise(keys[k]);
}

// A paid row's fixed cells, per rule and per limit that cut the amount
// (index 0: none did; i + 1: limit i), made once so that a row picks them.
struct ResultTexts {
  std::vector<std::string> article;                                     // "4"
  std::vector<std::string_view> payee;                                  // "applicant"
  std::vector<std::array<std::string_view, kMaxLimits + 1>> capped_by;  // "annual-cap", "" when none cut it
  std::vector<std::array<std::string, kMaxLimits + 1>>
      middle;                 // ",4,annual-cap,applicant,": from the amount to the year
  std::size_t max_cells = 0;  // the longest the fixed result cells of a CSV row can be
};

ResultTexts result_texts(const PolicySet& set) {
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
  return t;
}

// A row's answer, as its result cells give it.
struct SubsidyRow {
  bool ok = false;
  const RuleOutcome* chosen = nullptr;  // the article that pays; null when none does or the row failed
  int payable_year = 0;
  const std::string* note_csv = nullptr;  // rows written in place only: the note as a CSV cell, instead of `note`
  std::string note, error;
};

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
    out.end_row();
  }

 private:
  std::string amount_, year_, joined_;
};

// What a subsidy batch keeps from row to row, and the evaluation of a row.
struct SubsidyBatch {
  const PolicySet& set;
  const BatchOptions& options;
  BatchRun& run;
  const Tables tables = tables_of(set);
  EnterpriseLedger ledger{set.subsidy.caps.size()};
  const SubsidyNoteTexts note_text = subsidy_note_texts(set);
  const ResultTexts texts = result_texts(set);
  SubsidyClaim claim;    // reused from row to row (clearing one costs more than resetting its facts)
  SubsidyResult result;  // likewise: evaluate_subsidy resets what it uses
  SubsidyRow row;        // the row's answer, its strings reused

  SubsidyBatch(const PolicySet& s, const BatchOptions& o, BatchRun& r) : set(s), options(o), run(r) {
    // Each version's articles and caps are counted apart, named by document
    // when there are several.
    const bool versions = set.subsidy.versions.windows.size() > 1;
    auto of_version = [&](std::int32_t document) {
      return versions ? fmt::format(", {}", set.documents[static_cast<std::size_t>(document)].number) : std::string();
    };
    for (const auto& rule : set.subsidy.rules)
      run.summary().by_article.push_back(
          {fmt::format("{} ({}{})", rule.article, rule.id, of_version(rule.document)), 0, {}});
    for (const auto& cap : set.subsidy.caps)
      run.summary().by_cap.push_back(
          {versions ? fmt::format("{} ({})", cap.id, of_version(cap.document).substr(2)) : cap.id, 0, {}});
    row.note.reserve(512);
    row.error.reserve(512);
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
    const RuleOutcome* chosen = nullptr;
    if (ok) {
      chosen = result.chosen_outcome();
      if (chosen && options.strict && chosen->verdict == RuleVerdict::Assumed) {
        ok = false;
        error = strict_refusal(subsidy_assumptions(set, claim, result, Lang::En, FieldStyle::Column),
                               RefusalLayout::OneLine);
        chosen = nullptr;
      } else if (chosen && !run.has_room(chosen->amount)) {
        ok = false;
        error = total_overflow_error();
        chosen = nullptr;
      } else if (chosen) {
        pay(*chosen, c, line, claim_year, used, in_place);
      } else {
        note_unpaid(row.note, set, note_text, claim, result);
      }
    }
    if (!ok) run.fail(line, error);
    row.ok = ok;
    row.chosen = chosen;
    row.payable_year = result.payable_year;
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
    const SubsidyRule& rule = set.subsidy.rules[static_cast<std::size_t>(chosen.rule)];
    for (const Limit& limit : rule.limits) {
      if (limit.kind != LimitKind::Cap) continue;
      // The enterprise's ledger is kept per cap id (slot), across versions.
      used[static_cast<std::size_t>(set.subsidy.caps[static_cast<std::size_t>(limit.cap)].slot)] += chosen.amount;
      BatchTotal& t = run.summary().by_cap[static_cast<std::size_t>(limit.cap)];
      ++t.rows;
      t.amount += chosen.amount;
    }
    run.pay(static_cast<std::size_t>(chosen.rule), chosen.amount);
    run.answered();
    run.ranking().offer(line, c[kId], c[kEnterprise], rule.article, chosen.amount);
  }
};

}  // namespace

BatchSummary run_subsidy_batch(const PolicySet& set, csv::Reader& in, csv::Writer& out, const BatchOptions& options) {
  if (set.subsidy.types.empty()) throw InputError("batch subsidy: no policy with a subsidy: section is loaded");
  BatchRun run(BatchKind::Subsidy, in, out, column_specs(subsidy_inputs()), kOutputs, options);
  SubsidyBatch batch(set, options, run);
  CellWriter cell_writer;
  const bool may_write_in_place = out.format() == csv::OutputFormat::Csv && !options.cell_by_cell;
  const std::size_t width = run.width();
  const auto column = column_positions<kColumnCount>(run.header().index);
  std::string_view c[kColumnCount];
  std::array<csv::Cells, kLookahead> rows;
  std::array<csv::RecordInfo, kLookahead> infos;
  std::array<std::uint32_t, kLookahead> enterprise_of{};
  while (const std::size_t count = in.next_records(rows.data(), infos.data(), kLookahead)) {
    look_up_enterprises(batch.ledger, rows.data(), count, column[kEnterprise], enterprise_of.data());
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
  return run.finish(batch.ledger.enterprises());
}

}  // namespace hdpolicy
