#include "policy/condition_loader.hpp"

#include <fmt/format.h>

namespace hdpolicy {
namespace {

struct OpName {
  const char* key;
  CondOp op;
};
constexpr OpName kLeafOps[] = {
    {"at_most", CondOp::AtMost},     {"less_than", CondOp::LessThan},
    {"at_least", CondOp::AtLeast},   {"more_than", CondOp::MoreThan},
    {"is", CondOp::Is},              {"in", CondOp::In},
    {"years_before_claim", CondOp::YearsBeforeClaim},
    {"within_years_before_claim", CondOp::WithinYearsBeforeClaim},
};

std::string fact_names(std::span<const FactDef> schema) {
  std::string s;
  for (const auto& f : schema) s += (s.empty() ? "" : ", ") + std::string(f.id);
  return s;
}

}  // namespace

std::optional<std::uint32_t> load_condition(LoadContext& ctx, const YAML::Node& node,
                                            std::span<const FactDef> schema, const ChoiceLookup& choices,
                                            ConditionTable& table, const std::string& what) {
  MapReader r(ctx, node, what);
  if (!r.ok()) return std::nullopt;
  Condition c;
  if (auto l = r.label("label")) c.label = *l;
  bool is_group = r.has("all") || r.has("any");
  if (is_group) {
    if (r.has("all") && r.has("any")) {
      ctx.error(node, fmt::format("{}: use either all or any, not both", what));
      return std::nullopt;
    }
    c.op = r.has("all") ? CondOp::All : CondOp::Any;
    YAML::Node list = r.get(c.op == CondOp::All ? "all" : "any");
    if (!list.IsSequence() || list.size() == 0) {
      ctx.error(list, fmt::format("{}: {} must be a non-empty list of conditions", what,
                                  c.op == CondOp::All ? "all" : "any"));
      return std::nullopt;
    }
    // A group cites the clause it encodes as a whole: explanations quote it
    // for the combined condition, and an `any` assumed as a whole names it.
    auto cite = r.cite("cite", true);
    std::vector<std::uint32_t> children;
    bool ok = cite.has_value();
    if (cite) c.cite = *cite;
    for (std::size_t i = 0; i < list.size(); ++i) {
      auto child = load_condition(ctx, list[i], schema, choices, table, fmt::format("{}[{}]", what, i));
      if (child) children.push_back(*child); else ok = false;
    }
    if (!ok) return std::nullopt;
    c.first_child = static_cast<std::uint32_t>(table.child_index.size());
    c.child_count = static_cast<std::uint32_t>(children.size());
    table.child_index.insert(table.child_index.end(), children.begin(), children.end());
    table.conditions.push_back(std::move(c));
    return static_cast<std::uint32_t>(table.conditions.size() - 1);
  }

  auto fact_name = r.text("fact", true);
  for (const auto& o : kLeafOps) r.allow({o.key});
  if (auto t = r.text("term")) c.term = *t;
  auto cite = r.cite("cite", true);
  if (!fact_name) return std::nullopt;
  int fact = -1;
  for (std::size_t i = 0; i < schema.size(); ++i)
    if (schema[i].id == *fact_name) fact = static_cast<int>(i);
  if (fact < 0) {
    ctx.error(r.get("fact"), fmt::format("{}: unknown fact '{}' (known: {})", what, *fact_name, fact_names(schema)));
    return std::nullopt;
  }
  c.fact = static_cast<std::int16_t>(fact);
  const FactDef& def = schema[static_cast<std::size_t>(fact)];

  const OpName* found = nullptr;
  for (const auto& o : kLeafOps) {
    if (!r.has(o.key)) continue;
    if (found) {
      ctx.error(node, fmt::format("{}: give one comparison, not both '{}' and '{}'", what, found->key, o.key));
      return std::nullopt;
    }
    found = &o;
  }
  if (!found) {
    ctx.error(node, fmt::format("{}: no comparison: add one of at_most, less_than, at_least, more_than, is, in, "
                                "years_before_claim, within_years_before_claim", what));
    return std::nullopt;
  }
  c.op = found->op;
  YAML::Node v = r.get(found->key);
  std::string vwhat = fmt::format("{}.{}", what, found->key);
  bool numeric = c.op == CondOp::AtMost || c.op == CondOp::LessThan || c.op == CondOp::AtLeast || c.op == CondOp::MoreThan;
  auto want_kind = [&](bool ok, const char* kinds) {
    if (!ok) ctx.error(v, fmt::format("{}: '{}' cannot be compared with {} (a {} fact)", what, found->key, def.id, kinds));
    return ok;
  };
  if (numeric) {
    if (!want_kind(def.kind == FactKind::Count || def.kind == FactKind::Money || def.kind == FactKind::Year, "count, money or year"))
      return std::nullopt;
    if (def.kind == FactKind::Money) {
      auto m = scalar_money(ctx, v, vwhat);
      if (!m) return std::nullopt;
      c.value = m->fen;
    } else {
      auto s = scalar_text(ctx, v, vwhat);
      if (!s) return std::nullopt;
      try {
        std::size_t used = 0;
        c.value = std::stoll(*s, &used);
        if (used != s->size() || c.value < 0) throw std::invalid_argument(*s);
      } catch (const std::exception&) {
        ctx.error(v, fmt::format("{}: '{}' is not a whole number of at least 0", vwhat, *s));
        return std::nullopt;
      }
    }
  } else if (c.op == CondOp::Is) {
    if (!want_kind(def.kind == FactKind::YesNo, "yes/no")) return std::nullopt;
    auto s = scalar_text(ctx, v, vwhat);
    if (!s) return std::nullopt;
    if (*s != "true" && *s != "false") {
      ctx.error(v, fmt::format("{}: '{}' is not true or false", vwhat, *s));
      return std::nullopt;
    }
    c.value = *s == "true" ? 1 : 0;
  } else if (c.op == CondOp::In) {
    if (!want_kind(def.kind == FactKind::Choice, "choice")) return std::nullopt;
    if (!v.IsSequence()) {
      ctx.error(v, fmt::format("{}: must be a list", vwhat));
      return std::nullopt;
    }
    for (const auto& item : v) {
      auto s = scalar_text(ctx, item, vwhat);
      if (!s) return std::nullopt;
      auto idx = choices ? choices(fact, *s) : std::nullopt;
      if (!idx || *idx >= 64) {
        ctx.error(item, fmt::format("{}: '{}' is not a defined {}", vwhat, *s, def.id));
        return std::nullopt;
      }
      c.choices |= std::uint64_t{1} << *idx;
    }
  } else {
    bool date_op = c.op == CondOp::WithinYearsBeforeClaim;
    if (!want_kind(date_op ? def.kind == FactKind::Date : def.kind == FactKind::Year, date_op ? "date" : "year"))
      return std::nullopt;
    auto s = scalar_text(ctx, v, vwhat);
    if (!s) return std::nullopt;
    try {
      std::size_t used = 0;
      c.value = std::stoll(*s, &used);
      if (used != s->size() || c.value < 0 || c.value > 200) throw std::invalid_argument(*s);
    } catch (const std::exception&) {
      ctx.error(v, fmt::format("{}: '{}' is not a number of years from 0 to 200", vwhat, *s));
      return std::nullopt;
    }
  }
  c.cite = cite.value_or(Citation{});
  if (!cite) return std::nullopt;
  table.conditions.push_back(std::move(c));
  return static_cast<std::uint32_t>(table.conditions.size() - 1);
}

}  // namespace hdpolicy
