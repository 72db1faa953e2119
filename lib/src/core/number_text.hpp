// Integers, amounts and dates as plain text ("2026", "1234.50"), written straight
// into a buffer: the cells of a batch row and its notes, millions of times a
// run, without fmt's or iostream's per-call cost. Private to the library.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "hdpolicy/dates.hpp"

namespace hdpolicy {

// Writing at a pointer into a buffer with room (csv/in_place.hpp): each returns where it ended.
inline char* put(char* p, std::string_view s) {
  std::memcpy(p, s.data(), s.size());
  return p + s.size();
}
char* put_int(char* p, std::int64_t v);      // at most 20 bytes
char* put_money(char* p, std::int64_t fen);  // "1234.50", at most 24 bytes
// A change of amount, its sign always written but for none: "+1234.50", "-5.00", "0.00".
inline char* put_change(char* p, std::int64_t fen) {
  if (fen > 0) *p++ = '+';
  return put_money(p, fen);
}

// The same, appended to a string.
void append_money(std::string& out, std::int64_t fen);
// format_money_grouped's text ("1,234,567.50") without its temporaries.
void append_money_grouped(std::string& out, std::int64_t fen);
void append_int(std::string& out, std::int64_t v);
void append_change(std::string& out, std::int64_t fen);
// A date of a four-digit year as YYYY-MM-DD (format_date's text).
void append_date(std::string& out, Date d);

}  // namespace hdpolicy
