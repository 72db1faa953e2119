// How a failure reaches the user. As text: "hdpolicy: error: MESSAGE" on
// stderr. With --format json on the command line: one JSON object on one
// line of stdout, {"error": {"message": ..., "option": ..., "value": ...,
// "accepted": ...}} (parts that do not apply left out), and nothing on
// stderr, so that a script's JSON parser always has JSON to read, and a
// batch's JSON summary on stderr is never mixed with text.
#pragma once

#include <string>

#include "hdpolicy/errors.hpp"

namespace hdpolicy::cli {

enum class ErrorFormat { Text, Json };

// Json when the command line asks for `--format json` (or --format=json).
// Read from argv itself: a parse that failed may not have set the option.
ErrorFormat error_format(int argc, const char* const* argv);

// usage_hint: a second text line saying where the usage is ("Run 'hdpolicy
// help subsidy' for usage."), for mistakes in the command line itself.
void report_input_error(const InputError& e, ErrorFormat format, const std::string& usage_hint = {});

// Every problem found (file:line:col: error: message in text; a
// "diagnostics" array in JSON), then what it means.
void report_policy_error(const PolicyLoadError& e, ErrorFormat format);

// An error with nothing but a message.
void report_error(const std::string& message, ErrorFormat format);

}  // namespace hdpolicy::cli
