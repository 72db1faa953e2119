// Where `hdpolicy batch --output` writes. A regular file (or a new one) is
// written under a temporary name beside it, PATH.tmp.PID, and renamed over it
// by commit(): a reader never sees half a file, and a run that fails or is
// interrupted leaves the file that was there exactly as it was. While the
// temporary file exists, SIGINT, SIGTERM and SIGHUP remove it before the
// program dies of the signal (exit status 128 + its number); a signal that
// was ignored when the run began (nohup) stays ignored. A device, a pipe or a
// symbolic link (/dev/null, /dev/stdout) is written in place; "-" is stdout.
//
// Durable without the wait (bench/README.md, "Durable output without the
// wait"): the blocks of a regular file are written on a thread of their own
// (OutputThread), which also starts the write-back of each 8 MiB written
// (sync_file_range), waiting only for what is more than 64 MiB behind, so
// commit()'s fdatasync finds little left to write; after the rename the
// directory is synced too, so that the new name survives a crash as well as
// the bytes. A previous output of 8 MiB or more is held open across the rename
// and its last descriptor closed by a child process, so the batch returns
// without waiting for its blocks to be freed (30-50 ms for the bench file's
// 170 MB).
#pragma once

#include <array>
#include <csignal>
#include <cstdint>
#include <memory>
#include <string>

#include "output_thread.hpp"

namespace hdpolicy::csv {
class Writer;
}

namespace hdpolicy::cli {

class OutputFile {
 public:
  explicit OutputFile(const std::string& path);  // throws InputError naming --output
  ~OutputFile();                                 // uncommitted: the temporary file is removed
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  int fd() const { return fd_; }
  const std::string& path() const { return path_; }
  // A regular file takes the writer's full blocks and writes them on a
  // thread of its own (output_thread.hpp); anything else is left to the
  // writer, which writes to fd().
  void take_blocks_from(csv::Writer& writer);
  // Makes the written bytes durable and puts them in place under the path.
  void commit();

 private:
  // `total` bytes are written so far (on the output thread): each new chunk's
  // write-back is started, and what is far behind waited for.
  void written(std::uint64_t total);
  void arm_cleanup();
  void disarm_cleanup();
  void sync_directory() const;

  std::string path_, tmp_;
  int fd_ = -1;
  bool owns_fd_ = false;
  std::uint64_t started_ = 0;                   // bytes whose write-back was started
  std::uint64_t waited_ = 0;                    // bytes whose write-back was waited for
  std::array<struct sigaction, 3> previous_{};  // the dispositions arm_cleanup replaced
  std::array<bool, 3> replaced_{};
  std::unique_ptr<OutputThread> thread_;  // a regular file: writes the blocks
};

}  // namespace hdpolicy::cli
