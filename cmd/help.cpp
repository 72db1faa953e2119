// hdpolicy help [COMMAND...]: the same text as `hdpolicy [COMMAND...] --help`,
// for those who type help as a word (as git, go and cargo take it).
#include <iostream>

#include "cli.hpp"
#include "usage_errors.hpp"

namespace hdpolicy::cli {

namespace {
void run(const CLI::App& app, const std::vector<std::string>& words) {
  const CLI::App* command = &app;
  std::string prefix;  // the words matched so far, each followed by a space
  for (const auto& word : words) {
    const CLI::App* found = nullptr;
    for (const CLI::App* sub : command->get_subcommands(std::function<bool(const CLI::App*)>{}))
      if (sub->check_name(word)) found = sub;
    if (!found) throw unknown_command(prefix, word, command_names(*command));
    command = found;
    prefix += word + " ";
  }
  // The formatter itself: App::help() would show the usage of the command
  // parsed, which is this help command.
  std::string name = app.get_name() + (prefix.empty() ? "" : " " + prefix.substr(0, prefix.size() - 1));
  std::cout << command->get_formatter()->make_help(command, name, CLI::AppFormatMode::Normal);
}
}  // namespace

void add_help_command(CLI::App& app, Cli& cli) {
  auto words = std::make_shared<std::vector<std::string>>();
  CLI::App* cmd = app.add_subcommand("help", "The usage of hdpolicy or of a command (hdpolicy help batch subsidy)");
  cmd->add_option("COMMAND", *words, "The command (and kind) to show the usage of");
  cmd->callback([&app, &cli, words] {
    run(app, *words);
    cli.exit_code = kExitOk;
  });
}

}  // namespace hdpolicy::cli
