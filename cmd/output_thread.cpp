#include "output_thread.hpp"

#include <string_view>
#include <system_error>
#include <utility>

#include "hdpolicy/csv.hpp"

namespace hdpolicy::cli {

namespace {

[[noreturn]] void throw_write_error(int error) {
  throw std::system_error(error, std::generic_category(), "writing the output");
}

}  // namespace

OutputThread::OutputThread(int fd, std::function<void(std::uint64_t)> written)
    : fd_(fd), written_(std::move(written)), thread_([this] { run(); }) {}

OutputThread::~OutputThread() {
  if (!thread_.joinable()) return;
  {
    std::lock_guard lock(mutex_);
    dropping_ = true;
  }
  changed_.notify_all();
  thread_.join();
}

void OutputThread::take(std::string& block, std::size_t used) {
  const std::size_t size = block.size();
  std::string spare;
  {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return error_ != 0 || queued_.size() < kInFlight; });
    if (error_ != 0) throw_write_error(error_);
    if (!spare_.empty()) {
      spare = std::move(spare_.back());
      spare_.pop_back();
    }
    queued_.push_back({std::move(block), used});
  }
  changed_.notify_all();
  // The first few blocks: a new buffer, made outside the lock (resize fills it).
  if (spare.empty()) spare.resize(size);
  block = std::move(spare);
}

void OutputThread::finish() {
  {
    std::lock_guard lock(mutex_);
    closing_ = true;
  }
  changed_.notify_all();
  thread_.join();
  if (error_ != 0) throw_write_error(error_);
}

void OutputThread::run() {
  std::uint64_t total = 0;
  for (;;) {
    Block block;
    {
      std::unique_lock lock(mutex_);
      changed_.wait(lock, [this] { return dropping_ || closing_ || !queued_.empty(); });
      if (dropping_ || queued_.empty()) return;  // failed, or closing with everything written
      block = std::move(queued_.front());
      queued_.pop_front();
    }
    const int error = csv::write_fully(fd_, std::string_view(block.bytes.data(), block.used));
    if (error == 0) {
      total += block.used;
      if (written_) written_(total);
    }
    {
      std::lock_guard lock(mutex_);
      if (error != 0) {
        error_ = error;  // take() and finish() report it; nothing more is written
        queued_.clear();
      } else {
        spare_.push_back(std::move(block.bytes));
      }
    }
    changed_.notify_all();
    if (error != 0) return;
  }
}

}  // namespace hdpolicy::cli
