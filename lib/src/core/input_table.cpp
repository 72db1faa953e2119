#include "hdpolicy/input_table.hpp"

#include <stdexcept>

namespace hdpolicy {

std::optional<std::size_t> find_input(std::span<const InputDef> table, std::string_view id) {
  for (std::size_t i = 0; i < table.size(); ++i)
    if (table[i].id == id) return i;
  return std::nullopt;
}

std::string input_name(std::span<const InputDef> table, const InputDef& def, FieldStyle style) {
  if (def.role == InputRole::Derived)
    if (auto from = find_input(table, def.from)) return input_name(table, table[*from], style);
  return std::string(style == FieldStyle::Option ? def.option : def.id);
}

std::string input_name(std::span<const InputDef> table, std::string_view id, FieldStyle style) {
  auto row = find_input(table, id);
  if (!row) throw std::out_of_range("no input '" + std::string(id) + "'");
  return input_name(table, table[*row], style);
}

std::uint8_t input_place(FieldStyle style) {
  switch (style) {
    case FieldStyle::Option:
      return kOnCli;
    case FieldStyle::Column:
      return kInColumn;
    case FieldStyle::CaseKey:
      return kInCase;
  }
  return 0;
}

std::string input_ids(std::span<const InputDef> table, std::uint8_t place) {
  std::string s;
  for (const InputDef& def : table)
    if (def.role != InputRole::Derived && (def.where & place)) s += (s.empty() ? "" : ", ") + std::string(def.id);
  return s;
}

std::string_view& InputTexts::operator[](std::string_view id) {
  auto row = find_input(table_, id);
  if (!row) throw std::out_of_range("no input '" + std::string(id) + "'");
  return text_[*row];
}

bool InputTexts::give(std::string_view id, std::string_view text, std::uint8_t place) {
  auto row = find_input(table_, id);
  if (!row || !(table_[*row].where & place)) return false;
  text_[*row] = text;
  return true;
}

const char* fact_kind_name(FactKind k) {
  switch (k) {
    case FactKind::Count:
      return "count";
    case FactKind::Money:
      return "money";
    case FactKind::Year:
      return "year";
    case FactKind::YesNo:
      return "yesno";
    case FactKind::Date:
      return "date";
    case FactKind::Choice:
      return "choice";
    case FactKind::Key:
      return "key";
    case FactKind::Area:
      return "area";
    case FactKind::Rate:
      return "rate";
  }
  return "";
}

}  // namespace hdpolicy
