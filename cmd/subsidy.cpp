// hdpolicy subsidy: what Haidian pays back for one insurance premium
// (海金融发〔2025〕4号), under which article, and on which assumptions.
#include <iostream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/subsidy.hpp"
#include "hdpolicy/subsidy_report.hpp"

namespace hdpolicy::cli {

namespace {
struct SubsidyOptions {
  std::string type, premium, date, industry, employees, revenue, high_tech_year, specialized, upper_subsidy,
      support_years_used;
  std::vector<std::string> received;  // CAP_ID=AMOUNT
  bool strict = false, explain = false;
  std::string format = "text", lang = "en";
};

void run(const Cli& cli, const SubsidyOptions& o, int& exit_code) {
  PolicySet set = cli.load_policies(Cli::Calendars::Skip);
  SubsidyFields fields{o.type, o.premium, o.date, o.industry, o.employees, o.revenue, o.high_tech_year, o.specialized,
                       o.upper_subsidy, o.support_years_used};
  SubsidyClaim claim = parse_subsidy_claim(set, fields, today_beijing(), FieldStyle::Option);

  std::vector<Money> used = parse_received(set.subsidy, o.received, FieldStyle::Option);

  SubsidyResult result = evaluate_subsidy(set, claim, used);
  Lang lang = lang_of(o.lang);
  if (o.strict) refuse_assumptions(subsidy_assumptions(set, claim, result, lang));
  if (o.format == "json") {
    std::cout << subsidy_json(set, claim, result, used, lang, o.explain).dump(2) << "\n";
  } else {
    std::cout << subsidy_text(set, claim, result, used, lang, o.explain);
  }
  exit_code = kExitOk;
}
}  // namespace

void add_subsidy_command(CLI::App& app, Cli& cli) {
  auto o = std::make_shared<SubsidyOptions>();
  CLI::App* cmd = app.add_subcommand("subsidy", "Insurance premium subsidy for one claim (海金融发〔2025〕4号)");
  cmd->add_option("--type", o->type, "Insurance type ID or Chinese name (see 'hdpolicy policies')")->required();
  cmd->add_option("--premium", o->premium, "Premium actually paid, in yuan (e.g. 80000 or 80000.50)")->required();
  cmd->add_option("--date", o->date, "Claim date YYYY-MM-DD (default: today in Beijing)");
  cmd->add_option("--industry", o->industry, "Key industry ID or Chinese name (第二条), or other (其他): known to be in none of them");
  cmd->add_option("--employees", o->employees, "Number of employees (第三条)");
  cmd->add_option("--revenue", o->revenue, "Annual revenue in yuan (第三条)");
  cmd->add_option("--high-tech-year", o->high_tech_year, "Year of national high-tech certification or re-certification (第三条)");
  cmd->add_option("--specialized", o->specialized, "专精特新 enterprise: yes or no (第四条)");
  cmd->add_option("--upper-subsidy", o->upper_subsidy, "National and municipal subsidy for this premium, in yuan (第四、五条)");
  cmd->add_option("--support-years-used", o->support_years_used, "Years of inclusive support already received (第三条)");
  cmd->add_option("--received", o->received, "District subsidy already granted this year under a cap: CAP_ID=AMOUNT (repeatable)");
  cmd->add_flag("--strict", o->strict, "Refuse to answer when a fact would have to be assumed");
  cmd->add_flag("--explain", o->explain, "Show every step with the article and clause behind it");
  add_format_option(cmd, o->format, {"text", "json"});
  add_lang_option(cmd, o->lang);
  cmd->callback([&cli, o] { run(cli, *o, cli.exit_code); });
}

}  // namespace hdpolicy::cli
