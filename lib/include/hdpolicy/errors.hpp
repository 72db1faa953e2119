// Errors a user can cause. Each names the field, the value and what is
// accepted, so the message alone tells the user how to fix the call; the
// same three are kept apart too, so that `--format json` can report them as
// fields a script reads without parsing the message.
#pragma once

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

#include "hdpolicy/diagnostics.hpp"

namespace hdpolicy {

// The parts of an input error, each absent when it does not apply: a missing
// option has no value, an unknown command nothing accepted by that name.
struct InputErrorFields {
  std::string field;                 // "--premium", "DATE", "premium" (a batch column)
  std::optional<std::string> value;  // as given; an empty value is still a value
  std::string accepted;              // what would have been accepted
};

// Bad input on the command line or in a request: exit 2.
class InputError : public std::runtime_error {
 public:
  explicit InputError(const std::string& message) : std::runtime_error(message) {}
  InputError(const std::string& message, InputErrorFields fields);

  // Empty fields (and no value) for an error made from a message alone.
  const InputErrorFields& fields() const;

 private:
  // Shared, so that copying the exception cannot throw (as std::runtime_error's message).
  std::shared_ptr<const InputErrorFields> fields_;
};

// "--premium: '80000.123' is not accepted: an amount in yuan, ..."; field,
// value and accepted are also kept as fields().
InputError bad_value(const std::string& field, const std::string& value, const std::string& accepted);
// "--premium: required: the premium paid, in yuan (e.g. 80000)": a field
// not given (no value), with what it takes.
InputError required(const std::string& field, const std::string& accepted);

// The policy files could not be loaded: exit 2, listing every problem.
class PolicyLoadError : public std::runtime_error {
 public:
  explicit PolicyLoadError(Diagnostics d);
  const Diagnostics& diagnostics() const { return diagnostics_; }

 private:
  Diagnostics diagnostics_;
};

}  // namespace hdpolicy
