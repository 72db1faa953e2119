// STUB: 'hdpolicy test' is added by its issue.
#include "cli.hpp"

namespace hdpolicy::cli {
void add_test_command(CLI::App&, Cli&) {}
}  // namespace hdpolicy::cli
