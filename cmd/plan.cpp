// hdpolicy plan: a year's insurance portfolio for one enterprise, each
// product under the article that makes the year's total highest, against
// claiming them one by one (海金融发〔2025〕4号's caps are shared).
#include <iostream>
#include <system_error>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/json_output.hpp"
#include "hdpolicy/plan.hpp"
#include "hdpolicy/plan_report.hpp"
#include "input_file.hpp"

namespace hdpolicy::cli {

namespace {
struct PlanOptions {
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

void run(const Cli& cli, const PlanOptions& o, int& exit_code) {
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
  cmd->add_option("--received", o->received,
                  "District subsidy already granted this year under a cap: CAP_ID=AMOUNT (repeatable)");
  cmd->add_option("--product", o->products,
                  "A planned policy: TYPE=PREMIUM[:UPPER_SUBSIDY] in yuan, the upper-level (national and municipal) "
                  "subsidy optional (repeatable, in the order claimed)");
  cmd->add_option("--input", o->input,
                  "The products from a CSV (columns type, premium, upper_subsidy; others passed through), or - for "
                  "standard input");
  cmd->add_option("--encoding", o->encoding, "Input encoding: utf-8 (default, with or without BOM) or gb18030")
      ->check(one_of("--encoding", {"utf-8", "gb18030"}));
  cmd->add_flag("--strict", o->strict, "Refuse to answer when a fact would have to be assumed");
  cmd->add_flag("--explain", o->explain, "Show the assignment step by step with the articles behind it");
  add_format_option(cmd, o->format, {"text", "json"});
  add_lang_option(cmd, o->lang);
  cmd->callback([&cli, o] { run(cli, *o, cli.exit_code); });
}

}  // namespace hdpolicy::cli
