// `hdpolicy check` of quotes: every clause a document quotes must be in the
// published text it names (document.source), so that a clerk holding the
// gazette finds each one and a mistyped clause fails CI. Private to the library.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "hdpolicy/diagnostics.hpp"
#include "hdpolicy/policy_set.hpp"
#include "hdpolicy/policy_source.hpp"

namespace hdpolicy {

// The text without whitespace (ASCII blanks and line breaks, and the
// ideographic space U+3000): the gazette breaks lines, and words, with stray
// spaces, so quotes are compared with the whitespace left out of both sides.
std::string without_whitespace(std::string_view text);

// For each document of `set` that names a source: an error at each quote not
// in it, or at document.source when there is no such file. For a document
// with quotes that names none: a note that they went unchecked. `files` are
// the files `set` was loaded from; each source is read and normalised once.
void check_quotes(const PolicySet& set, const std::vector<PolicyFile>& files, Diagnostics& diagnostics);

}  // namespace hdpolicy
