// The generic evaluator: every rule of a document of declared shape, its
// eligibility in three values, its amount by its formula, its limits in
// order, then the highest eligible rule (就高不就低). Exact: integer fen,
// rates in billionths, products in 128 bits, one rounding per formula.
#include "hdpolicy/benefit.hpp"

#include <cstdint>

#include "hdpolicy/document.hpp"

namespace hdpolicy {
namespace {

__extension__ typedef __int128 Wide;  // exact products of fen, rates and units

Wide checked_mul(Wide a, Wide b) {
  Wide r;
  if (__builtin_mul_overflow(a, b, &r)) money_overflow();
  return r;
}

// num / den (both not negative) brought to a whole number as `mode` says.
std::int64_t round_div(Wide num, Wide den, Rounding mode) {
  // Most products fit in 64 bits, whose division is a single instruction
  // (a 128-bit one is a library call); the result is the same.
  if (num >= 0 && num <= INT64_MAX && den > 0 && den <= INT64_MAX) {
    const auto n = static_cast<std::int64_t>(num), d = static_cast<std::int64_t>(den);
    std::int64_t q = n / d;
    const std::int64_t rem = n % d;
    if ((mode == Rounding::HalfUp && rem >= d - rem) || (mode == Rounding::Up && rem > 0)) ++q;
    if (q > kMaxFen) money_overflow();
    return q;
  }
  Wide q = num / den, rem = num % den;
  switch (mode) {
    case Rounding::HalfUp:
      if (rem * 2 >= den) ++q;
      break;
    case Rounding::Up:
      if (rem > 0) ++q;
      break;
    case Rounding::Down:
      break;
  }
  if (q > static_cast<Wide>(kMaxFen)) money_overflow();
  return static_cast<std::int64_t>(q);
}

const FactValue* fact(const BenefitClaim& claim, std::int16_t i) { return &claim.facts[static_cast<std::size_t>(i)]; }

// The amount a formula gives, or nullopt when a fact it reads is not given
// (`o.missing` names it) or its value is not covered (`o.uncovered`).
// Bounded units are recorded in `o.clamped`.
std::optional<Money> formula_value(const FactTable& table, const Formula& f, const BenefitClaim& claim,
                                   BenefitRuleOutcome& o) {
  std::int16_t& missing = o.missing;
  auto base = [&]() -> std::optional<std::int64_t> {
    const FactValue* b = fact(claim, f.base);
    if (!b->known) {
      missing = f.base;
      return std::nullopt;
    }
    return b->value < 0 ? 0 : b->value;  // a decrease is no base for an amount
  };
  switch (f.kind) {
    case FormulaKind::Fixed:
      return f.amount;
    case FormulaKind::RateOf: {
      auto b = base();
      if (!b) return std::nullopt;
      return Money{round_div(checked_mul(*b, f.rate.nano), Rate::kScale, f.rounding)};
    }
    case FormulaKind::RateBy: {
      if (!fact(claim, f.by)->known) {
        missing = f.by;
        return std::nullopt;
      }
      const ChoiceRate* rate = chosen_rate(f, claim.facts);
      if (!rate) {
        o.uncovered = f.by;
        return std::nullopt;
      }
      auto b = base();
      if (!b) return std::nullopt;
      return Money{round_div(checked_mul(*b, rate->rate.nano), Rate::kScale, f.rounding)};
    }
    case FormulaKind::Brackets: {
      auto b = base();
      if (!b) return std::nullopt;
      Wide total = 0;
      std::int64_t below = 0;
      for (const Bracket& br : f.brackets) {
        std::int64_t top = br.up_to ? std::min(*b, br.up_to->fen) : *b;
        if (top > below) total += checked_mul(top - below, br.rate.nano);
        if (!br.up_to || *b <= br.up_to->fen) break;
        below = br.up_to->fen;
      }
      return Money{round_div(total, Rate::kScale, f.rounding)};
    }
    case FormulaKind::PerUnit: {
      Wide product = f.amount.fen, scale = 1;
      for (const UnitFactor& u : f.units) {
        const FactValue* v = fact(claim, u.fact);
        if (!v->known) {
          missing = u.fact;
          return std::nullopt;
        }
        std::int64_t counted = v->value < 0 ? 0 : v->value;
        if (u.at_most && counted > *u.at_most) {
          counted = *u.at_most;
          o.clamped.emplace_back(u.fact, counted);
        }
        product = checked_mul(product, counted);
        if (table.rows[static_cast<std::size_t>(u.fact)].kind == FactKind::Area) scale *= 100;
      }
      return Money{round_div(product, scale, f.rounding)};
    }
  }
  return std::nullopt;
}

// What limit `l` allows this claim (nullopt: a fact it reads is not given).
// `taken`: per cap, what earlier rules of the same claim took (stacked rules).
std::optional<Money> limit_ceiling(const BenefitPolicy& p, const BenefitLimit& l, const BenefitClaim& claim,
                                   std::span<const Money> taken, BenefitRuleOutcome& o) {
  switch (l.kind) {
    case BenefitLimitKind::Cap: {
      const auto i = static_cast<std::size_t>(l.cap);
      Money received = i < claim.received.size() ? claim.received[i] : Money{};
      if (i < taken.size()) received = received + taken[i];
      if (p.caps[i].times > 0) return received.fen >= p.caps[i].times ? Money{} : Money{kMaxFen};
      return received >= p.caps[i].amount ? Money{} : p.caps[i].amount - received;
    }
    case BenefitLimitKind::AllLevels: {
      const FactValue* base = fact(claim, l.base);
      if (!base->known) {
        o.missing = l.base;
        return std::nullopt;
      }
      const FactValue* other = l.other >= 0 ? fact(claim, l.other) : nullptr;
      std::int64_t left = base->value - (other && other->known ? other->value : 0);
      return Money{left < 0 ? 0 : left};
    }
    case BenefitLimitKind::Ceiling:
      return formula_value(*p.facts, l.ceiling, claim, o);
  }
  return std::nullopt;
}

// Rule `index` into `o`, whose vectors keep their storage from row to row.
void evaluate_rule(const BenefitPolicy& p, std::size_t index, const BenefitClaim& claim, bool in_force,
                   std::span<const Money> taken, BenefitRuleOutcome& o) {
  const BenefitRule& rule = p.rules[index];
  o.rule = static_cast<std::int16_t>(index);
  o.eligible = Tri::True;
  o.assumed = AssumptionList{};
  o.failed = -1;
  o.missing = -1;
  o.uncovered = -1;
  o.other_assumed = -1;
  o.computed = o.amount = Money{};
  o.limits.clear();
  o.capped_by = -1;
  o.clamped.clear();
  // A rate chosen by a value the rule does not cover: the rule is not for
  // this claim, whatever its conditions.
  if (rule.amount.kind == FormulaKind::RateBy && fact(claim, rule.amount.by)->known &&
      !chosen_rate(rule.amount, claim.facts)) {
    o.eligible = Tri::False;
    o.uncovered = rule.amount.by;
    return;
  }
  if (rule.eligible)
    o.eligible =
        evaluate_condition(p.conditions, *rule.eligible, EvalContext{claim.facts, claim.date}, o.assumed, o.failed);
  if (!in_force) o.eligible = Tri::False;
  if (o.eligible == Tri::False) return;
  auto amount = formula_value(*p.facts, rule.amount, claim, o);
  if (!amount) {
    o.eligible = Tri::False;
    return;
  }
  o.computed = o.amount = *amount;
  for (std::size_t i = 0; i < rule.limits.size(); ++i) {
    const BenefitLimit& limit = rule.limits[i];
    auto ceiling = limit_ceiling(p, limit, claim, taken, o);
    if (!ceiling) {
      o.eligible = Tri::False;
      return;
    }
    if (limit.kind == BenefitLimitKind::AllLevels && limit.other >= 0 && !fact(claim, limit.other)->known) {
      o.other_assumed = static_cast<std::int16_t>(i);
      o.eligible = Tri::Unknown;
    }
    BenefitLimitOutcome lo{static_cast<std::int16_t>(i), *ceiling, o.amount > *ceiling};
    if (lo.cut) {
      o.amount = *ceiling;
      o.capped_by = lo.limit;
    }
    o.limits.push_back(lo);
  }
}

// 就高不就低: a higher amount wins; at the same amount, a rule that holds on
// the facts given wins over one that rests on assumptions (unless the
// document says `ties: first`); else the first written.
bool better(const BenefitPolicy& p, const BenefitRuleOutcome& o, const BenefitRuleOutcome& chosen) {
  if (o.amount != chosen.amount) return o.amount > chosen.amount;
  return !p.ties_first && o.eligible == Tri::True && chosen.eligible == Tri::Unknown;
}

// Stacked rules (叠加): rule `index` is paid beside the earlier ones, and
// what it pays counts against each cap it lists for the rules after it.
void pay_stacked(const BenefitPolicy& p, std::size_t index, Money amount, BenefitResult& result) {
  if (result.chosen < 0) result.chosen = static_cast<std::int16_t>(index);
  result.paid.push_back(static_cast<std::int16_t>(index));
  result.total = result.total + amount;
  for (const BenefitLimit& l : p.rules[index].limits)
    if (l.kind == BenefitLimitKind::Cap) {
      Money& used = result.cap_used[static_cast<std::size_t>(l.cap)];
      used = used + cap_charge(p.caps[static_cast<std::size_t>(l.cap)], amount);
    }
}

}  // namespace

const ChoiceRate* chosen_rate(const Formula& f, std::span<const FactValue> facts) {
  const FactValue& v = facts[static_cast<std::size_t>(f.by)];
  if (!v.known || v.value < 0 || static_cast<std::size_t>(v.value) >= f.rate_for.size()) return nullptr;
  const std::int16_t i = f.rate_for[static_cast<std::size_t>(v.value)];
  return i < 0 ? nullptr : &f.rates[static_cast<std::size_t>(i)];
}

BenefitResult evaluate_benefit(const Document& document, const BenefitPolicy& policy, const BenefitClaim& claim) {
  BenefitResult result;
  evaluate_benefit(document, policy, claim, result);
  return result;
}

void evaluate_benefit(const Document& document, const BenefitPolicy& policy, const BenefitClaim& claim,
                      BenefitResult& result) {
  evaluate_benefit_rule(document, policy, claim, -1, result);
}

void evaluate_benefit_rule(const Document& document, const BenefitPolicy& policy, const BenefitClaim& claim,
                           std::int16_t only, BenefitResult& result) {
  result.in_force = document.effective_from <= claim.date && claim.date <= document.effective_to;
  result.required = Tri::True;
  result.required_assumed = AssumptionList{};
  result.required_failed = -1;
  if (policy.requires_all && result.in_force)
    result.required = evaluate_condition(policy.conditions, *policy.requires_all, EvalContext{claim.facts, claim.date},
                                         result.required_assumed, result.required_failed);
  const bool open = result.in_force && result.required != Tri::False;
  result.rules.resize(policy.rules.size());
  result.chosen = -1;
  result.paid.clear();
  result.total = Money{};
  result.cap_used.assign(policy.pay_all ? policy.caps.size() : 0, Money{});
  for (std::size_t i = 0; i < policy.rules.size(); ++i) {
    evaluate_rule(policy, i, claim, open && (only < 0 || static_cast<std::size_t>(only) == i), result.cap_used,
                  result.rules[i]);
    const BenefitRuleOutcome& o = result.rules[i];
    if (o.eligible == Tri::False) continue;
    if (policy.pay_all) {
      pay_stacked(policy, i, o.amount, result);
      continue;
    }
    if (result.chosen < 0 || better(policy, o, result.rules[static_cast<std::size_t>(result.chosen)]))
      result.chosen = static_cast<std::int16_t>(i);
  }
  if (!policy.pay_all && result.chosen >= 0) {
    result.paid.push_back(result.chosen);
    result.total = result.rules[static_cast<std::size_t>(result.chosen)].amount;
  }
}

}  // namespace hdpolicy
