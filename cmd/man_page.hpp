// hdpolicy(1) in roff, written from the CLI11 definitions that --help prints
// (commands, options, their help) and the lists of about.hpp (exit codes,
// environment): `hdpolicy __man`, run by the build to make hdpolicy.1.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace hdpolicy::cli {

std::string man_page(const CLI::App& app);

}  // namespace hdpolicy::cli
