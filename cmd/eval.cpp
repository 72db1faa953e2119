// hdpolicy eval POLICY: one claim on a document of declared shape (its
// `facts:` and `rules:`): eligible or not, the amount, the article, why.
// The document's facts are its options (--rent-paid for rent_paid), so
// they are read after CLI11 has parsed the command's own options: a new
// document needs no rebuild.
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli.hpp"
#include "hdpolicy/benefit_report.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/json_output.hpp"

namespace hdpolicy::cli {

namespace {
struct EvalOptions {
  std::vector<std::string> received;  // CAP_ID=AMOUNT
  bool strict = false, explain = false;
  std::string format = "text", lang = "en";
};

// The document's facts from `--name value` / `--name=value` pairs that
// CLI11 left over; each must be an option of the document.
std::vector<std::string> fact_values(const BenefitPolicy& policy, const std::vector<std::string>& extras) {
  const auto table = policy.inputs();
  std::vector<std::string> values(table.size());
  auto accepted = [&] {
    std::string s;
    for (const InputDef& def : table)
      if ((def.where & kOnCli) && def.role != InputRole::Derived)
        s += (s.empty() ? "" : ", ") + std::string(def.option);
    return s;
  };
  for (std::size_t i = 0; i < extras.size(); ++i) {
    std::string name = extras[i], value;
    bool has_value = false;
    if (auto eq = name.find('='); name.starts_with("--") && eq != std::string::npos) {
      value = name.substr(eq + 1);
      name.resize(eq);
      has_value = true;
    }
    const InputDef* def = nullptr;
    for (const InputDef& d : table)
      if ((d.where & kOnCli) && d.role != InputRole::Derived && d.option == name) def = &d;
    if (!def)
      throw bad_value(name.starts_with("--") ? name : "POLICY", extras[i],
                      fmt::format("an option of {}: {}", policy.id, accepted()));
    if (!has_value) {
      if (i + 1 >= extras.size()) throw required(name, std::string(def->what));
      value = extras[++i];
    }
    values[static_cast<std::size_t>(def - table.data())] = value;
  }
  return values;
}

// The words CLI11 left over: POLICY (the first word that is not an
// option or an option's value), --policies DIR (the global option, which
// this command does not pass up), and the document's facts as `--name
// value` or `--name=value`, in `facts`.
std::string take_words(Cli& cli, const std::vector<std::string>& words, std::vector<std::string>& facts) {
  std::string policy;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (!w.starts_with("--")) {
      if (!policy.empty()) throw bad_value("POLICY", w, fmt::format("one policy ({} is already named)", policy));
      policy = w;
    } else if (w == "--policies" && i + 1 < words.size()) {
      cli.policies = words[++i];
    } else if (w.starts_with("--policies=")) {
      cli.policies = w.substr(11);
    } else {
      facts.push_back(w);
      if (w.find('=') == std::string::npos && i + 1 < words.size()) facts.push_back(words[++i]);
    }
  }
  if (policy.empty()) throw required("POLICY", "the id or number of a document with facts: and rules:");
  return policy;
}

void run(Cli cli, const EvalOptions& o, const std::vector<std::string>& words, int& exit_code) {
  std::vector<std::string> extras;
  const std::string name = take_words(cli, words, extras);
  PolicySet set = cli.load_policies(Cli::Calendars::Skip);
  const BenefitPolicy* policy = find_benefit_policy(set, name);
  if (!policy)
    throw bad_value("POLICY", name,
                    "the id or number of a document with facts: and rules: (" + benefit_policy_list(set) + ")");
  std::vector<std::string> values = fact_values(*policy, extras);
  BenefitClaim claim = parse_benefit_claim(*policy, input_texts(policy->inputs(), values), o.received,
                                           FieldStyle::Option, today_beijing());
  const Document& doc = set.documents[static_cast<std::size_t>(policy->document)];
  BenefitResult result = evaluate_benefit(doc, *policy, claim);
  Lang lang = lang_of(o.lang);
  BenefitView view = benefit_view(set, *policy, claim, result, FieldStyle::Option, lang);
  if (o.strict) refuse_assumptions(view.assumptions);
  if (o.format == "json")
    std::cout << versioned(benefit_json(set, *policy, view, o.explain)).dump(2) << "\n";
  else
    std::cout << benefit_text(set, *policy, view, lang, o.explain);
  exit_code = kExitOk;
}
}  // namespace

void add_eval_command(CLI::App& app, Cli& cli) {
  auto o = std::make_shared<EvalOptions>();
  CLI::App* cmd = app.add_subcommand(
      "eval", "One claim on a policy document of declared shape; its facts are its options (see 'hdpolicy policies')");
  // POLICY and the document's facts are read from the words CLI11 leaves (take_words).
  cmd->footer(
      "POLICY: the document's id (e.g. rent-subsidy) or number; its facts are its options "
      "(--rent-paid for the fact rent_paid): see 'hdpolicy policies'.");
  cmd->add_option("--received", o->received,
                  "Already received this year under a cap of the document: CAP_ID=AMOUNT (repeatable)");
  cmd->add_flag("--strict", o->strict, "Refuse to answer when a fact would have to be assumed");
  cmd->add_flag("--explain", o->explain, "Show every step with the article and clause behind it");
  add_format_option(cmd, o->format, {"text", "json"});
  add_lang_option(cmd, o->lang);
  cmd->allow_extras();  // the document's facts, read by fact_values
  cmd->fallthrough(false);
  cmd->callback([&cli, o, cmd] { run(cli, *o, cmd->remaining(), cli.exit_code); });
}

}  // namespace hdpolicy::cli
