// hdpolicy hiring: the one-time job-expansion subsidy for one hire
// (海政办发〔2025〕7号 第7项): eligible or not, which category, the amount, why.
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli.hpp"
#include "hdpolicy/dates.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/hiring.hpp"
#include "hdpolicy/hiring_contract.hpp"
#include "hdpolicy/json_output.hpp"
#include "hdpolicy/report.hpp"

namespace hdpolicy::cli {

namespace {
struct HiringOptions {
  std::vector<std::string> inputs;  // per row of hiring_inputs()
  AnswerFlags flags;
};

void run(const Cli& cli, const HiringOptions& o, int& exit_code) {
  PolicySet set = cli.load_policies(Cli::Calendars::Skip, "hiring");
  std::cout << hiring_answer(set, o.inputs, o.flags);
  exit_code = kExitOk;
}
}  // namespace

// The hire judged by the generic evaluator, under the declared document whose
// document.contract is hiring, and answered in this command's words.
std::string hiring_answer(const PolicySet& set, const std::vector<std::string>& inputs, const AnswerFlags& flags) {
  const BenefitPolicy& named = require_hiring_contract(set, "hiring");
  const HiringContractCase c =
      judge_hiring_contract(set, named, input_texts(hiring_inputs(), inputs), FieldStyle::Option, today_beijing());
  Lang lang = lang_of(flags.lang);
  if (flags.strict) refuse_assumptions(hiring_contract_assumptions(set, *c.version, c.claim, FieldStyle::Option, lang));
  if (flags.format == "json")
    return versioned(hiring_contract_json(set, *c.version, c.claim, c.result, FieldStyle::Option, lang, flags.explain))
               .dump(2) +
           "\n";
  return hiring_contract_text(set, *c.version, c.claim, c.result, FieldStyle::Option, lang, flags.explain);
}

void add_hiring_command(CLI::App& app, Cli& cli) {
  auto o = std::make_shared<HiringOptions>();
  // The document and item are the loaded policy's (see 'hdpolicy policies'), not the binary's.
  CLI::App* cmd = app.add_subcommand(
      "hiring", "One-time job-expansion subsidy for one hire (the policy and item: see 'hdpolicy policies')");
  // One option per input, each defined with its help by its row in
  // lib/src/hiring/hiring_inputs.cpp.
  add_input_options(cmd, hiring_inputs(), o->inputs);
  cmd->add_flag("--strict", o->flags.strict, "Refuse to answer when a fact would have to be assumed");
  cmd->add_flag("--explain", o->flags.explain, "Show every step with the item and clause behind it");
  add_format_option(cmd, o->flags.format, {"text", "json"});
  add_lang_option(cmd, o->flags.lang);
  cmd->callback([&cli, o] { run(cli, *o, cli.exit_code); });
}

}  // namespace hdpolicy::cli
