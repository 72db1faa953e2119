#include "cli.hpp"

#include "hdpolicy/policy_source.hpp"

namespace hdpolicy::cli {

PolicySet Cli::load_policies() const { return load_policy_set(select_policies(policies)); }

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
