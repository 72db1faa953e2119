// Loads the `hiring:` section of a policy document into a HiringPolicy.
#include <fmt/format.h>

#include "policy/condition_loader.hpp"
#include "policy/section_loaders.hpp"
#include "policy/version_check.hpp"

namespace hdpolicy {
namespace {

std::optional<std::uint32_t> hiring_condition(LoadContext& ctx, const YAML::Node& n, HiringPolicy& p,
                                              const std::string& what) {
  return load_condition(ctx, n, hiring_facts(), ChoiceLookup{}, p.conditions, what);
}

bool load_categories(LoadContext& ctx, const YAML::Node& list, HiringPolicy& p) {
  if (!list.IsSequence() || list.size() == 0) {
    ctx.error(list, "hiring.categories must be a non-empty list");
    return false;
  }
  if (list.size() > kMaxHiringCategories) {
    ctx.error(list, fmt::format("hiring.categories: {} categories, at most {} are supported", list.size(),
                                kMaxHiringCategories));
    return false;
  }
  bool ok = true;
  for (const auto& n : list) {
    MapReader r(ctx, n, "hiring category");
    if (!r.ok()) {
      ok = false;
      continue;
    }
    HiringCategory cat;
    cat.id = r.text("id", true).value_or("");
    cat.name.zh = r.text("zh", true).value_or("");
    cat.name.en = r.text("en", true).value_or("");
    std::string what = fmt::format("hiring category '{}'", cat.id);
    YAML::Node e = r.get("eligible", true);
    std::optional<std::uint32_t> c;
    if (e.IsDefined()) c = hiring_condition(ctx, e, p, what + " eligible");
    if (cat.id.empty() || !c) {
      ok = false;
      continue;
    }
    for (const auto& other : p.categories)
      if (other.id == cat.id) {
        ctx.error(n, fmt::format("hiring category '{}' is defined twice", cat.id));
        ok = false;
      }
    cat.eligible = static_cast<std::int32_t>(*c);
    p.categories.push_back(std::move(cat));
  }
  return ok;
}

}  // namespace

void load_hiring_section(LoadContext& ctx, const YAML::Node& node, int document, PolicySet& set) {
  MapReader r(ctx, node, "hiring");
  if (!r.ok()) return;
  HiringPolicy p;
  p.document = document;
  p.id = r.text("id", true).value_or("");
  p.name = r.label("name", true).value_or(Text{});
  bool ok = !p.id.empty();

  if (YAML::Node a = r.get("amount", true); a.IsDefined()) {
    MapReader ar(ctx, a, "hiring.amount");
    auto per_hire = ar.money("per_hire", true);
    auto cite = ar.cite();
    if (per_hire && cite) {
      p.amount = *per_hire;
      p.amount_cite = *cite;
    } else {
      ok = false;
    }
  } else {
    ok = false;
  }

  if (YAML::Node pn = r.get("period", true); pn.IsDefined()) {
    MapReader pr(ctx, pn, "hiring.period");
    p.period_line = pn.Mark().line + 1;
    p.period_column = pn.Mark().column + 1;
    auto from = pr.date("from", true);
    auto to = pr.date("to", true);
    auto cite = pr.cite();
    if (auto note = pr.label("note")) p.period_note = *note;
    if (from && to && *to < *from) {
      ctx.error(pr.get("to"),
                fmt::format("hiring.period: ends ({}) before it starts ({})", format_date(*to), format_date(*from)));
      ok = false;
    } else if (from && to && cite) {
      p.period_from = *from;
      p.period_to = *to;
      p.period_cite = *cite;
    } else {
      ok = false;
    }
  } else {
    ok = false;
  }

  if (YAML::Node c = r.get("contract", true); c.IsDefined()) {
    auto id = hiring_condition(ctx, c, p, "hiring.contract");
    if (id)
      p.contract = static_cast<std::int32_t>(*id);
    else
      ok = false;
  } else {
    ok = false;
  }

  if (YAML::Node cats = r.get("categories", true); cats.IsDefined()) {
    if (!load_categories(ctx, cats, p)) ok = false;
  } else {
    ok = false;
  }

  if (ok) set.hiring.push_back(std::move(p));
}

void finish_hiring(PolicySet& set, Diagnostics& diagnostics) {
  // Successive versions of the policy (the same id or another) cover
  // successive periods of hires; two covering the same hire would make the
  // answer depend on file order.
  for (std::size_t i = 0; i < set.hiring.size(); ++i)
    set.hiring_versions.windows.push_back(
        {static_cast<std::int32_t>(i), set.hiring[i].period_from, set.hiring[i].period_to});
  sort_versions(set.hiring_versions);
  report_overlaps(
      set.hiring_versions, "hiring",
      [&set](std::int32_t i) {
        const HiringPolicy& p = set.hiring[static_cast<std::size_t>(i)];
        const Document& d = set.documents[static_cast<std::size_t>(p.document)];
        return VersionPlace{fmt::format("{} '{}'", d.number, p.id), d.file, p.period_line, p.period_column};
      },
      diagnostics);
}

}  // namespace hdpolicy
