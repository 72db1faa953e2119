// `check`'s rule for successive versions: two versions of one policy in force
// on the same day would make the answer depend on file order.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "hdpolicy/diagnostics.hpp"
#include "hdpolicy/versions.hpp"

namespace hdpolicy {

struct PolicySet;

// How a version is named in the message, and where its window is written.
struct VersionPlace {
  std::string name;  // 海金融发〔2025〕4号
  std::string file;
  int line = 0, column = 0;
};

// Names a version that is a whole document (index into set.documents).
std::function<VersionPlace(std::int32_t)> document_place(const PolicySet& set);

// One error per overlapping pair, at the later version's window, naming both
// files and the days both cover. `what` names the policy ("subsidy").
void report_overlaps(const PolicyVersions& versions, std::string_view what,
                     const std::function<VersionPlace(std::int32_t)>& place, Diagnostics& diagnostics);

}  // namespace hdpolicy
