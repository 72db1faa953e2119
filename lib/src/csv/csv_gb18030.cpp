// GB18030 → UTF-8 with glibc's iconv, block by block. In GB18030 the byte
// 0x0A is never part of a multi-byte character, so counting it in the bytes
// consumed gives the physical line of a bad byte.
#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <system_error>
#include <vector>

#include <fmt/format.h>

#include "hdpolicy/csv.hpp"

namespace hdpolicy::csv {
namespace {

class Gb18030Source final : public ByteSource {
 public:
  explicit Gb18030Source(std::unique_ptr<ByteSource> raw) : raw_(std::move(raw)), buf_(1 << 20) {
    cd_ = iconv_open("UTF-8", "GB18030");
    if (cd_ == reinterpret_cast<iconv_t>(-1)) throw std::system_error(errno, std::generic_category(), "iconv GB18030");
  }
  ~Gb18030Source() override { iconv_close(cd_); }
  Gb18030Source(const Gb18030Source&) = delete;
  Gb18030Source& operator=(const Gb18030Source&) = delete;

  std::size_t read(char* out, std::size_t n) override {
    for (;;) {
      if (pos_ == end_ && !refill()) return 0;
      char* in = buf_.data() + pos_;
      std::size_t in_left = end_ - pos_;
      char* o = out;
      std::size_t o_left = n;
      std::size_t r = iconv(cd_, &in, &in_left, &o, &o_left);
      int err = errno;
      const char* start = buf_.data() + pos_;
      lines_ += static_cast<std::uint64_t>(std::count(start, static_cast<const char*>(in), '\n'));
      pos_ = static_cast<std::size_t>(in - buf_.data());
      std::size_t produced = static_cast<std::size_t>(o - out);
      if (r != static_cast<std::size_t>(-1)) {
        if (produced) return produced;
        continue;
      }
      if (err == E2BIG) return produced;
      if (err == EILSEQ) {
        // Hand over what was converted before the bad byte first: the reader
        // checks it (a NUL on an earlier line is the first problem), and the
        // next call meets the bad byte again with nothing converted.
        if (produced) return produced;
        throw FormatError(
            fmt::format("line {}: not valid GB18030 (byte 0x{:02X}); is the file UTF-8? then use --encoding utf-8",
                        lines_ + 1, static_cast<unsigned char>(*in)));
      }
      if (err == EINVAL) {  // a character cut at the end of the block
        if (produced) return produced;
        if (!refill()) throw FormatError(fmt::format("line {}: the file ends inside a GB18030 character", lines_ + 1));
        continue;
      }
      throw std::system_error(err, std::generic_category(), "iconv GB18030");
    }
  }

 private:
  // Keeps the unconverted tail and reads more; false when nothing more came.
  bool refill() {
    if (eof_) return false;
    std::memmove(buf_.data(), buf_.data() + pos_, end_ - pos_);
    end_ -= pos_;
    pos_ = 0;
    std::size_t got = raw_->read(buf_.data() + end_, buf_.size() - end_);
    if (got == 0) eof_ = true;
    end_ += got;
    return got > 0;
  }

  std::unique_ptr<ByteSource> raw_;
  std::vector<char> buf_;
  std::size_t pos_ = 0, end_ = 0;
  bool eof_ = false;
  std::uint64_t lines_ = 0;
  iconv_t cd_;
};

}  // namespace

std::unique_ptr<ByteSource> gb18030_source(std::unique_ptr<ByteSource> raw) {
  return std::make_unique<Gb18030Source>(std::move(raw));
}

}  // namespace hdpolicy::csv
