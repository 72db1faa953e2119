// What the workdays and deadline test cases share: a case's value by key,
// and the `provisional` key (beyond the published calendars). Private.
#pragma once

#include <string>
#include <string_view>

#include "hdpolicy/calendar.hpp"
#include "hdpolicy/case_runner.hpp"
#include "hdpolicy/input.hpp"

namespace hdpolicy {

// The value of `key` in a case's inputs, or nullptr.
inline const std::string* find_case_value(const CaseInput& input, std::string_view key) {
  for (const auto& [k, v] : input)
    if (k == key) return &v;
  return nullptr;
}

// Coverage::Provisional when the case says `provisional: yes`.
inline Coverage coverage_of(const CaseInput& input) {
  const std::string* p = find_case_value(input, "provisional");
  return p && input_yes_no(*p, "provisional") ? Coverage::Provisional : Coverage::Required;
}

}  // namespace hdpolicy
