// What hdpolicy says about itself beyond its commands and options: the exit
// codes and the environment it reads. One list each, shown at the end of
// `hdpolicy --help` and as the EXIT STATUS and ENVIRONMENT sections of
// hdpolicy(1) (man_page.cpp), so the two cannot differ.
#pragma once

#include <string>
#include <string_view>

namespace hdpolicy::cli {

struct AboutItem {
  std::string_view term, text;
};

inline constexpr AboutItem kExitCodes[] = {
    {"0", "an answer was computed (eligible or not); diff: the two policy sets are the same"},
    {"1", "data failed: a batch row, a policy check or a policy test case; diff: the sets differ"},
    {"2", "a usage or input error, or output that could not be written"},
    {"128+N", "ended by signal N: 130 Ctrl-C, 141 a closed pipe, 143 SIGTERM, 129 SIGHUP"},
};

inline constexpr AboutItem kEnvironment[] = {
    {"HDPOLICY_POLICIES", "policy directory used instead of the built-in policies when --policies is not given"},
    {"NO_COLOR", "when set and not empty, calendar prints no colours, even on a terminal"},
};

// "Exit codes:" and "Environment:", each item on a line, for --help.
std::string help_footer();

}  // namespace hdpolicy::cli
