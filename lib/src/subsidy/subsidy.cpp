#include "hdpolicy/subsidy.hpp"

namespace hdpolicy {
namespace {

void evaluate_rule(const PolicySet& set, const SubsidyClaim& claim, std::span<const Money> used, RuleOutcome& out) {
  const SubsidyPolicies& sp = set.subsidy;
  const SubsidyRule& rule = sp.rules[static_cast<std::size_t>(out.rule)];
  EvalContext ctx{claim.facts, claim.date};
  for (const auto& scope : sp.scopes) {
    if (scope.document != rule.document) continue;
    Tri t =
        evaluate_condition(sp.conditions, static_cast<std::uint32_t>(scope.condition), ctx, out.assumed, out.failed);
    if (t == Tri::False) {
      out.verdict = RuleVerdict::OutOfScope;
      return;
    }
  }
  if (rule.eligible >= 0) {
    Tri t = evaluate_condition(sp.conditions, static_cast<std::uint32_t>(rule.eligible), ctx, out.assumed, out.failed);
    if (t == Tri::False) {
      out.verdict = RuleVerdict::NotEligible;
      return;
    }
  }
  out.verdict = out.assumed.count ? RuleVerdict::Assumed : RuleVerdict::Eligible;

  const Product& product = rule.products[static_cast<std::size_t>(out.product)];
  out.gross = apply_rate(claim.premium, product.rate, rule.rounding);
  out.amount = out.gross;
  for (std::size_t i = 0; i < rule.limits.size() && i < kMaxLimits; ++i) {
    const Limit& limit = rule.limits[i];
    Money room;
    if (limit.kind == LimitKind::Cap) {
      const Cap& cap = sp.caps[static_cast<std::size_t>(limit.cap)];
      Money already =
          static_cast<std::size_t>(cap.slot) < used.size() ? used[static_cast<std::size_t>(cap.slot)] : Money{};
      room = max(Money{}, cap.amount - already);
    } else {
      const FactValue& upper = claim.facts[kFactUpperSubsidy];
      if (!upper.known) {
        // Nothing known of other levels' subsidy: assume it leaves room.
        out.upper_assumed = true;
        out.room[i] = out.amount;
        continue;
      }
      room = max(Money{}, claim.premium - Money{upper.value});
    }
    out.room[i] = room;
    if (out.amount > room) {
      out.amount = room;
      out.cut_by = static_cast<std::int8_t>(i);
    }
  }
  if (out.upper_assumed) out.verdict = RuleVerdict::Assumed;
}

}  // namespace

SubsidyResult evaluate_subsidy(const PolicySet& set, const SubsidyClaim& claim, std::span<const Money> used) {
  SubsidyResult result;
  evaluate_subsidy(set, claim, used, result);
  return result;
}

void evaluate_subsidy(const PolicySet& set, const SubsidyClaim& claim, std::span<const Money> used,
                      SubsidyResult& result) {
  // Reset only what this claim uses: clearing all the candidates of a
  // reused result costs more than the evaluation (a `rep stos` per row).
  result.candidate_count = 0;
  result.chosen = -1;
  result.payable_year = 0;
  const SubsidyPolicies& sp = set.subsidy;
  result.document = sp.versions.in_force(claim.date);
  if (result.document < 0) return;  // no version in force: nothing applies
  for (std::size_t r = 0; r < sp.rules.size() && result.candidate_count < kMaxCandidates; ++r) {
    const SubsidyRule& rule = sp.rules[r];
    if (rule.document != result.document) continue;
    if (claim.type < 0 || static_cast<std::size_t>(claim.type) >= rule.product_for_type.size()) continue;
    std::int16_t product = rule.product_for_type[static_cast<std::size_t>(claim.type)];
    if (product < 0) continue;
    RuleOutcome& out = result.candidates[result.candidate_count++];
    out = RuleOutcome{};
    out.rule = static_cast<std::int32_t>(r);
    out.product = product;
    evaluate_rule(set, claim, used, out);
  }
  // 就高不就低: the highest amount; on equal amounts the lower article number.
  for (std::uint8_t i = 0; i < result.candidate_count; ++i) {
    const RuleOutcome& c = result.candidates[i];
    if (!c.eligible()) continue;
    if (result.chosen < 0) {
      result.chosen = static_cast<std::int8_t>(i);
      continue;
    }
    const RuleOutcome& best = result.candidates[static_cast<std::size_t>(result.chosen)];
    int c_article = sp.rules[static_cast<std::size_t>(c.rule)].article_number;
    int b_article = sp.rules[static_cast<std::size_t>(best.rule)].article_number;
    if (c.amount > best.amount || (c.amount == best.amount && c_article < b_article))
      result.chosen = static_cast<std::int8_t>(i);
  }
  if (const RuleOutcome* chosen = result.chosen_outcome()) {
    int doc = sp.rules[static_cast<std::size_t>(chosen->rule)].document;
    result.payable_year = year_of(claim.date) + sp.payable[static_cast<std::size_t>(doc)].years_after_claim;
  }
}

const char* capped_by_name(const PolicySet& set, const RuleOutcome& outcome) {
  if (outcome.cut_by < 0) return "";
  const SubsidyRule& rule = set.subsidy.rules[static_cast<std::size_t>(outcome.rule)];
  const Limit& limit = rule.limits[static_cast<std::size_t>(outcome.cut_by)];
  if (limit.kind == LimitKind::AllLevels) return "all-levels";
  return set.subsidy.caps[static_cast<std::size_t>(limit.cap)].reports_as == CapReport::PremiumCap ? "premium-cap"
                                                                                                   : "annual-cap";
}

}  // namespace hdpolicy
