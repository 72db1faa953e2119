#include "cli.hpp"

#include <algorithm>

#include "hdpolicy/errors.hpp"
#include "hdpolicy/policy_source.hpp"

namespace hdpolicy::cli {

PolicySet Cli::load_policies(Calendars calendars, const char* section) const {
  std::vector<PolicyFile> files = select_policies(policies);
  if (calendars == Calendars::Skip) std::erase_if(files, [](const PolicyFile& f) { return is_calendar_file(f); });
  LoadScope scope;
  scope.guard_embedded = false;
  scope.section = section;
  return load_policy_set(files, scope);
}

std::string Cli::answer_from_years(YearSpan years, const char* section, const Ask& ask) const {
  std::vector<PolicyFile> files = select_policies(policies);
  LoadScope scope;
  scope.guard_embedded = false;
  scope.documents = section != nullptr;
  scope.section = section;
  YearSpan load{years.first, years.last + 1};
  for (;;) {  // each round loads more years, up to all of them
    scope.calendar_years = load;
    PolicySet set = load_policy_set(files, scope);
    try {
      return ask(set);
    } catch (const CalendarYearsNeeded& more) {
      load = {std::min(load.first, more.years.first), std::max(load.last, more.years.last + 1)};
    }
  }
}

void add_input_options(CLI::App* cmd, std::span<const InputDef> table, std::vector<std::string>& values,
                       bool mark_required, bool (*skip)(std::size_t row)) {
  values.assign(table.size(), {});  // never resized again: the options hold references into it
  for (std::size_t row = 0; row < table.size(); ++row) {
    const InputDef& def = table[row];
    if (!(def.where & kOnCli) || def.role == InputRole::Derived || (skip && skip(row))) continue;
    CLI::Option* opt = cmd->add_option(std::string(def.option), values[row], std::string(def.help.en));
    if (mark_required && def.need == Need::Required) opt->required();
  }
}

InputTexts input_texts(std::span<const InputDef> table, const std::vector<std::string>& values) {
  InputTexts texts(table);
  for (std::size_t row = 0; row < table.size() && row < values.size(); ++row) texts[row] = values[row];
  return texts;
}

void add_format_option(CLI::App* cmd, std::string& format, std::initializer_list<std::string> choices) {
  std::string desc = "Output format:";
  for (const auto& c : choices) desc += " " + c;
  cmd->add_option("--format", format, desc)->check(one_of("--format", choices));
}

void add_lang_option(CLI::App* cmd, std::string& lang) {
  cmd->add_option("--lang", lang, "Language of explanations: en or zh")->check(one_of("--lang", {"en", "zh"}));
}

CLI::Validator one_of(const std::string& option, std::vector<std::string> choices) {
  std::string set, list;  // "{text,json}" for the help, as CLI::IsMember shows it; "text, json" for the error
  for (const auto& c : choices) {
    set += (set.empty() ? "{" : ",") + c;
    list += (list.empty() ? "" : ", ") + c;
  }
  set += "}";
  return CLI::Validator(
      [option, choices, list](std::string& value) -> std::string {
        for (const auto& c : choices)
          if (value == c) return {};
        throw bad_value(option, value, "one of " + list);
      },
      set);
}

Lang lang_of(const std::string& lang) { return lang == "zh" ? Lang::Zh : Lang::En; }

}  // namespace hdpolicy::cli
