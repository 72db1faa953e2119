// `deadlines:` of a policy document: each rule states its period (unit and
// count), whether a last day on a rest day rolls to the next workday, and
// the clause it encodes.
#include <fmt/format.h>

#include "policy/section_loaders.hpp"
#include "policy/version_check.hpp"

namespace hdpolicy {

void load_deadlines_section(LoadContext& ctx, const YAML::Node& node, int document, PolicySet& set) {
  if (!node.IsSequence()) {
    ctx.error(node, "deadlines must be a list of deadline rules");
    return;
  }
  std::size_t index = 0;
  for (const auto& item : node) {
    std::string what = fmt::format("deadlines[{}]", index++);
    MapReader r(ctx, item, what);
    if (!r.ok()) continue;
    DeadlineRule rule;
    rule.document = document;
    auto id = r.text("id", true);
    if (id) what = fmt::format("deadline {}", *id);
    auto zh = r.text("zh", true);
    auto en = r.text("en", true);
    auto trigger = r.label("trigger", true);
    auto unit_text = r.text("unit", true);
    auto count = r.integer("count", true);
    auto roll = r.boolean("roll_to_workday", true);
    auto bound = r.text("bound");
    auto cite = r.cite();
    r.allow({"notes"});
    if (!id || !zh || !en || !trigger || !unit_text || !count || !roll || !cite) continue;
    rule.id = *id;
    rule.name = Text{*zh, *en};
    rule.trigger = *trigger;
    auto unit = parse_period_unit(*unit_text);
    if (!unit) {
      ctx.error(r.get("unit"),
                fmt::format("{}.unit: '{}' is not a unit: use workdays, days, months or years", what, *unit_text));
      continue;
    }
    rule.unit = *unit;
    if (*count < 1 || *count > 10000) {
      ctx.error(r.get("count"),
                fmt::format("{}.count: {} is not a period length: use a whole number from 1 to 10000", what, *count));
      continue;
    }
    rule.count = *count;
    rule.roll_to_workday = *roll;
    if (bound && *bound != "latest" && *bound != "earliest") {
      ctx.error(r.get("bound"), fmt::format("{}.bound: '{}' is not accepted: use latest (the last day to act, 在…内) "
                                            "or earliest (a minimum period, 不得少于)",
                                            what, *bound));
      continue;
    }
    rule.bound = bound && *bound == "earliest" ? DeadlineBound::Earliest : DeadlineBound::Latest;
    rule.cite = *cite;
    // The same id in another document is another version of the rule (finish_deadlines).
    bool twice = false;
    for (const DeadlineRule& other : set.deadlines)
      if (other.id == rule.id && other.document == document) {
        ctx.error(r.get("id"), fmt::format("deadline rule {} is already defined at {}", rule.id, other.cite.file));
        twice = true;
      }
    if (twice) continue;
    set.deadlines.push_back(std::move(rule));
  }
}

void finish_deadlines(PolicySet& set, Diagnostics& diagnostics) {
  // Versions of one rule (the same id in several documents) must not be in force on the same day.
  for (std::size_t i = 0; i < set.deadlines.size(); ++i) {
    if (find_deadline_rule(set.deadlines, set.deadlines[i].id) != &set.deadlines[i]) continue;  // each id once
    PolicyVersions versions;
    for (std::size_t j = i; j < set.deadlines.size(); ++j) {
      const DeadlineRule& r = set.deadlines[j];
      if (r.id != set.deadlines[i].id) continue;
      const Document& d = set.documents[static_cast<std::size_t>(r.document)];
      versions.windows.push_back({r.document, d.effective_from, d.effective_to});
    }
    if (versions.windows.size() < 2) continue;
    sort_versions(versions);
    report_overlaps(versions, fmt::format("deadline rule {}", set.deadlines[i].id), document_place(set), diagnostics);
  }
}

}  // namespace hdpolicy
