// Loads the `subsidy:` section of a policy document into SubsidyPolicies.
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "policy/condition_loader.hpp"
#include "policy/section_loaders.hpp"
#include "policy/version_check.hpp"

namespace hdpolicy {
namespace {

// A choice fact's names, in the list of the policies its row names.
ChoiceLookup industry_lookup(const PolicySet& set) {
  return [&set](int fact, const std::string& name) -> std::optional<int> {
    switch (subsidy_facts()[static_cast<std::size_t>(fact)].choices) {
      case Choices::Industries:
        return set.subsidy.find_industry(name);
      case Choices::SubsidyTypes:
        return set.subsidy.find_type(name);
      default:
        return std::nullopt;
    }
  };
}

// Types and industries are one vocabulary across versions: a successor
// that lists an id again keeps it (with any new aliases), and may add ids.
template <typename T>
void add_to_vocabulary(std::vector<T>& items, T item) {
  for (auto& known : items)
    if (known.id == item.id) {
      for (auto& alias : item.aliases)
        if (std::find(known.aliases.begin(), known.aliases.end(), alias) == known.aliases.end())
          known.aliases.push_back(std::move(alias));
      return;
    }
  items.push_back(std::move(item));
}

void load_industries(LoadContext& ctx, const YAML::Node& list, SubsidyPolicies& sp) {
  if (!list.IsSequence()) return ctx.error(list, "subsidy.industries must be a list");
  std::set<std::string> seen;
  for (const auto& n : list) {
    MapReader r(ctx, n, "industry");
    if (!r.ok()) continue;
    Industry ind;
    ind.id = r.text("id", true).value_or("");
    ind.name.zh = r.text("zh", true).value_or("");
    ind.name.en = r.text("en", true).value_or("");
    ind.aliases = r.text_list("aliases");
    if (ind.id.empty()) continue;
    if (!seen.insert(ind.id).second) {
      ctx.error(n, fmt::format("industry '{}' is defined twice", ind.id));
      continue;
    }
    if (!ind.name.zh.empty()) ind.aliases.push_back(ind.name.zh);
    add_to_vocabulary(sp.industries, std::move(ind));
  }
}

void load_types(LoadContext& ctx, const YAML::Node& list, SubsidyPolicies& sp) {
  if (!list.IsSequence()) return ctx.error(list, "subsidy.types must be a list");
  std::set<std::string> seen;
  for (const auto& n : list) {
    MapReader r(ctx, n, "type");
    if (!r.ok()) continue;
    InsuranceType t;
    t.id = r.text("id", true).value_or("");
    t.name.zh = r.text("zh", true).value_or("");
    t.name.en = r.text("en", true).value_or("");
    t.aliases = r.text_list("aliases");
    t.examples = r.text("examples").value_or("");
    if (t.id.empty()) continue;
    if (!seen.insert(t.id).second) {
      ctx.error(n, fmt::format("type '{}' is defined twice", t.id));
      continue;
    }
    if (!t.name.zh.empty()) t.aliases.push_back(t.name.zh);
    add_to_vocabulary(sp.types, std::move(t));
  }
}

void load_caps(LoadContext& ctx, const YAML::Node& list, int document, SubsidyPolicies& sp) {
  if (!list.IsSequence()) return ctx.error(list, "subsidy.caps must be a list");
  for (const auto& n : list) {
    MapReader r(ctx, n, "cap");
    if (!r.ok()) continue;
    Cap cap;
    cap.id = r.text("id", true).value_or("");
    auto amount = r.money("amount", true);
    auto report = r.text("reports_as", true);
    cap.name.zh = r.text("zh", true).value_or("");
    cap.name.en = r.text("en", true).value_or("");
    auto cite = r.cite();
    if (report && *report != "premium-cap" && *report != "annual-cap")
      ctx.error(r.get("reports_as"),
                fmt::format("cap.reports_as: '{}' is not accepted: premium-cap or annual-cap", *report));
    if (cap.id.empty()) continue;
    if (sp.find_cap_in(cap.id, document)) {
      ctx.error(n, fmt::format("cap '{}' is defined twice", cap.id));
      continue;
    }
    cap.document = document;
    cap.slot = sp.find_cap(cap.id).value_or(static_cast<int>(sp.caps.size()));
    // A cap with a bad field is still defined (its problem is already
    // reported), so limits naming it do not add "unknown cap" errors.
    cap.amount = amount.value_or(Money{});
    cap.reports_as = report && *report == "premium-cap" ? CapReport::PremiumCap : CapReport::AnnualCap;
    if (cite) cap.cite = *cite;
    sp.caps.push_back(std::move(cap));
  }
}

std::optional<Product> load_product(LoadContext& ctx, const YAML::Node& n, const SubsidyPolicies& sp,
                                    const std::string& what) {
  MapReader r(ctx, n, what);
  if (!r.ok()) return std::nullopt;
  Product p;
  auto rate = r.rate("rate", true);
  auto cite = r.cite();
  if (auto s = r.label("stacks_on")) p.stacks_on = *s;
  YAML::Node types = r.get("types", true);
  bool ok = rate && cite;
  if (types.IsDefined()) {
    if (!types.IsSequence() || types.size() == 0) {
      ctx.error(types, fmt::format("{}.types must be a non-empty list of type IDs", what));
      ok = false;
    } else {
      for (const auto& t : types) {
        auto id = scalar_text(ctx, t, what + ".types");
        if (!id) {
          ok = false;
          continue;
        }
        auto idx = sp.find_type(*id);
        if (!idx) {
          ctx.error(t, fmt::format("{}: unknown type '{}' (defined: {})", what, *id, sp.type_list()));
          ok = false;
          continue;
        }
        p.types.push_back(*idx);
      }
    }
  } else {
    ok = false;
  }
  if (!ok) return std::nullopt;
  p.rate = *rate;
  p.cite = *cite;
  return p;
}

// One entry of a rule's limits: a cap by id, or all_levels: premium.
std::optional<Limit> load_limit(LoadContext& ctx, const YAML::Node& ln, const SubsidyPolicies& sp,
                                const std::string& what, int document) {
  MapReader lr(ctx, ln, what + " limit");
  if (!lr.ok()) return std::nullopt;
  Limit limit;
  if (lr.has("cap") && lr.has("all_levels")) {
    ctx.error(ln, fmt::format("{} limit: give either cap or all_levels", what));
    return std::nullopt;
  }
  if (auto cap_id = lr.text("cap")) {
    auto idx = sp.find_cap_in(*cap_id, document);  // the cap this version states
    if (!idx) {
      ctx.error(lr.get("cap"), fmt::format("{}: unknown cap '{}' (defined: {})", what, *cap_id, sp.cap_list()));
      return std::nullopt;
    }
    limit.kind = LimitKind::Cap;
    limit.cap = *idx;
    limit.cite = sp.caps[static_cast<std::size_t>(*idx)].cite;
  } else if (auto base = lr.text("all_levels")) {
    if (*base != "premium") {
      ctx.error(lr.get("all_levels"), fmt::format("{}: all_levels: '{}' is not accepted: premium", what, *base));
      return std::nullopt;
    }
    limit.kind = LimitKind::AllLevels;
    auto c = lr.cite();
    if (!c) return std::nullopt;
    limit.cite = *c;
  } else {
    ctx.error(ln, fmt::format("{} limit: needs cap: ID or all_levels: premium", what));
    return std::nullopt;
  }
  return limit;
}

// A rule's products and limits, each checked; false when one is wrong.
bool load_products_and_limits(LoadContext& ctx, MapReader& r, const SubsidyPolicies& sp, const std::string& what,
                              SubsidyRule& rule) {
  bool ok = true;
  YAML::Node products = r.get("products", true);
  if (products.IsDefined()) {
    if (!products.IsSequence() || products.size() == 0) {
      ctx.error(products, fmt::format("{}: products must be a non-empty list", what));
      ok = false;
    } else {
      for (std::size_t i = 0; i < products.size(); ++i) {
        auto p = load_product(ctx, products[i], sp, fmt::format("{} product {}", what, i + 1));
        if (p)
          rule.products.push_back(std::move(*p));
        else
          ok = false;
      }
    }
  }
  if (YAML::Node limits = r.get("limits"); limits.IsDefined()) {
    if (!limits.IsSequence()) {
      ctx.error(limits, fmt::format("{}: limits must be a list", what));
      ok = false;
    } else {
      for (const auto& ln : limits) {
        auto limit = load_limit(ctx, ln, sp, what, rule.document);
        if (limit)
          rule.limits.push_back(std::move(*limit));
        else
          ok = false;
      }
    }
  }
  return ok;
}

// A rule's rounding and payee; false when one is wrong.
bool load_rounding_and_payee(LoadContext& ctx, MapReader& r, const std::string& what, SubsidyRule& rule) {
  bool ok = true;
  if (auto rounding = r.text("rounding")) {
    auto rr = parse_rounding(*rounding);
    if (!rr) {
      ctx.error(r.get("rounding"),
                fmt::format("{}: rounding '{}' is not accepted: half-up, down or up", what, *rounding));
      ok = false;
    } else {
      rule.rounding = *rr;
    }
  }
  auto payee = r.text("payee", true);
  if (payee && *payee != "applicant" && *payee != "insurer") {
    ctx.error(r.get("payee"), fmt::format("{}: payee '{}' is not accepted: applicant or insurer", what, *payee));
    ok = false;
  }
  rule.payee = payee && *payee == "insurer" ? Payee::Insurer : Payee::Applicant;
  auto payee_cite = r.cite("payee_cite");
  if (payee_cite)
    rule.payee_cite = *payee_cite;
  else
    ok = false;
  return ok;
}

void load_rule(LoadContext& ctx, const YAML::Node& n, int document, PolicySet& set) {
  SubsidyPolicies& sp = set.subsidy;
  MapReader r(ctx, n, "rule");
  if (!r.ok()) return;
  SubsidyRule rule;
  rule.document = document;
  rule.id = r.text("id", true).value_or("");
  std::string what = fmt::format("rule '{}'", rule.id);
  rule.article = r.text("article", true).value_or("");
  rule.article_number = static_cast<int>(r.integer("article_number", true).value_or(0));
  rule.name.zh = r.text("zh", true).value_or("");
  rule.name.en = r.text("en", true).value_or("");
  bool ok = !rule.id.empty() && !rule.article.empty();
  for (const auto& other : sp.rules)
    if (other.id == rule.id && other.document == document && !rule.id.empty()) {
      ctx.error(n, fmt::format("rule '{}' is defined twice", rule.id));
      ok = false;
    }

  if (YAML::Node e = r.get("eligible"); e.IsDefined()) {
    auto c = load_condition(ctx, e, subsidy_facts(), industry_lookup(set), sp.conditions, what + " eligible");
    if (c)
      rule.eligible = static_cast<std::int32_t>(*c);
    else
      ok = false;
  }
  ok &= load_products_and_limits(ctx, r, sp, what, rule);
  ok &= load_rounding_and_payee(ctx, r, what, rule);
  if (ok) sp.rules.push_back(std::move(rule));
}

}  // namespace

void load_subsidy_section(LoadContext& ctx, const YAML::Node& node, int document, PolicySet& set) {
  SubsidyPolicies& sp = set.subsidy;
  MapReader r(ctx, node, "subsidy");
  if (!r.ok()) return;
  if (sp.payable.size() < set.documents.size()) sp.payable.resize(set.documents.size(), PayableRule{-1, {}});
  if (sp.resolution.size() < set.documents.size()) sp.resolution.resize(set.documents.size());
  const Document& doc = set.documents[static_cast<std::size_t>(document)];
  sp.versions.windows.push_back({document, doc.effective_from, doc.effective_to});

  if (YAML::Node p = r.get("payable", true); p.IsDefined()) {
    MapReader pr(ctx, p, "subsidy.payable");
    auto years = pr.integer("years_after_claim", true);
    auto cite = pr.cite();
    if (years && (*years < 0 || *years > 10))
      ctx.error(pr.get("years_after_claim"),
                fmt::format("subsidy.payable.years_after_claim: '{}' is not accepted: 0 to 10", *years));
    else if (years && cite)
      sp.payable[static_cast<std::size_t>(document)] = {static_cast<int>(*years), *cite};
  }
  if (YAML::Node p = r.get("resolution", true); p.IsDefined()) {
    MapReader pr(ctx, p, "subsidy.resolution");
    if (auto cite = pr.cite()) sp.resolution[static_cast<std::size_t>(document)].cite = *cite;
  }
  if (YAML::Node n = r.get("industries"); n.IsDefined()) load_industries(ctx, n, sp);
  if (YAML::Node n = r.get("types", true); n.IsDefined()) load_types(ctx, n, sp);
  if (YAML::Node n = r.get("caps"); n.IsDefined()) load_caps(ctx, n, document, sp);
  if (YAML::Node n = r.get("scope"); n.IsDefined()) {
    auto c = load_condition(ctx, n, subsidy_facts(), industry_lookup(set), sp.conditions, "subsidy.scope");
    if (c) sp.scopes.push_back({document, static_cast<std::int32_t>(*c)});
  }
  if (YAML::Node n = r.get("rules", true); n.IsDefined()) {
    if (!n.IsSequence()) {
      ctx.error(n, "subsidy.rules must be a list");
    } else {
      for (const auto& rn : n) load_rule(ctx, rn, document, set);
    }
  }
}

void finish_subsidy(PolicySet& set, Diagnostics& diagnostics) {
  SubsidyPolicies& sp = set.subsidy;
  sort_versions(sp.versions);
  report_overlaps(sp.versions, "subsidy", document_place(set), diagnostics);
  sp.payable.resize(set.documents.size(), PayableRule{-1, {}});
  sp.resolution.resize(set.documents.size());
  for (auto& rule : sp.rules) {
    rule.product_for_type.assign(sp.types.size(), -1);
    for (std::size_t p = 0; p < rule.products.size(); ++p)
      for (auto t : rule.products[p].types)
        if (rule.product_for_type[static_cast<std::size_t>(t)] < 0)
          rule.product_for_type[static_cast<std::size_t>(t)] = static_cast<std::int16_t>(p);
  }
}

}  // namespace hdpolicy
