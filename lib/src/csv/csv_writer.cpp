#include <array>
#include <cerrno>
#include <cstring>
#include <system_error>

#include <unistd.h>

#include "csv/in_place.hpp"
#include "csv/simd.hpp"
#include "hdpolicy/csv.hpp"

namespace hdpolicy::csv {
namespace {

constexpr std::size_t kFlushAt = 1 << 20;

// The bytes that make a CSV cell need quotes.
constexpr auto kNeedsQuotes = [] {
  std::array<bool, 256> t{};
  t[','] = t['"'] = t['\n'] = t['\r'] = true;
  return t;
}();

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "-5", "+3.50": a number a spreadsheet reads as a constant, not a formula.
bool plain_signed_number(std::string_view s) {
  std::size_t i = 1, digits = 0;
  while (i < s.size() && is_digit(s[i])) ++i, ++digits;
  if (digits == 0) return false;
  if (i < s.size() && s[i] == '.') {
    ++i;
    std::size_t frac = 0;
    while (i < s.size() && is_digit(s[i])) ++i, ++frac;
    if (frac == 0) return false;
  }
  return i == s.size();
}

void append_json_string(std::string& out, std::string_view s) {
  static const char* hex = "0123456789abcdef";
  out.push_back('"');
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      out.push_back('\\');
      out.push_back(ch);
    } else if (c < 0x20) {
      switch (c) {
        case '\n':
          out += "\\n";
          break;
        case '\r':
          out += "\\r";
          break;
        case '\t':
          out += "\\t";
          break;
        default:
          out += "\\u00";
          out.push_back(hex[c >> 4]);
          out.push_back(hex[c & 15]);
      }
    } else {
      out.push_back(ch);
    }
  }
  out.push_back('"');
}

}  // namespace

bool needs_neutralising(std::string_view cell) {
  if (cell.empty()) return false;
  switch (cell[0]) {
    case '=':
    case '@':
    case '\t':
    case '\r':
      return true;
    case '+':
    case '-':
      return !plain_signed_number(cell);
    default:
      return false;
  }
}

Writer::Writer(int fd, OutputFormat format) : fd_(fd), format_(format) { buf_.resize(kFlushAt + (64 << 10)); }

char* Writer::grow(std::size_t n) {
  flush();
  if (buf_.size() < n) buf_.resize(n);
  return buf_.data();
}

void Writer::put(std::string_view s) {
  if (s.empty()) return;  // an empty view's data() may be null, and memcpy from null is undefined even for 0 bytes
  std::memcpy(room(s.size()), s.data(), s.size());
  used_ += s.size();
}

void Writer::put(char c) {
  *room(1) = c;
  ++used_;
}

void Writer::end_in_place_row(char* end) {
  used_ = static_cast<std::size_t>(end - buf_.data());
  column_ = 0;  // the row ended with its '\n'
  if (used_ >= kFlushAt) flush();
}

void Writer::header(const std::vector<std::string>& names) {
  if (format_ == OutputFormat::JsonLines) {
    keys_.clear();
    for (const auto& n : names) {
      std::string k;
      append_json_string(k, n);
      keys_.push_back(k + ":");
    }
    return;
  }
  for (const auto& n : names) text(n);
  end_row();
}

void Writer::begin_cell() {
  if (format_ == OutputFormat::JsonLines) {
    put(column_ == 0 ? '{' : ',');
    if (column_ < keys_.size())
      put(keys_[column_]);
    else
      put("\"\":");
  } else if (column_ > 0) {
    put(',');
  }
  ++column_;
}

void Writer::json_string(std::string_view cell) {
  json_.clear();
  append_json_string(json_, cell);
  put(json_);
}

void Writer::raw(std::string_view cell) {
  begin_cell();
  if (format_ == OutputFormat::JsonLines)
    json_string(cell);
  else
    put(cell);
}

void Writer::text(std::string_view cell) {
  begin_cell();
  if (format_ == OutputFormat::JsonLines)
    json_string(cell);
  else
    used_ = static_cast<std::size_t>(put_text(room(max_text(cell.size())), cell) - buf_.data());
}

char* put_text(char* out, std::string_view cell) {
  if (cell.empty()) return out;  // as in put(): no memcpy from an empty view's null data()
  bool neutralise = needs_neutralising(cell);
  bool quote = false;
  std::size_t i = 0;
#if defined(HDPOLICY_SSE2)
  // Sixteen bytes at a time for long cells (notes, messages), then byte by byte.
  const __m128i comma = _mm_set1_epi8(','), dquote = _mm_set1_epi8('"'), lf = _mm_set1_epi8('\n'),
                cr = _mm_set1_epi8('\r');
  for (; !quote && i + 16 <= cell.size(); i += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(cell.data() + i));
    __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, comma), _mm_cmpeq_epi8(v, dquote)),
                               _mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, cr)));
    quote = _mm_movemask_epi8(hit) != 0;
  }
#endif
  for (; !quote && i < cell.size(); ++i) quote = kNeedsQuotes[static_cast<unsigned char>(cell[i])];
  if (quote) *out++ = '"';
  if (neutralise) *out++ = '\'';
  if (!quote) {
    std::memcpy(out, cell.data(), cell.size());
    return out + cell.size();
  }
  // Double each quote, copying the runs between them whole.
  const char* p = cell.data();
  const char* end = p + cell.size();
  while (p < end) {
    const auto* q = static_cast<const char*>(std::memchr(p, '"', static_cast<std::size_t>(end - p)));
    const char* run_end = q ? q + 1 : end;
    std::memcpy(out, p, static_cast<std::size_t>(run_end - p));
    out += run_end - p;
    if (!q) break;
    *out++ = '"';
    p = q + 1;
  }
  *out++ = '"';
  return out;
}

void Writer::verbatim(std::string_view csv_cells, std::size_t count) {
  if (count == 0) return;
  if (column_ > 0) put(',');
  put(csv_cells);
  column_ += count;
}

void Writer::end_row() {
  if (format_ == OutputFormat::JsonLines) put(column_ == 0 ? "{}" : "}");
  put('\n');
  column_ = 0;
  if (used_ >= kFlushAt) flush();
}

void Writer::bom() {
  if (format_ == OutputFormat::Csv) put("\xEF\xBB\xBF");
}

void Writer::flush() {
  if (sink_) {
    if (used_ == 0) return;
    const std::size_t size = buf_.size();
    sink_(buf_, used_);
    used_ = 0;
    if (buf_.size() < size) buf_.resize(size);  // the sink's buffers are made before a row outgrew one
    return;
  }
  if (const int error = write_fully(fd_, std::string_view(buf_.data(), used_)))
    throw std::system_error(error, std::generic_category(), "writing the output");
  used_ = 0;
}

int write_fully(int fd, std::string_view bytes) {
  const char* p = bytes.data();
  std::size_t left = bytes.size();
  while (left > 0) {
    const ssize_t n = ::write(fd, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  return 0;
}

}  // namespace hdpolicy::csv
