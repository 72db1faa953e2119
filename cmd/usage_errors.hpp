// A command line CLI11 refused, told the way a person fixes it: an unknown
// command or option is named, with the closest valid one ("unknown command
// 'subsidee'; did you mean 'subsidy'?"); a missing option comes with what it
// takes. An unknown word is reported before the requirement it left unmet,
// so `subsidy --typ rd` names --typ rather than saying --type is missing.
#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

#include "hdpolicy/errors.hpp"

namespace hdpolicy::cli {

// The error for a failed app.parse(), from what CLI11 left in the app: the
// commands it recognised and the arguments it could not place.
InputError explain_parse_error(const CLI::App& app, const CLI::ParseError& error);

// The names of the commands directly under `command`.
std::vector<std::string> command_names(const CLI::App& command);

// "unknown command 'batch subsidee'; did you mean 'batch subsidy'?", or the
// list of commands when none is close. prefix: the commands above the word,
// each followed by a space ("batch "); names: the commands it could have been.
InputError unknown_command(const std::string& prefix, const std::string& word, const std::vector<std::string>& names);

// "subsidy", "batch subsidy": the commands recognised, empty when none was.
std::string command_path(const CLI::App& app);

// The candidate closest to `word` (fewest single-character edits, or the only
// one `word` begins), when it is close enough to be what was meant.
std::optional<std::string> closest_match(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace hdpolicy::cli
