// hdpolicy deadline: the date a period stated by a policy ends, counted by
// the Civil Code's rules on periods and the statutory working-day calendar.
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli.hpp"
#include "hdpolicy/deadline_report.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/input.hpp"
#include "hdpolicy/input_values.hpp"
#include "hdpolicy/json_output.hpp"

namespace hdpolicy::cli {

namespace {
struct DeadlineOptions {
  std::vector<std::string> inputs;  // per row of deadline_inputs()
  bool list = false, explain = false, provisional = false;
  std::string format = "text", lang = "en";
};

std::string answer(const PolicySet& set, const DeadlineOptions& o) {
  Lang lang = lang_of(o.lang);
  if (o.list)
    return o.format == "json" ? versioned(deadline_list_json(set, lang)).dump(2) + "\n" : deadline_list_text(set, lang);
  const auto table = deadline_inputs();
  if (o.inputs[kDeadlineRule].empty() || o.inputs[kDeadlineFrom].empty())
    throw InputError("deadline: give --rule ID and --from DATE, or --list to see the rules");
  const DeadlineRule* rule = &set.deadlines[static_cast<std::size_t>(
      *read_input(set, table, kDeadlineRule, o.inputs[kDeadlineRule], FieldStyle::Option))];
  Date from{date::days{*read_input(set, table, kDeadlineFrom, o.inputs[kDeadlineFrom], FieldStyle::Option)}};
  Coverage coverage = o.provisional ? Coverage::Provisional : Coverage::Required;
  rule = &deadline_rule_on(set.deadlines, set.documents, *rule, from);
  DeadlineResult r = compute_deadline(set.calendar, *rule, from, coverage);
  if (o.format == "json") return versioned(deadline_json(set, *rule, r, coverage, lang, o.explain)).dump(2) + "\n";
  return deadline_text(set, *rule, r, coverage, lang, o.explain);
}

void run(const Cli& cli, const DeadlineOptions& o, int& exit_code) {
  // The year of --from to start with; a period running on loads the years
  // it reaches. A date that does not parse is refused inside, in its turn.
  auto from = parse_date(o.inputs[kDeadlineFrom]);
  int year = from ? year_of(*from) : kFirstSupportedYear;
  std::cout << cli.answer_from_years({year, year}, "deadlines", [&o](const PolicySet& set) { return answer(set, o); });
  exit_code = kExitOk;
}
}  // namespace

void add_deadline_command(CLI::App& app, Cli& cli) {
  auto o = std::make_shared<DeadlineOptions>();
  CLI::App* cmd = app.add_subcommand("deadline", "The date a policy's period ends, with the clause behind it");
  // One option per input, each defined with its help by its row in
  // lib/src/calendar/deadline_inputs.cpp.
  add_input_options(cmd, deadline_inputs(), o->inputs, false);  // --list needs neither: run() checks them
  cmd->add_flag("--list", o->list, "List the deadline rules");
  cmd->add_flag("--explain", o->explain, "Also list the rest days the period skipped");
  cmd->add_flag("--provisional", o->provisional,
                "Judge years with no State Council notice loaded by the weekend rule, marking the answer provisional");
  add_format_option(cmd, o->format, {"text", "json"});
  add_lang_option(cmd, o->lang);
  cmd->callback([&cli, o] { run(cli, *o, cli.exit_code); });
}

}  // namespace hdpolicy::cli
