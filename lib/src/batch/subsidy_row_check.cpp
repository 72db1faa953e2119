#include "batch/subsidy_row_check.hpp"

#include <fmt/format.h>

#include "batch/batch_columns.hpp"
#include "hdpolicy/errors.hpp"

namespace hdpolicy::batch_detail {
namespace {

// The general parser's answer, as the batch's refusal() reaches it: "" with
// the claim, or the message.
std::string general_claim(const PolicySet& set, const std::string_view* c, SubsidyClaim& claim) {
  if (std::string missing = missing_in_row(set, subsidy_inputs(), c); !missing.empty()) return missing;
  try {
    claim = parse_subsidy_claim(set, row_texts(subsidy_inputs(), c), Date{}, FieldStyle::Column);
  } catch (const InputError& e) {
    return e.what();
  }
  return {};
}

// The first field in which two claims differ, or "".
std::string claim_difference(const SubsidyClaim& fast, const SubsidyClaim& general) {
  auto differ = [](std::string_view field, std::int64_t f, std::int64_t g) {
    return fmt::format("{}: {} here, {} from the general parser", field, f, g);
  };
  if (fast.type != general.type) return differ("type", fast.type, general.type);
  if (fast.premium != general.premium) return differ("premium (fen)", fast.premium.fen, general.premium.fen);
  if (fast.date != general.date)
    return differ("date (days)", fast.date.time_since_epoch().count(), general.date.time_since_epoch().count());
  const auto schema = subsidy_facts();
  for (std::size_t f = 0; f < kMaxSubsidyFacts; ++f) {
    const std::string field = f < schema.size() ? std::string(schema[f].id) : fmt::format("fact {}", f);
    const FactValue &a = fast.facts[f], &b = general.facts[f];
    if (a.known != b.known) return differ(field + " known", a.known, b.known);
    if (a.value != b.value) return differ(field, a.value, b.value);
  }
  return {};
}

// parse_row with these tables against the general parser's answer.
std::string against(const Tables& t, const char* path, const std::string_view* c, const std::string& refused,
                    const SubsidyClaim& general) {
  SubsidyClaim claim;  // every fact not known, as the batch leaves them before parse_row
  const bool fast = parse_row(t, c, claim) && !c[kSubsidyEnterprise].empty();
  if (fast != refused.empty())
    return fast ? fmt::format("{} accepts the row, the general parser refuses it: {}", path, refused)
                : fmt::format("{} refuses the row, the general parser accepts it", path);
  if (!fast) return {};
  std::string d = claim_difference(claim, general);
  return d.empty() ? d : fmt::format("{}: {}", path, d);
}

}  // namespace

SubsidyRowCheck::SubsidyRowCheck(const PolicySet& set) : set_(set), tables_(tables_of(set)), loop_(tables_) {
  loop_.fast = false;
}

std::string SubsidyRowCheck::mismatch(const std::string_view* cells, bool& accepted) const {
  SubsidyClaim general;
  const std::string refused = general_claim(set_, cells, general);
  accepted = refused.empty();
  std::string m =
      against(tables_, tables_.fast ? "parse_row (specialised path)" : "parse_row (loop)", cells, refused, general);
  if (m.empty() && tables_.fast) m = against(loop_, "parse_row (loop)", cells, refused, general);
  return m;
}

RowCheck check_subsidy_rows(const PolicySet& set, csv::Reader& in) {
  RowCheck r;
  csv::Cells fields;
  if (!in.next(fields)) return r;
  const std::vector<std::string> header(fields.begin(), fields.end());
  std::vector<std::string> warnings;
  const auto column =
      column_positions<kSubsidyRowCells>(map_columns(header, column_specs(subsidy_inputs()), {}, warnings));
  const SubsidyRowCheck check(set);
  std::string_view cells[kSubsidyRowCells];
  while (in.next(fields)) {
    ++r.rows;
    pick_cells(fields, column, cells);
    bool accepted = false;
    std::string m = check.mismatch(cells, accepted);
    r.accepted += accepted;
    if (m.empty()) continue;
    if (++r.mismatches <= 20) r.first.push_back(fmt::format("line {}: {}", in.line(), m));
  }
  return r;
}

}  // namespace hdpolicy::batch_detail
