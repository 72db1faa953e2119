#include "hdpolicy/input_values.hpp"

#include <fmt/format.h>

#include "hdpolicy/errors.hpp"

namespace hdpolicy {
namespace {

std::optional<int> find_choice(const PolicySet& set, Choices choices, std::string_view text) {
  switch (choices) {
    case Choices::SubsidyTypes:
      return set.subsidy.find_type(text);
    case Choices::Industries:
      return set.subsidy.find_industry(text);
    case Choices::DeadlineRules:
      if (const DeadlineRule* rule = find_deadline_rule(set.deadlines, text))
        return static_cast<int>(rule - set.deadlines.data());
      return std::nullopt;
    case Choices::None:
    case Choices::Declared:  // read by read_fact (benefit_claim.cpp), which knows the document
      break;
  }
  return std::nullopt;
}

bool required_here(const InputDef& def, FieldStyle style) {
  return def.need == Need::Required || (def.need == Need::TodayOnCli && style != FieldStyle::Option);
}

}  // namespace

const char* no_today_reason(FieldStyle style) {
  return style == FieldStyle::CaseKey
             ? " (a test case never assumes today, so that it gives the same result on any day)"
             : " (a batch never assumes today, so that a rerun gives the same result)";
}

std::string accepted_values(const PolicySet& set, const InputDef& def, FieldStyle style) {
  switch (def.choices) {
    case Choices::SubsidyTypes:
      return "one of " + set.subsidy.type_list() + " (or its Chinese name)";
    case Choices::Industries:
      return "one of " + set.subsidy.industry_list() + " (or its Chinese name)";
    case Choices::DeadlineRules:
      return deadline_rule_choices(set.deadlines) +
             (style == FieldStyle::Option ? " (see 'hdpolicy deadline --list')" : "");
    case Choices::None:
    case Choices::Declared:
      break;
  }
  if (def.need == Need::TodayOnCli && style != FieldStyle::Option)
    return std::string(def.what) + no_today_reason(style);
  return std::string(def.what);
}

std::optional<std::int64_t> read_input(const PolicySet& set, std::span<const InputDef> table, std::size_t row,
                                       std::string_view text, FieldStyle style) {
  const InputDef& def = table[row];
  if (text.empty()) {
    if (required_here(def, style)) throw required(input_name(table, def, style), accepted_values(set, def, style));
    return std::nullopt;
  }
  const std::string name = input_name(table, def, style);
  switch (def.kind) {
    case FactKind::Count: {
      if (!def.max) return input_count(text, name);
      auto n = parse_count(text);
      if (!n || *n > def.max)
        throw bad_value(name, std::string(text), fmt::format("a whole number from 0 to {}", def.max));
      return *n;
    }
    case FactKind::Money:
      return input_money(text, name).fen;
    case FactKind::Year:
      return input_year(text, name);
    case FactKind::YesNo:
      return input_yes_no(text, name) ? 1 : 0;
    case FactKind::Date:
      return input_date(text, name).time_since_epoch().count();
    case FactKind::Choice:
      if (auto i = find_choice(set, def.choices, text)) return *i;
      throw bad_value(name, std::string(text), accepted_values(set, def, style));
    case FactKind::Key:
      return 0;
    case FactKind::Area:
      return input_area(text, name);
    case FactKind::Rate:
      return input_rate(text, name).nano;
  }
  return std::nullopt;
}

}  // namespace hdpolicy
