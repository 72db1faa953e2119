// The HTTP API of `hdpolicy serve` as a function: a request (method, path,
// query, content type, body) in, a status and a body out. No sockets here:
// cmd/serve*.cpp wires it to cpp-httplib, and the unit tests call it
// directly. Every answer is the JSON the CLI prints with --format json,
// built by the same report functions; every error the CLI's
// {"error": {...}} object. Nothing here reads or writes a file.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "hdpolicy/dates.hpp"
#include "hdpolicy/policy_set.hpp"

namespace hdpolicy {

// The largest request body answered; a larger one gets 413.
inline constexpr std::size_t kMaxApiBody = 64 * 1024;

struct ApiRequest {
  std::string_view method;                                 // "GET", "POST", ...
  std::string_view path;                                   // without the query: "/v1/subsidy"
  std::vector<std::pair<std::string, std::string>> query;  // decoded, in order
  std::string_view content_type;                           // the header as sent ("" when absent)
  std::string_view body;
};

struct ApiResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::string allow;  // the methods a path takes, for 405's Allow header
};

// What the API needs besides the request: the policies (loaded whole,
// shared and never changed) and the day a request without a date is about.
struct ApiContext {
  const PolicySet& set;
  Date today;
};

ApiResponse answer_api(const ApiContext& context, const ApiRequest& request);

// The API's error answer: `status` with {"error": {"message"}, "hdpolicy_version"},
// the shape answer_api gives every failure. The server uses it for the
// statuses the HTTP layer decides before the API is asked (413, 414, 400, ...).
ApiResponse api_error(int status, const std::string& message);

// The page served at GET / (one self-contained HTML file, compiled in).
std::string_view api_page();

}  // namespace hdpolicy
