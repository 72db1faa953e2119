// The loaded policies as data: documents (number, title, effective window,
// types, caps, rules, deadline rules, hiring categories) and the calendar
// years covered. `hdpolicy policies` prints it (as text or JSON); the API
// serves it at GET /v1/policies.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include "hdpolicy/policy_set.hpp"

namespace hdpolicy {

// {"documents": [...], "calendar": {"first_year", "last_year", "first_uncovered_year"} or null}
nlohmann::ordered_json policies_json(const PolicySet& set);

}  // namespace hdpolicy
