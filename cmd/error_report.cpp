#include "error_report.hpp"

#include <cstdio>
#include <iostream>
#include <string_view>

#include <nlohmann/json.hpp>

#include "hdpolicy/error_json.hpp"
#include "hdpolicy/json_output.hpp"

namespace hdpolicy::cli {

namespace {
void print_json(const nlohmann::ordered_json& error) { std::cout << error_line(versioned(error)) << "\n"; }
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
  print_json(input_error_json(e));
}

void report_policy_error(const PolicyLoadError& e, ErrorFormat format) {
  const char* message = "the policies could not be loaded (run 'hdpolicy check' for details)";
  if (format == ErrorFormat::Text) {
    std::fprintf(stderr, "%s\nhdpolicy: error: %s\n", e.what(), message);
    return;
  }
  print_json(policy_error_json(e, message));
}

void report_error(const std::string& message, ErrorFormat format) {
  if (format == ErrorFormat::Text)
    std::fprintf(stderr, "hdpolicy: error: %s\n", message.c_str());
  else
    print_json(message_error_json(message));
}

}  // namespace hdpolicy::cli
