// Finding a batch's columns by header name, in any order.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/number_text.hpp"
#include "hdpolicy/csv.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/input_table.hpp"
#include "hdpolicy/policy_set.hpp"

namespace hdpolicy::batch_detail {

struct ColumnSpec {
  std::string_view name;
  bool required;
  bool warn_if_absent = true;  // an optional column whose absence is worth a warning
};

// The columns of an input table: its rows given in a batch column, which
// come first in the table, so that a column's spec index is its row index.
// A required input's column is required (so is one a cell may leave empty,
// Need::Column); an optional one's absence is worth a warning.
std::vector<ColumnSpec> column_specs(std::span<const InputDef> table);

// The row's cells as the table's parser takes them (cells[i] for row i).
InputTexts row_texts(std::span<const InputDef> table, const std::string_view* cells);

// The message for the first input a batch row must give and left empty,
// beyond what the claim parser requires: a key (enterprise_id) or an input
// the command line defaults (date). "" when the row gives them all. Checked
// first, and without throwing: rows without a date are common in practice.
std::string missing_in_row(const PolicySet& set, std::span<const InputDef> table, const std::string_view* cells);

// Per spec, the index of its column in `header`, or -1 when an optional
// column is absent. Names match after trimming spaces, ignoring ASCII case.
// Throws InputError (a usage error) naming a missing required column, a
// column given twice, or an input column named like one of `outputs`.
// Each optional column that is absent adds a line to `warnings`.
std::vector<int> map_columns(const std::vector<std::string>& header, std::span<const ColumnSpec> specs,
                             std::span<const char* const> outputs, std::vector<std::string>& warnings);

// Reads the header row, maps the columns, and writes the output header (with
// a byte-order mark when asked or when the input had one).
struct BatchHeader {
  std::vector<std::string> names;
  std::vector<int> index;  // per spec
};
BatchHeader begin_batch(csv::Reader& in, csv::Writer& out, std::span<const ColumnSpec> specs,
                        std::span<const char* const> outputs, bool bom, std::vector<std::string>& warnings);

// Per spec, the position of its column in a row (BatchHeader::index); an
// absent column's -1, and a spec past the end of `index` (room for a fact a
// table may add), become a position past any row.
template <std::size_t N>
std::array<std::size_t, N> column_positions(const std::vector<int>& index) {
  std::array<std::size_t, N> column{};
  for (std::size_t k = 0; k < N; ++k)
    column[k] = k < index.size() ? static_cast<std::size_t>(index[k]) : std::numeric_limits<std::size_t>::max();
  return column;
}

// The cells of a row for each spec ("" for an absent column or a short row).
// Inline, with the count known, so that the loop unrolls on the hot path.
template <std::size_t N>
void pick_cells(const csv::Cells& fields, const std::array<std::size_t, N>& column, std::string_view* cells) {
  const std::size_t n = fields.size();
  const std::string_view* from = fields.begin();  // locals: the stores to `cells` do not make them reload
  for (std::size_t k = 0; k < N; ++k) cells[k] = column[k] < n ? from[column[k]] : std::string_view{};
}

// The input's own cells of a row, padded with empty cells to `width`: copied
// in one piece when the reader has the row verbatim and no cell needs
// neutralising, else cell by cell.
void write_input_cells(csv::Writer& out, const csv::RecordInfo& in, const csv::Cells& fields, std::size_t width);

// Whether the reader's verbatim bytes of the row can stand for its cells in
// CSV output: the row is unquoted, has the header's width, and no cell needs
// neutralising.
bool input_verbatim(const csv::RecordInfo& in, const csv::Cells& fields, std::size_t width);

}  // namespace hdpolicy::batch_detail
