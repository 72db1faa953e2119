// Presenting `hdpolicy diff`: each difference of two policy sets on one line
// (where: document and article; what: the item; before → after), in text or
// JSON. Conditions are shown in their legal wording (condition_text.hpp).
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <span>
#include <string>

#include "hdpolicy/lang.hpp"
#include "hdpolicy/policy_diff.hpp"

namespace hdpolicy {

// One side in words: "500,000.00 yuan", "50%", "2025-09-16 to 2027-12-31",
// a condition in its legal wording; "" when absent.
std::string diff_value_text(const DiffValue& v, Lang lang);

// "海金融发〔2025〕4号 第四条: cap catalogue (...): 500,000.00 → 600,000.00 yuan".
std::string diff_line(const PolicyDifference& d, Lang lang);

// Every line, then "N differences" (or "No differences").
std::string diff_text(std::span<const PolicyDifference> diffs, Lang lang);

// {"same": bool, "differences": [{"kind", "document", "article", "id", "before",
// "after", "text"}]}: before and after as data ("500000.00", "0.50", a window
// {"from", "to"}, a condition's words, a day {"kind", "holiday"}), null when absent.
nlohmann::ordered_json diff_json(std::span<const PolicyDifference> diffs, Lang lang);

}  // namespace hdpolicy
