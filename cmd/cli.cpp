#include "cli.hpp"

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
  cmd->add_option("--format", format, desc)->check(CLI::IsMember(std::vector<std::string>(choices)));
}

void add_lang_option(CLI::App* cmd, std::string& lang) {
  cmd->add_option("--lang", lang, "Language of explanations: en or zh")->check(CLI::IsMember({"en", "zh"}));
}

Lang lang_of(const std::string& lang) { return lang == "zh" ? Lang::Zh : Lang::En; }

}  // namespace hdpolicy::cli
