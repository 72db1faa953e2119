#include "core/number_text.hpp"

namespace hdpolicy {

char* put_int(char* p, std::int64_t v) {
  if (v >= 1000 && v <= 9999) {  // years
    p[0] = static_cast<char>('0' + v / 1000);
    p[1] = static_cast<char>('0' + v / 100 % 10);
    p[2] = static_cast<char>('0' + v / 10 % 10);
    p[3] = static_cast<char>('0' + v % 10);
    return p + 4;
  }
  char digits[24];
  char* d = digits + sizeof digits;
  bool negative = v < 0;
  std::uint64_t u = negative ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
  do {
    *--d = static_cast<char>('0' + u % 10);
    u /= 10;
  } while (u);
  if (negative) *--d = '-';
  return put(p, {d, static_cast<std::size_t>(digits + sizeof digits - d)});
}

char* put_money(char* p, std::int64_t fen) {
  std::uint64_t u = fen < 0 ? 0 - static_cast<std::uint64_t>(fen) : static_cast<std::uint64_t>(fen);
  if (fen < 0) *p++ = '-';
  char digits[24];
  char* d = digits + sizeof digits;
  *--d = static_cast<char>('0' + u % 10);
  *--d = static_cast<char>('0' + u / 10 % 10);
  *--d = '.';
  u /= 100;
  do {
    *--d = static_cast<char>('0' + u % 10);
    u /= 10;
  } while (u);
  return put(p, {d, static_cast<std::size_t>(digits + sizeof digits - d)});
}

void append_int(std::string& out, std::int64_t v) {
  char digits[24];
  out.append(digits, put_int(digits, v));
}

void append_date(std::string& out, Date d) {
  const date::year_month_day ymd{d};
  const auto y = static_cast<unsigned>(static_cast<int>(ymd.year()));  // four digits (format_date)
  const auto m = static_cast<unsigned>(ymd.month());
  const auto day = static_cast<unsigned>(ymd.day());
  const char text[10] = {static_cast<char>('0' + y / 1000),
                         static_cast<char>('0' + y / 100 % 10),
                         static_cast<char>('0' + y / 10 % 10),
                         static_cast<char>('0' + y % 10),
                         '-',
                         static_cast<char>('0' + m / 10),
                         static_cast<char>('0' + m % 10),
                         '-',
                         static_cast<char>('0' + day / 10),
                         static_cast<char>('0' + day % 10)};
  out.append(text, sizeof text);
}

void append_money(std::string& out, std::int64_t fen) {
  char digits[28];
  out.append(digits, put_money(digits, fen));
}

void append_money_grouped(std::string& out, std::int64_t fen) {
  char digits[28];
  const char* end = put_money(digits, fen);
  const char* p = digits;
  if (*p == '-') out += *p++;
  const char* dot = end - 3;  // put_money always writes two decimals
  const auto n = static_cast<std::size_t>(dot - p);
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) out += ',';
    out += p[i];
  }
  out.append(dot, end);
}

void append_change(std::string& out, std::int64_t fen) {
  char digits[28];
  out.append(digits, put_change(digits, fen));
}

}  // namespace hdpolicy
