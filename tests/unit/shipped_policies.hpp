// The policies compiled into the binary, loaded once for all unit tests.
#pragma once

#include "hdpolicy/policy_set.hpp"

namespace hdpolicy::testing {

inline const PolicySet& shipped_policies() {
  static const PolicySet set = load_policy_set(embedded_policies());
  return set;
}

}  // namespace hdpolicy::testing
