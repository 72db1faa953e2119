// What the fuzz harnesses share: input from memory handed out in pieces,
// output to memory, the shipped policy set loaded once, and a check that
// aborts (a finding, to libFuzzer and to the replay driver alike).
//
// A harness lets the project's documented errors through (InputError,
// PolicyLoadError, csv::FormatError: a clear message for bad input) and
// nothing else: any other exception escapes LLVMFuzzerTestOneInput and
// terminates the process, which the fuzzer reports as a crash.
#pragma once

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <system_error>

#include "hdpolicy/csv.hpp"
#include "hdpolicy/policy_set.hpp"
#include "hdpolicy/policy_source.hpp"

namespace hdpolicy::fuzz {

// A property the code promises does not hold: a finding.
inline void require(bool holds, const char* what) {
  if (holds) return;
  std::fprintf(stderr, "fuzz check failed: %s\n", what);
  std::abort();
}

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// Bytes from memory, handed out in pieces of the given sizes in turn (all
// at least 1: a read of 0 bytes means the end), so that a record or a
// multi-byte character is cut wherever a read from a pipe could cut it.
class MemorySource final : public csv::ByteSource {
 public:
  MemorySource(std::string_view data, std::span<const std::size_t> pieces) : data_(data), pieces_(pieces) {}
  std::size_t read(char* out, std::size_t n) override {
    std::size_t take = std::min({n, data_.size() - pos_, pieces_[next_++ % pieces_.size()]});
    if (take > 0) std::memcpy(out, data_.data() + pos_, take);
    pos_ += take;
    return take;
  }

 private:
  std::string_view data_;
  std::span<const std::size_t> pieces_;
  std::size_t pos_ = 0, next_ = 0;
};

// Whole input in one read, or in small pieces of every size up to a few
// words (and one bigger), cycling.
inline constexpr std::size_t kWhole[] = {std::size_t{1} << 30};
inline constexpr std::size_t kSmallPieces[] = {1, 2, 3, 5, 7, 8, 13, 64, 4, 129, 1, 6};

inline std::unique_ptr<csv::ByteSource> memory_source(std::string_view data, std::span<const std::size_t> pieces) {
  return std::make_unique<MemorySource>(data, pieces);
}

// A file in memory (memfd) for csv::Writer, which writes to a descriptor.
class MemoryFile {
 public:
  MemoryFile() : fd_(::memfd_create("hdpolicy-fuzz", MFD_CLOEXEC)) {
    if (fd_ < 0) throw std::system_error(errno, std::generic_category(), "memfd_create");
  }
  ~MemoryFile() { ::close(fd_); }
  MemoryFile(const MemoryFile&) = delete;
  MemoryFile& operator=(const MemoryFile&) = delete;

  int fd() const { return fd_; }
  // Everything written so far.
  std::string contents() const {
    std::string out(static_cast<std::size_t>(::lseek(fd_, 0, SEEK_END)), '\0');
    std::size_t got = 0;
    while (got < out.size()) {
      ssize_t n = ::pread(fd_, out.data() + got, out.size() - got, static_cast<off_t>(got));
      if (n <= 0) throw std::system_error(errno, std::generic_category(), "reading the memfd");
      got += static_cast<std::size_t>(n);
    }
    return out;
  }

 private:
  int fd_;
};

// The policies compiled into the binary, loaded once for all inputs.
inline const PolicySet& shipped_policies() {
  static const PolicySet set = load_policy_set(embedded_policies());
  return set;
}

}  // namespace hdpolicy::fuzz
