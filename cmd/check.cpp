// STUB: 'hdpolicy check' is added by its issue.
#include "cli.hpp"

namespace hdpolicy::cli {
void add_check_command(CLI::App&, Cli&) {}
}  // namespace hdpolicy::cli
