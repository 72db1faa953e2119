#include "hdpolicy/condition.hpp"

#include "hdpolicy/dates.hpp"
#include "hdpolicy/money.hpp"

namespace hdpolicy {
namespace {

// fact OP rate × other, exactly: both sides scaled by 10^9 in 128 bits.
__extension__ typedef __int128 Wide;

template <typename ToTri>
Tri share_of(const Condition& c, const FactValue& f, const FactValue& other, ToTri tri) {
  if (!other.known) return Tri::Unknown;
  const Wide left = static_cast<Wide>(f.value) * Rate::kScale;
  const Wide right = static_cast<Wide>(c.value) * other.value;
  switch (c.op) {
    case CondOp::AtMost:
      return tri(left <= right);
    case CondOp::LessThan:
      return tri(left < right);
    case CondOp::AtLeast:
      return tri(left >= right);
    case CondOp::MoreThan:
      return tri(left > right);
    default:
      return Tri::Unknown;
  }
}

Tri leaf(const Condition& c, const EvalContext& ctx) {
  const FactValue& f = ctx.facts[static_cast<std::size_t>(c.fact)];
  if (!f.known) return Tri::Unknown;
  auto tri = [](bool b) { return b ? Tri::True : Tri::False; };
  if (c.of >= 0) return share_of(c, f, ctx.facts[static_cast<std::size_t>(c.of)], tri);
  switch (c.op) {
    case CondOp::AtMost:
      return tri(f.value <= c.value);
    case CondOp::LessThan:
      return tri(f.value < c.value);
    case CondOp::AtLeast:
      return tri(f.value >= c.value);
    case CondOp::MoreThan:
      return tri(f.value > c.value);
    case CondOp::Is:
      return tri(f.value == c.value);
    case CondOp::In:
      return tri(f.value >= 0 && f.value < 64 && ((c.choices >> f.value) & 1U));
    case CondOp::YearsBeforeClaim:
      return tri(f.value == year_of(ctx.claim_date) - c.value);
    case CondOp::WithinYearsBeforeClaim: {
      Date from{date::days{f.value}};
      Date until = add_months_clamped(from, static_cast<int>(c.value * 12));
      return tri(from <= ctx.claim_date && ctx.claim_date <= until);
    }
    case CondOp::All:
    case CondOp::Any:
      break;
  }
  return Tri::Unknown;
}

}  // namespace

Tri evaluate_condition(const ConditionTable& table, std::uint32_t id, const EvalContext& ctx, AssumptionList& assumed,
                       std::int32_t& failed) {
  const Condition& c = table.conditions[id];
  if (c.op != CondOp::All && c.op != CondOp::Any) {
    Tri t = leaf(c, ctx);
    if (t == Tri::Unknown) assumed.add(static_cast<std::uint16_t>(id));
    if (t == Tri::False) failed = static_cast<std::int32_t>(id);
    return t;
  }
  int unknown = 0;
  AssumptionList inner;
  std::int32_t inner_failed = -1;
  for (std::uint32_t i = 0; i < c.child_count; ++i) {
    std::uint32_t child = table.child_index[c.first_child + i];
    Tri t = evaluate_condition(table, child, ctx, inner, inner_failed);
    if (c.op == CondOp::All && t == Tri::False) {
      failed = inner_failed;
      return Tri::False;
    }
    if (c.op == CondOp::Any && t == Tri::True) return Tri::True;
    if (t == Tri::Unknown) ++unknown;
  }
  if (c.op == CondOp::All) {
    if (unknown == 0) return Tri::True;
    for (std::uint8_t i = 0; i < inner.count; ++i) assumed.add(inner.ids[i]);
    return Tri::Unknown;
  }
  // Any: no branch holds. With one branch unknown and the others ruled out,
  // the assumption is that branch (500 employees, high-tech year not given:
  // assumed certified the year before). With several unknown, it is the whole
  // alternative ("small or micro, or newly certified high-tech").
  if (unknown == 1) {
    for (std::uint8_t i = 0; i < inner.count; ++i) assumed.add(inner.ids[i]);
    return Tri::Unknown;
  }
  if (unknown > 1) {
    assumed.add(static_cast<std::uint16_t>(id));
    return Tri::Unknown;
  }
  failed = static_cast<std::int32_t>(id);
  return Tri::False;
}

bool reads_fact(const ConditionTable& t, std::uint32_t id, int fact) {
  const Condition& c = t.conditions[id];
  if (c.op != CondOp::All && c.op != CondOp::Any) return c.fact == fact;
  for (std::uint32_t i = 0; i < c.child_count; ++i)
    if (reads_fact(t, t.child_index[c.first_child + i], fact)) return true;
  return false;
}

}  // namespace hdpolicy
