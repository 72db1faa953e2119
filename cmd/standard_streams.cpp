#include "standard_streams.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string_view>

#include "cli.hpp"
#include "hdpolicy/csv.hpp"

namespace hdpolicy::cli {

StdoutBuffer::StdoutBuffer(int fd) : fd_(fd) { setp(buf_.data(), buf_.data() + buf_.size()); }

StdoutBuffer::int_type StdoutBuffer::overflow(int_type c) {
  if (!drain()) return traits_type::eof();
  if (!traits_type::eq_int_type(c, traits_type::eof())) {
    *pptr() = traits_type::to_char_type(c);
    pbump(1);
  }
  return traits_type::not_eof(c);
}

int StdoutBuffer::sync() { return drain() ? 0 : -1; }

bool StdoutBuffer::drain() {
  if (error_ == 0)
    error_ = csv::write_fully(fd_, std::string_view(pbase(), static_cast<std::size_t>(pptr() - pbase())));
  // Written, or dropped after a failure: nothing more can reach the reader.
  setp(buf_.data(), buf_.data() + buf_.size());
  return error_ == 0;
}

StdoutError::StdoutError(int error) : std::runtime_error(std::strerror(error)), error_(error) {}

int stdout_failed(int error) {
  if (error == EPIPE) return kExitBrokenPipe;
  std::fprintf(stderr, "hdpolicy: error: could not write standard output: %s\n", std::strerror(error));
  return kExitUsage;
}

CheckedStdout::CheckedStdout() : buffer_(STDOUT_FILENO), previous_(std::cout.rdbuf(&buffer_)) {
  if (::isatty(STDOUT_FILENO) == 1) std::cout << std::unitbuf;
}

CheckedStdout::~CheckedStdout() {
  std::cout.flush();
  std::cout.rdbuf(previous_);
}

int CheckedStdout::finish(int exit_code) {
  std::cout.flush();
  int error = buffer_.error();
  // Anything written through C's stdout instead: its errno is kept only when
  // this flush is the write that fails.
  errno = 0;
  if (std::fflush(stdout) != 0 && error == 0) error = errno;
  if (std::ferror(stdout) && error == 0) error = EIO;
  if (error != 0) return stdout_failed(error);
  if (std::fflush(stderr) != 0 || std::ferror(stderr)) return kExitUsage;
  return exit_code;
}

}  // namespace hdpolicy::cli
