// hdpolicy subsidy: what Haidian pays back for one insurance premium
// (海金融发〔2025〕4号), under which article, and on which assumptions.
#include <iostream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/json_output.hpp"
#include "hdpolicy/subsidy.hpp"
#include "hdpolicy/subsidy_contract.hpp"
#include "hdpolicy/subsidy_report.hpp"

namespace hdpolicy::cli {

namespace {
struct SubsidyOptions {
  std::vector<std::string> inputs;    // per row of subsidy_inputs()
  std::vector<std::string> received;  // CAP_ID=AMOUNT
  AnswerFlags flags;
};

void run(const Cli& cli, const SubsidyOptions& o, int& exit_code) {
  PolicySet set = cli.load_policies(Cli::Calendars::Skip, "subsidy");
  std::cout << subsidy_answer(set, o.inputs, o.received, o.flags);
  exit_code = kExitOk;
}
}  // namespace

std::string subsidy_answer(const PolicySet& set, const std::vector<std::string>& inputs,
                           const std::vector<std::string>& received, const AnswerFlags& flags) {
  // A document of declared shape that keeps this command's contract answers on the generic evaluator.
  if (const BenefitPolicy* named = find_subsidy_contract(set)) {
    const SubsidyContractCase c = judge_subsidy_contract(set, *named, input_texts(subsidy_inputs(), inputs), received,
                                                         FieldStyle::Option, today_beijing());
    Lang lang = lang_of(flags.lang);
    if (flags.strict) refuse_assumptions(subsidy_contract_assumptions(set, c, FieldStyle::Option, lang));
    if (flags.format == "json")
      return versioned(subsidy_contract_json(set, c, FieldStyle::Option, lang, flags.explain)).dump(2) + "\n";
    return subsidy_contract_text(set, c, FieldStyle::Option, lang, flags.explain);
  }
  SubsidyClaim claim =
      parse_subsidy_claim(set, input_texts(subsidy_inputs(), inputs), today_beijing(), FieldStyle::Option);
  std::vector<Money> used = parse_received(set.subsidy, received, FieldStyle::Option);
  SubsidyResult result = evaluate_subsidy(set, claim, used);
  Lang lang = lang_of(flags.lang);
  if (flags.strict) refuse_assumptions(subsidy_assumptions(set, claim, result, lang));
  if (flags.format == "json")
    return versioned(subsidy_json(set, claim, result, used, lang, flags.explain)).dump(2) + "\n";
  return subsidy_text(set, claim, result, used, lang, flags.explain);
}

void add_subsidy_command(CLI::App& app, Cli& cli) {
  auto o = std::make_shared<SubsidyOptions>();
  CLI::App* cmd =
      app.add_subcommand("subsidy", "Insurance premium subsidy for one claim (the policy: see 'hdpolicy policies')");
  // One option per input (--type, --premium, ...), each defined with its help by its row in
  // lib/src/subsidy/subsidy_inputs.cpp.
  add_input_options(cmd, subsidy_inputs(), o->inputs);
  cmd->add_option("--received", o->received,
                  "District subsidy already granted this year under a cap: CAP_ID=AMOUNT (repeatable)");
  cmd->add_flag("--strict", o->flags.strict, "Refuse to answer when a fact would have to be assumed");
  cmd->add_flag("--explain", o->flags.explain, "Show every step with the article and clause behind it");
  add_format_option(cmd, o->flags.format, {"text", "json"});
  add_lang_option(cmd, o->flags.lang);
  cmd->callback([&cli, o] { run(cli, *o, cli.exit_code); });
}

}  // namespace hdpolicy::cli
