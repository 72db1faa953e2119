// `batch hiring`: one row per hire. The policy pays a one-time amount per
// person, so an enterprise is paid once for a person: a person_id it was
// already paid for (earlier in the file) gets 0.00 and a note naming that line.
#include <fmt/format.h>

#include "batch/batch_columns.hpp"
#include "batch/batch_index.hpp"
#include "batch/batch_report.hpp"
#include "hdpolicy/batch.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/hiring.hpp"

namespace hdpolicy {
namespace {

using namespace batch_detail;

// The columns are the rows of hiring_inputs() given in a column, in its order.
enum Column { kEnterprise = kHiringEnterprise, kPerson = kHiringPerson, kColumnCount = kHiringFirstFact + kMaxHiringFacts };

constexpr const char* kOutputs[] = {"eligible", "subsidy", "category", "note", "error"};

}  // namespace

BatchSummary run_hiring_batch(const PolicySet& set, csv::Reader& in, csv::Writer& out, const BatchOptions& options) {
  if (set.hiring.empty()) throw InputError("batch hiring: no policy with a hiring: section is loaded");
  BatchSummary summary;
  summary.kind = "hiring";
  BatchHeader header = begin_batch(in, out, column_specs(hiring_inputs()), kOutputs, options.bom, summary.warnings);
  const std::size_t width = header.names.size();

  // Totals per category, across the hiring policies loaded.
  std::vector<std::size_t> first_category;
  for (const auto& p : set.hiring) {
    first_category.push_back(summary.by_article.size());
    for (const auto& c : p.categories) summary.by_article.push_back({fmt::format("{} ({})", c.id, c.name.zh), 0, {}});
  }
  TextMap enterprises;
  TextMap paid_people;  // enterprise_id US person_id → line of the row that paid
  std::string key, error, note, cell;
  PaymentRanking ranking;
  csv::Cells fields;
  std::string_view c[kColumnCount];

  const auto column = column_positions<kColumnCount>(header.index);
  while (in.next(fields)) {
    ++summary.rows;
    if (options.progress && (summary.rows & 0xFFFF) == 0) options.progress(summary.rows);
    pick_cells(fields, column, c);
    error.clear();
    note.clear();
    HiringResult result;
    bool ok = fields.size() == width;
    if (!ok) error = fmt::format("the row has {} cell{} where the header has {}", fields.size(), fields.size() == 1 ? "" : "s", width);
    if (!c[kEnterprise].empty()) enterprises.find_or_insert(c[kEnterprise], static_cast<std::uint32_t>(enterprises.size()));
    if (ok && (c[kEnterprise].empty() || c[kPerson].empty())) {
      ok = false;
      error = c[kEnterprise].empty() ? "enterprise_id: required: a person is paid once per enterprise"
                                     : "person_id: required: a person is paid once per enterprise";
    }
    Money amount;
    bool eligible = false;
    if (ok) {
      try {
        HiringClaim claim = parse_hiring_claim(set, row_texts(hiring_inputs(), c), FieldStyle::Column);
        result = evaluate_hiring(set, claim);
        if (options.strict) refuse_hiring_assumptions(set, claim, result, Lang::En);
        note = hiring_note(set, claim, result, Lang::En);
        eligible = result.eligible();
      } catch (const InputError& e) {
        ok = false;
        error = e.what();
        // refuse_hiring_assumptions writes "--strict:" and a list; keep the cell on one line
        for (char& ch : error)
          if (ch == '\n') ch = ' ';
        if (error.rfind("--strict", 0) == 0) error.erase(0, 2);
      }
    }
    if (ok && eligible && !total_has_room(summary, result.amount)) {
      ok = eligible = false;
      error = total_overflow_error();
      note.clear();
    }
    if (ok && eligible) {
      key.assign(c[kEnterprise]);
      key.push_back('\x1f');
      key.append(c[kPerson]);
      std::uint32_t line = static_cast<std::uint32_t>(in.line());
      std::uint32_t paid_on = paid_people.find_or_insert(key, line);
      if (paid_on != line) {
        note = fmt::format("already paid for person {} on line {}: one-time, once per enterprise; {}", c[kPerson], paid_on, note);
      } else {
        amount = result.amount;
        std::size_t total = first_category[static_cast<std::size_t>(result.policy)] + static_cast<std::size_t>(result.chosen);
        ++summary.by_article[total].rows;
        summary.by_article[total].amount += amount;
        summary.total += amount;
        const HiringPolicy& p = set.hiring[static_cast<std::size_t>(result.policy)];
        ranking.offer(in.line(), c[kPerson], c[kEnterprise], p.categories[static_cast<std::size_t>(result.chosen)].id, amount);
      }
      ++summary.paid;
    }
    if (!ok) count_failure(summary, in.line(), error);

    write_input_cells(out, in.info(), fields, width);
    if (!ok) {
      out.raw({});
      out.raw({});
      out.raw({});
      out.text(note);
      out.text(error);
    } else {
      out.raw(eligible ? "yes" : "no");
      cell.clear();
      append_money(cell, amount.fen);
      out.raw(cell);
      if (eligible) out.text(set.hiring[static_cast<std::size_t>(result.policy)].categories[static_cast<std::size_t>(result.chosen)].id);
      else out.raw({});
      out.text(note);
      out.raw({});
    }
    out.end_row();
  }
  summary.enterprises = enterprises.size();
  summary.largest = ranking.take();
  return summary;
}

}  // namespace hdpolicy
