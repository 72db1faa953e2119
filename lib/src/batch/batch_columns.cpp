#include "batch/batch_columns.hpp"

#include "hdpolicy/input_values.hpp"

#include <cstring>

#include <fmt/format.h>

namespace hdpolicy::batch_detail {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool same_name(std::string_view a, std::string_view b) {
  a = trim(a);
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

std::string column_list(const std::vector<std::string>& header) {
  std::string s;
  for (const auto& h : header) s += (s.empty() ? "" : ", ") + h;
  return s;
}

}  // namespace

std::vector<ColumnSpec> column_specs(std::span<const InputDef> table) {
  std::vector<ColumnSpec> specs;
  for (const InputDef& def : table) {
    if (!(def.where & kInColumn)) break;
    const bool required = def.need == Need::Required || def.need == Need::TodayOnCli || def.need == Need::Column;
    specs.push_back({def.id, required, def.need == Need::Optional});
  }
  return specs;
}

InputTexts row_texts(std::span<const InputDef> table, const std::string_view* cells) {
  InputTexts texts(table);
  for (std::size_t row = 0; row < table.size() && (table[row].where & kInColumn); ++row) texts[row] = cells[row];
  return texts;
}

std::string missing_in_row(const PolicySet& set, std::span<const InputDef> table, const std::string_view* cells) {
  for (std::size_t row = 0; row < table.size() && (table[row].where & kInColumn); ++row) {
    const InputDef& def = table[row];
    const bool batch_only = (def.kind == FactKind::Key && def.need == Need::Required) || def.need == Need::TodayOnCli;
    if (batch_only && cells[row].empty())
      return required(std::string(def.id), accepted_values(set, def, FieldStyle::Column)).what();
  }
  return {};
}

std::vector<int> map_columns(const std::vector<std::string>& header, std::span<const ColumnSpec> specs,
                             std::span<const char* const> outputs, std::vector<std::string>& warnings) {
  for (const auto& h : header)
    for (const char* o : outputs)
      if (same_name(h, o))
        throw InputError(
            fmt::format("the input already has a result column '{}' (is it an output of hdpolicy batch?); "
                        "rename or remove it",
                        h));
  std::vector<int> index;
  for (const auto& spec : specs) {
    int found = -1;
    for (std::size_t i = 0; i < header.size(); ++i) {
      if (!same_name(header[i], spec.name)) continue;
      if (found >= 0)
        throw InputError(
            fmt::format("the input has two columns named '{}' (columns {} and {})", spec.name, found + 1, i + 1));
      found = static_cast<int>(i);
    }
    if (found < 0 && spec.required)
      throw InputError(
          fmt::format("the input has no column '{}' (its header has: {})", spec.name, column_list(header)));
    if (found < 0 && spec.warn_if_absent)
      warnings.push_back(fmt::format("no column '{}': every row treats it as not given", spec.name));
    index.push_back(found);
  }
  return index;
}

BatchHeader begin_batch(csv::Reader& in, csv::Writer& out, std::span<const ColumnSpec> specs,
                        std::span<const char* const> outputs, bool bom, std::vector<std::string>& warnings) {
  csv::Cells fields;
  if (!in.next(fields)) throw InputError("the input is empty: it needs a header row naming the columns");
  BatchHeader h;
  h.names.assign(fields.begin(), fields.end());
  h.index = map_columns(h.names, specs, outputs, warnings);
  if (bom || in.had_bom()) out.bom();
  std::vector<std::string> out_header = h.names;
  out_header.insert(out_header.end(), outputs.begin(), outputs.end());
  out.header(out_header);
  return h;
}

bool input_verbatim(const csv::RecordInfo& in, const csv::Cells& fields, std::size_t width) {
  if (in.verbatim.empty() || fields.size() != width) return false;
  if (!in.may_be_formula) return true;  // the reader saw no cell starting with = + - @ or tab
  for (std::string_view f : fields) {
    if (f.empty()) continue;
    char c = f[0];
    if ((c == '=' || c == '+' || c == '-' || c == '@' || c == '\t') && csv::needs_neutralising(f)) return false;
  }
  return true;
}

void write_input_cells(csv::Writer& out, const csv::RecordInfo& in, const csv::Cells& fields, std::size_t width) {
  if (out.format() == csv::OutputFormat::Csv && input_verbatim(in, fields, width)) {
    out.verbatim(in.verbatim, width);
    return;
  }
  for (std::size_t i = 0; i < width; ++i) out.text(i < fields.size() ? fields[i] : std::string_view{});
}

}  // namespace hdpolicy::batch_detail
