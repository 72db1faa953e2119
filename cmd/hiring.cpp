// STUB: 'hdpolicy hiring' is added by its issue.
#include "cli.hpp"

namespace hdpolicy::cli {
void add_hiring_command(CLI::App&, Cli&) {}
}  // namespace hdpolicy::cli
