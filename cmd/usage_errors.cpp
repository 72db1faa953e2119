#include "usage_errors.hpp"

#include <algorithm>
#include <string_view>

#include <fmt/format.h>

namespace hdpolicy::cli {

namespace {

// The app and each command recognised below it, outermost first.
std::vector<const CLI::App*> command_chain(const CLI::App& app) {
  std::vector<const CLI::App*> chain{&app};
  while (!chain.back()->get_subcommands().empty()) chain.push_back(chain.back()->get_subcommands().front());
  return chain;
}

// The options usable at the innermost command: its own and those of the
// commands around it (options fall through to the command that has them),
// each once (--help is in every command).
std::vector<std::string> option_names(const std::vector<const CLI::App*>& chain) {
  std::vector<std::string> names;
  auto add = [&names](const std::string& name) {
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  };
  for (auto it = chain.rbegin(); it != chain.rend(); ++it)
    for (const CLI::Option* opt : (*it)->get_options()) {
      if (opt->get_group().empty()) continue;  // hidden (serve --hello): not listed as accepted
      for (const auto& l : opt->get_lnames()) add("--" + l);
      for (const auto& s : opt->get_snames()) add("-" + s);
    }
  return names;
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

// Single-character insertions, deletions, substitutions and swaps of two
// neighbours (optimal string alignment): "tset" is one slip from "test".
std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i)
    for (std::size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}

std::string without_dashes(const std::string& s) { return s.substr(std::min(s.find_first_not_of('-'), s.size())); }

InputError unknown_option(const std::string& arg, const std::vector<const CLI::App*>& chain) {
  std::string name = arg.substr(0, arg.find('='));  // --typ=rd names --typ
  std::vector<std::string> options = option_names(chain);
  std::string message = fmt::format("unknown option '{}'", name);
  if (auto near = closest_match(name, options)) message += fmt::format("; did you mean '{}'?", *near);
  return InputError(message, {name, std::nullopt, "one of " + join(options)});
}

InputError unknown_command_in(const std::string& word, const std::vector<const CLI::App*>& chain) {
  std::string prefix;  // "batch " for a kind of batch
  for (std::size_t i = 1; i < chain.size(); ++i) prefix += chain[i]->get_name() + " ";
  return unknown_command(prefix, word, command_names(*chain.back()));
}

// The first required option or argument not given, outermost command first
// (the order CLI11 checks them in).
const CLI::Option* missing_required(const std::vector<const CLI::App*>& chain) {
  for (const CLI::App* command : chain)
    for (const CLI::Option* opt : command->get_options())
      if (opt->get_required() && opt->count() == 0) return opt;
  return nullptr;
}

}  // namespace

std::vector<std::string> command_names(const CLI::App& command) {
  std::vector<std::string> names;
  for (const CLI::App* sub : command.get_subcommands(std::function<bool(const CLI::App*)>{}))
    names.push_back(sub->get_name());
  return names;
}

InputError unknown_command(const std::string& prefix, const std::string& word, const std::vector<std::string>& names) {
  std::string message = fmt::format("unknown command '{}{}'", prefix, word);
  if (names.empty()) {
    std::string command = prefix.substr(0, prefix.size() - 1);
    return InputError(fmt::format("{}: '{}' has no commands under it", message, command), {"COMMAND", word, ""});
  }
  if (auto near = closest_match(word, names))
    message += fmt::format("; did you mean '{}{}'?", prefix, *near);
  else
    message += fmt::format(": the commands{} are {}",
                           prefix.empty() ? "" : " after '" + prefix.substr(0, prefix.size() - 1) + "'", join(names));
  return InputError(message, {"COMMAND", word, "one of " + join(names)});
}

std::optional<std::string> closest_match(const std::string& word, const std::vector<std::string>& candidates) {
  const std::string bare = without_dashes(word);
  if (bare.empty()) return std::nullopt;
  // Close enough: a slip of one character in three (at least one).
  std::size_t best = std::max<std::size_t>(1, bare.size() / 3) + 1;
  std::optional<std::string> found;
  for (const auto& c : candidates) {
    std::size_t d = edit_distance(bare, without_dashes(c));
    if (d < best) {
      best = d;
      found = c;
    }
  }
  if (found) return found;
  // Else a unique completion: --prem for --premium.
  for (const auto& c : candidates) {
    if (without_dashes(c).rfind(bare, 0) != 0) continue;
    if (found) return std::nullopt;
    found = c;
  }
  return found;
}

std::string command_path(const CLI::App& app) {
  std::string path;
  auto chain = command_chain(app);
  for (std::size_t i = 1; i < chain.size(); ++i) path += (i > 1 ? " " : "") + chain[i]->get_name();
  return path;
}

InputError explain_parse_error(const CLI::App& app, const CLI::ParseError& error) {
  auto chain = command_chain(app);
  // Arguments not placed, in command-line order. Every command here lets
  // what it does not know fall through to the one above, so they all end up
  // with the outermost, in order.
  std::vector<std::string> unplaced;
  for (const CLI::App* command : chain)
    for (auto& arg : command->remaining()) unplaced.push_back(arg);
  for (const auto& arg : unplaced) {
    if (arg == "--") continue;
    if (arg.size() > 1 && arg[0] == '-') return unknown_option(arg, chain);
    if (chain.back()->get_require_subcommand_min() > 0) return unknown_command_in(arg, chain);
    return InputError(fmt::format("unexpected argument '{}'", arg), {"", arg, ""});
  }
  const CLI::App& innermost = *chain.back();
  if (innermost.get_require_subcommand_min() > 0 && innermost.get_subcommands().empty()) {
    std::vector<std::string> names = command_names(innermost);
    std::string after = chain.size() > 1 ? fmt::format(" after '{}'", command_path(app)) : "";
    return InputError(fmt::format("a command is required{}: one of {}", after, join(names)),
                      {"COMMAND", std::nullopt, "one of " + join(names)});
  }
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&error)) {
    // "--premium: 1 required TEXT missing": the option is named first.
    std::string_view what = error.what();
    for (const CLI::App* command : chain)
      for (const CLI::Option* opt : command->get_options()) {
        std::string name = opt->get_name();
        if (!name.empty() && what.size() > name.size() && what.substr(0, name.size() + 1) == name + ":")
          return InputError(fmt::format("{} needs a value: {}", name, opt->get_description()),
                            {name, std::nullopt, opt->get_description()});
      }
  }
  if (dynamic_cast<const CLI::RequiredError*>(&error)) {
    if (const CLI::Option* opt = missing_required(chain)) {
      std::string name = opt->get_name();
      return InputError(fmt::format("{} is required: {}", name, opt->get_description()),
                        {name, std::nullopt, opt->get_description()});
    }
  }
  return InputError(error.what());
}

}  // namespace hdpolicy::cli
