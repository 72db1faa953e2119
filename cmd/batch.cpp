// STUB: 'hdpolicy batch' is added by its issue.
#include "cli.hpp"

namespace hdpolicy::cli {
void add_batch_command(CLI::App&, Cli&) {}
}  // namespace hdpolicy::cli
