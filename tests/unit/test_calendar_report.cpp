// The iCalendar export: folded lines never split a UTF-8 character, and
// unfolding restores every property whole (RFC 5545 3.1).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "hdpolicy/calendar_report.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/policy_set.hpp"
#include "hdpolicy/policy_source.hpp"
#include "shipped_policies.hpp"

using namespace hdpolicy;

namespace {

const PolicySet& calendar_only() { return testing::shipped_calendar(); }

std::vector<std::string> split_crlf(const std::string& s) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < s.size()) {
    std::size_t end = s.find("\r\n", start);
    REQUIRE(end != std::string::npos);  // every line ends in CRLF
    lines.push_back(s.substr(start, end - start));
    start = end + 2;
  }
  return lines;
}

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

TEST_CASE("iCalendar lines are folded at 75 octets between characters, and unfold whole") {
  for (int year : {2008, 2015, 2020, 2025, 2026}) {
    std::string ics = year_ics(calendar_only().calendar, year);
    auto lines = split_crlf(ics);
    REQUIRE(lines.size() > 4);
    CHECK(lines.front() == "BEGIN:VCALENDAR");
    CHECK(lines.back() == "END:VCALENDAR");
    for (const auto& line : lines) {
      CHECK(line.size() <= 75);
      std::size_t first = !line.empty() && line[0] == ' ' ? 1 : 0;
      if (line.size() > first) CHECK_FALSE(continuation(line[first]));  // no character split at the start
      if (!line.empty()) CHECK_FALSE((static_cast<unsigned char>(line.back()) & 0xC0) == 0xC0);  // nor at the end
    }
    // Unfolded, the description carries the notice's address whole.
    std::string unfolded;
    for (std::size_t i = 0; i < ics.size(); ++i) {
      if (ics.compare(i, 3, "\r\n ") == 0) {
        i += 2;
        continue;
      }
      unfolded += ics[i];
    }
    const CalendarYear* notice = calendar_only().calendar.year(year);
    REQUIRE(notice);
    REQUIRE_FALSE(notice->sources.empty());
    CHECK(unfolded.find("DESCRIPTION:" + notice->notice + " " + notice->sources.front() + "\r\n") != std::string::npos);
  }
}

TEST_CASE("iCalendar: one event per holiday period and per make-up workday of the notice, DTEND exclusive") {
  std::string ics = year_ics(calendar_only().calendar, 2026);
  std::size_t events = 0;
  for (std::size_t p = ics.find("BEGIN:VEVENT"); p != std::string::npos; p = ics.find("BEGIN:VEVENT", p + 1)) ++events;
  // 2026: 7 periods (元旦, 春节, 清明, 劳动, 端午, 中秋, 国庆) and their make-up workdays.
  std::size_t periods = 0, makeups = 0;
  for (const auto& h : calendar_only().calendar.holidays())
    if (h.year == 2026) {
      ++periods;
      makeups += h.workdays.size();
    }
  CHECK(periods == 7);
  CHECK(events == periods + makeups);
  // New Year's Day 2026: rest 01-01..01-03, so DTEND is 01-04; make-up Sunday 01-04.
  CHECK(ics.find("UID:cn-holiday-20260101@hdpolicy\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20260101\r\n"
                 "DTEND;VALUE=DATE:20260104\r\n") != std::string::npos);
  CHECK(ics.find("DTSTART;VALUE=DATE:20260104\r\nDTEND;VALUE=DATE:20260105\r\n") != std::string::npos);
  CHECK_THROWS_WITH_AS(year_ics(calendar_only().calendar, 2027),
                       "no statutory calendar for 2027: add calendars/cn/2027.yaml to the policies directory",
                       InputError);
}
