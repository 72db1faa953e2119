#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cerrno>
#include <cstring>
#include <system_error>

#include <unistd.h>

#include "csv/simd.hpp"
#include "hdpolicy/csv.hpp"

namespace hdpolicy::csv {
namespace {

constexpr std::size_t kBlock = 1 << 20;                     // bytes read at a time
constexpr std::size_t kMaxRecord = std::size_t{256} << 20;  // a record longer than this is not a spreadsheet row

// The bytes that, first in a cell, may make it a formula (see needs_neutralising).
constexpr auto kMayStartFormula = [] {
  std::array<std::uint8_t, 256> t{};
  t['='] = t['+'] = t['-'] = t['@'] = t['\t'] = 1;
  return t;
}();

class FdSource final : public ByteSource {
 public:
  explicit FdSource(int fd) : fd_(fd) {}
  std::size_t read(char* out, std::size_t n) override {
    for (;;) {
      ssize_t got = ::read(fd_, out, n);
      if (got >= 0) return static_cast<std::size_t>(got);
      if (errno != EINTR) throw std::system_error(errno, std::generic_category(), "reading the input");
    }
  }

 private:
  int fd_;
};

std::uint64_t count_newlines(const char* b, const char* e) {
  return static_cast<std::uint64_t>(std::count(b, e, '\n'));
}

}  // namespace

std::unique_ptr<ByteSource> fd_source(int fd) { return std::make_unique<FdSource>(fd); }

namespace {

// The first byte of [begin, end) that is not UTF-8, or (kRefuseNul) a NUL,
// else nullptr. The ASCII runs are skipped a word or a vector at a time.
template <bool kRefuseNul>
const char* find_bad_byte(const char* begin, const char* end) {
  const auto* p = reinterpret_cast<const unsigned char*>(begin);
  const auto* e = reinterpret_cast<const unsigned char*>(end);
  while (p < e) {
#if defined(HDPOLICY_SSE2)
    while (e - p >= 16) {  // ASCII runs, sixteen bytes at a time
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
      // Without NUL: a byte with its high bit set stops. With NUL: a byte not
      // in 1..127 as a signed byte, one signed compare (no more work than without).
      const auto stop =
          kRefuseNul ? ~static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpgt_epi8(v, _mm_setzero_si128()))) & 0xFFFFU
                     : static_cast<unsigned>(_mm_movemask_epi8(v));
      if (stop) {
        p += __builtin_ctz(stop);
        break;
      }
      p += 16;
    }
#endif
    while (e - p >= 8) {  // eight at a time
      std::uint64_t w;
      std::memcpy(&w, p, 8);
      if (w & 0x8080808080808080ULL) break;
      if (kRefuseNul && ((w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL)) break;  // a zero byte
      p += 8;
    }
    if (p >= e) break;
    unsigned char c = *p;
    if (c < 0x80) {
      if (kRefuseNul && c == 0) return reinterpret_cast<const char*>(p);
      ++p;
      continue;
    }
    // The common case first: a three-byte character of the BMP outside the
    // ranges with a special second byte (all of CJK).
    if (e - p >= 3 && ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) && (p[1] & 0xC0) == 0x80 &&
        (p[2] & 0xC0) == 0x80) {
      p += 3;
      continue;
    }
    // Lead byte: how many continuation bytes follow, and the range of the
    // first one (which rules out overlong forms, surrogates and > U+10FFFF).
    int n = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
      n = 1;
    else if (c == 0xE0)
      n = 2, lo = 0xA0;
    else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF)
      n = 2;
    else if (c == 0xED)
      n = 2, hi = 0x9F;
    else if (c == 0xF0)
      n = 3, lo = 0x90;
    else if (c >= 0xF1 && c <= 0xF3)
      n = 3;
    else if (c == 0xF4)
      n = 3, hi = 0x8F;
    else
      return reinterpret_cast<const char*>(p);
    if (e - p <= n || p[1] < lo || p[1] > hi) return reinterpret_cast<const char*>(p);
    for (int i = 2; i <= n; ++i)
      if (p[i] < 0x80 || p[i] > 0xBF) return reinterpret_cast<const char*>(p);
    p += n + 1;
  }
  return nullptr;
}

}  // namespace

const char* find_invalid_utf8(const char* begin, const char* end) { return find_bad_byte<false>(begin, end); }
const char* find_invalid_text(const char* begin, const char* end) { return find_bad_byte<true>(begin, end); }

namespace {

// Where the last character of [begin, end) starts when the block may have
// cut it (a lead byte with fewer continuation bytes after it than it needs),
// else end: the part before it can be validated now.
const char* complete_end(const char* begin, const char* end) {
  for (const char* p = end; p > begin && end - p < 4;) {
    auto c = static_cast<unsigned char>(*--p);
    if (c < 0x80) return end;  // ASCII: nothing cut
    if (c >= 0xC0) {           // a lead byte
      std::ptrdiff_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      return end - p < need ? p : end;
    }
  }
  return end;
}

// Where the record at `rec` ends: the first newline outside quotes, or `e`
// at the end of the input (`eof`); nullptr when the bytes up to `e` do not
// hold all of it. A quote opens a quoted field only at the start of a field
// (as spreadsheets write them); elsewhere it is an ordinary character.
char* record_end(char* rec, char* e, bool eof, std::uint64_t line, bool& any_quote) {
  char* p = rec;
  bool in_quotes = false;
  for (;;) {
    if (!in_quotes) {
      auto* nl = static_cast<char*>(std::memchr(p, '\n', static_cast<std::size_t>(e - p)));
      char* lim = nl ? nl : e;
      auto* q = static_cast<char*>(std::memchr(p, '"', static_cast<std::size_t>(lim - p)));
      while (q && q != rec && q[-1] != ',')
        q = static_cast<char*>(std::memchr(q + 1, '"', static_cast<std::size_t>(lim - q - 1)));
      if (q) {
        in_quotes = any_quote = true;
        p = q + 1;
      } else {
        return nl ? nl : eof ? e : nullptr;  // at the end, the last line, without a newline
      }
    } else {
      auto* q = static_cast<char*>(std::memchr(p, '"', static_cast<std::size_t>(e - p)));
      if (!q) {
        if (eof)
          throw FormatError(
              fmt::format("line {}: a quoted field is never closed (it runs to the end of the file)", line));
        return nullptr;
      }
      if (q + 1 == e && !eof) return nullptr;  // "" or a closing quote: the next byte decides
      if (q + 1 < e && q[1] == '"') {
        p = q + 2;
      } else {
        in_quotes = false;
        p = q + 1;
      }
    }
  }
}

}  // namespace

Reader::Reader(std::unique_ptr<ByteSource> source, bool validate_utf8)
    : source_(std::move(source)), buf_(kBlock), validate_(validate_utf8) {}

bool Reader::fill() {
  if (eof_) return false;
  chunk_.base = nullptr;  // the bytes move
  if (pos_ > 0) {
    std::memmove(buf_.data(), buf_.data() + pos_, end_ - pos_);
    end_ -= pos_;
    checked_ -= pos_;  // records are returned from checked bytes only, so checked_ >= pos_
    pos_ = 0;
  }
  if (buf_.size() - end_ < kBlock / 4) {
    if (buf_.size() >= kMaxRecord)
      throw FormatError(
          fmt::format("line {}: a record longer than {} MiB (is a quote never closed?)", next_line_, kMaxRecord >> 20));
    buf_.resize(buf_.size() * 2);
  }
  // The last kCellPadding bytes are never filled: every cell can be read a word past its end.
  std::size_t got = source_->read(buf_.data() + end_, buf_.size() - kCellPadding - end_);
  if (got == 0) {
    eof_ = true;
    check_utf8(buf_.data() + end_);  // what is left, a cut character included
    return false;
  }
  end_ += got;
  check_utf8(complete_end(buf_.data() + checked_, buf_.data() + end_));
  return true;
}

void Reader::check_utf8(const char* upto) {
  // All of a block is checked once, as it arrives, rather than record by
  // record: one pass over long ASCII runs instead of a call per record.
  // A NUL byte is refused whether or not UTF-8 is checked: no spreadsheet
  // writes one, and it would cut off any C string (a message) holding the cell.
  char* from = buf_.data() + checked_;
  if (upto > from) {
    const char* bad = validate_
                          ? find_invalid_text(from, upto)
                          : static_cast<const char*>(std::memchr(from, '\0', static_cast<std::size_t>(upto - from)));
    const std::uint64_t line = bad ? next_line_ + count_newlines(buf_.data() + pos_, bad) : 0;
    if (bad && *bad == '\0')
      throw FormatError(
          fmt::format("line {}: a NUL byte (0x00), which CSV text never holds; if the file is UTF-16, save it "
                      "as UTF-8 (CSV UTF-8 in Excel)",
                      line));
    if (bad)
      throw FormatError(
          fmt::format("line {}: not valid UTF-8 (byte 0x{:02X}); if the file was saved by Excel on Chinese "
                      "Windows, use --encoding gb18030",
                      line, static_cast<unsigned char>(*bad)));
    checked_ = static_cast<std::size_t>(upto - buf_.data());
  }
}

bool Reader::next(Cells& fields) {
  fields.clear();
  if (!started_) {
    started_ = true;
    while (end_ < 3 && fill()) {}
    if (end_ >= 3 && std::memcmp(buf_.data(), "\xEF\xBB\xBF", 3) == 0) {
      pos_ = 3;
      had_bom_ = true;
    }
  }
  for (;;) {
    char* b = buf_.data();
    char* rec = b + pos_;
    char* e = b + end_;
    if (rec == e) {
      if (!fill()) return false;
      continue;
    }
    if (split_whole_plain(rec, e, fields)) return true;
    fields.clear();
    chunk_.base = nullptr;  // the general path may unescape quoted fields in place
    bool any_quote = false;
    char* rec_end = record_end(rec, e, eof_, next_line_, any_quote);
    if (!rec_end) {
      fill();  // at the end, eof_ is set and record_end takes the rest as the last record
      continue;
    }
    pos_ = static_cast<std::size_t>(rec_end - b) + (rec_end < e ? 1 : 0);
    record_line_ = next_line_;
    next_line_ += 1 + (any_quote ? count_newlines(rec, rec_end) : 0);
    if (rec_end > rec && rec_end[-1] == '\r') --rec_end;
    if (rec_end == rec) continue;  // a blank line is not a record
    if (any_quote) {
      verbatim_ = {};
      cell_may_be_formula_ = true;
      split_quoted(rec, rec_end, fields);
    } else {
      // One pass splits the fields and notes what needs a closer look.
      bool plain = !split_plain(rec, rec_end, fields);
      verbatim_ = plain ? std::string_view(rec, static_cast<std::size_t>(rec_end - rec)) : std::string_view{};
      cell_may_be_formula_ = true;  // not looked at on this path
    }
    return true;
  }
}

std::size_t Reader::next_records(Cells* cells, RecordInfo* info, std::size_t max) {
  if (max == 0 || !next(cells[0])) return 0;  // the first may read more input
  info[0] = this->info();
  std::size_t n = 1;
  // The rest only while they are whole in the buffer: reading more would move the views given out.
  for (; n < max; ++n) {
    cells[n].clear();
    if (!split_whole_plain(buf_.data() + pos_, buf_.data() + end_, cells[n])) break;
    info[n] = this->info();
  }
  return n;
}

// Whether any byte of `w` equals `b` (the classic zero-byte test on w ^ b).
inline bool has_byte(std::uint64_t w, unsigned char b) {
  std::uint64_t v = w ^ (0x0101010101010101ULL * b);
  return ((v - 0x0101010101010101ULL) & ~v & 0x8080808080808080ULL) != 0;
}

void Reader::classify(const char* base) {
  chunk_.base = base;
#if defined(HDPOLICY_SSE2)
  const __m128i comma = _mm_set1_epi8(','), quote = _mm_set1_epi8('"'), cr = _mm_set1_epi8('\r'),
                lf = _mm_set1_epi8('\n');
  std::uint64_t commas = 0, stops = 0;
  for (int i = 0; i < 4; ++i) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(base + 16 * i));
    auto c = static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, comma)));
    auto s = static_cast<std::uint32_t>(_mm_movemask_epi8(
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, quote)), _mm_cmpeq_epi8(v, cr))));
    commas |= std::uint64_t{c} << (16 * i);
    stops |= std::uint64_t{s} << (16 * i);
  }
  chunk_.commas = commas;
  chunk_.stops = stops;
#else
  chunk_.commas = chunk_.stops = 0;
  for (int i = 0; i < 64; ++i) {
    char c = base[i];
    chunk_.commas |= std::uint64_t{c == ','} << i;
    chunk_.stops |= std::uint64_t{c == '\n' || c == '"' || c == '\r'} << i;
  }
#endif
}

bool Reader::split_whole_plain(char* rec, char* e, Cells& fields) {
  // The common record (no quote, no CR, LF-terminated, whole in the buffer)
  // from the bit masks of the 64-byte chunks it spans: its commas and its
  // end are found together, and a chunk's masks serve every record in it.
  // Anything else returns false, and the general path reads the record from
  // its start. The buffer's padding (kCellPadding) makes the last chunk
  // readable; bits past `e` are ignored.
  char* const b = buf_.data();
  char* base = b + ((rec - b) & ~std::ptrdiff_t{63});
  if (chunk_.base != base) classify(base);
  const auto offset = static_cast<unsigned>(rec - base);
  std::uint64_t commas = chunk_.commas >> offset << offset;  // from the record's first byte on
  std::uint64_t stops = chunk_.stops >> offset << offset;
  const std::size_t first = fields.size();
  char* start = rec;
  // Whether a cell starts with = + - @ or tab, from each cell's first byte:
  // the record's, and the one after each comma (an empty cell's is the
  // delimiter after it, which is none of them).
  unsigned formula = kMayStartFormula[static_cast<unsigned char>(*rec)];
  for (;;) {
    if (e - base < 64) {  // the last chunk of the data: what lies past e is not data
      std::uint64_t valid = (std::uint64_t{1} << (e - base)) - 1;
      commas &= valid;
      stops &= valid;
    }
    std::string_view* cell = fields.room(64);
    char* end = nullptr;
    if (stops) {
      int at = __builtin_ctzll(stops);
      if (base[at] != '\n') {  // a quote, or a CR (CRLF or in a cell)
        fields.set_end(fields.begin() + first);
        return false;
      }
      end = base + at;
      commas &= (std::uint64_t{1} << at) - 1;  // the commas of this record
    }
    for (; commas; commas &= commas - 1) {
      char* c = base + __builtin_ctzll(commas);
      *cell++ = {start, static_cast<std::size_t>(c - start)};
      start = c + 1;
      formula |= kMayStartFormula[static_cast<unsigned char>(*start)];
    }
    fields.set_end(cell);
    if (end) {
      if (end == rec) {  // a blank line: the general path skips it
        fields.set_end(fields.begin() + first);
        return false;
      }
      fields.push_back({start, static_cast<std::size_t>(end - start)});
      pos_ = static_cast<std::size_t>(end + 1 - b);
      record_line_ = next_line_++;
      verbatim_ = std::string_view(rec, static_cast<std::size_t>(end - rec));
      cell_may_be_formula_ = formula != 0;
      return true;
    }
    base += 64;
    if (base >= e) {  // no end within reach: the general path reads more
      fields.set_end(fields.begin() + first);
      return false;
    }
    classify(base);
    commas = chunk_.commas;
    stops = chunk_.stops;
  }
}

bool Reader::split_plain(char* p, char* end, Cells& fields) {
  // One pass: the commas, and whether a quote or CR rules out a verbatim copy.
  static_assert(std::endian::native == std::endian::little, "the byte order of the word scan");
  bool quote_or_cr = false;
  char* start = p;
#if defined(HDPOLICY_SSE2)
  // Sixteen bytes at a time where SSE2 is there (every x86-64): one compare
  // per byte class gives exact masks, so no comma needs a second look.
  const __m128i comma = _mm_set1_epi8(','), quote = _mm_set1_epi8('"'), cr = _mm_set1_epi8('\r');
  unsigned special = 0;
  for (; end - p >= 16; p += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    special |= static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, cr))));
    for (auto m = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, comma))); m; m &= m - 1) {
      char* c = p + __builtin_ctz(m);
      fields.push_back({start, static_cast<std::size_t>(c - start)});
      start = c + 1;
    }
  }
  quote_or_cr = special != 0;
#endif
  for (; end - p >= 8; p += 8) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    quote_or_cr |= has_byte(w, '"') || has_byte(w, '\r');
    std::uint64_t v = w ^ 0x2C2C2C2C2C2C2C2CULL;  // ','
    std::uint64_t m = (v - 0x0101010101010101ULL) & ~v & 0x8080808080808080ULL;
    while (m) {
      // Every comma is marked; a byte above a comma may be marked too, so each is checked.
      char* c = p + (__builtin_ctzll(m) >> 3);
      m &= m - 1;
      if (*c != ',') continue;
      fields.push_back({start, static_cast<std::size_t>(c - start)});
      start = c + 1;
    }
  }
  for (; p < end; ++p) {
    quote_or_cr |= *p == '"' || *p == '\r';
    if (*p == ',') {
      fields.push_back({start, static_cast<std::size_t>(p - start)});
      start = p + 1;
    }
  }
  fields.push_back({start, static_cast<std::size_t>(end - start)});
  return quote_or_cr;
}

void Reader::split_quoted(char* p, char* end, Cells& fields) {
  for (;;) {
    if (p < end && *p == '"') {
      // Unescape in place: the field's text moves one byte left over its
      // opening quote, and each "" becomes ".
      char* w = p;
      char* r = p + 1;
      while (r < end) {
        if (*r == '"') {
          if (r + 1 < end && r[1] == '"') {
            *w++ = '"';
            r += 2;
            continue;
          }
          ++r;
          break;
        }
        *w++ = *r++;
      }
      while (r < end && *r != ',') *w++ = *r++;  // text after the closing quote is kept as is
      fields.push_back({p, static_cast<std::size_t>(w - p)});
      if (r >= end) return;
      p = r + 1;
    } else {
      auto* c = static_cast<char*>(std::memchr(p, ',', static_cast<std::size_t>(end - p)));
      if (!c) {
        fields.push_back({p, static_cast<std::size_t>(end - p)});
        return;
      }
      fields.push_back({p, static_cast<std::size_t>(c - p)});
      p = c + 1;
    }
  }
}

}  // namespace hdpolicy::csv
