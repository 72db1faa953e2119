// hdpolicy policies: what the loaded policies define, document by document
// (number, title, effective window, types, caps, rules, deadline rules,
// hiring categories), and the calendar years covered.
#include <iostream>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli.hpp"
#include "hdpolicy/json_output.hpp"
#include "hdpolicy/policies_report.hpp"

namespace hdpolicy::cli {

namespace {
using json = nlohmann::ordered_json;

struct PoliciesOptions {
  std::string format = "text";
};

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
                           if (c.contains("times"))
                             return fmt::format("{} at most {} {} ({})", str(c["id"]), c["times"].get<std::int64_t>(),
                                                c["times"] == 1 ? "time" : "times", str(c["article"]));
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
    if (d.contains("eval")) {
      // A policy of several versions: the id names the one in force on the claim's date, the number this one.
      if (d["eval"].value("versions", 1) > 1)
        out += fmt::format(
            "  eval:           hdpolicy eval {} (the version in force on the claim's date), or "
            "hdpolicy eval {} (this version)\n",
            str(d["eval"]["id"]), str(d["number"]));
      else
        out += fmt::format("  eval:           hdpolicy eval {}\n", str(d["eval"]["id"]));
      std::string derived;
      const char* head = "  facts:          ";
      for (const auto& f : d["eval"]["facts"]) {
        if (f.contains("derived")) {
          derived += (derived.empty() ? "" : ", ") + fmt::format("{} ({})", str(f["id"]), str(f["zh"]));
          continue;
        }
        std::string name = f.contains("option") ? str(f["option"]) : str(f["id"]) + " (a column)";
        out += fmt::format("{}{} {}, {}{}\n", head, name, str(f["kind"]), str(f["en"]),
                           f["default"].is_string()    ? ", default " + str(f["default"])
                           : f["required"].get<bool>() ? ", required"
                                                       : "");
        head = "                  ";
        if (f.contains("values")) {  // a choice: the ids it accepts, with their Chinese names
          std::vector<std::string> values;
          for (const auto& v : f["values"]) values.push_back(fmt::format("{} ({})", str(v["id"]), str(v["zh"])));
          out += fmt::format("{}  {}\n", head, fmt::join(values, ", "));
        }
      }
      if (!derived.empty()) out += fmt::format("  derived:        {}\n", derived);
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
