#include "hdpolicy/versions.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "hdpolicy/policy_set.hpp"
#include "policy/version_check.hpp"

namespace hdpolicy {

std::int32_t PolicyVersions::in_force(Date day) const {
  for (const auto& w : windows)
    if (w.from <= day && day <= w.to) return w.index;
  return -1;
}

PolicyVersions::Nearest PolicyVersions::nearest(Date day) const {
  Nearest n;
  for (const auto& w : windows) {
    if (w.to < day) n.before = w.index;  // sorted by start; the last ending before is the nearest
    if (day < w.from && n.after < 0) n.after = w.index;
  }
  return n;
}

std::size_t PolicyVersions::pick(Date day) const {
  std::size_t before = 0;
  for (std::size_t i = 0; i < windows.size(); ++i) {
    if (windows[i].from <= day && day <= windows[i].to) return i;
    if (windows[i].to < day) before = i;
  }
  return before;  // 0 when the day is before every window: the first after it
}

void sort_versions(PolicyVersions& versions) {
  std::sort(versions.windows.begin(), versions.windows.end(), [](const VersionWindow& a, const VersionWindow& b) {
    return a.from != b.from ? a.from < b.from : a.index < b.index;
  });
}

std::vector<VersionOverlap> overlaps(const PolicyVersions& versions) {
  std::vector<VersionOverlap> out;
  const auto& w = versions.windows;
  for (std::size_t i = 0; i < w.size(); ++i)
    for (std::size_t j = i + 1; j < w.size() && w[j].from <= w[i].to; ++j)
      out.push_back({w[i], w[j], w[j].from, std::min(w[i].to, w[j].to)});
  return out;
}

std::function<VersionPlace(std::int32_t)> document_place(const PolicySet& set) {
  return [&set](std::int32_t index) {
    const Document& d = set.documents[static_cast<std::size_t>(index)];
    return VersionPlace{d.number, d.file, d.effective_line, d.effective_column};
  };
}

void report_overlaps(const PolicyVersions& versions, std::string_view what,
                     const std::function<VersionPlace(std::int32_t)>& place, Diagnostics& diagnostics) {
  for (const VersionOverlap& o : overlaps(versions)) {
    VersionPlace a = place(o.first.index), b = place(o.second.index);
    long days = (o.to - o.from).count() + 1;
    diagnostics.push_back(
        {b.file, b.line, b.column,
         fmt::format("{}: {} ({}) is in force from {} to {}, overlapping {} ({}, in force from {} to {}) on {} to {} "
                     "({} day{}): successive versions of a policy must not overlap",
                     what, b.name, b.file, format_date(o.second.from), format_date(o.second.to), a.name, a.file,
                     format_date(o.first.from), format_date(o.first.to), format_date(o.from), format_date(o.to), days,
                     days == 1 ? "" : "s")});
  }
}

}  // namespace hdpolicy
