// Presenting deadline answers: the JSON contract (what `--format json` prints
// and `hdpolicy test` compares), plain text with the Civil Code's counting
// rules, and the list of deadline rules.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

#include "hdpolicy/calendar.hpp"
#include "hdpolicy/deadline.hpp"
#include "hdpolicy/lang.hpp"
#include "hdpolicy/policy_set.hpp"

namespace hdpolicy {

// "30 workdays", "1 year", "3年".
std::string deadline_period_text(const DeadlineRule& rule, Lang lang);

// Rest days the period passed over: for a workday period those in
// (from, deadline); for others, those the roll to a workday skipped.
std::vector<Date> skipped_rest_days(const WorkCalendar& cal, const DeadlineRule& rule, const DeadlineResult& r,
                                    Coverage coverage);

// {"rule", "name", "document", "from", "deadline", "bound", "unit", "count", "roll_to_workday",
//  "period_end", "rolled", "provisional", "trigger", "cite": {document, article, quote}, "notes",
//  "skipped" (with explain)}
nlohmann::ordered_json deadline_json(const PolicySet& set, const DeadlineRule& rule, const DeadlineResult& r,
                                     Coverage coverage, Lang lang, bool explain);
std::string deadline_text(const PolicySet& set, const DeadlineRule& rule, const DeadlineResult& r, Coverage coverage,
                          Lang lang, bool explain);
std::string deadline_list_text(const PolicySet& set, Lang lang);
nlohmann::ordered_json deadline_list_json(const PolicySet& set, Lang lang);

}  // namespace hdpolicy
