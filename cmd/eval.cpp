// hdpolicy eval POLICY: one claim on a policy document: eligible or not,
// the amount, the article, why. For a document of declared shape (its
// `facts:` and `rules:`) the document's facts are its options (--rent-paid
// for rent_paid), so they are read after CLI11 has parsed the command's own
// options: a new document needs no rebuild. A document of the shapes the
// project had before (subsidy:, hiring:) is answered as its command answers
// (eval_target.hpp): `eval tech-insurance` prints what `subsidy` prints.
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli.hpp"
#include "hdpolicy/benefit_report.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/eval_target.hpp"
#include "hdpolicy/hiring.hpp"
#include "hdpolicy/json_output.hpp"
#include "hdpolicy/subsidy.hpp"

namespace hdpolicy::cli {

namespace {
struct EvalOptions {
  std::vector<std::string> received;  // CAP_ID=AMOUNT
  AnswerFlags flags;
};

// The document's facts from `--name value` / `--name=value` pairs that
// CLI11 left over; each must be an option of the document (`id`), whose
// inputs are `table`.
std::vector<std::string> fact_values(std::string_view id, std::span<const InputDef> table,
                                     const std::vector<std::string>& extras) {
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
                      fmt::format("an option of {}: {}", id, accepted()));
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
  if (policy.empty()) throw required("POLICY", "the id or number of a document with an amount to compute");
  return policy;
}

std::string declared_answer(const PolicySet& set, const EvalTarget& target, const EvalOptions& o,
                            const std::vector<std::string>& extras) {
  const BenefitPolicy& policy = *target.declared;
  std::vector<std::string> values = fact_values(policy.id, policy.inputs(), extras);
  BenefitClaim claim = parse_benefit_claim(policy, input_texts(policy.inputs(), values), o.received, FieldStyle::Option,
                                           today_beijing());
  // Successive versions take the same facts: the claim's date picks the one it is judged under.
  const BenefitPolicy& version = declared_version(set, target, claim.date);
  const Document& doc = set.documents[static_cast<std::size_t>(version.document)];
  BenefitResult result = evaluate_benefit(doc, version, claim);
  Lang lang = lang_of(o.flags.lang);
  BenefitView view = benefit_view(set, version, claim, result, FieldStyle::Option, lang);
  if (o.flags.strict) refuse_assumptions(view.assumptions);
  if (o.flags.format == "json") return versioned(benefit_json(set, version, view, o.flags.explain)).dump(2) + "\n";
  return benefit_text(set, version, view, lang, o.flags.explain);
}

void run(Cli cli, const EvalOptions& o, const std::vector<std::string>& words, int& exit_code) {
  std::vector<std::string> extras;
  const std::string name = take_words(cli, words, extras);
  PolicySet set = cli.load_policies(Cli::Calendars::Skip);
  const EvalTarget target = find_eval_target(set, name);
  const std::string id = target.document >= 0 ? set.documents[static_cast<std::size_t>(target.document)].id : "";
  switch (target.shape) {
    case EvalShape::None:
      throw bad_value("POLICY", name, eval_target_accepted(set));
    case EvalShape::Deadlines:
      throw bad_value(
          "POLICY", name,
          fmt::format("{} (the deadlines of {} are dates: hdpolicy deadline --list)", eval_target_accepted(set), id));
    case EvalShape::Subsidy:
      std::cout << subsidy_answer(set, fact_values(id, subsidy_inputs(), extras), o.received, o.flags);
      break;
    case EvalShape::Hiring:
      if (!o.received.empty())
        throw bad_value("--received", o.received.front(), fmt::format("nothing: {} has no caps to count against", id));
      std::cout << hiring_answer(set, fact_values(id, hiring_inputs(), extras), o.flags);
      break;
    case EvalShape::Declared:
      std::cout << declared_answer(set, target, o, extras);
      break;
  }
  exit_code = kExitOk;
}
}  // namespace

void add_eval_command(CLI::App& app, Cli& cli) {
  auto o = std::make_shared<EvalOptions>();
  CLI::App* cmd =
      app.add_subcommand("eval", "One claim on a policy document; its facts are its options (see 'hdpolicy policies')");
  // POLICY and the document's facts are read from the words CLI11 leaves (take_words).
  cmd->footer(
      "POLICY: the document's id (e.g. tech-insurance) or number; its facts are its options "
      "(--rent-paid for the fact rent_paid); a document with a subsidy: section or document.contract: hiring takes the "
      "options of 'hdpolicy subsidy' or 'hdpolicy hiring': see 'hdpolicy policies'.");
  cmd->add_option("--received", o->received,
                  "Already received under a cap of the document (this year, or in all for a cap kept per enterprise): "
                  "CAP_ID=AMOUNT (repeatable)");
  cmd->add_flag("--strict", o->flags.strict, "Refuse to answer when a fact would have to be assumed");
  cmd->add_flag("--explain", o->flags.explain, "Show every step with the article and clause behind it");
  add_format_option(cmd, o->flags.format, {"text", "json"});
  add_lang_option(cmd, o->flags.lang);
  cmd->allow_extras();  // the document's facts, read by fact_values
  cmd->fallthrough(false);
  cmd->callback([&cli, o, cmd] { run(cli, *o, cmd->remaining(), cli.exit_code); });
}

}  // namespace hdpolicy::cli
