// The parsers of amounts, rates, dates, counts, years and yes/no, on every
// cell of the input (split at commas and newlines, so CSV files are seeds).
// Checked against each other and against what they promise:
// - the throwing input_* form refuses exactly what the parse_* form refuses
//   (on the first eight cells of an input only: each refusal throws, and a
//   throw for every cell of a long input would take most of the fuzzer's time);
// - a value accepted formats back to text that parses to the same value
//   (for a date, to the very text: YYYY-MM-DD has one spelling);
// - the batch's fast paths (batch_digits.hpp) agree with the general parsers;
// - the batch's fast subsidy row parser agrees with the general one
//   (subsidy_row_check.hpp) on the first lines of the input read as rows;
// - a rate applied to an amount rounds down to the floor of the exact
//   product, up to its ceiling, and half-up to one of the two.
#include <algorithm>
#include <array>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "batch/batch_columns.hpp"
#include "batch/batch_digits.hpp"
#include "batch/subsidy_row_check.hpp"
#include "fuzz_support.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/input.hpp"

namespace {

using namespace hdpolicy;
using fuzz::require;

template <class Parse>
bool refused(Parse parse) {
  try {
    parse();
    return false;
  } catch (const InputError&) {
    return true;
  }
}

// Each check_* takes a cell with readable bytes after it (see below).
void check_money(std::string_view t, bool throwing) {
  auto m = parse_money(t);
  if (throwing) require(refused([&] { input_money(t, "premium"); }) == !m, "input_money and parse_money disagree");
  std::int64_t fen = 0;
  if (batch_detail::plain_amount_fen(t, fen))
    require(m && m->fen == fen, "the batch's fast amount differs from parse_money");
  if (!m) return;
  require(m->fen >= 0 && m->fen <= kMaxFen, "an amount out of range");
  require(parse_money(format_money(*m)) == m, "an amount that does not format back to itself");
}

void check_rate(std::string_view t) {
  auto r = parse_rate(t);
  if (!r) return;
  require(r->nano >= 0 && r->nano <= 1000 * Rate::kScale, "a rate out of range");
  require(parse_rate(format_rate(*r)) == r, "a rate that does not format back to itself");
  require(parse_rate(format_percent(*r)) == r, "a rate that does not format back to itself as a percentage");
  if (r->nano > Rate::kScale) return;  // policies take rates up to 100% (check refuses more)
  for (Money base : {Money{1}, Money{999'999'999}, Money{kMaxFen}, Money{12'345'678'901}}) {
    Money down = apply_rate(base, *r, Rounding::Down), half = apply_rate(base, *r, Rounding::HalfUp),
          up = apply_rate(base, *r, Rounding::Up);
    __extension__ using Wide = __int128;
    const Wide exact = static_cast<Wide>(base.fen) * r->nano;  // in fen × 1e9
    require(
        static_cast<Wide>(down.fen) * Rate::kScale <= exact && exact < (static_cast<Wide>(down.fen) + 1) * Rate::kScale,
        "rounding down is not the floor of the product");
    require(up.fen - down.fen == (exact % Rate::kScale != 0), "rounding up is not the ceiling of the product");
    require(half == down || half == up, "rounding half-up is neither neighbour");
  }
}

void check_date(std::string_view t, bool throwing) {
  auto d = parse_date(t);
  if (throwing) require(refused([&] { input_date(t, "date"); }) == !d, "input_date and parse_date disagree");
  if (!d) return;
  require(format_date(*d) == t, "a date that does not format back to its text");
  date::year_month_day ymd{*d};
  require(year_of(*d) == static_cast<int>(ymd.year()), "year_of differs from the date library");
}

void check_count_year_yes_no(std::string_view t, bool throwing) {
  auto c = parse_count(t);
  // The batch's fast path (at most 12 digits) must agree wherever it answers;
  // longer cells fall back to parse_count, which takes up to 10^12.
  std::int64_t fast = 0;
  if (batch_detail::plain_count(t, fast)) require(c && *c == fast, "the batch's fast count differs from parse_count");
  auto yes = parse_yes_no(t);
  if (!throwing) return;
  require(refused([&] { input_count(t, "employees"); }) == !c, "input_count and parse_count disagree");
  bool year_refused = refused([&] { input_year(t, "high_tech_year"); });
  require(year_refused == !(c && t.size() == 4 && *c >= 1900 && *c <= 2200),
          "input_year accepts other than four-digit years 1900-2200");
  require(refused([&] { input_yes_no(t, "specialized"); }) == !yes, "input_yes_no and parse_yes_no disagree");
}

void check_cell(std::string_view t, bool throwing) {
  check_money(t, throwing);
  check_rate(t);
  check_date(t, throwing);
  check_count_year_yes_no(t, throwing);
  (void)parse_rounding(t);
}

// A line's cells at its commas (no quoting: any bytes are a cell).
std::vector<std::string_view> cells_of(std::string_view line) {
  std::vector<std::string_view> cells;
  for (std::size_t start = 0;;) {
    const std::size_t comma = line.find(',', start);
    cells.push_back(line.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
    if (comma == std::string_view::npos) return cells;
    start = comma + 1;
  }
}

// The first lines as subsidy rows, in the columns the first line names when
// it is a subsidy batch header, else in the order of subsidy_inputs(). Only
// the first few: a refused row throws in the general parser, which is slow.
void check_rows(std::string_view input) {
  static const batch_detail::SubsidyRowCheck check(fuzz::shipped_policies());
  constexpr std::size_t kRows = 32;
  std::vector<std::string_view> lines;
  for (std::size_t start = 0; start <= input.size() && lines.size() <= kRows;) {
    const std::size_t nl = std::min(input.find('\n', start), input.size());
    lines.push_back(input.substr(start, nl - start));
    start = nl + 1;
  }
  std::array<std::size_t, batch_detail::kSubsidyRowCells> column{};
  for (std::size_t k = 0; k < column.size(); ++k) column[k] = k;
  std::size_t first = 0;
  try {
    const std::vector<std::string_view> names = cells_of(lines[0]);
    std::vector<std::string> warnings;
    column = batch_detail::column_positions<batch_detail::kSubsidyRowCells>(
        batch_detail::map_columns(std::vector<std::string>(names.begin(), names.end()),
                                  batch_detail::column_specs(subsidy_inputs()), {}, warnings));
    first = 1;
  } catch (const InputError&) {
    // Not a header: the first line is a row too.
  }
  std::string_view row[batch_detail::kSubsidyRowCells];
  for (std::size_t i = first; i < lines.size(); ++i) {
    const std::vector<std::string_view> cells = cells_of(lines[i]);
    for (std::size_t k = 0; k < column.size(); ++k)
      row[k] = column[k] < cells.size() ? cells[column[k]] : std::string_view{};
    bool accepted = false;
    const std::string mismatch = check.mismatch(row, accepted);
    if (!mismatch.empty()) std::fprintf(stderr, "%s\n", mismatch.c_str());
    require(mismatch.empty(), "the batch's fast row parser and the general parser disagree on a subsidy row");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // The batch's fast paths read up to 16 bytes from a cell's start, which a
  // batch cell has (csv::kCellPadding): here the rest of the input, then zeros.
  std::string buffer(fuzz::as_text(data, size));
  buffer.append(csv::kCellPadding, '\0');
  const std::string_view input(buffer.data(), size);
  std::size_t start = 0, cells = 0;
  for (std::size_t i = 0; i <= input.size(); ++i) {
    if (i == input.size() || input[i] == ',' || input[i] == '\n') {
      check_cell(input.substr(start, i - start), cells++ < 8);
      start = i + 1;
    }
  }
  check_rows(input);
  return 0;
}
