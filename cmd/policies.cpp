// hdpolicy policies: what the loaded policies define, document by document
// (number, title, effective window, types, caps, rules, deadline rules,
// hiring categories), and the calendar years covered.
#include <iostream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli.hpp"
#include "hdpolicy/deadline_report.hpp"
#include "hdpolicy/hiring.hpp"
#include "hdpolicy/json_output.hpp"

namespace hdpolicy::cli {

namespace {
using json = nlohmann::ordered_json;

struct PoliciesOptions {
  std::string format = "text";
};

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
    json hiring = json::array();
    for (const auto& h : set.hiring) {
      if (h.document != di) continue;
      json categories = json::array();
      for (const auto& c : h.categories) categories.push_back({{"id", c.id}, {"zh", c.name.zh}, {"en", c.name.en}});
      hiring.push_back({{"id", h.id},
                        {"amount", format_money(h.amount)},
                        {"article", h.amount_cite.article},
                        {"categories", categories}});
    }
    j["hiring"] = hiring;
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

std::string policies_text(const json& j) {
  std::string out;
  auto list = [](const json& items, auto&& one) {
    std::string s;
    for (const auto& item : items) s += (s.empty() ? "" : ", ") + one(item);
    return s.empty() ? std::string("none") : s;
  };
  auto str = [](const json& v) { return v.get<std::string>(); };
  for (const auto& d : j["documents"]) {
    out += fmt::format("{}  {}\n", str(d["number"]), str(d["title"]));
    out += fmt::format("  file:           {}\n", str(d["file"]));
    out += fmt::format("  effective:      {} to {} ({})\n", str(d["effective"]["from"]), str(d["effective"]["to"]),
                       str(d["effective"]["article"]));
    if (!d["types"].empty())
      out += fmt::format("  types:          {}\n", list(d["types"], [&](const json& t) {
                           return fmt::format("{} ({})", str(t["id"]), str(t["zh"]));
                         }));
    if (!d["caps"].empty())
      out += fmt::format("  caps:           {}\n", list(d["caps"], [&](const json& c) {
                           return fmt::format("{} {} yuan ({})", str(c["id"]), str(c["amount"]), str(c["article"]));
                         }));
    if (!d["rules"].empty())
      out += fmt::format("  rules:          {}\n", list(d["rules"], [&](const json& r) {
                           return fmt::format("{} ({})", str(r["id"]), str(r["article"]));
                         }));
    if (!d["deadline_rules"].empty())
      out += fmt::format("  deadline rules: {}\n", list(d["deadline_rules"], [&](const json& r) {
                           return fmt::format("{} ({}, {})", str(r["id"]), str(r["period"]), str(r["article"]));
                         }));
    for (const auto& h : d["hiring"]) {
      out += fmt::format("  hiring:         {} {} yuan per person ({})\n", str(h["id"]), str(h["amount"]),
                         str(h["article"]));
      out += fmt::format("  categories:     {}\n", list(h["categories"], [&](const json& c) {
                           return fmt::format("{} ({})", str(c["id"]), str(c["zh"]));
                         }));
    }
    out += "\n";
  }
  if (j["calendar"].is_null()) {
    out += "Calendar: no years loaded\n";
  } else {
    const json& c = j["calendar"];
    out += fmt::format("Calendar: {} to {}; first year not covered: {}\n", c["first_year"].get<int>(),
                       c["last_year"].get<int>(), c["first_uncovered_year"].get<int>());
  }
  return out;
}

void run(const Cli& cli, const PoliciesOptions& o, int& exit_code) {
  PolicySet set = cli.load_policies();
  json j = policies_json(set);
  if (o.format == "json") {
    std::cout << versioned(std::move(j)).dump(2) << "\n";
  } else {
    std::cout << policies_text(j);
  }
  exit_code = kExitOk;
}
}  // namespace

void add_policies_command(CLI::App& app, Cli& cli) {
  auto o = std::make_shared<PoliciesOptions>();
  CLI::App* cmd =
      app.add_subcommand("policies", "List the loaded policies: documents, types, caps, rules, calendar years");
  add_format_option(cmd, o->format, {"text", "json"});
  cmd->callback([&cli, o] { run(cli, *o, cli.exit_code); });
}

}  // namespace hdpolicy::cli
