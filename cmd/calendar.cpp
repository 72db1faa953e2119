// STUB: 'hdpolicy calendar' is added by its issue.
#include "cli.hpp"

namespace hdpolicy::cli {
void add_calendar_command(CLI::App&, Cli&) {}
}  // namespace hdpolicy::cli
