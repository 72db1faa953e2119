// One API call as the endpoints see it, and the endpoints themselves (one
// file per group: api_answers.cpp posts a claim, api_calendar.cpp asks the
// work calendar, api.cpp routes and turns errors into statuses).
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "hdpolicy/api.hpp"
#include "hdpolicy/calendar.hpp"
#include "hdpolicy/lang.hpp"

namespace hdpolicy::api {

struct Call {
  const ApiContext& context;
  const ApiRequest& request;
  std::string_view rest;  // the path after a route's prefix (/v1/calendar/: "2026-02")

  // The query parameter `name` ("" and absent alike: not given). Throws
  // InputError for a parameter given twice.
  std::optional<std::string_view> param(std::string_view name) const;
  // Throws InputError naming a query parameter not in `accepted`.
  void only_params(std::initializer_list<std::string_view> accepted) const;
  // The common options: ?lang=en|zh (en), ?explain=1, ?provisional=1.
  Lang lang() const;
  bool flag(std::string_view name) const;
  Coverage coverage() const { return flag("provisional") ? Coverage::Provisional : Coverage::Required; }
};

// A JSON answer, as the CLI prints it with --format json.
ApiResponse json_answer(std::string body);
// The same from a JSON document, with "hdpolicy_version" added last, as the CLI adds it.
ApiResponse json_document(const nlohmann::ordered_json& document);

ApiResponse post_subsidy(const Call& call);
ApiResponse post_hiring(const Call& call);
ApiResponse post_plan(const Call& call);
ApiResponse post_deadline(const Call& call);
ApiResponse post_eval(const Call& call);         // rest: the policy's id (api_eval.cpp)
ApiResponse post_plan_policy(const Call& call);  // rest: the policy's id (api_eval.cpp)

ApiResponse get_workdays_add(const Call& call);
ApiResponse get_workdays_between(const Call& call);
ApiResponse get_workdays_is(const Call& call);
ApiResponse get_calendar(const Call& call);  // rest: YYYY-MM, YYYY or YYYY.ics
ApiResponse get_policies(const Call& call);

// The OpenAPI 3 document of every route, the choices as `set` has them (openapi.cpp).
std::string openapi_document(const PolicySet& set);

}  // namespace hdpolicy::api
