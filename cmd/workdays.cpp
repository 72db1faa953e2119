// STUB: 'hdpolicy workdays' is added by its issue.
#include "cli.hpp"

namespace hdpolicy::cli {
void add_workdays_command(CLI::App&, Cli&) {}
}  // namespace hdpolicy::cli
