// STUB: 'hdpolicy policies' is added by its issue.
#include "cli.hpp"

namespace hdpolicy::cli {
void add_policies_command(CLI::App&, Cli&) {}
}  // namespace hdpolicy::cli
