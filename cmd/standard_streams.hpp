// Standard output and error as a script relies on them. A write that fails
// (disk full, a closed descriptor) is an error: one line on stderr, exit 2,
// never exit 0 with the answer lost. A reader that stops early
// (`hdpolicy workdays list ... | head`) ends the program quietly, as
// coreutils do: by default SIGPIPE kills it (status 141 in the shell); where
// SIGPIPE was ignored by whoever started it, the failed write is noticed and
// the program exits quietly with the same 128 + SIGPIPE.
#pragma once

#include <array>
#include <csignal>
#include <iosfwd>
#include <stdexcept>
#include <streambuf>

namespace hdpolicy::cli {

inline constexpr int kExitBrokenPipe = 128 + SIGPIPE;

// std::cout's buffer: whole blocks written to the descriptor, and the errno
// of the first write that failed kept, as C stdio does not keep it.
class StdoutBuffer : public std::streambuf {
 public:
  explicit StdoutBuffer(int fd);
  int error() const { return error_; }  // 0 while every write succeeded

 protected:
  int_type overflow(int_type c) override;
  int sync() override;

 private:
  bool drain();

  int fd_;
  int error_ = 0;
  std::array<char, 1 << 16> buf_;
};

// A write to standard output failed outside std::cout (the batch writes its
// rows to the descriptor itself). main reports it as CheckedStdout would.
class StdoutError : public std::runtime_error {
 public:
  explicit StdoutError(int error);
  int error() const { return error_; }

 private:
  int error_;
};

// What a failed write of standard output ends with: quietly
// kExitBrokenPipe when the reader has gone (EPIPE), else one line on stderr
// and kExitUsage.
int stdout_failed(int error);

// For its lifetime std::cout writes through a StdoutBuffer (flushed at every
// output operation on a terminal, so that text appears as it is made).
class CheckedStdout {
 public:
  CheckedStdout();
  ~CheckedStdout();
  CheckedStdout(const CheckedStdout&) = delete;
  CheckedStdout& operator=(const CheckedStdout&) = delete;

  // Flushes std::cout and C's stdout and stderr, and returns main's exit
  // status: exit_code when everything was written; kExitBrokenPipe, quietly,
  // when the reader had gone; else kExitUsage after one line on stderr (or
  // silently, when stderr itself failed: there is nowhere left to say it).
  int finish(int exit_code);

 private:
  StdoutBuffer buffer_;
  std::streambuf* previous_;
};

}  // namespace hdpolicy::cli
