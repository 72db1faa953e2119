// What every subcommand shares: the global --policies option, loading the
// policy set once, and the exit-code convention (0 answer, 1 data failed,
// 2 usage or input error).
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string>

#include "hdpolicy/input_table.hpp"
#include "hdpolicy/lang.hpp"
#include "hdpolicy/policy_set.hpp"

namespace hdpolicy::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitDataFailed = 1;
inline constexpr int kExitUsage = 2;

struct Cli {
  std::string policies;  // --policies DIR; else $HDPOLICY_POLICIES; else embedded
  int exit_code = kExitOk;

  // Reads and compiles the selected policies; problems throw PolicyLoadError.
  // Subsidy and hiring answers never read the State Council calendars, so
  // their commands pass Calendars::Skip and leave those files unread (about
  // half of start-up); `hdpolicy check` still checks every file.
  // A command that needs one section of the policy documents ("subsidy",
  // "hiring") names it, and the embedded documents without it are not read.
  enum class Calendars : bool { Load, Skip };
  PolicySet load_policies(Calendars calendars = Calendars::Load, const char* section = nullptr) const;

  // A one-shot question of the calendar (workdays, deadline, calendar):
  // `ask` answers from the policies with the calendar years `years` (and the
  // year after, whose notice may reach into December) loaded, and is asked
  // again with more years when its computation reaches others
  // (CalendarYearsNeeded), so that the answer is the whole calendar's.
  // Only the documents that may hold `section` are read (none when null).
  // Both apply to the embedded policies; --policies DIR is read whole.
  using Ask = std::function<std::string(const PolicySet&)>;
  std::string answer_from_years(YearSpan years, const char* section, const Ask& ask) const;
};

// One option per row of an input table given on the command line, in the
// table's order, with the row's help; `values` (one string per row, sized
// here) receives what was given. A required row's option is required unless
// `mark_required` is false (a command that checks its own combinations).
// Rows for which `skip` is true get no option (plan: the per-product rows).
void add_input_options(CLI::App* cmd, std::span<const InputDef> table, std::vector<std::string>& values,
                       bool mark_required = true, bool (*skip)(std::size_t row) = nullptr);
// The values, as the table's parsers take them.
InputTexts input_texts(std::span<const InputDef> table, const std::vector<std::string>& values);

// --format with the listed choices; --lang en|zh.
void add_format_option(CLI::App* cmd, std::string& format, std::initializer_list<std::string> choices);
void add_lang_option(CLI::App* cmd, std::string& lang);

// Accepts one of `choices` for `option`; anything else throws bad_value
// (rather than returning CLI11's message), so that the error carries the
// option, the value and what is accepted as fields (--format json).
CLI::Validator one_of(const std::string& option, std::vector<std::string> choices);
Lang lang_of(const std::string& lang);

// One registration function per subcommand, each in its own file.
// One claim's answer as its command prints it, for `eval` on a document of
// that shape: `inputs` per row of the shape's input table (empty: not given).
struct AnswerFlags {
  bool strict = false, explain = false;
  std::string format = "text", lang = "en";
};
std::string subsidy_answer(const PolicySet& set, const std::vector<std::string>& inputs,
                           const std::vector<std::string>& received, const AnswerFlags& flags);  // subsidy.cpp
std::string hiring_answer(const PolicySet& set, const std::vector<std::string>& inputs,
                          const AnswerFlags& flags);  // hiring.cpp

void add_subsidy_command(CLI::App& app, Cli& cli);   // subsidy.cpp
void add_plan_command(CLI::App& app, Cli& cli);      // plan.cpp
void add_workdays_command(CLI::App& app, Cli& cli);  // workdays.cpp
void add_deadline_command(CLI::App& app, Cli& cli);  // deadline.cpp
void add_calendar_command(CLI::App& app, Cli& cli);  // calendar.cpp
void add_hiring_command(CLI::App& app, Cli& cli);    // hiring.cpp
void add_eval_command(CLI::App& app, Cli& cli);      // eval.cpp
void add_batch_command(CLI::App& app, Cli& cli);     // batch.cpp
void add_check_command(CLI::App& app, Cli& cli);     // check.cpp
void add_test_command(CLI::App& app, Cli& cli);      // test.cpp
void add_policies_command(CLI::App& app, Cli& cli);  // policies.cpp
void add_diff_command(CLI::App& app, Cli& cli);      // diff.cpp
void add_help_command(CLI::App& app, Cli& cli);      // help.cpp
void add_serve_command(CLI::App& app, Cli& cli);     // serve.cpp

}  // namespace hdpolicy::cli
