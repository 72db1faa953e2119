// The inputs of `hdpolicy hiring` (the one-time job-expansion subsidy,
// 海政办发〔2025〕7号 第7项): its options, CSV columns, test-case keys and API
// fields. The subsidy itself is a document of declared shape whose
// document.contract is hiring (policies/hiring-subsidy.yaml), judged by the
// generic evaluator and answered in this command's words by
// hiring_contract.hpp; this table keeps the command's options as they were.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

#include "hdpolicy/input_table.hpp"

namespace hdpolicy {

// One table (hiring_inputs.cpp): the rows up to kHiringFirstFact are the
// hire's keys and dates, the rows from there on its other facts; derived
// rows (age, college graduate, graduation year) name the input each is
// computed from.
enum HiringInput : std::int16_t {
  kHiringEnterprise,
  kHiringPerson,
  kHiringHire,
  kHiringBirth,
  kHiringGraduate,
  kHiringGraduation,
  kHiringFirstFact
};
std::span<const InputDef> hiring_inputs();

// Room for facts in a hire (a fixed maximum, as for subsidy claims).
inline constexpr std::size_t kMaxHiringFacts = 12;

}  // namespace hdpolicy
