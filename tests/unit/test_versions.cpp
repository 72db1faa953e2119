#include <doctest/doctest.h>

#include "hdpolicy/versions.hpp"

using namespace hdpolicy;

namespace {
Date d(int y, unsigned m, unsigned day) { return make_date(y, m, day); }

// 海金融发〔2025〕4号 (2025-09-16 to 2027-12-31) and a successor from 2028-03-01,
// given out of order: a gap of January and February 2028 between them.
PolicyVersions two_with_gap() {
  PolicyVersions v;
  v.windows.push_back({7, d(2028, 3, 1), d(2030, 12, 31)});
  v.windows.push_back({2, d(2025, 9, 16), d(2027, 12, 31)});
  sort_versions(v);
  return v;
}
}  // namespace

TEST_CASE("in_force: each window holds its first and last day, and no day outside") {
  PolicyVersions v = two_with_gap();
  CHECK(v.in_force(d(2025, 9, 15)) == -1);
  CHECK(v.in_force(d(2025, 9, 16)) == 2);
  CHECK(v.in_force(d(2027, 12, 31)) == 2);
  CHECK(v.in_force(d(2028, 1, 1)) == -1);
  CHECK(v.in_force(d(2028, 2, 29)) == -1);
  CHECK(v.in_force(d(2028, 3, 1)) == 7);
  CHECK(v.in_force(d(2030, 12, 31)) == 7);
  CHECK(v.in_force(d(2031, 1, 1)) == -1);
  CHECK(PolicyVersions{}.in_force(d(2026, 1, 1)) == -1);
}

TEST_CASE("nearest: the last version before and the first after a day none covers") {
  PolicyVersions v = two_with_gap();
  auto gap = v.nearest(d(2028, 2, 1));
  CHECK(gap.before == 2);
  CHECK(gap.after == 7);
  auto early = v.nearest(d(2024, 1, 1));
  CHECK(early.before == -1);
  CHECK(early.after == 2);
  auto late = v.nearest(d(2031, 1, 1));
  CHECK(late.before == 7);
  CHECK(late.after == -1);
}

TEST_CASE("overlaps: windows sharing a day overlap on exactly the shared days; adjacent ones do not") {
  PolicyVersions adjacent;
  adjacent.windows = {{0, d(2025, 9, 16), d(2027, 12, 31)}, {1, d(2028, 1, 1), d(2030, 12, 31)}};
  CHECK(overlaps(adjacent).empty());

  PolicyVersions one_day;
  one_day.windows = {{0, d(2025, 9, 16), d(2027, 12, 31)}, {1, d(2027, 12, 31), d(2030, 12, 31)}};
  auto o = overlaps(one_day);
  REQUIRE(o.size() == 1);
  CHECK(o[0].from == d(2027, 12, 31));
  CHECK(o[0].to == d(2027, 12, 31));

  // A third version inside the first: each pair it shares days with is reported.
  PolicyVersions nested;
  nested.windows = {
      {0, d(2025, 1, 1), d(2027, 12, 31)}, {1, d(2026, 6, 1), d(2026, 6, 30)}, {2, d(2027, 6, 1), d(2030, 12, 31)}};
  sort_versions(nested);
  auto n = overlaps(nested);
  REQUIRE(n.size() == 2);
  CHECK(n[0].first.index == 0);
  CHECK(n[0].second.index == 1);
  CHECK(n[0].from == d(2026, 6, 1));
  CHECK(n[0].to == d(2026, 6, 30));
  CHECK(n[1].first.index == 0);
  CHECK(n[1].second.index == 2);
  CHECK(n[1].from == d(2027, 6, 1));
  CHECK(n[1].to == d(2027, 12, 31));
}

TEST_CASE("pick: the version in force, else the nearest before, else the first after") {
  PolicyVersions v = two_with_gap();    // places: 0 = index 2 (2025-2027), 1 = index 7 (from 2028-03-01)
  CHECK(v.pick(d(2024, 1, 1)) == 0);    // before every window: the first after
  CHECK(v.pick(d(2027, 12, 31)) == 0);  // in force
  CHECK(v.pick(d(2028, 1, 1)) == 0);    // in the gap: the one before
  CHECK(v.pick(d(2028, 2, 29)) == 0);
  CHECK(v.pick(d(2028, 3, 1)) == 1);  // in force
  CHECK(v.pick(d(2031, 1, 1)) == 1);  // after every window: the last
}
