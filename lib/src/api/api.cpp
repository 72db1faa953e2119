// Routing and statuses: which endpoint answers a method and path, and how a
// failure becomes a status with the CLI's {"error": {...}} object. 404 for
// an unknown path, 405 (with Allow) for a known one asked with another
// method, 413 over kMaxApiBody, 415 for a POST body that is not JSON, 400 for
// an InputError; a 500 is a bug.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

#include "api/api_call.hpp"
#include "hdpolicy/error_json.hpp"
#include "hdpolicy/input.hpp"
#include "hdpolicy/json_output.hpp"

namespace hdpolicy::api {
namespace {

ApiResponse healthz(const Call& call) {
  call.only_params({});
  return json_answer(R"({"status": "ok"})");
}

ApiResponse openapi(const Call& call) {
  call.only_params({});
  return json_answer(openapi_document(call.context.set));
}

ApiResponse page(const Call&) {
  return {.status = 200, .content_type = "text/html; charset=utf-8", .body = std::string(api_page()), .allow = {}};
}

struct Route {
  std::string_view path;  // exact, or with `prefix` everything under it
  bool prefix;
  std::string_view method;
  ApiResponse (*answer)(const Call&);
};

constexpr Route kRoutes[] = {
    {"/v1/subsidy", false, "POST", post_subsidy},
    {"/v1/hiring", false, "POST", post_hiring},
    {"/v1/plan", false, "POST", post_plan},
    {"/v1/plan/", true, "POST", post_plan_policy},
    {"/v1/deadline", false, "POST", post_deadline},
    {"/v1/eval/", true, "POST", post_eval},
    {"/v1/workdays/add", false, "GET", get_workdays_add},
    {"/v1/workdays/between", false, "GET", get_workdays_between},
    {"/v1/workdays/is", false, "GET", get_workdays_is},
    {"/v1/calendar/", true, "GET", get_calendar},
    {"/v1/policies", false, "GET", get_policies},
    {"/healthz", false, "GET", healthz},
    {"/openapi.json", false, "GET", openapi},
    {"/", false, "GET", page},
};

const Route* find_route(std::string_view path) {
  for (const Route& r : kRoutes)
    if (r.prefix ? path.starts_with(r.path) && path.size() > r.path.size() : path == r.path) return &r;
  return nullptr;
}

ApiResponse error(int status, const nlohmann::ordered_json& error) {
  return {
      .status = status, .content_type = "application/json", .body = error_line(versioned(error)) + "\n", .allow = {}};
}

// "application/json" and "application/json; charset=utf-8", in any case.
bool is_json(std::string_view content_type) {
  std::string type(content_type.substr(0, content_type.find(';')));
  std::erase_if(type, [](unsigned char c) { return std::isspace(c); });
  std::transform(type.begin(), type.end(), type.begin(), [](unsigned char c) { return std::tolower(c); });
  return type == "application/json";
}

ApiResponse route(const ApiContext& context, const ApiRequest& request) {
  const Route* r = find_route(request.path);
  if (!r) return error(404, message_error_json(fmt::format("no such path: {} (see /openapi.json)", request.path)));
  const std::string_view method = request.method == "HEAD" ? std::string_view("GET") : request.method;
  if (method != r->method) {
    ApiResponse e =
        error(405, message_error_json(fmt::format("{} takes {}, not {}", request.path, r->method, request.method)));
    e.allow = r->method == "GET" ? "GET, HEAD" : std::string(r->method);
    return e;
  }
  if (method == "POST") {
    if (request.body.size() > kMaxApiBody)
      return error(413, message_error_json(fmt::format("the body is {} bytes; at most {} are accepted",
                                                       request.body.size(), kMaxApiBody)));
    if (!is_json(request.content_type))
      return error(
          415, message_error_json(fmt::format("the body is '{}'; application/json is accepted", request.content_type)));
  }
  return r->answer(Call{context, request, request.path.substr(r->path.size())});
}
}  // namespace

std::optional<std::string_view> Call::param(std::string_view name) const {
  std::optional<std::string_view> found;
  for (const auto& [key, value] : request.query) {
    if (key != name) continue;
    if (found) throw bad_value(std::string(name), value, fmt::format("the parameter {} once", name));
    found = value;
  }
  if (found && found->empty()) return std::nullopt;
  return found;
}

void Call::only_params(std::initializer_list<std::string_view> accepted) const {
  for (const auto& [key, value] : request.query) {
    if (std::find(accepted.begin(), accepted.end(), key) != accepted.end()) continue;
    std::string list;
    for (std::string_view a : accepted) list += (list.empty() ? "" : ", ") + std::string(a);
    if (list.empty()) list = "none: this endpoint takes no parameters";
    throw InputError(fmt::format("{}: not a parameter of {}; the parameters are {}", key, request.path, list),
                     {key, std::nullopt, list});
  }
}

Lang Call::lang() const {
  const std::optional<std::string_view> text = param("lang");
  if (!text) return Lang::En;
  if (auto l = parse_lang(*text)) return *l;
  throw bad_value("lang", std::string(*text), "en or zh");
}

bool Call::flag(std::string_view name) const {
  const std::optional<std::string_view> text = param(name);
  return text && input_yes_no(*text, std::string(name));
}

ApiResponse json_document(const nlohmann::ordered_json& document) { return json_answer(versioned(document).dump(2)); }

ApiResponse json_answer(std::string body) {
  body += "\n";  // as the CLI prints it
  return {.status = 200, .content_type = "application/json", .body = std::move(body), .allow = {}};
}

}  // namespace hdpolicy::api

namespace hdpolicy {

std::string_view embedded_page();  // generated from page.html

std::string_view api_page() { return embedded_page(); }

ApiResponse answer_api(const ApiContext& context, const ApiRequest& request) {
  try {
    return api::route(context, request);
  } catch (const InputError& e) {
    return api::error(400, input_error_json(e));
  } catch (const std::exception& e) {
    return api::error(500, message_error_json(fmt::format("internal error (a bug, please report it): {}", e.what())));
  }
}

ApiResponse api_error(int status, const std::string& message) {
  return api::error(status, message_error_json(message));
}

}  // namespace hdpolicy
