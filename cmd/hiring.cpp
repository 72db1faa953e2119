// hdpolicy hiring: the one-time job-expansion subsidy for one hire
// (海政办发〔2025〕7号 第7项): eligible or not, which category, the amount, why.
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/hiring_report.hpp"

namespace hdpolicy::cli {

namespace {
struct HiringOptions {
  std::string hire_date, birth_date, graduation_date, left_school_date, unemployed, registered_unemployed, contract, graduate;
  bool strict = false, explain = false;
  std::string format = "text", lang = "en";
};

void run(const Cli& cli, const HiringOptions& o, int& exit_code) {
  PolicySet set = cli.load_policies(Cli::Calendars::Skip);
  if (set.hiring.empty()) throw InputError("hiring: the policies loaded have no hiring: section");
  HiringFields fields{o.hire_date, o.birth_date, o.graduation_date, o.left_school_date, o.unemployed,
                      o.registered_unemployed, o.contract, o.graduate};
  HiringClaim claim = parse_hiring_claim(set, fields, FieldStyle::Option);
  HiringResult result = evaluate_hiring(set, claim);
  Lang lang = lang_of(o.lang);
  if (o.strict) refuse_assumptions(hiring_assumptions(set, claim, result, lang));
  if (o.format == "json") {
    std::cout << hiring_json(set, claim, result, lang, o.explain).dump(2) << "\n";
  } else {
    std::cout << hiring_text(set, claim, result, lang, o.explain);
  }
  exit_code = kExitOk;
}
}  // namespace

void add_hiring_command(CLI::App& app, Cli& cli) {
  auto o = std::make_shared<HiringOptions>();
  // The document and item are the loaded policy's (see 'hdpolicy policies'), not the binary's.
  CLI::App* cmd = app.add_subcommand("hiring", "One-time job-expansion subsidy for one hire (the policy and item: see 'hdpolicy policies')");
  cmd->add_option("--hire-date", o->hire_date, "Date the person was hired, YYYY-MM-DD")->required();
  cmd->add_option("--birth-date", o->birth_date, "The person's date of birth, YYYY-MM-DD (age is counted on the hire date)")->required();
  cmd->add_option("--graduate", o->graduate,
                  "A college graduate: yes or no (a graduation or left-school date means yes; "
                  "not given, it is assumed where the answer depends on it)");
  cmd->add_option("--graduation-date", o->graduation_date, "College graduation date, YYYY-MM-DD (default: the left-school date)");
  cmd->add_option("--left-school-date", o->left_school_date, "Date the person left school, YYYY-MM-DD (default: the graduation date)");
  cmd->add_option("--unemployed", o->unemployed, "Still unemployed since leaving school: yes or no");
  cmd->add_option("--registered-unemployed", o->registered_unemployed, "Registered as unemployed: yes or no");
  cmd->add_option("--contract", o->contract, "The enterprise signed a labour contract with the person: yes or no");
  cmd->add_flag("--strict", o->strict, "Refuse to answer when a fact would have to be assumed");
  cmd->add_flag("--explain", o->explain, "Show every step with the item and clause behind it");
  add_format_option(cmd, o->format, {"text", "json"});
  add_lang_option(cmd, o->lang);
  cmd->callback([&cli, o] { run(cli, *o, cli.exit_code); });
}

}  // namespace hdpolicy::cli
