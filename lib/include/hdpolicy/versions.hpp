// Successive versions of one policy: documents that hold the same section
// (`subsidy:`, `hiring:`, a deadline rule's id), each in force over its own
// window. A claim is evaluated under the version in force on its date; `check`
// refuses windows that overlap, so at most one version is ever in force.
#pragma once

#include <cstdint>
#include <vector>

#include "hdpolicy/dates.hpp"

namespace hdpolicy {

// One version's window, inclusive, and the document (index into
// PolicySet::documents) or item it stands for.
struct VersionWindow {
  std::int32_t index = -1;
  Date from{}, to{};
};

// Versions ordered by start. Small (a handful): a linear scan is the index.
struct PolicyVersions {
  std::vector<VersionWindow> windows;

  // The version in force on `day`, or -1 (none: before the first, after the
  // last, or between two).
  std::int32_t in_force(Date day) const;
  // The versions nearest to a day none covers: the last before it and the
  // first after it (-1 when there is none).
  struct Nearest {
    std::int32_t before = -1, after = -1;
  };
  Nearest nearest(Date day) const;
  // The place in `windows` of the version a claim of `day` is judged
  // under: the one in force, else the nearest before, else the first after.
  // Needs windows non-empty.
  std::size_t pick(Date day) const;
};

// Orders the windows by start (ties by index). Called once the section's last
// version is loaded.
void sort_versions(PolicyVersions& versions);

// The overlapping pairs, for `check`: first and second in start order, and
// the days both cover.
struct VersionOverlap {
  VersionWindow first, second;
  Date from{}, to{};
};
std::vector<VersionOverlap> overlaps(const PolicyVersions& versions);

}  // namespace hdpolicy
