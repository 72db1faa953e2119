// The blocks of a batch's output file, written by a thread of their own.
// Copying 170 MB into the page cache (write) and starting its write-back
// (sync_file_range) took a fifth of the 1,000,000-row batch's wall time on
// the thread that computes the rows (bench/README.md, "Writing on a second
// thread"); here the computing thread hands each full block over and goes on,
// and the copying happens on another core while it computes. Used for a
// regular output file only: standard output, pipes and devices are written
// by csv::Writer itself, so that their errors (EPIPE, ENOSPC of /dev/full)
// surface at the write that caused them.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace hdpolicy::cli {

class OutputThread {
 public:
  // `written` runs on the thread after each block, with the bytes written so far.
  OutputThread(int fd, std::function<void(std::uint64_t)> written);
  ~OutputThread();  // a run that failed: blocks not yet written are dropped
  OutputThread(const OutputThread&) = delete;
  OutputThread& operator=(const OutputThread&) = delete;

  // Takes bytes [0, used) of `block`, which gets an empty buffer in return
  // (of the same size once the first few are made). Waits while kInFlight
  // blocks are queued. Throws std::system_error for a write that failed.
  void take(std::string& block, std::size_t used);
  // Waits until every block taken is written. Throws std::system_error for a
  // write that failed.
  void finish();

 private:
  struct Block {
    std::string bytes;
    std::size_t used;
  };
  static constexpr std::size_t kInFlight = 4;

  void run();

  int fd_;
  std::function<void(std::uint64_t)> written_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Block> queued_;
  std::vector<std::string> spare_;  // written blocks, reused
  int error_ = 0;                   // errno of the write that failed
  bool closing_ = false;            // no block will come; finish the queue and stop
  bool dropping_ = false;           // the run failed: stop without writing the queue
  std::thread thread_;              // last: started once the members above exist
};

}  // namespace hdpolicy::cli
