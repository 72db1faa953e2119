#include "complete.hpp"

#include <algorithm>
#include <optional>
#include <string_view>

#include "cli.hpp"
#include "hdpolicy/benefit.hpp"
#include "hdpolicy/deadline.hpp"
#include "hdpolicy/eval_target.hpp"
#include "hdpolicy/hiring.hpp"
#include "hdpolicy/subsidy_contract.hpp"
#include "hdpolicy/subsidy_policy.hpp"

namespace hdpolicy::cli {

namespace {

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// The command the words lead to, the option waiting for its value (if the
// last word was one), the --policies given, and how many arguments were given.
struct Position {
  const CLI::App* command = nullptr;
  const CLI::Option* pending = nullptr;
  std::string policies;
  int arguments = 0;
  const CLI::App* help_target = nullptr;  // after `help`: the command its words name so far
  std::string first_argument;             // eval: the policy named
  std::string pending_fact;               // eval: an option of the policy's facts waiting for its value
};

// `eval`, `batch eval` and `plan` take POLICY; `eval` alone takes the policy's facts as options.
bool takes_policy(const CLI::App* command) {
  return command && (command->get_name() == "eval" || command->get_name() == "plan");
}
bool is_eval(const CLI::App* command) {
  return command && command->get_name() == "eval" && command->get_parent() && !command->get_parent()->get_parent();
}

// An option of the command or of a command above it (--policies falls through).
const CLI::Option* find_option(const CLI::App* command, std::string_view name) {
  for (; command != nullptr; command = command->get_parent())
    for (const CLI::Option* opt : command->get_options())
      if (!opt->get_positional() && opt->check_name(std::string(name))) return opt;
  return nullptr;
}

const CLI::App* find_command(const CLI::App* command, std::string_view name) {
  for (const CLI::App* sub : command->get_subcommands(std::function<bool(const CLI::App*)>{}))
    if (!sub->get_group().empty() && sub->get_name() == name) return sub;
  return nullptr;
}

Position walk(const CLI::App& app, const std::vector<std::string>& words) {
  Position at;
  at.command = &app;
  for (const std::string& word : words) {
    if (at.pending) {
      if (at.pending->check_name("--policies")) at.policies = word;
      at.pending = nullptr;
    } else if (!at.pending_fact.empty()) {
      at.pending_fact.clear();
    } else if (starts_with(word, "-")) {
      const auto equals = word.find('=');
      const CLI::Option* opt = find_option(at.command, word.substr(0, equals));
      if (opt && opt->get_type_size() != 0 && equals == std::string::npos) at.pending = opt;
      // eval: the document's facts are options CLI11 does not know; each takes a value.
      if (!opt && is_eval(at.command) && equals == std::string::npos) at.pending_fact = word;
      if (opt && opt->check_name("--policies") && equals != std::string::npos) at.policies = word.substr(equals + 1);
    } else if (at.help_target) {
      if (const CLI::App* sub = find_command(at.help_target, word)) at.help_target = sub;
    } else if (const CLI::App* sub = at.arguments == 0 ? find_command(at.command, word) : nullptr) {
      at.command = sub;
      if (sub->get_name() == "help" && sub->get_parent() == &app) at.help_target = &app;
    } else {
      if (at.arguments == 0) at.first_argument = word;
      ++at.arguments;
    }
  }
  return at;
}

// The ids a list of the policies holds, each followed by `suffix`.
template <typename Items>
std::vector<std::string> ids(const Items& items, std::string_view suffix = {}) {
  std::vector<std::string> out;
  for (const auto& item : items) out.push_back(item.id + std::string(suffix));
  return out;
}

std::vector<std::string> policy_values(const std::string& policies, std::string_view option, Choices choices) {
  Cli cli;
  cli.policies = policies;
  try {
    const PolicySet set = cli.load_policies(Cli::Calendars::Skip);
    // The premium subsidy written as a declared document (document.contract: subsidy).
    if (const BenefitPolicy* p = find_subsidy_contract(set)) {
      auto values = [p](const char* fact) { return p->facts->extra[*find_input(p->inputs(), fact)].choices; };
      if (option == "--received") return ids(p->caps, "=");
      if (option == "--product") return ids(values("type"), "=");
      if (choices == Choices::SubsidyTypes) return ids(values("type"));
      if (choices == Choices::Industries) return ids(values("industry"));
    }
    if (option == "--received") return ids(set.subsidy.caps, "=");
    if (option == "--product") return ids(set.subsidy.types, "=");
    if (choices == Choices::SubsidyTypes) return ids(set.subsidy.types);
    if (choices == Choices::Industries) return ids(set.subsidy.industries);
    if (choices == Choices::DeadlineRules) return ids(set.deadlines);
  } catch (const std::exception&) {  // a directory that does not load: nothing to offer
  }
  return {};
}

// eval: the policies' ids (as POLICY), the options of the named policy's
// facts, or the values of one of them (`fact`: yes/no, a choice's ids). A
// document with a subsidy: section or document.contract: hiring takes that
// command's options.
std::vector<std::string> eval_values(const Position& at, std::string_view fact) {
  Cli cli;
  cli.policies = at.policies;
  std::vector<std::string> out;
  try {
    const PolicySet set = cli.load_policies(Cli::Calendars::Skip);
    if (at.first_argument.empty() && fact.empty()) {
      for (const Document& d : set.documents) {
        const EvalShape shape = find_eval_target(set, d.id).shape;
        // plan weighs the claims of a year against shared caps: a subsidy: document or a declared one.
        const bool planned = at.command->get_name() != "plan" || shape != EvalShape::Hiring;
        if (shape != EvalShape::None && shape != EvalShape::Deadlines && planned) out.push_back(d.id);
      }
      return out;
    }
    const EvalTarget target = find_eval_target(set, at.first_argument);
    const bool shipped = target.shape == EvalShape::Subsidy || target.shape == EvalShape::Hiring;
    const BenefitPolicy* p = target.declared;
    if (!shipped && !p) return out;
    // The options are the rows of the document's input table: a shipped shape's, or its declared facts.
    const std::span<const InputDef> table =
        shipped ? (target.shape == EvalShape::Subsidy ? subsidy_inputs() : hiring_inputs()) : p->inputs();
    for (std::size_t row = 0; row < table.size(); ++row) {
      const InputDef& def = table[row];
      if (!(def.where & kOnCli) || def.role == InputRole::Derived) continue;
      if (fact.empty()) {
        out.emplace_back(def.option);
      } else if (def.option == fact) {
        if (def.kind == FactKind::YesNo) return {"yes", "no"};
        if (shipped) return def.choices != Choices::None ? policy_values(at.policies, fact, def.choices) : out;
        for (const auto& v : p->facts->extra[row].choices) out.push_back(v.id);
      }
    }
  } catch (const std::exception&) {  // a directory that does not load: nothing to offer
  }
  return out;
}

// The input-table row behind an option, in any domain's table.
std::optional<InputDef> input_row(std::string_view option) {
  for (auto table : {subsidy_inputs(), hiring_inputs(), deadline_inputs()})
    for (const InputDef& def : table)
      if (def.option == option) return def;
  return std::nullopt;
}

// What the value of `opt` may be.
std::vector<std::string> values(const CLI::Option& opt, const std::string& policies) {
  const std::string name = opt.get_name();
  if (name == "--policies") return {":dirs"};
  if (name == "--input" || name == "--output") return {":files"};
  if (name == "--received" || name == "--product") return policy_values(policies, name, Choices::None);
  if (auto row = input_row(name)) {
    if (row->kind == FactKind::YesNo) return {"yes", "no"};
    if (row->choices != Choices::None) return policy_values(policies, name, row->choices);
    return {};
  }
  // A validated choice: its description is "{text,json}" (one_of in cli.cpp).
  std::string type = opt.get_type_name();
  auto open = type.find(":{");
  if (open == std::string::npos || type.back() != '}') return {};
  return CLI::detail::split(type.substr(open + 2, type.size() - open - 3), ',');
}

std::vector<std::string> candidates(const Position& at, const std::string& current) {
  if (at.pending) return values(*at.pending, at.policies);
  if (!at.pending_fact.empty()) return eval_values(at, at.pending_fact);
  if (starts_with(current, "--") && current.find('=') != std::string::npos) {
    std::string name = current.substr(0, current.find('='));
    const CLI::Option* opt = find_option(at.command, name);
    std::vector<std::string> out;
    if (opt)
      for (const auto& v : values(*opt, at.policies)) out.push_back(v[0] == ':' ? v : name + "=" + v);
    return out;
  }
  std::vector<std::string> out;
  if (starts_with(current, "-")) {
    for (const CLI::App* c = at.command; c != nullptr; c = c->get_parent())
      for (const CLI::Option* opt : c->get_options())
        if (!opt->get_positional() && !opt->get_group().empty())  // hidden options (serve --hello) are not offered
          for (const auto& n : opt->get_lnames())
            if (std::find(out.begin(), out.end(), "--" + n) == out.end()) out.push_back("--" + n);
    if (is_eval(at.command) && !at.first_argument.empty())
      for (auto& o : eval_values(at, {})) out.push_back(std::move(o));
    return out;
  }
  // `help` takes command words, so it completes the commands.
  const CLI::App* command = at.help_target ? at.help_target : at.command;
  for (const CLI::App* sub : command->get_subcommands(std::function<bool(const CLI::App*)>{}))
    if (!sub->get_group().empty() && at.arguments == 0) out.push_back(sub->get_name());
  if (out.empty() && (command->get_name() == "check" || command->get_name() == "test")) return {":files"};
  if (out.empty() && command->get_name() == "diff") return {":dirs"};
  if (out.empty() && takes_policy(command) && at.arguments == 0) return eval_values(at, {});
  return out;
}

}  // namespace

std::string completions(const CLI::App& app, const std::vector<std::string>& words) {
  if (words.empty()) return {};
  const std::string& current = words.back();
  Position at = walk(app, {words.begin(), words.end() - 1});
  std::string out;
  for (const auto& candidate : candidates(at, current))
    if (candidate[0] == ':' || starts_with(candidate, current)) out += candidate + "\n";
  return out;
}

}  // namespace hdpolicy::cli
