#include "cli.hpp"

#include "hdpolicy/errors.hpp"
#include "hdpolicy/policy_source.hpp"

namespace hdpolicy::cli {

PolicySet Cli::load_policies(Calendars calendars) const {
  std::vector<PolicyFile> files = select_policies(policies);
  if (calendars == Calendars::Skip) std::erase_if(files, [](const PolicyFile& f) { return is_calendar_file(f); });
  return load_policy_set(files);
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
