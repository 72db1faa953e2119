// What `hdpolicy eval NAME`, `batch eval NAME` and POST /v1/eval/NAME
// compute: a document of declared shape (facts: and rules:), or a document
// written in a shape the project had before declared shapes (subsidy:,
// hiring:), answered by that shape's evaluator under its own command's
// contract: `eval tech-insurance` prints what `subsidy` prints.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "hdpolicy/dates.hpp"

namespace hdpolicy {

struct PolicySet;
struct BenefitPolicy;

enum class EvalShape : std::uint8_t {
  None,       // no document of that id or number
  Declared,   // facts: and rules:
  Subsidy,    // subsidy: (海金融发〔2025〕4号's shape): as `hdpolicy subsidy`
  Hiring,     // hiring:, or declared with document.contract: hiring (海政办发〔2025〕7号): as `hdpolicy hiring`
  Deadlines,  // deadlines alone: dates, not amounts (`hdpolicy deadline`)
};

struct EvalTarget {
  EvalShape shape = EvalShape::None;
  const BenefitPolicy* declared = nullptr;  // EvalShape::Declared
  int document = -1;                        // into PolicySet::documents
  // Named by its number: that version alone, whatever the claim's date;
  // named by its id: the version in force on the claim's date.
  bool by_number = false;
};

// The document named by its id (tech-insurance) or its number.
EvalTarget find_eval_target(const PolicySet& set, std::string_view name);
// "hiring-subsidy, tech-insurance": the ids of the documents with an amount
// to compute, in the order they were loaded, for messages and completion.
std::string eval_target_list(const PolicySet& set);
// The version a claim of `day` is judged under (benefit_version), or the
// one named by its number. Needs shape Declared.
const BenefitPolicy& declared_version(const PolicySet& set, const EvalTarget& target, Date day);
// "the id or number of a document with an amount to compute (LIST)"
std::string eval_target_accepted(const PolicySet& set);

}  // namespace hdpolicy
