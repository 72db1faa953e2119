#include "error_report.hpp"
#include "hdpolicy/json_output.hpp"

#include <cstdio>
#include <iostream>
#include <string_view>

#include <nlohmann/json.hpp>

namespace hdpolicy::cli {

namespace {
using json = nlohmann::ordered_json;

void print_json(const json& error) {
  // A value typed by the user may not be valid UTF-8: replaced, never a throw.
  std::cout << versioned({{"error", error}}).dump(-1, ' ', false, json::error_handler_t::replace) << "\n";
}
}  // namespace

ErrorFormat error_format(int argc, const char* const* argv) {
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--") break;  // what follows is an argument, not an option
    if (arg == "--format=json" || (arg == "--format" && i + 1 < argc && std::string_view(argv[i + 1]) == "json"))
      return ErrorFormat::Json;
  }
  return ErrorFormat::Text;
}

void report_input_error(const InputError& e, ErrorFormat format, const std::string& usage_hint) {
  if (format == ErrorFormat::Text) {
    std::fprintf(stderr, "hdpolicy: error: %s\n", e.what());
    if (!usage_hint.empty()) std::fprintf(stderr, "%s\n", usage_hint.c_str());
    return;
  }
  const InputErrorFields& f = e.fields();
  json error{{"message", e.what()}};
  if (!f.field.empty()) error["option"] = f.field;
  if (f.value) error["value"] = *f.value;
  if (!f.accepted.empty()) error["accepted"] = f.accepted;
  print_json(error);
}

void report_policy_error(const PolicyLoadError& e, ErrorFormat format) {
  const char* message = "the policies could not be loaded (run 'hdpolicy check' for details)";
  if (format == ErrorFormat::Text) {
    std::fprintf(stderr, "%s\nhdpolicy: error: %s\n", e.what(), message);
    return;
  }
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
  print_json({{"message", message}, {"diagnostics", std::move(diagnostics)}});
}

void report_error(const std::string& message, ErrorFormat format) {
  if (format == ErrorFormat::Text)
    std::fprintf(stderr, "hdpolicy: error: %s\n", message.c_str());
  else
    print_json({{"message", message}});
}

}  // namespace hdpolicy::cli
