// Loads a document of declared shape: `facts:`, `caps:`, `rules:`,
// `resolution:` and `payable:` at the top of a policy file (benefit.hpp).
#include <algorithm>

#include <fmt/format.h>

#include "policy/benefit_loader.hpp"
#include "policy/condition_loader.hpp"
#include "policy/section_loaders.hpp"
#include "policy/version_check.hpp"

namespace hdpolicy {
namespace {

struct RuleContext {
  LoadContext& ctx;
  BenefitPolicy& policy;
  const FactTable& facts;
};

// A fact named by a formula or a limit, of one of the kinds it accepts.
std::optional<std::int16_t> fact_ref(RuleContext& rc, const YAML::Node& n, const std::string& what,
                                     std::initializer_list<FactKind> kinds, const char* kinds_text) {
  auto name = scalar_text(rc.ctx, n, what);
  if (!name) return std::nullopt;
  for (std::size_t i = 0; i < rc.facts.rows.size(); ++i) {
    const InputDef& def = rc.facts.rows[i];
    if (def.id != *name) continue;
    for (FactKind k : kinds)
      if (def.kind == k) return static_cast<std::int16_t>(i);
    rc.ctx.error(n, fmt::format("{}: '{}' is a fact of another kind: {} is needed here", what, *name, kinds_text));
    return std::nullopt;
  }
  rc.ctx.error(n,
               fmt::format("{}: unknown fact '{}' (declared: {})", what, *name, input_ids(rc.facts.rows, kEverywhere)));
  return std::nullopt;
}

// `units: [area, days]` or `units: [{fact: area, at_most: 1000, cite}, days]`.
bool load_units(RuleContext& rc, const YAML::Node& list, Formula& f, const std::string& what) {
  YAML::Node items = list;
  if (list.IsScalar()) {
    items = YAML::Node(YAML::NodeType::Sequence);
    items.push_back(list);
  }
  if (!items.IsSequence() || items.size() == 0 || items.size() > 4) {
    rc.ctx.error(list, fmt::format("{}.units: one to four facts counted as units", what));
    return false;
  }
  bool ok = true;
  for (const auto& item : items) {
    UnitFactor u;
    std::optional<MapReader> r;
    if (item.IsMap()) r.emplace(rc.ctx, item, what + ".units item");
    // A new node, not an assignment: assigning a yaml-cpp node writes into the node it refers to.
    const YAML::Node name = r ? r->get("fact", true) : YAML::Node(item);
    if (!name.IsDefined()) return false;
    auto fact = fact_ref(rc, name, what + ".units", {FactKind::Count, FactKind::Area}, "a count or an area");
    if (!fact) {
      ok = false;
      continue;
    }
    u.fact = *fact;
    if (r && r->has("at_most")) {
      const bool area = rc.facts.rows[static_cast<std::size_t>(*fact)].kind == FactKind::Area;
      std::int64_t bound = -1;  // an area in hundredths of a m², as the fact holds it
      if (area) {
        if (auto m = r->money("at_most")) bound = m->fen;
      } else if (auto n = r->integer("at_most"); n && *n >= 0) {
        bound = *n;
      }
      auto cite = r->cite();
      if (bound < 0 || !cite) {
        ok = false;
        continue;
      }
      u.at_most = bound;
      u.at_most_cite = *cite;
    }
    f.units.push_back(std::move(u));
  }
  return ok;
}

bool load_brackets(RuleContext& rc, const YAML::Node& list, Formula& f, const std::string& what) {
  if (!list.IsSequence() || list.size() == 0 || list.size() > 16) {
    rc.ctx.error(list, fmt::format("{}.brackets: a list of 1 to 16 brackets {{up_to, rate, cite}}, the last "
                                   "without up_to",
                                   what));
    return false;
  }
  bool ok = true;
  for (std::size_t i = 0; i < list.size(); ++i) {
    MapReader r(rc.ctx, list[i], fmt::format("{}.brackets[{}]", what, i));
    if (!r.ok()) return false;
    Bracket b;
    b.up_to = r.money("up_to");
    auto rate = r.rate("rate", true);
    auto cite = r.cite();
    const bool last = i + 1 == list.size();
    if (!rate || !cite || (last == b.up_to.has_value())) {
      if (rate && cite)
        rc.ctx.error(list[i],
                     fmt::format("{}.brackets[{}]: every bracket but the last has up_to, the last none", what, i));
      ok = false;
      continue;
    }
    if (b.up_to && !f.brackets.empty() && f.brackets.back().up_to >= b.up_to) {
      rc.ctx.error(r.get("up_to"), fmt::format("{}.brackets[{}]: up_to must grow from bracket to bracket", what, i));
      ok = false;
    }
    b.rate = *rate;
    b.cite = *cite;
    f.brackets.push_back(std::move(b));
  }
  return ok;
}

// `rate_by: FACT` with `rates: [{values: [ID...], rate, stacks_on?, cite}]`:
// every value a choice of the fact, none listed twice.
bool load_choice_rates(RuleContext& rc, MapReader& r, Formula& f, const std::string& what) {
  auto by = fact_ref(rc, r.get("rate_by"), what + ".rate_by", {FactKind::Choice}, "a choice fact");
  YAML::Node list = r.get("rates", true);
  if (!by || !list.IsDefined()) return false;
  f.by = *by;
  const auto row = static_cast<std::size_t>(*by);
  f.rate_for.assign(rc.facts.extra[row].choices.size(), -1);
  if (!list.IsSequence() || list.size() == 0) {
    rc.ctx.error(list, fmt::format("{}.rates: a list of {{values, rate, cite}}, one or more", what));
    return false;
  }
  bool ok = true;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string item = fmt::format("{}.rates[{}]", what, i);
    MapReader e(rc.ctx, list[i], item);
    if (!e.ok()) return false;
    ChoiceRate cr;
    auto rate = e.rate("rate");
    auto cite = e.cite();
    if (auto stacks = e.label("stacks_on")) cr.stacks_on = *stacks;
    YAML::Node values = e.get("values", true);
    if (!rate || !cite || !values.IsDefined()) {
      ok = false;
      continue;
    }
    if (!values.IsSequence() || values.size() == 0) {
      rc.ctx.error(values, item + ".values: a list of one or more values of " + std::string(rc.facts.rows[row].id));
      ok = false;
      continue;
    }
    for (const YAML::Node& v : values) {
      auto id = scalar_text(rc.ctx, v, item + ".values");
      auto choice = id ? rc.facts.find_choice(row, *id) : std::nullopt;
      if (!choice) {
        if (id)
          rc.ctx.error(v, fmt::format("{}.values: '{}' is not a value of {} (accepted: {})", item, *id,
                                      rc.facts.rows[row].id, rc.facts.choice_list(row)));
        ok = false;
        continue;
      }
      std::int16_t& slot = f.rate_for[static_cast<std::size_t>(*choice)];
      if (slot >= 0) {
        rc.ctx.error(v, fmt::format("{}.values: '{}' already has a rate in rates[{}]", item, *id, slot));
        ok = false;
        continue;
      }
      slot = static_cast<std::int16_t>(f.rates.size());
      cr.values.push_back(static_cast<std::int16_t>(*choice));
    }
    cr.rate = *rate;
    cr.cite = *cite;
    f.rates.push_back(std::move(cr));
  }
  return ok;
}

// One of: {rate, of}, {rate_by, rates, of}, {per_unit, units}, {of,
// brackets}, {fixed}; with `rounding` and `cite`.
std::optional<Formula> load_formula(RuleContext& rc, MapReader& r, const std::string& what, bool need_cite) {
  Formula f;
  int given = r.has("rate") + r.has("rate_by") + r.has("per_unit") + r.has("brackets") + r.has("fixed");
  if (given != 1) {
    rc.ctx.error(r.node(), fmt::format("{}: give one of rate (with of), rate_by (with rates and of), per_unit (with "
                                       "units), brackets (with of) or fixed",
                                       what));
    return std::nullopt;
  }
  bool ok = true;
  if (auto rounding = r.text("rounding")) {
    auto mode = parse_rounding(*rounding);
    if (!mode) {
      rc.ctx.error(r.get("rounding"),
                   fmt::format("{}.rounding: '{}' is not accepted: half-up, down or up", what, *rounding));
      ok = false;
    }
    f.rounding = mode.value_or(Rounding::HalfUp);
  }
  auto base = [&] {
    auto b = fact_ref(rc, r.get("of", true), what + ".of", {FactKind::Money}, "a money fact");
    f.base = b.value_or(-1);
    return b.has_value();
  };
  if (r.has("rate")) {
    f.kind = FormulaKind::RateOf;
    auto rate = r.rate("rate");
    ok = rate && base() && ok;
    if (rate) f.rate = *rate;
  } else if (r.has("rate_by")) {
    f.kind = FormulaKind::RateBy;
    const bool rates = load_choice_rates(rc, r, f, what);
    ok = base() && rates && ok;
  } else if (r.has("per_unit")) {
    f.kind = FormulaKind::PerUnit;
    auto amount = r.money("per_unit");
    ok = amount && load_units(rc, r.get("units", true), f, what) && ok;
    if (amount) f.amount = *amount;
  } else if (r.has("brackets")) {
    f.kind = FormulaKind::Brackets;
    ok = base() && load_brackets(rc, r.get("brackets"), f, what) && ok;
  } else {
    f.kind = FormulaKind::Fixed;
    auto amount = r.money("fixed");
    ok = amount.has_value() && ok;
    if (amount) f.amount = *amount;
  }
  auto cite = r.cite("cite", need_cite);
  if (cite) f.cite = *cite;
  if (need_cite && !cite) ok = false;
  if (!ok) return std::nullopt;
  return f;
}

std::optional<BenefitLimit> load_limit(RuleContext& rc, const YAML::Node& n, const std::string& what) {
  MapReader r(rc.ctx, n, what);
  if (!r.ok()) return std::nullopt;
  BenefitLimit l;
  l.id = r.text("id").value_or("");
  if (auto label = r.label("label")) l.label = *label;
  if (r.has("cap")) {
    l.kind = BenefitLimitKind::Cap;
    auto id = r.text("cap");
    auto cap = id ? rc.policy.find_cap(*id) : std::nullopt;
    if (!cap) {
      if (id)
        rc.ctx.error(r.get("cap"), fmt::format("{}: unknown cap '{}' (defined: {})", what, *id, rc.policy.cap_list()));
      return std::nullopt;
    }
    l.cap = static_cast<std::int16_t>(*cap);
    const BenefitCap& c = rc.policy.caps[*cap];
    if (l.id.empty()) l.id = c.id;
    if (l.label.zh.empty()) l.label = c.label;
    l.cite = c.cite;
    return l;
  }
  if (r.has("all_levels")) {
    l.kind = BenefitLimitKind::AllLevels;
    auto base = fact_ref(rc, r.get("all_levels"), what + ".all_levels", {FactKind::Money}, "a money fact");
    std::optional<std::int16_t> other = std::int16_t{-1};
    if (YAML::Node o = r.get("other_levels"); o.IsDefined())
      other = fact_ref(rc, o, what + ".other_levels", {FactKind::Money}, "a money fact");
    auto cite = r.cite();
    if (!base || !other || !cite) return std::nullopt;
    l.base = *base;
    l.other = *other;
    l.cite = *cite;
    if (l.id.empty()) l.id = "all-levels";
    return l;
  }
  l.kind = BenefitLimitKind::Ceiling;
  auto f = load_formula(rc, r, what, true);
  if (!f) return std::nullopt;
  l.ceiling = std::move(*f);
  l.cite = l.ceiling.cite;
  if (l.id.empty()) {
    rc.ctx.error(n, fmt::format("{}: a limit computed from the facts needs an id (it is what capped_by names)", what));
    return std::nullopt;
  }
  return l;
}

std::optional<BenefitRule> load_rule(RuleContext& rc, const YAML::Node& n) {
  MapReader r(rc.ctx, n, "rule");
  if (!r.ok()) return std::nullopt;
  BenefitRule rule;
  rule.id = r.text("id", true).value_or("");
  rule.article = r.text("article", true).value_or("");
  rule.name = r.label("name", true).value_or(Text{});
  const std::string what = fmt::format("rule '{}'", rule.id);
  bool ok = !rule.id.empty() && !rule.article.empty() && !rule.name.zh.empty();
  if (YAML::Node e = r.get("eligible"); e.IsDefined()) {
    const FactTable& facts = rc.facts;
    ChoiceLookup choices = [&facts](int fact, const std::string& name) {
      return facts.find_choice(static_cast<std::size_t>(fact), name);
    };
    rule.eligible = load_condition(rc.ctx, e, facts.rows, choices, rc.policy.conditions, what + " eligible");
    ok = rule.eligible.has_value() && ok;
  }
  if (YAML::Node a = r.get("amount", true); a.IsDefined()) {
    MapReader ar(rc.ctx, a, what + " amount");
    auto f = ar.ok() ? load_formula(rc, ar, what + " amount", true) : std::nullopt;
    if (f) rule.amount = std::move(*f);
    ok = f.has_value() && ok;
  } else {
    ok = false;
  }
  if (YAML::Node limits = r.get("limits"); limits.IsDefined()) {
    if (!limits.IsSequence()) {
      rc.ctx.error(limits, what + ": limits must be a list");
      ok = false;
    }
    for (std::size_t i = 0; limits.IsSequence() && i < limits.size(); ++i) {
      auto l = load_limit(rc, limits[i], fmt::format("{} limits[{}]", what, i));
      if (l) rule.limits.push_back(std::move(*l));
      ok = l.has_value() && ok;
    }
  }
  rule.payee = r.text("payee").value_or("applicant");
  if (auto label = r.label("payee_label")) rule.payee_label = *label;
  if (r.has("payee_cite")) rule.payee_cite = r.cite("payee_cite").value_or(Citation{});
  if (!ok) return std::nullopt;
  return rule;
}

void load_caps(LoadContext& ctx, const YAML::Node& list, BenefitPolicy& p) {
  if (!list.IsSequence()) {
    ctx.error(list, "caps must be a list of caps, each {id, amount or times, per, label, cite}");
    return;
  }
  for (const auto& n : list) {
    MapReader r(ctx, n, "cap");
    if (!r.ok()) continue;
    BenefitCap c;
    c.id = r.text("id", true).value_or("");
    const bool counted = r.get("times").IsDefined();  // 限享受N次: a number of times, not an amount
    auto amount = counted ? std::optional<Money>(Money{}) : r.money("amount", true);
    const std::int64_t times = counted ? r.integer("times", true).value_or(0) : 0;
    c.label = r.label("label", true).value_or(Text{});
    auto per = r.text("per", true);
    auto cite = r.cite();
    if (counted && r.get("amount").IsDefined())
      ctx.error(r.get("amount"), fmt::format("cap '{}': an amount or a number of times, not both", c.id));
    if (counted && (times < 1 || times > 1000))
      ctx.error(r.get("times"), fmt::format("cap '{}': times is a whole number from 1 to 1000", c.id));
    c.times = times;
    if (per && *per == "enterprise") {
      c.per = CapPeriod::Enterprise;
    } else if (per && *per != "enterprise-year") {
      ctx.error(r.get("per"), fmt::format("cap '{}': per '{}' is not accepted: enterprise-year (each calendar year) "
                                          "or enterprise (every year of the document together)",
                                          c.id, *per));
    }
    if (auto each = r.text("each")) {
      const auto& rows = p.facts->rows;
      const auto it = std::find_if(rows.begin(), rows.end(), [&](const InputDef& d) { return d.id == *each; });
      c.each = it == rows.end() ? std::int16_t{-1} : static_cast<std::int16_t>(it - rows.begin());
      const bool key = c.each >= 0 && p.facts->rows[static_cast<std::size_t>(c.each)].kind == FactKind::Key &&
                       c.each != p.facts->enterprise;
      const bool same = std::all_of(p.caps.begin(), p.caps.end(),
                                    [&](const BenefitCap& o) { return o.each < 0 || o.each == c.each; });
      if (!key || !same) {
        ctx.error(r.get("each"), fmt::format("cap '{}': each '{}' is not {}", c.id, *each,
                                             key ? "the key fact the document's other caps are kept for: one per "
                                                   "document"
                                                 : "a key fact of the document other than the enterprise's (e.g. "
                                                   "person_id)"));
        c.each = -1;  // kept for the enterprise, so that the rules naming it load
      }
    }
    if (c.each >= 0) p.each_key = c.each;
    if (p.find_cap(c.id)) ctx.error(n, fmt::format("cap '{}' is defined twice", c.id));
    if (c.id.empty()) continue;
    // A cap whose amount, times, period or citation was refused (the error
    // is reported, and the document does not load) is still kept by its id,
    // so that the rules naming it do not add "unknown cap" to that error.
    c.amount = amount.value_or(Money{});
    c.cite = cite.value_or(Citation{});
    p.caps.push_back(std::move(c));
  }
}

void load_rules(RuleContext& rc, const YAML::Node& list) {
  if (!list.IsSequence() || list.size() == 0) {
    rc.ctx.error(list, "rules must be a non-empty list of rules, each {id, article, name, amount, ...}");
    return;
  }
  for (const auto& n : list) {
    auto rule = load_rule(rc, n);
    if (!rule) continue;
    for (const auto& other : rc.policy.rules)
      if (other.id == rule->id) rc.ctx.error(n, fmt::format("rule '{}' is defined twice", rule->id));
    rc.policy.rules.push_back(std::move(*rule));
  }
}

}  // namespace

void load_benefit_sections(LoadContext& ctx, MapReader& top, int document, const std::string& id, PolicySet& set) {
  YAML::Node facts = top.get("facts");
  YAML::Node rules = top.get("rules");
  YAML::Node caps = top.get("caps");
  YAML::Node resolution = top.get("resolution");
  YAML::Node payable = top.get("payable");
  YAML::Node requires_node = top.get("requires");
  if (!facts.IsDefined() && !rules.IsDefined()) {
    for (const auto& n : {caps, resolution, payable, requires_node})
      if (n.IsDefined())
        ctx.error(n, "caps, resolution, payable and requires belong to a document with facts: and rules:");
    return;
  }
  if (!facts.IsDefined() || !rules.IsDefined()) {
    ctx.error(top.node(), "a document of declared shape has both facts: and rules:");
    return;
  }
  BenefitPolicy p;
  p.document = document;
  p.id = id;
  auto table = load_facts(ctx, facts);
  if (!table) return;
  p.facts = table;
  if (caps.IsDefined()) load_caps(ctx, caps, p);
  if (resolution.IsDefined()) {
    MapReader r(ctx, resolution, "resolution");
    auto choose = r.text("choose", true);
    if (choose && *choose != "highest" && *choose != "all")
      ctx.error(r.get("choose"), fmt::format("resolution.choose: '{}' is not accepted: highest, all", *choose));
    p.pay_all = choose && *choose == "all";
    if (auto ties = r.text("ties")) {
      if (*ties != "first" && *ties != "given")
        ctx.error(r.get("ties"), fmt::format("resolution.ties: '{}' is not accepted: given, first", *ties));
      else if (p.pay_all)
        ctx.error(r.get("ties"), "resolution.ties: only with choose: highest (stacked rules are all paid)");
      p.ties_first = *ties == "first";
    }
    p.resolution_cite = r.cite().value_or(Citation{});
  }
  if (payable.IsDefined()) {
    MapReader r(ctx, payable, "payable");
    auto years = r.integer("years_after_claim", true);
    if (years && (*years < 0 || *years > 10))
      ctx.error(r.get("years_after_claim"), "payable.years_after_claim: a whole number from 0 to 10");
    p.payable_years_after = static_cast<int>(years.value_or(0));
    p.payable_cite = r.cite().value_or(Citation{});
  }
  if (requires_node.IsDefined()) {
    const FactTable& t = *table;
    ChoiceLookup choices = [&t](int fact, const std::string& name) {
      return t.find_choice(static_cast<std::size_t>(fact), name);
    };
    p.requires_all = load_condition(ctx, requires_node, t.rows, choices, p.conditions, "requires");
  }
  RuleContext rc{ctx, p, *table};
  load_rules(rc, rules);
  if (p.rules.size() > 1 && p.resolution_cite.article.empty() && !resolution.IsDefined())
    ctx.error(rules,
              "rules: with more than one rule, say how they are paid: resolution: {choose: highest or all, cite}");
  set.benefits.push_back(std::move(p));
}

namespace {

// What a later version `b` changes that it must not, against the first
// version `a`: its facts, caps or rules (ids and kinds, in order; a cap's
// period and whether it counts times, as the versions share its ledger), in
// words, or "" when it keeps them.
std::string structure_change(const BenefitPolicy& a, const BenefitPolicy& b) {
  auto id_at = [](auto& list, std::size_t i, auto id) { return i < list.size() ? "'" + id(list[i]) + "'" : "nothing"; };
  auto differ = [&](const char* what, auto& la, auto& lb, auto id, auto same) -> std::string {
    for (std::size_t i = 0; i < std::max(la.size(), lb.size()); ++i)
      if (i >= la.size() || i >= lb.size() || !same(i))
        return id_at(lb, i, id) == id_at(la, i, id)
                   ? fmt::format("in its {}: {} is declared otherwise", what, id_at(lb, i, id))
                   : fmt::format("in its {}: {} where the other has {}", what, id_at(lb, i, id), id_at(la, i, id));
    return {};
  };
  const auto& fa = a.facts->rows;
  const auto& fb = b.facts->rows;
  std::string change = differ(
      "facts", fa, fb, [](const InputDef& d) { return std::string(d.id); },
      [&](std::size_t i) {
        const FactExtra &x = a.facts->extra[i], &y = b.facts->extra[i];
        return fa[i].id == fb[i].id && fa[i].kind == fb[i].kind && fa[i].role == fb[i].role &&
               std::equal(x.choices.begin(), x.choices.end(), y.choices.begin(), y.choices.end(),
                          [](const ChoiceValue& u, const ChoiceValue& v) { return u.id == v.id; }) &&
               x.derived == y.derived && x.from[0] == y.from[0] && x.from[1] == y.from[1] &&
               (a.facts->claim_date == static_cast<std::int16_t>(i)) ==
                   (b.facts->claim_date == static_cast<std::int16_t>(i));
      });
  if (change.empty())
    change = differ(
        "caps", a.caps, b.caps, [](const BenefitCap& c) { return c.id; },
        [&](std::size_t i) {
          const BenefitCap &x = a.caps[i], &y = b.caps[i];
          return x.id == y.id && x.per == y.per && x.each == y.each && (x.times > 0) == (y.times > 0);
        });
  if (change.empty())
    change = differ(
        "rules", a.rules, b.rules, [](const BenefitRule& r) { return r.id; },
        [&](std::size_t i) { return a.rules[i].id == b.rules[i].id; });
  return change;
}

}  // namespace

void finish_benefits(PolicySet& set, Diagnostics& diagnostics) {
  // Documents of one id are successive versions of one policy: a claim is
  // judged under the one in force on its date, so two must not overlap, and
  // each takes the facts of the first (a claim is read once for all of them).
  for (std::size_t i = 0; i < set.benefits.size(); ++i) {
    if (set.benefits[i].versions >= 0) continue;
    const auto versions = static_cast<std::int32_t>(set.benefit_versions.size());
    PolicyVersions& v = set.benefit_versions.emplace_back();
    for (std::size_t j = i; j < set.benefits.size(); ++j) {
      BenefitPolicy& q = set.benefits[j];
      if (q.id != set.benefits[i].id) continue;
      q.versions = versions;
      const Document& d = set.documents[static_cast<std::size_t>(q.document)];
      v.windows.push_back({static_cast<std::int32_t>(j), d.effective_from, d.effective_to});
    }
    sort_versions(v);
    const BenefitPolicy& first = set.benefits[static_cast<std::size_t>(v.windows.front().index)];
    const Document& fd = set.documents[static_cast<std::size_t>(first.document)];
    for (std::size_t k = 1; k < v.windows.size(); ++k) {
      const BenefitPolicy& q = set.benefits[static_cast<std::size_t>(v.windows[k].index)];
      const Document& d = set.documents[static_cast<std::size_t>(q.document)];
      if (std::string change = structure_change(first, q); !change.empty())
        diagnostics.push_back({d.file, d.effective_line, d.effective_column,
                               fmt::format("policy {}: {} ({}) differs from {} ({}) {}: successive versions of a "
                                           "policy take the same facts, caps and rules, in the same order (a policy "
                                           "of other facts or rules is a new id)",
                                           q.id, d.number, d.file, fd.number, fd.file, change)});
    }
    report_overlaps(
        v, "policy " + first.id,
        [&set](std::int32_t b) { return document_place(set)(set.benefits[static_cast<std::size_t>(b)].document); },
        diagnostics);
  }
}

std::optional<std::size_t> BenefitPolicy::find_cap(std::string_view cap) const {
  for (std::size_t i = 0; i < caps.size(); ++i)
    if (caps[i].id == cap) return i;
  return std::nullopt;
}

std::string BenefitPolicy::cap_list() const {
  std::string s;
  for (const auto& c : caps) s += (s.empty() ? "" : ", ") + c.id;
  return s.empty() ? "none" : s;
}

std::vector<const BenefitPolicy*> contract_versions(const PolicySet& set, std::string_view contract) {
  std::vector<const BenefitPolicy*> out;
  for (const BenefitPolicy& p : set.benefits)
    if (set.documents[static_cast<std::size_t>(p.document)].contract == contract) out.push_back(&p);
  return out;
}

const BenefitPolicy* find_contract(const PolicySet& set, std::string_view contract) {
  const auto versions = contract_versions(set, contract);
  return versions.empty() ? nullptr : versions.back();
}

const BenefitPolicy* find_benefit_policy(const PolicySet& set, std::string_view name) {
  for (const auto& p : set.benefits) {
    if (set.documents[static_cast<std::size_t>(p.document)].number == name) return &p;
    if (p.id != name) continue;
    if (p.versions < 0) return &p;
    const PolicyVersions& v = set.benefit_versions[static_cast<std::size_t>(p.versions)];
    return &set.benefits[static_cast<std::size_t>(v.windows.back().index)];
  }
  return nullptr;
}

const BenefitPolicy& benefit_version(const PolicySet& set, const BenefitPolicy& named, Date day) {
  if (named.versions < 0) return named;
  const PolicyVersions& v = set.benefit_versions[static_cast<std::size_t>(named.versions)];
  if (v.windows.size() == 1) return named;
  return set.benefits[static_cast<std::size_t>(v.windows[v.pick(day)].index)];
}

std::string benefit_policy_list(const PolicySet& set) {
  std::string s;
  for (std::size_t i = 0; i < set.benefits.size(); ++i) {
    const BenefitPolicy& p = set.benefits[i];
    // A policy of several versions is named once.
    if (p.versions >= 0 &&
        set.benefit_versions[static_cast<std::size_t>(p.versions)].windows.front().index != static_cast<int>(i))
      continue;
    // One answered in another command's contract (hiring) is named as that command's document.
    if (!set.documents[static_cast<std::size_t>(p.document)].contract.empty()) continue;
    s += (s.empty() ? "" : ", ") + p.id;
  }
  return s.empty() ? "none is loaded" : s;
}

}  // namespace hdpolicy
