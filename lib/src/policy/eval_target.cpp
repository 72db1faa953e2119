#include "hdpolicy/eval_target.hpp"

#include <algorithm>

#include "hdpolicy/policy_set.hpp"

namespace hdpolicy {
namespace {

EvalShape shape_of(const PolicySet& set, int document) {
  // A declared document that keeps hiring's (subsidy's) contract is answered as `hdpolicy hiring` (`subsidy`).
  for (const auto& p : set.benefits)
    if (p.document == document) {
      const std::string& contract = set.documents[static_cast<std::size_t>(document)].contract;
      return contract == "hiring"    ? EvalShape::Hiring
             : contract == "subsidy" ? EvalShape::Subsidy
                                     : EvalShape::Declared;
    }
  for (const auto& w : set.subsidy.versions.windows)
    if (w.index == document) return EvalShape::Subsidy;
  for (const auto& d : set.deadlines)
    if (d.document == document) return EvalShape::Deadlines;
  return EvalShape::None;
}

bool has_amount(EvalShape s) { return s == EvalShape::Declared || s == EvalShape::Subsidy || s == EvalShape::Hiring; }

}  // namespace

EvalTarget find_eval_target(const PolicySet& set, std::string_view name) {
  for (std::size_t i = 0; i < set.documents.size(); ++i) {
    const Document& d = set.documents[i];
    if (d.id != name && (d.number.empty() || d.number != name)) continue;
    EvalTarget t{shape_of(set, static_cast<int>(i)), nullptr, static_cast<int>(i), d.id != name};
    if (t.shape == EvalShape::Declared)
      t.declared = &*std::find_if(set.benefits.begin(), set.benefits.end(),
                                  [&](const BenefitPolicy& p) { return p.document == t.document; });
    return t;
  }
  return {};
}

const BenefitPolicy& declared_version(const PolicySet& set, const EvalTarget& target, Date day) {
  return target.by_number ? *target.declared : benefit_version(set, *target.declared, day);
}

std::string eval_target_list(const PolicySet& set) {
  std::string s;
  for (std::size_t i = 0; i < set.documents.size(); ++i) {
    const std::string& id = set.documents[i].id;
    // Versions of one policy share its id: named once.
    const bool named = std::any_of(set.documents.begin(), set.documents.begin() + static_cast<std::ptrdiff_t>(i),
                                   [&](const Document& d) { return d.id == id; });
    if (!named && has_amount(shape_of(set, static_cast<int>(i)))) s += (s.empty() ? "" : ", ") + id;
  }
  return s.empty() ? "none is loaded" : s;
}

std::string eval_target_accepted(const PolicySet& set) {
  return "the id or number of a document with an amount to compute (" + eval_target_list(set) + ")";
}

}  // namespace hdpolicy
