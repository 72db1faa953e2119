// The OpenAPI document: the paths and responses are written by hand in
// openapi.json (compiled in); the request schemas are made here from the
// input tables, so a fact added to a table (ARCHITECTURE.md, "Adding a
// fact") is in the document with its label and help, as it is an option and
// a column, and a choice lists the values the loaded policies accept (with
// their names in "x-choices", from which the page builds its forms).
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "api/api_call.hpp"
#include "api/request_body.hpp"
#include "hdpolicy/benefit_report.hpp"
#include "hdpolicy/deadline.hpp"
#include "hdpolicy/hiring.hpp"
#include "hdpolicy/plan.hpp"
#include "hdpolicy/subsidy_policy.hpp"

namespace hdpolicy {
std::string_view embedded_openapi();  // generated from openapi.json
}  // namespace hdpolicy

namespace hdpolicy::api {
namespace {
using json = nlohmann::ordered_json;

template <class Items>
json choices(const Items& items) {
  json out = json::array();
  for (const auto& item : items) out.push_back({{"id", item.id}, {"zh", item.name.zh}, {"en", item.name.en}});
  return out;
}

json choices(const PolicySet& set, Choices kind) {
  switch (kind) {
    case Choices::SubsidyTypes:
      return choices(set.subsidy.types);
    case Choices::Industries:
      return choices(set.subsidy.industries);
    case Choices::DeadlineRules:
      return choices(set.deadlines);
    case Choices::None:
    case Choices::Declared:  // a document's own facts are served under /v1/eval (not yet)
      break;
  }
  return json::array();
}

json value_schema(const PolicySet& set, const InputDef& def) {
  json s;
  switch (def.kind) {
    case FactKind::Money:
      s["type"] = {"string", "number"};
      s["pattern"] = "^[0-9]+(\\.[0-9]{1,2})?$";
      break;
    case FactKind::Count:
    case FactKind::Year:
      s["type"] = {"string", "integer"};
      break;
    case FactKind::YesNo:
      s["type"] = {"string", "boolean"};
      break;
    case FactKind::Date:
      s["type"] = "string";
      s["format"] = "date";
      break;
    case FactKind::Choice:
    case FactKind::Key:
    case FactKind::Area:
    case FactKind::Rate:
      s["type"] = "string";
      break;
  }
  // The ids; the names and aliases the policies give are accepted too, so no "enum".
  if (def.kind == FactKind::Choice) s["x-choices"] = choices(set, def.choices);
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
    schema["properties"][std::string(def.id)] = value_schema(set, def);
    if (def.need == Need::Required) schema["required"].push_back(std::string(def.id));
  }
}

void add_requests(const PolicySet& set, json& schemas) {
  const json received = {{"$ref", "#/components/schemas/Received"}};
  json& subsidy = schemas["SubsidyRequest"];
  add_fields(set, subsidy, subsidy_inputs(), [](std::size_t) { return true; });
  subsidy["properties"]["received"] = received;
  json& plan = schemas["PlanRequest"];
  add_fields(set, plan, subsidy_inputs(), [](std::size_t row) { return !is_product_input(row); });
  json product{{"type", "object"}, {"required", json::array()}, {"properties", json::object()}};
  add_fields(set, product, subsidy_inputs(), is_product_input);
  plan["properties"]["products"] = {{"type", "array"}, {"items", product}};
  plan["properties"]["received"] = received;
  add_fields(set, schemas["HiringRequest"], hiring_inputs(), [](std::size_t) { return true; });
  json& deadline = schemas["DeadlineRequest"];
  add_fields(set, deadline, deadline_inputs(),
             [](std::size_t row) { return row == kDeadlineRule || row == kDeadlineFrom; });
  deadline["required"] = {"rule", "from"};
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

// One path per document of declared shape, its request made from its facts.
void add_eval_paths(const PolicySet& set, json& doc) {
  if (set.benefits.empty()) return;
  doc["components"]["schemas"]["EvalResponse"] = eval_response();
  for (const BenefitPolicy& p : set.benefits) {
    json request{{"type", "object"},
                 {"additionalProperties", false},
                 {"required", json::array()},
                 {"properties", json::object()}};
    add_fields(set, request, p.inputs(), [](std::size_t) { return true; });
    for (std::size_t row = 0; row < p.inputs().size(); ++row) {
      const InputDef& def = p.inputs()[row];
      if (def.kind != FactKind::Choice || !is_api_field(def)) continue;
      json values = json::array();
      for (const auto& v : p.facts->extra[row].choices) values.push_back(v.id);
      request["properties"][std::string(def.id)]["x-choices"] = values;
    }
    if (!p.caps.empty())
      request["properties"]["received"] = {{"type", "object"},
                                           {"description", "what was already received this year under a cap"},
                                           {"additionalProperties", {{"type", "string"}}}};
    const Document& d = set.documents[static_cast<std::size_t>(p.document)];
    const std::string name = "EvalRequest-" + p.id;
    doc["components"]["schemas"][name] = request;
    json op{{"summary", fmt::format("{} ({})", d.short_title.en, d.number)},
            {"operationId", "eval-" + p.id},
            {"parameters", {{{"$ref", "#/components/parameters/explain"}}, {{"$ref", "#/components/parameters/lang"}}}},
            {"requestBody",
             {{"required", true},
              {"content", {{"application/json", {{"schema", {{"$ref", "#/components/schemas/" + name}}}}}}}}},
            {"responses",
             {{"200",
               {{"description", "The amount, the article and why"},
                {"content", {{"application/json", {{"schema", {{"$ref", "#/components/schemas/EvalResponse"}}}}}}}}},
              {"400", {{"$ref", "#/components/responses/BadRequest"}}},
              {"405", {{"$ref", "#/components/responses/MethodNotAllowed"}}},
              {"413", {{"$ref", "#/components/responses/TooLarge"}}},
              {"415", {{"$ref", "#/components/responses/NotJson"}}}}}};
    doc["paths"]["/v1/eval/" + p.id] = {{"post", op}};
  }
}

}  // namespace

std::string openapi_document(const PolicySet& set) {
  json doc = json::parse(embedded_openapi());
  add_requests(set, doc["components"]["schemas"]);
  add_eval_paths(set, doc);
  return doc.dump(2);
}

}  // namespace hdpolicy::api
