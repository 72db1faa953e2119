// hdpolicy plan: a year's insurance portfolio for one enterprise, each
// product under the article that makes the year's total highest, against
// claiming them one by one (海金融发〔2025〕4号's caps are shared). With
// POLICY, a document of declared shape: its claims of a year from --input,
// each under the rule (or left unclaimed) that makes the year's total highest.
#include <iostream>
#include <system_error>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli.hpp"
#include "hdpolicy/benefit_plan.hpp"
#include "hdpolicy/benefit_report.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/eval_target.hpp"
#include "hdpolicy/json_output.hpp"
#include "hdpolicy/plan.hpp"
#include "hdpolicy/plan_report.hpp"
#include "input_file.hpp"

namespace hdpolicy::cli {

namespace {
struct PlanOptions {
  std::string policy;                 // POLICY: a document of declared shape (empty: the insurance portfolio)
  std::vector<std::string> inputs;    // per row of subsidy_inputs(); the per-product rows stay empty
  std::vector<std::string> received;  // CAP_ID=AMOUNT
  std::vector<std::string> products;  // TYPE=PREMIUM[:UPPER_SUBSIDY]
  std::string input, encoding = "utf-8";
  bool strict = false, explain = false;
  std::string format = "text", lang = "en";
};

Portfolio read_products(const PolicySet& set, const SubsidyClaim& enterprise, const PlanOptions& o) {
  if (!o.products.empty() && !o.input.empty())
    throw InputError("--input: the products come either from --product or from --input, not both",
                     {"--input", o.input, "a portfolio CSV without --product"});
  Portfolio portfolio;
  for (const auto& item : o.products) portfolio.products.push_back(parse_plan_product(set, enterprise, item));
  if (o.input.empty()) return portfolio;
  const std::string source = o.input == "-" ? "--input" : o.input;
  InputFile input(o.input);
  csv::Reader reader(csv_source(input, o.encoding));
  try {
    return read_portfolio(set, enterprise, reader, source);
  } catch (const csv::FormatError& e) {
    throw InputError(fmt::format("{}: {}", source, e.what()));
  } catch (const std::system_error& e) {
    throw InputError(fmt::format("{}: could not read: {}", source, e.code().message()));
  }
}

// POLICY's claims from --input; the enterprise's facts are their columns, so
// the insurance portfolio's options are refused, naming the first given.
// False: POLICY is tech-insurance, whose plan is the portfolio.
bool run_declared(const Cli& cli, const PlanOptions& o) {
  PolicySet set = cli.load_policies(Cli::Calendars::Skip);
  const EvalTarget target = find_eval_target(set, o.policy);
  if (target.shape == EvalShape::Subsidy) return false;
  if (target.shape != EvalShape::Declared)
    throw bad_value("POLICY", o.policy,
                    fmt::format("a document of declared shape ({}), or tech-insurance", benefit_policy_list(set)));
  const BenefitPolicy& policy = *target.declared;
  for (std::size_t row = 0; row < o.inputs.size(); ++row)
    if (!o.inputs[row].empty())
      throw bad_value(std::string(subsidy_inputs()[row].option), o.inputs[row],
                      fmt::format("nothing with POLICY {}: its facts are the columns of --input", policy.id));
  if (!o.products.empty())
    throw bad_value("--product", o.products.front(), fmt::format("nothing with POLICY {}: use --input", policy.id));
  if (o.input.empty())
    throw InputError(fmt::format("--input: required with POLICY {}: a CSV of its claims, columns its facts", policy.id),
                     {"--input", std::nullopt, "a CSV of the claims"});
  const std::string source = o.input == "-" ? "--input" : o.input;
  InputFile input(o.input);
  csv::Reader reader(csv_source(input, o.encoding));
  BenefitPlan plan;
  try {
    plan = read_benefit_plan(policy, reader, source);
  } catch (const csv::FormatError& e) {
    throw InputError(fmt::format("{}: {}", source, e.what()));
  } catch (const std::system_error& e) {
    throw InputError(fmt::format("{}: could not read: {}", source, e.code().message()));
  }
  const BenefitPolicy& version = benefit_plan_version(set, *target.declared, target.by_number, plan, source);
  const std::vector<Money> received = parse_benefit_received(version, o.received, FieldStyle::Option);
  plan_benefit(set.documents[static_cast<std::size_t>(version.document)], version, received, plan);
  const Lang lang = lang_of(o.lang);
  if (o.strict)
    for (const BenefitPlanClaim& c : plan.claims)
      refuse_assumptions(benefit_view(set, version, c.claim, c.result, FieldStyle::Column, lang, false).assumptions);
  if (o.format == "json")
    std::cout << versioned(benefit_plan_json(set, version, plan, lang, o.explain)).dump(2) << "\n";
  else
    std::cout << benefit_plan_text(set, version, plan, lang, o.explain);
  return true;
}

void run(const Cli& cli, const PlanOptions& o, int& exit_code) {
  exit_code = kExitOk;
  if (!o.policy.empty() && run_declared(cli, o)) return;
  PolicySet set = cli.load_policies(Cli::Calendars::Skip, "subsidy");
  const SubsidyClaim enterprise = parse_plan_enterprise(set, input_texts(subsidy_inputs(), o.inputs), today_beijing());
  const std::vector<Money> received = parse_received(set.subsidy, o.received, FieldStyle::Option);
  const Portfolio portfolio = read_products(set, enterprise, o);
  const Plan plan = plan_portfolio(set, portfolio.products, received);
  std::vector<SubsidyResult> types;
  if (portfolio.products.empty()) types = plan_types(set, enterprise, received);
  const PlanView view{set, enterprise, portfolio, plan, types};
  const Lang lang = lang_of(o.lang);
  if (o.strict) refuse_assumptions(plan_assumptions(view, lang));
  if (o.format == "json")
    std::cout << versioned(plan_json(view, lang, o.explain)).dump(2) << "\n";
  else
    std::cout << plan_text(view, lang, o.explain);
  exit_code = kExitOk;
}
}  // namespace

void add_plan_command(CLI::App& app, Cli& cli) {
  auto o = std::make_shared<PlanOptions>();
  CLI::App* cmd = app.add_subcommand(
      "plan", "A year's insurance portfolio: each product under the article giving the highest total for the year");
  // The enterprise's facts, one option each, defined with their help by their rows in
  // lib/src/subsidy/subsidy_inputs.cpp; type, premium and the upper-level subsidy are per product.
  add_input_options(cmd, subsidy_inputs(), o->inputs, true, is_product_input);
  cmd->add_option("POLICY", o->policy,
                  "A document of declared shape (id or number): its claims of a year from --input, each under the "
                  "rule giving the highest total (without it: the insurance portfolio of tech-insurance)");
  cmd->add_option("--received", o->received,
                  "District subsidy already granted this year under a cap: CAP_ID=AMOUNT (repeatable; with POLICY, "
                  "its caps: CAP_ID=AMOUNT, or CAP_ID=TIMES for a cap on times)");
  cmd->add_option("--product", o->products,
                  "A planned policy: TYPE=PREMIUM[:UPPER_SUBSIDY] in yuan, the upper-level (national and municipal) "
                  "subsidy optional (repeatable, in the order claimed)");
  cmd->add_option("--input", o->input,
                  "The products from a CSV (columns type, premium, upper_subsidy; others passed through), or - for "
                  "standard input; with POLICY, its claims (columns its facts, as batch eval reads them)");
  cmd->add_option("--encoding", o->encoding, "Input encoding: utf-8 (default, with or without BOM) or gb18030")
      ->check(one_of("--encoding", {"utf-8", "gb18030"}));
  cmd->add_flag("--strict", o->strict, "Refuse to answer when a fact would have to be assumed");
  cmd->add_flag("--explain", o->explain, "Show the assignment step by step with the articles behind it");
  add_format_option(cmd, o->format, {"text", "json"});
  add_lang_option(cmd, o->lang);
  cmd->callback([&cli, o] { run(cli, *o, cli.exit_code); });
}

}  // namespace hdpolicy::cli
