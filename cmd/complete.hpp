// Shell completion answered by the program itself: `hdpolicy __complete
// WORD... CURRENT` prints, one per line, what may replace CURRENT (the word
// being typed, "" for a new one) after the words before it. Commands and
// options come from the CLI11 definitions; the values of --type, --industry,
// --rule, --received and --product from the loaded policies (so a YAML change
// needs no completion change); a choice's values from its validator (text,
// json). A single line ":files" or ":dirs" asks the shell for file or
// directory names. The bash and zsh scripts in completions/ only relay this.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace hdpolicy::cli {

// The candidates, one per line; never an error (a policy directory that does
// not load gives no policy values).
std::string completions(const CLI::App& app, const std::vector<std::string>& words);

}  // namespace hdpolicy::cli
