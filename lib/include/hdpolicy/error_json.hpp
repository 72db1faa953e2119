// A failure as JSON: {"error": {"message", "option", "value", "accepted"}}
// (parts that do not apply left out), or with the policy problems as
// "diagnostics". `--format json` prints it on one line; the API answers it
// with a 4xx status. "option" is the field as the caller gave it ("--premium"
// on the command line, "premium" in a request body), so one shape serves both.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <string>

#include "hdpolicy/errors.hpp"

namespace hdpolicy {

nlohmann::ordered_json input_error_json(const InputError& e);
nlohmann::ordered_json policy_error_json(const PolicyLoadError& e, const std::string& message);
nlohmann::ordered_json message_error_json(const std::string& message);

// One line; a value typed by the user that is not valid UTF-8 is replaced, never a throw.
std::string error_line(const nlohmann::ordered_json& error);

}  // namespace hdpolicy
