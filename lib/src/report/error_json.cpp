#include "hdpolicy/error_json.hpp"

#include <nlohmann/json.hpp>

namespace hdpolicy {
namespace {
using json = nlohmann::ordered_json;
}  // namespace

json input_error_json(const InputError& e) {
  const InputErrorFields& f = e.fields();
  json error{{"message", e.what()}};
  if (!f.field.empty()) error["option"] = f.field;
  if (f.value) error["value"] = *f.value;
  if (!f.accepted.empty()) error["accepted"] = f.accepted;
  return json{{"error", std::move(error)}};
}

json policy_error_json(const PolicyLoadError& e, const std::string& message) {
  json diagnostics = json::array();
  for (const auto& d : e.diagnostics()) {
    json j{{"file", d.file}};
    if (d.line > 0) {
      j["line"] = d.line;
      j["column"] = d.column;
    }
    j["message"] = d.message;
    diagnostics.push_back(std::move(j));
  }
  return json{{"error", {{"message", message}, {"diagnostics", std::move(diagnostics)}}}};
}

json message_error_json(const std::string& message) { return json{{"error", {{"message", message}}}}; }

std::string error_line(const json& error) { return error.dump(-1, ' ', false, json::error_handler_t::replace); }

}  // namespace hdpolicy
