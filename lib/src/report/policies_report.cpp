// What the loaded policies define, document by document: the JSON of
// `hdpolicy policies --format json` and GET /v1/policies.
#include "hdpolicy/policies_report.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "hdpolicy/deadline_report.hpp"
#include "hdpolicy/hiring.hpp"

namespace hdpolicy {

namespace {
using json = nlohmann::ordered_json;

// Types and caps are shared by the subsidy rules; a document lists those its
// own rules use, in definition order.
std::vector<int> types_of(const SubsidyPolicies& sp, int document) {
  std::vector<bool> used(sp.types.size());
  for (const auto& r : sp.rules)
    if (r.document == document)
      for (const auto& p : r.products)
        for (auto t : p.types) used[static_cast<std::size_t>(t)] = true;
  std::vector<int> out;
  for (std::size_t i = 0; i < used.size(); ++i)
    if (used[i]) out.push_back(static_cast<int>(i));
  return out;
}

std::vector<int> caps_of(const SubsidyPolicies& sp, int document) {
  std::vector<bool> used(sp.caps.size());
  for (const auto& r : sp.rules)
    if (r.document == document)
      for (const auto& l : r.limits)
        if (l.kind == LimitKind::Cap) used[static_cast<std::size_t>(l.cap)] = true;
  std::vector<int> out;
  for (std::size_t i = 0; i < used.size(); ++i)
    if (used[i]) out.push_back(static_cast<int>(i));
  return out;
}

// A document of declared shape: its caps and rules in the keys every
// document has, and its facts under "eval" (a key only such documents have),
// with "latest": whether `eval ID` names it (false: an earlier version of
// the policy, named by its number alone).
void add_benefit(const PolicySet& set, const BenefitPolicy& p, const Document& doc, json& j) {
  for (const auto& cap : p.caps) {
    if (cap.times > 0)  // a cap on the number of times: no amount
      j["caps"].push_back({{"id", cap.id}, {"amount", nullptr}, {"times", cap.times}, {"article", cap.cite.article}});
    else
      j["caps"].push_back({{"id", cap.id}, {"amount", format_money(cap.amount)}, {"article", cap.cite.article}});
  }
  for (const auto& r : p.rules)
    j["rules"].push_back({{"id", r.id}, {"article", r.article}, {"zh", r.name.zh}, {"en", r.name.en}});
  // The premium subsidy's contract lists the insurance types its rules rate, as the subsidy: section did.
  if (doc.contract == "subsidy")
    if (auto type = find_input(p.inputs(), "type")) {
      const auto& values = p.facts->extra[*type].choices;
      for (std::size_t v = 0; v < values.size(); ++v) {
        const bool rated = std::any_of(p.rules.begin(), p.rules.end(), [v](const BenefitRule& r) {
          return v < r.amount.rate_for.size() && r.amount.rate_for[v] >= 0;
        });
        if (rated) j["types"].push_back({{"id", values[v].id}, {"zh", values[v].name.zh}, {"en", values[v].name.en}});
      }
    }
  json facts = json::array();
  for (std::size_t row = 0; row < p.inputs().size(); ++row) {
    const InputDef& def = p.inputs()[row];
    json f{{"id", def.id},
           {"kind", fact_kind_name(def.kind)},
           {"required", def.need == Need::Required || def.need == Need::TodayOnCli},
           {"default", def.need == Need::TodayOnCli ? json("today") : json(nullptr)},
           {"zh", def.label.zh},
           {"en", def.label.en}};
    if (def.where & kOnCli) f["option"] = def.option;
    if (def.role == InputRole::Derived) f["derived"] = true;
    for (const ChoiceValue& v : p.facts->extra[row].choices)  // what `--type` and the column accept
      f["values"].push_back({{"id", v.id}, {"zh", v.name.zh}, {"en", v.name.en}});
    facts.push_back(std::move(f));
  }
  j["eval"] = {
      {"id", p.id},
      {"zh", doc.short_title.zh},
      {"en", doc.short_title.en},
      {"facts", std::move(facts)},
      {"latest", find_benefit_policy(set, p.id) == &p},
      {"versions", p.versions < 0 ? 1 : set.benefit_versions[static_cast<std::size_t>(p.versions)].windows.size()}};
}

}  // namespace

json policies_json(const PolicySet& set) {
  const SubsidyPolicies& sp = set.subsidy;
  json docs = json::array();
  for (std::size_t d = 0; d < set.documents.size(); ++d) {
    const Document& doc = set.documents[d];
    int di = static_cast<int>(d);
    json j;
    j["number"] = doc.number;
    j["title"] = doc.title;
    j["file"] = doc.file;
    j["effective"] = {{"from", format_date(doc.effective_from)},
                      {"to", format_date(doc.effective_to)},
                      {"article", doc.effective_cite.article}};
    json types = json::array();
    for (int t : types_of(sp, di)) {
      const auto& type = sp.types[static_cast<std::size_t>(t)];
      types.push_back({{"id", type.id}, {"zh", type.name.zh}, {"en", type.name.en}});
    }
    j["types"] = types;
    json caps = json::array();
    for (int c : caps_of(sp, di)) {
      const auto& cap = sp.caps[static_cast<std::size_t>(c)];
      caps.push_back({{"id", cap.id}, {"amount", format_money(cap.amount)}, {"article", cap.cite.article}});
    }
    j["caps"] = caps;
    json rules = json::array();
    for (const auto& r : sp.rules)
      if (r.document == di)
        rules.push_back({{"id", r.id}, {"article", r.article}, {"zh", r.name.zh}, {"en", r.name.en}});
    j["rules"] = rules;
    json deadlines = json::array();
    for (const auto& r : set.deadlines)
      if (r.document == di)
        deadlines.push_back({{"id", r.id},
                             {"count", r.count},
                             {"unit", period_unit_name(r.unit)},
                             {"period", deadline_period_text(r, Lang::En)},
                             {"article", r.cite.article},
                             {"zh", r.name.zh},
                             {"en", r.name.en}});
    j["deadline_rules"] = deadlines;
    for (const auto& b : set.benefits)
      if (b.document == di) add_benefit(set, b, doc, j);
    docs.push_back(j);
  }
  json out;
  out["documents"] = docs;
  const WorkCalendar& cal = set.calendar;
  if (cal.years().empty()) {
    out["calendar"] = json(nullptr);
  } else {
    out["calendar"] = {{"first_year", cal.first_year()},
                       {"last_year", cal.last_year()},
                       {"first_uncovered_year", cal.last_year() + 1}};
  }
  return out;
}

}  // namespace hdpolicy
