// Errors a user can cause. Each names the field, the value and what is
// accepted, so the message alone tells the user how to fix the call.
#pragma once

#include <stdexcept>
#include <string>

#include "hdpolicy/diagnostics.hpp"

namespace hdpolicy {

// Bad input on the command line or in a request: exit 2.
class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// "--premium: '80000.123' is not an amount: use yuan with at most two decimals, e.g. 80000 or 80000.50"
InputError bad_value(const std::string& field, const std::string& value, const std::string& accepted);

// The policy files could not be loaded: exit 2, listing every problem.
class PolicyLoadError : public std::runtime_error {
 public:
  explicit PolicyLoadError(Diagnostics d);
  const Diagnostics& diagnostics() const { return diagnostics_; }

 private:
  Diagnostics diagnostics_;
};

}  // namespace hdpolicy
