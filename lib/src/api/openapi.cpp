// The OpenAPI document: the paths and responses are written by hand in
// openapi.json (compiled in); the request schemas are made here from the
// input tables, so a fact added to a table (ARCHITECTURE.md, "Adding a
// fact") is in the document with its label and help, as it is an option and
// a column, and a choice lists the values the loaded policies accept (with
// their names in "x-choices", from which the page builds its forms). The
// schemas are as strict as the server: what they accept is read, what they
// refuse is answered 400 (tests/serve/openapi.sh checks both ways), and
// every operation lists each status the server can answer it with.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "api/api_call.hpp"
#include "api/request_body.hpp"
#include "hdpolicy/benefit_report.hpp"
#include "hdpolicy/deadline.hpp"
#include "hdpolicy/eval_target.hpp"
#include "hdpolicy/hiring.hpp"
#include "hdpolicy/plan.hpp"
#include "hdpolicy/subsidy_contract.hpp"
#include "hdpolicy/subsidy_policy.hpp"

namespace hdpolicy {
std::string_view embedded_openapi();  // generated from openapi.json
}  // namespace hdpolicy

namespace hdpolicy::api {
namespace {
using json = nlohmann::ordered_json;

// The text of a whole number from 0 to `max` (10^k: exactly; another:
// as many digits), then `fraction` (a regex, may be empty) after it.
// Leading zeros, which the parsers take too, are left out.
std::string at_most(std::int64_t max, std::string_view fraction, std::string_view zero_fraction) {
  const std::string digits = std::to_string(max);
  const bool power_of_ten = digits.find_first_not_of('0', 1) == std::string::npos && digits[0] == '1';
  if (!power_of_ten) return fmt::format("[0-9]{{1,{}}}{}", digits.size(), fraction);
  return fmt::format("[0-9]{{1,{}}}{}|{}{}", digits.size() - 1, fraction, digits, zero_fraction);
}
// An amount of yuan (parse_money: at most two decimals, at most 10^15), an
// area of m² (input_area: at most 10^9), a rate (parse_rate: at most 1000,
// nine decimals, or 100000% with seven).
const std::string kMoneyPattern = "^(" + at_most(kMaxFen / 100, "(\\.[0-9]{1,2})?", "(\\.00?)?") + ")$";
const std::string kAreaPattern = "^(" + at_most(kMaxArea / 100, "(\\.[0-9]{1,2})?", "(\\.00?)?") + ")$";
const std::string kRatePattern = "^(" + at_most(1000, "(\\.[0-9]{1,9})?", "(\\.0{1,9})?") + "|(" +
                                 at_most(100000, "(\\.[0-9]{1,7})?", "(\\.0{1,7})?") + ")%)$";
constexpr const char* kDatePattern = "^(19[0-9]{2}|2[0-2][0-9]{2})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";

template <class Items>
json choices(const Items& items) {
  json out = json::array();
  for (const auto& item : items) out.push_back({{"id", item.id}, {"zh", item.name.zh}, {"en", item.name.en}});
  return out;
}

json choices(const PolicySet& set, Choices kind) {
  // The premium subsidy declared as data (document.contract: subsidy): its type and industry facts' values.
  if (const BenefitPolicy* p = find_subsidy_contract(set);
      p && (kind == Choices::SubsidyTypes || kind == Choices::Industries))
    return choices(
        p->facts->extra[*find_input(p->inputs(), kind == Choices::SubsidyTypes ? "type" : "industry")].choices);
  switch (kind) {
    case Choices::SubsidyTypes:
      return choices(set.subsidy.types);
    case Choices::Industries:
      return choices(set.subsidy.industries);
    case Choices::DeadlineRules:
      return choices(set.deadlines);
    case Choices::None:
    case Choices::Declared:  // a document's own values: added where its request is built
      break;
  }
  return json::array();
}

// An amount in yuan, as text or a JSON number, to the fen.
json money_schema() {
  return {{"type", {"string", "number"}}, {"pattern", kMoneyPattern}, {"minimum", 0}, {"maximum", kMaxFen / 100}};
}

// The JSON a field of this kind takes, as strict as the parsers that read it
// (input.cpp): a request this schema accepts is read, one it refuses is
// answered 400. Numbers are read from their text, so a JSON number is bounded
// as the text is. A choice lists its ids in "enum" (the names and aliases the
// policies give are accepted too, and listed with the names in "x-choices",
// from which the page builds its forms).
json value_schema(const InputDef& def) {
  json s;
  switch (def.kind) {
    case FactKind::Money:
      s = money_schema();
      break;
    case FactKind::Area:
      s = {{"type", {"string", "number"}}, {"pattern", kAreaPattern}, {"minimum", 0}, {"maximum", kMaxArea / 100}};
      break;
    case FactKind::Rate:
      s = {{"type", {"string", "number"}}, {"pattern", kRatePattern}, {"minimum", 0}, {"maximum", 1000}};
      break;
    case FactKind::Count:
      s = {{"type", {"string", "integer"}},
           {"pattern", "^(" + at_most(def.max != 0 ? def.max : kMaxCount, "", "") + ")$"},
           {"minimum", 0},
           {"maximum", def.max != 0 ? def.max : kMaxCount}};
      break;
    case FactKind::Year:
      s = {{"type", {"string", "integer"}},
           {"pattern", "^(19[0-9]{2}|2[01][0-9]{2}|2200)$"},
           {"minimum", 1900},
           {"maximum", 2200}};
      break;
    case FactKind::YesNo:
      s = {{"type", {"string", "boolean"}},
           {"enum",
            {true, false, "yes", "no", "true", "false", "1", "0", "是", "否", "Yes", "No", "YES", "NO", "TRUE", "FALSE",
             "True", "False"}}};
      break;
    case FactKind::Date:
      s = {{"type", "string"}, {"format", "date"}, {"pattern", kDatePattern}};
      break;
    case FactKind::Choice:
    case FactKind::Key:
      s = {{"type", "string"}};
      break;
  }
  s["title"] = std::string(def.label.en);
  s["x-zh-title"] = std::string(def.label.zh);
  s["description"] = std::string(def.help.en.empty() ? def.label.en : def.help.en);
  s["x-zh"] = std::string(def.help.zh.empty() ? def.label.zh : def.help.zh);
  return s;
}

// The table's fields for which `keep(row)` holds, into `schema`.
template <class Keep>
void add_fields(const PolicySet& set, json& schema, std::span<const InputDef> table, Keep keep) {
  for (std::size_t row = 0; row < table.size(); ++row) {
    const InputDef& def = table[row];
    if (!is_api_field(def) || !keep(row)) continue;
    json field = value_schema(def);
    if (def.kind == FactKind::Choice) {
      field["x-choices"] = choices(set, def.choices);
      for (const json& c : field["x-choices"]) field["enum"].push_back(c["id"]);
    }
    schema["properties"][std::string(def.id)] = std::move(field);
    if (def.need == Need::Required) schema["required"].push_back(std::string(def.id));
  }
}

// CAP_ID: AMOUNT for the caps `ids` names: what was already received this
// year, as --received gives it (an amount, as every money field takes it).
template <class Caps>
json received_schema(const Caps& caps) {
  json ids = json::array();
  for (const auto& cap : caps)
    if (std::find(ids.begin(), ids.end(), cap.id) == ids.end()) ids.push_back(cap.id);
  return {{"type", "object"},
          {"description",
           "District subsidy already received this year under each cap: CAP_ID: AMOUNT (the caps: "
           "GET /v1/policies)"},
          {"propertyNames", {{"enum", ids}}},
          {"additionalProperties", money_schema()}};
}

void add_requests(const PolicySet& set, json& schemas) {
  std::vector<BenefitCap> declared;  // the caps of every version of a declared premium subsidy
  for (const BenefitPolicy* p : subsidy_contract_versions(set))
    declared.insert(declared.end(), p->caps.begin(), p->caps.end());
  schemas["Received"] = declared.empty() ? received_schema(set.subsidy.caps) : received_schema(declared);
  const json received = {{"$ref", "#/components/schemas/Received"}};
  json& subsidy = schemas["SubsidyRequest"];
  add_fields(set, subsidy, subsidy_inputs(), [](std::size_t) { return true; });
  subsidy["properties"]["received"] = received;
  json& plan = schemas["PlanRequest"];
  add_fields(set, plan, subsidy_inputs(), [](std::size_t row) { return !is_product_input(row); });
  json product{
      {"type", "object"}, {"additionalProperties", false}, {"required", json::array()}, {"properties", json::object()}};
  add_fields(set, product, subsidy_inputs(), is_product_input);
  plan["properties"]["products"] = {{"type", "array"}, {"items", product}};
  plan["properties"]["received"] = received;
  add_fields(set, schemas["HiringRequest"], hiring_inputs(), [](std::size_t) { return true; });
  json& deadline = schemas["DeadlineRequest"];
  add_fields(set, deadline, deadline_inputs(),
             [](std::size_t row) { return row == kDeadlineRule || row == kDeadlineFrom; });
  deadline["required"] = {"rule", "from"};
  // A field the endpoint does not read is refused with 400 (object_texts).
  for (const char* name : {"SubsidyRequest", "PlanRequest", "HiringRequest", "DeadlineRequest"})
    schemas[name]["additionalProperties"] = false;
}

// The answer of POST /v1/eval/{policy}: its outputs as kBenefitOutputs declares them.
json eval_response() {
  json s{{"type", "object"}, {"properties", json::object()}};
  json& p = s["properties"];
  p["policy"] = {{"type", "string"}};
  p["document"] = {{"type", "string"}};
  for (const BenefitOutput& o : kBenefitOutputs) {
    json field;
    switch (o.kind) {
      case OutputKind::YesNo:
        field = {{"type", "boolean"}};
        break;
      case OutputKind::Year:
        field = {{"type", {"integer", "null"}}};
        break;
      case OutputKind::Money:
        field = {{"type", "string"}, {"pattern", "^[0-9]+\\.[0-9]{2}$"}};
        break;
      case OutputKind::Text:
        field = {{"type", {"string", "null"}}};
        break;
    }
    field["title"] = std::string(o.label.en);
    field["x-zh-title"] = std::string(o.label.zh);
    p[std::string(o.key)] = field;
  }
  p["assumptions"] = {{"type", "array"}, {"items", {{"type", "string"}}}};
  p["reasons"] = {{"type", "array"}, {"items", {{"type", "string"}}}};
  p["steps"] = {{"type", "array"}};
  p["hdpolicy_version"] = {{"type", "string"}};
  return s;
}

// A document with a subsidy: section or document.contract: hiring: /v1/eval/ID is /v1/subsidy
// or /v1/hiring under another name (api_eval.cpp), so its operation is theirs.
void add_shipped_eval_paths(const PolicySet& set, json& doc) {
  for (const Document& d : set.documents) {
    const EvalTarget t = find_eval_target(set, d.id);
    if (t.shape != EvalShape::Subsidy && t.shape != EvalShape::Hiring) continue;
    json op = doc["paths"][t.shape == EvalShape::Subsidy ? "/v1/subsidy" : "/v1/hiring"]["post"];
    op["summary"] = fmt::format("{} ({}): as {}", d.short_title.en, d.number,
                                t.shape == EvalShape::Subsidy ? "/v1/subsidy" : "/v1/hiring");
    op["operationId"] = "eval-" + d.id;
    doc["paths"]["/v1/eval/" + d.id] = {{"post", op}};
    if (t.shape != EvalShape::Subsidy) continue;
    // /v1/plan/ID: the premium-subsidy document's plan is its portfolio, /v1/plan.
    json plan = doc["paths"]["/v1/plan"]["post"];
    plan["summary"] = fmt::format("{} ({}): as /v1/plan", d.short_title.en, d.number);
    plan["operationId"] = "plan-" + d.id;
    doc["paths"]["/v1/plan/" + d.id] = {{"post", plan}};
  }
}

// A POST operation of a document of declared shape: its JSON request (the
// schema `request`), ?explain and ?lang, and its answer (the schema `response`).
json post_operation(const std::string& summary, const std::string& id, const std::string& request,
                    const char* description, const char* response) {
  return {{"summary", summary},
          {"operationId", id},
          {"parameters", {{{"$ref", "#/components/parameters/explain"}}, {{"$ref", "#/components/parameters/lang"}}}},
          {"requestBody",
           {{"required", true},
            {"content", {{"application/json", {{"schema", {{"$ref", "#/components/schemas/" + request}}}}}}}}},
          {"responses",
           {{"200",
             {{"description", description},
              {"content",
               {{"application/json", {{"schema", {{"$ref", std::string("#/components/schemas/") + response}}}}}}}}},
            {"415", {{"$ref", "#/components/responses/NotJson"}}}}}};
}

// The answer of POST /v1/plan/{policy} for a document of declared shape.
json eval_plan_response() {
  const json money{{"type", "string"}, {"pattern", "^[0-9]+\\.[0-9]{2}$"}};
  const json text_or_null{{"type", {"string", "null"}}};
  json chosen{{"type", "object"},
              {"properties", {{"rule", text_or_null}, {"article", text_or_null}, {"amount", money}}}};
  json claim{{"type", "object"},
             {"required", {"line", "claimed", "amount"}},
             {"properties",
              {{"line", {{"type", "integer"}, {"description", "The claim's place in claims, from 1"}}},
               {"claimed", {{"type", "boolean"}}},
               {"rule", text_or_null},
               {"article", text_or_null},
               {"amount", money},
               {"one_by_one", chosen}}}};
  return {{"type", "object"},
          {"required", {"policy", "document", "year", "claims", "total", "one_by_one_total", "gain"}},
          {"properties",
           {{"policy", {{"type", "string"}}},
            {"document", {{"type", "string"}}},
            {"year", {{"type", "integer"}}},
            {"claims", {{"type", "array"}, {"items", claim}}},
            {"total", money},
            {"one_by_one_total", money},
            {"gain", money},
            {"assignments", {{"type", "integer"}}},
            {"steps", {{"type", "array"}}},
            {"hdpolicy_version", {{"type", "string"}}}}}};
}

// POST /v1/plan/ID: the claims of one enterprise's year, each an object of
// the facts `claim` (a schema) declares, and what was received.
void add_plan_path(const BenefitPolicy& p, const Document& d, const json& claim, const json& received, json& doc) {
  const std::string name = "PlanRequest-" + p.id;
  json request{{"type", "object"},
               {"additionalProperties", false},
               {"required", {"claims"}},
               {"properties",
                {{"claims",
                  {{"type", "array"},
                   {"minItems", 1},
                   {"description", "One enterprise's claims of one calendar year, each as POST /v1/eval/" + p.id +
                                       " takes it (without received)"},
                   {"items", claim}}}}}};
  if (!received.is_null()) request["properties"]["received"] = received;
  doc["components"]["schemas"][name] = request;
  doc["paths"]["/v1/plan/" + p.id] = {
      {"post",
       post_operation(fmt::format("Plan the claims of a year: {} ({})", d.short_title.en, d.number), "plan-" + p.id,
                      name, "Each claim under the rule that makes the year's total highest, against one by one",
                      "EvalPlanResponse")}};
}

// One path per document of declared shape, its request made from its facts.
void add_eval_paths(const PolicySet& set, json& doc) {
  add_shipped_eval_paths(set, doc);
  if (set.benefits.empty()) return;
  doc["components"]["schemas"]["EvalResponse"] = eval_response();
  doc["components"]["schemas"]["EvalPlanResponse"] = eval_plan_response();
  for (const BenefitPolicy& p : set.benefits) {
    if (find_benefit_policy(set, p.id) != &p) continue;  // one path per policy: its latest version's
    // One that keeps a command's contract answers as that command: add_shipped_eval_paths wrote its path.
    if (!set.documents[static_cast<std::size_t>(p.document)].contract.empty()) continue;
    json request{{"type", "object"},
                 {"additionalProperties", false},
                 {"required", json::array()},
                 {"properties", json::object()}};
    add_fields(set, request, p.inputs(), [](std::size_t) { return true; });
    for (std::size_t row = 0; row < p.inputs().size(); ++row) {
      const InputDef& def = p.inputs()[row];
      if (def.kind != FactKind::Choice || !is_api_field(def)) continue;
      // The ids in "enum", the ids with their names in "x-choices" (the
      // page's select reads them as it does the built-in fields').
      json values = json::array();
      for (const auto& v : p.facts->extra[row].choices) values.push_back(v.id);
      request["properties"][std::string(def.id)]["x-choices"] = choices(p.facts->extra[row].choices);
      request["properties"][std::string(def.id)]["enum"] = values;
    }
    if (!p.caps.empty()) request["properties"]["received"] = received_schema(p.caps);
    for (const BenefitCap& cap : p.caps)  // a cap on times takes a count, not an amount
      if (cap.times > 0) {
        request["properties"]["received"]["properties"][cap.id] = {
            {"type", {"string", "integer"}}, {"pattern", "^[0-9]{1,4}$"}, {"minimum", 0}, {"maximum", cap.times}};
        request["properties"]["received"]["description"] =
            "Already received under each cap (this year, or in all for a cap kept per enterprise): CAP_ID: "
            "AMOUNT in yuan, or CAP_ID: TIMES for a cap on a number of times (the caps: GET /v1/policies)";
      }
    const Document& d = set.documents[static_cast<std::size_t>(p.document)];
    // plan weighs one enterprise's claims: not a document with a cap kept per person.
    if (p.each_key < 0) {
      json claim = request;
      claim["properties"].erase("received");
      add_plan_path(p, d, claim, request["properties"].value("received", json()), doc);
    }
    const std::string name = "EvalRequest-" + p.id;
    doc["components"]["schemas"][name] = request;
    doc["paths"]["/v1/eval/" + p.id] = {
        {"post", post_operation(fmt::format("{} ({})", d.short_title.en, d.number), "eval-" + p.id, name,
                                "The amount, the article and why", "EvalResponse")}};
  }
}

// The statuses any request can be answered with, whatever its path: the
// request could not be read (or a parameter is refused), another method,
// a body over 64 KiB, a target too long, a bug, too many connections from
// one address (serve_http.cpp, api.cpp).
void add_common_responses(json& doc) {
  const std::pair<const char*, const char*> common[] = {
      {"400", "BadRequest"}, {"405", "MethodNotAllowed"}, {"413", "TooLarge"},
      {"414", "UriTooLong"}, {"500", "InternalError"},    {"503", "TooManyConnections"},
  };
  for (auto& [path, item] : doc["paths"].items()) {
    for (auto& [method, op] : item.items()) {
      json& responses = op["responses"];
      for (const auto& [status, name] : common)
        if (!responses.contains(status)) responses[status] = {{"$ref", std::string("#/components/responses/") + name}};
      // In status order, as a reader looks them up.
      json sorted = json::object();
      std::vector<std::string> keys;
      for (const auto& [status, _] : responses.items()) keys.push_back(status);
      std::sort(keys.begin(), keys.end());
      for (const std::string& k : keys) sorted[k] = responses[k];
      responses = std::move(sorted);
    }
  }
}

// A browser on another origin asks before it calls (CORS): the server
// answers that OPTIONS for every API path, 204 for an origin given to
// --cors, 403 for any other.
void add_preflights(json& doc) {
  for (auto& [path, item] : doc["paths"].items()) {
    if (!path.starts_with("/v1/")) continue;
    const std::string id = item.begin().value()["operationId"].get<std::string>();
    json op{{"operationId", "preflight-" + id},
            {"summary", "CORS preflight of " + path},
            {"responses",
             {{"204", {{"$ref", "#/components/responses/PreflightAllowed"}}},
              {"403", {{"$ref", "#/components/responses/PreflightRefused"}}}}}};
    if (item.begin().value().contains("parameters"))
      for (const json& param : item.begin().value()["parameters"])
        if (param.value("in", "") == "path") op["parameters"].push_back(param);
    item["options"] = std::move(op);
  }
}

// The years the loaded calendar answers for, on the operations that ask it.
void add_calendar_years(const PolicySet& set, json& doc) {
  const WorkCalendar& cal = set.calendar;
  if (cal.empty()) return;
  const std::string years = fmt::format(
      "The loaded statutory calendar covers {} to {}: a date outside them is answered 400 unless provisional=1.",
      cal.first_year(), cal.last_year());
  for (const char* path :
       {"/v1/workdays/add", "/v1/workdays/between", "/v1/workdays/is", "/v1/calendar/{period}", "/v1/deadline"})
    for (auto& [method, op] : doc["paths"][path].items()) op["description"] = years;
}

}  // namespace

std::string openapi_document(const PolicySet& set) {
  json doc = json::parse(embedded_openapi());
  add_requests(set, doc["components"]["schemas"]);
  add_eval_paths(set, doc);
  add_calendar_years(set, doc);
  add_preflights(doc);
  add_common_responses(doc);
  return doc.dump(2);
}

}  // namespace hdpolicy::api
