// GET /openapi.json: a well-formed OpenAPI 3.1 document (every operation
// with its responses, every $ref resolving, every request field of the
// input tables), and the real responses of each endpoint valid against the
// schemas it declares, checked by a small JSON Schema subset validator
// (type, required, properties, items, $ref, oneOf, const, enum, pattern).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <regex>
#include <string>

#include "hdpolicy/api.hpp"
#include "hdpolicy/subsidy_policy.hpp"
#include "shipped_policies.hpp"

using namespace hdpolicy;
using json = nlohmann::json;

namespace {

ApiResponse call(std::string_view method, std::string_view path, std::string_view body = {},
                 std::vector<std::pair<std::string, std::string>> query = {}) {
  ApiRequest req{method, path, std::move(query), "application/json", body};
  return answer_api(ApiContext{testing::shipped_policies(), date::year{2025} / 10 / 1}, req);
}

const json& document() {
  static const json doc = json::parse(call("GET", "/openapi.json").body);
  return doc;
}

const json& resolve(const std::string& ref) {
  REQUIRE(ref.rfind("#/", 0) == 0);
  return document().at(json::json_pointer(ref.substr(1)));
}

bool has_type(const json& value, const std::string& type) {
  if (type == "null") return value.is_null();
  if (type == "boolean") return value.is_boolean();
  if (type == "integer") return value.is_number_integer();
  if (type == "number") return value.is_number();
  if (type == "string") return value.is_string();
  if (type == "array") return value.is_array();
  if (type == "object") return value.is_object();
  FAIL("unknown type " << type);
  return false;
}

// The problems of `value` against `schema`, each with its JSON pointer.
void validate(const json& value, const json& schema, const std::string& at, std::vector<std::string>& problems) {
  if (schema.contains("$ref")) validate(value, resolve(schema["$ref"]), at, problems);
  if (schema.contains("oneOf")) {
    int matched = 0;
    for (const json& option : schema["oneOf"]) {
      std::vector<std::string> p;
      validate(value, option, at, p);
      matched += p.empty();
    }
    if (matched != 1) problems.push_back(at + ": matches " + std::to_string(matched) + " of oneOf");
  }
  if (schema.contains("type")) {
    bool ok = false;
    if (schema["type"].is_array())
      for (const json& t : schema["type"]) ok = ok || has_type(value, t);
    else
      ok = has_type(value, schema["type"]);
    if (!ok) problems.push_back(at + ": " + value.dump() + " is not " + schema["type"].dump());
  }
  if (schema.contains("const") && value != schema["const"]) problems.push_back(at + ": not " + schema["const"].dump());
  if (schema.contains("enum") && std::find(schema["enum"].begin(), schema["enum"].end(), value) == schema["enum"].end())
    problems.push_back(at + ": " + value.dump() + " not in enum");
  if (schema.contains("pattern") && value.is_string() &&
      !std::regex_search(value.get<std::string>(), std::regex(schema["pattern"].get<std::string>())))
    problems.push_back(at + ": " + value.dump() + " does not match " + schema["pattern"].dump());
  if (value.is_object()) {
    for (const json& key : schema.value("required", json::array()))
      if (!value.contains(key)) problems.push_back(at + ": no " + key.dump());
    const json properties = schema.value("properties", json::object());  // kept: items() refers to it
    for (const auto& [key, sub] : properties.items())
      if (value.contains(key)) validate(value[key], sub, at + "/" + key, problems);
  }
  if (value.is_array() && schema.contains("items"))
    for (std::size_t i = 0; i < value.size(); ++i)
      validate(value[i], schema["items"], at + "/" + std::to_string(i), problems);
}

// Every "$ref" anywhere in `node` resolves.
void check_refs(const json& node) {
  if (node.is_object()) {
    if (node.contains("$ref")) CHECK_NOTHROW(resolve(node["$ref"]));
    for (const auto& [k, v] : node.items()) check_refs(v);
  } else if (node.is_array()) {
    for (const json& v : node) check_refs(v);
  }
}

// The real response of a call against the schema its path declares for its status.
void check_response(const std::string& spec_path, const std::string& method, const ApiResponse& r) {
  CAPTURE(spec_path);
  CAPTURE(r.body.substr(0, 300));
  const json& op = document()["paths"][spec_path][method];
  REQUIRE(op["responses"].contains(std::to_string(r.status)));
  json response = op["responses"][std::to_string(r.status)];
  if (response.contains("$ref")) response = resolve(response["$ref"]);
  const std::string type = r.content_type.substr(0, r.content_type.find(';'));
  REQUIRE(response["content"].contains(type));
  if (type != "application/json") return;
  std::vector<std::string> problems;
  validate(json::parse(r.body), response["content"][type]["schema"], "", problems);
  CHECK_MESSAGE(problems.empty(), (problems.empty() ? "" : problems.front()));
}

}  // namespace

TEST_CASE("openapi.json: an OpenAPI 3.1 document whose references resolve") {
  const json& doc = document();
  CHECK(doc["openapi"] == "3.1.0");
  CHECK(doc["info"]["title"].is_string());
  CHECK(doc["info"]["version"].is_string());
  // The project's licence (LICENSE), as an SPDX identifier (OpenAPI 3.1).
  CHECK(doc["info"]["license"] == json{{"name", "Apache-2.0"}, {"identifier", "Apache-2.0"}});
  REQUIRE(doc["paths"].is_object());
  for (const auto& entry : doc["paths"].items()) {  // not a structured binding: clang 14 cannot capture one
    const std::string path = entry.key();
    CAPTURE(path);
    CHECK(path.front() == '/');
    for (const auto& operation : entry.value().items()) {
      const std::string method = operation.key();
      const json& op = operation.value();
      CAPTURE(method);
      // OPTIONS: the CORS preflight of every /v1/ path, answered 204 or 403.
      CHECK((method == "get" || method == "post" || method == "options"));
      CHECK(op["responses"].contains(method == "options" ? "204" : "200"));
      CHECK(op["operationId"].is_string());
      CHECK(op["summary"].is_string());
    }
  }
  check_refs(doc);
}

TEST_CASE("openapi.json: every endpoint, and every request field of the input tables") {
  for (const char* path : {"/v1/subsidy", "/v1/hiring", "/v1/plan", "/v1/deadline", "/v1/workdays/add",
                           "/v1/workdays/between", "/v1/workdays/is", "/v1/calendar/{period}",
                           "/v1/calendar/{year}.ics", "/v1/policies", "/healthz", "/openapi.json", "/"})
    CHECK_MESSAGE(document()["paths"].contains(path), path);
  const json& subsidy = document()["components"]["schemas"]["SubsidyRequest"];
  for (const InputDef& def : subsidy_inputs())
    if (def.kind != FactKind::Key) CHECK_MESSAGE(subsidy["properties"].contains(std::string(def.id)), def.id);
  CHECK(subsidy["required"] == json{"type", "premium"});
  CHECK(document()["components"]["schemas"]["PlanRequest"]["properties"]["products"]["items"]["required"] ==
        json{"type", "premium"});
}

TEST_CASE("openapi.json: real responses match their schemas") {
  const char* claim = R"({"type": "rd", "premium": "80000", "date": "2025-10-01", "industry": "ai"})";
  check_response("/v1/subsidy", "post", call("POST", "/v1/subsidy", claim, {{"explain", "1"}}));
  check_response("/v1/subsidy", "post", call("POST", "/v1/subsidy", R"({"type": "nope", "premium": 1})"));
  check_response("/v1/subsidy", "post", call("GET", "/v1/subsidy"));
  check_response(
      "/v1/hiring", "post",
      call("POST", "/v1/hiring", R"({"hire_date": "2025-10-01", "birth_date": "2000-05-01"})", {{"explain", "1"}}));
  check_response("/v1/plan", "post",
                 call("POST", "/v1/plan", R"({"date": "2025-10-01", "products": [{"type": "rd", "premium": 80000}]})",
                      {{"explain", "1"}}));
  check_response("/v1/plan", "post", call("POST", "/v1/plan", R"({"date": "2025-10-01"})"));
  check_response("/v1/deadline", "post",
                 call("POST", "/v1/deadline", R"({"rule": "renewal.admission-notice", "from": "2025-09-30"})",
                      {{"explain", "1"}}));
  check_response("/v1/workdays/add", "get", call("GET", "/v1/workdays/add", {}, {{"date", "2025-09-30"}, {"n", "5"}}));
  check_response("/v1/workdays/between", "get",
                 call("GET", "/v1/workdays/between", {}, {{"from", "2025-09-30"}, {"to", "2025-10-10"}}));
  check_response("/v1/workdays/is", "get", call("GET", "/v1/workdays/is", {}, {{"date", "2025-10-11"}}));
  check_response("/v1/workdays/is", "get", call("GET", "/v1/workdays/is", {}, {{"date", "2025-10-12"}}));
  check_response("/v1/calendar/{period}", "get", call("GET", "/v1/calendar/2026-02"));
  check_response("/v1/calendar/{period}", "get", call("GET", "/v1/calendar/2026"));
  check_response("/v1/calendar/{year}.ics", "get", call("GET", "/v1/calendar/2026.ics"));
  check_response("/v1/policies", "get", call("GET", "/v1/policies"));
  check_response("/healthz", "get", call("GET", "/healthz"));
  check_response("/", "get", call("GET", "/"));
}
