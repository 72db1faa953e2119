// STUB: 'hdpolicy deadline' is added by its issue.
#include "cli.hpp"

namespace hdpolicy::cli {
void add_deadline_command(CLI::App&, Cli&) {}
}  // namespace hdpolicy::cli
