#include "hdpolicy/errors.hpp"

#include <fmt/format.h>

namespace hdpolicy {

std::string format_diagnostic(const Diagnostic& d) {
  const char* kind = d.note ? "note" : "error";
  if (d.line <= 0) return fmt::format("{}: {}: {}", d.file, kind, d.message);
  return fmt::format("{}:{}:{}: {}: {}", d.file, d.line, d.column, kind, d.message);
}

InputError::InputError(const std::string& message, InputErrorFields fields)
    : std::runtime_error(message), fields_(std::make_shared<const InputErrorFields>(std::move(fields))) {}

const InputErrorFields& InputError::fields() const {
  static const InputErrorFields none;  // immutable: shared by every message-only error
  return fields_ ? *fields_ : none;
}

InputError bad_value(const std::string& field, const std::string& value, const std::string& accepted) {
  return InputError(fmt::format("{}: '{}' is not accepted: {}", field, value, accepted), {field, value, accepted});
}

InputError required(const std::string& field, const std::string& accepted) {
  return InputError(fmt::format("{}: required: {}", field, accepted), {field, std::nullopt, accepted});
}

static std::string summarize(const Diagnostics& d) {
  std::string s;
  for (const auto& x : d) s += format_diagnostic(x) + "\n";
  if (!s.empty()) s.pop_back();
  return s;
}

PolicyLoadError::PolicyLoadError(Diagnostics d) : std::runtime_error(summarize(d)), diagnostics_(std::move(d)) {}

}  // namespace hdpolicy
