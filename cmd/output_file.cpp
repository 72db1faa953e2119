#include "output_file.hpp"

#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#include <fmt/format.h>

#include "hdpolicy/csv.hpp"
#include "hdpolicy/errors.hpp"

namespace hdpolicy::cli {

namespace {

constexpr std::array<int, 3> kCleanupSignals = {SIGINT, SIGTERM, SIGHUP};

// Write-back is started per chunk of this many bytes: large enough that the
// calls cost little beside the copying (one per 8 MiB), small enough that
// the disk works from the first moments and little is left for the end.
constexpr std::uint64_t kWriteBackChunk = std::uint64_t{8} << 20;
// Write-back more than this far behind what was written is waited for: the
// disk may fall that far behind before the batch waits for it, so that a
// fast disk never makes the batch wait and a slow one bounds what is in flight.
constexpr std::uint64_t kWriteBackLag = std::uint64_t{64} << 20;

// The one piece of global mutable state, and why: a signal handler gets
// nothing but the signal number and may call only async-signal-safe
// functions (no allocation, no locks), so the path it removes has to sit in
// static storage before the signal comes. Both are written only while the
// cleanup signals are blocked, and only one OutputFile holds a temporary
// file at a time (the constructor checks), so the handler never sees a half
// written path.
char g_tmp_path[PATH_MAX];
volatile std::sig_atomic_t g_armed = 0;

extern "C" void remove_tmp_and_die(int sig) {
  if (g_armed) ::unlink(g_tmp_path);
  // Die of the signal itself, not exit(128 + sig): a shell running a loop
  // of batches then stops at Ctrl-C instead of going on to the next one.
  struct sigaction dfl {};
  dfl.sa_handler = SIG_DFL;
  sigemptyset(&dfl.sa_mask);
  ::sigaction(sig, &dfl, nullptr);
  sigset_t self;
  sigemptyset(&self);
  sigaddset(&self, sig);
  ::sigprocmask(SIG_UNBLOCK, &self, nullptr);
  ::raise(sig);
}

// The cleanup signals held back for a scope, so that the file, the path and
// the flag change together as the handler sees them.
class BlockedSignals {
 public:
  BlockedSignals() {
    sigset_t set;
    sigemptyset(&set);
    for (int sig : kCleanupSignals) sigaddset(&set, sig);
    ::sigprocmask(SIG_BLOCK, &set, &previous_);
  }
  ~BlockedSignals() { ::sigprocmask(SIG_SETMASK, &previous_, nullptr); }
  BlockedSignals(const BlockedSignals&) = delete;
  BlockedSignals& operator=(const BlockedSignals&) = delete;

 private:
  sigset_t previous_;
};

// The previous output, held across the rename that replaces it, when it is
// large enough to be worth freeing in the background: -1 otherwise. An
// O_PATH descriptor holds the file without needing read permission.
constexpr off_t kFreeInBackground = off_t{8} << 20;

int hold_previous(const std::string& path) {
#if defined(__linux__)
  const int fd = ::open(path.c_str(), O_PATH | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return -1;
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_nlink == 1 && st.st_blocks * 512 >= kFreeInBackground)
    return fd;
  ::close(fd);
#else
  (void)path;
#endif
  return -1;
}

// Closes every descriptor but `a` and `b`, in a child after fork().
void close_all_but(int a, int b) {
  if (a > b) std::swap(a, b);
#if defined(__linux__)
  // close_range refuses an empty range (EINVAL): a and b are often adjacent.
  const auto close_between = [](int first, int last) {
    return first > last || ::close_range(static_cast<unsigned>(first), static_cast<unsigned>(last), 0) == 0;
  };
  if (close_between(0, a - 1) && close_between(a + 1, b - 1) &&
      ::close_range(static_cast<unsigned>(b) + 1, ~0U, 0) == 0)
    return;
#endif
  const long limit = std::min(::sysconf(_SC_OPEN_MAX), 65536L);
  for (int fd = 0; fd < limit; ++fd)
    if (fd != a && fd != b) ::close(fd);
}

// Closing the last descriptor of a file whose name is gone frees its blocks:
// for the 170 MB output of the 1,000,000-row bench file, 30-50 ms inside the
// rename that replaces it (ext4, bench/README.md). The user waits for the new
// output to be durable, not for the old one's space to come back, so a child
// process closes the last descriptor of the old file once the parent has
// closed its own. The child keeps no other descriptor: a caller reading the
// batch's stdout or stderr through a pipe ($(...)) sees its end at once.
void free_in_background(int previous) {
  int gate[2];
  if (::pipe2(gate, O_CLOEXEC) != 0) {
    ::close(previous);
    return;
  }
  // The output thread has been joined, so the process is single-threaded again;
  // the child calls only close, read and _exit.
  const pid_t child = ::fork();
  if (child == 0) {
    close_all_but(previous, gate[0]);
    char byte;
    while (::read(gate[0], &byte, 1) < 0 && errno == EINTR) {}
    ::close(previous);  // the parent's copy is closed: this one frees the blocks
    ::_exit(0);
  }
  // The parent's copy; if fork failed, the only one, and the blocks are
  // freed here, as the rename would have freed them.
  ::close(previous);
  ::close(gate[0]);
  ::close(gate[1]);  // the child's read returns end of file
}

std::string could_not(const char* what, const std::string& path) {
  return fmt::format("--output: could not {} '{}': {}", what, path, std::strerror(errno));
}

}  // namespace

OutputFile::OutputFile(const std::string& path) : path_(path) {
  if (path == "-") {
    fd_ = STDOUT_FILENO;
    return;
  }
  // Only a regular file is replaced by rename: a device (/dev/null), a pipe
  // or a symbolic link (/dev/stdout) is written in place, never replaced.
  struct stat st {};
  if (::lstat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    if (S_ISDIR(st.st_mode)) throw bad_value("--output", path, "a file, not a directory");
    fd_ = ::open(path.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (fd_ < 0)
      throw bad_value("--output", path, fmt::format("a file that can be written ({})", std::strerror(errno)));
    owns_fd_ = true;
    return;
  }
  tmp_ = fmt::format("{}.tmp.{}", path, ::getpid());
  if (tmp_.size() >= sizeof g_tmp_path) throw bad_value("--output", path, "a path shorter than PATH_MAX");
  if (g_armed) throw InputError("--output: another output file is already being written");  // not reached: one per run
  BlockedSignals blocked;
  fd_ = ::open(tmp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd_ < 0) throw bad_value("--output", path, fmt::format("a file that can be created ({})", std::strerror(errno)));
  owns_fd_ = true;
  arm_cleanup();
}

OutputFile::~OutputFile() {
  thread_.reset();  // a run that failed: stop writing before the file goes
  if (!tmp_.empty()) {
    BlockedSignals blocked;
    ::unlink(tmp_.c_str());
    disarm_cleanup();
  }
  if (owns_fd_) ::close(fd_);
}

void OutputFile::written(std::uint64_t total) {
  if (tmp_.empty() || total - started_ < kWriteBackChunk) return;
#if defined(__linux__)
  // Both are hints: an error here is reported again by fdatasync in commit().
  // Waiting for each chunk right after the next was started made the batch
  // wait for the disk (0.07 s on the 1,000,000-row bench file); starting
  // alone cost 0.01-0.03 s over the run and left 0.001-0.02 s for fdatasync,
  // where the one fsync at the end took 0.05-0.12 s (bench/README.md).
  const auto offset = [](std::uint64_t n) { return static_cast<off64_t>(n); };
  ::sync_file_range(fd_, offset(started_), offset(total - started_), SYNC_FILE_RANGE_WRITE);
  started_ = total;
  if (started_ - waited_ > kWriteBackLag) {
    const std::uint64_t upto = started_ - kWriteBackLag;
    ::sync_file_range(fd_, offset(waited_), offset(upto - waited_),
                      SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE | SYNC_FILE_RANGE_WAIT_AFTER);
    waited_ = upto;
  }
#else
  started_ = total;
#endif
}

void OutputFile::take_blocks_from(csv::Writer& writer) {
  if (tmp_.empty()) return;  // standard output, a device, a pipe: the writer writes them itself
  try {
    // The thread starts with the cleanup signals blocked, so that their
    // handler runs on the thread that holds the state it reads.
    BlockedSignals blocked;
    thread_ = std::make_unique<OutputThread>(fd_, [this](std::uint64_t total) { written(total); });
  } catch (const std::system_error&) {
    // No thread to be had (a process limit): the writer writes the file
    // itself, and commit()'s fdatasync does all of the write-back.
    return;
  }
  writer.send_blocks_to([thread = thread_.get()](std::string& block, std::size_t used) { thread->take(block, used); });
}

void OutputFile::commit() {
  if (tmp_.empty()) return;
  if (thread_) {
    try {
      thread_->finish();
    } catch (const std::system_error& e) {
      errno = e.code().value();
      throw InputError(could_not("write", path_), {"--output", path_, ""});
    }
    thread_.reset();
  }
  // fdatasync: the data and what is needed to read it back (the size, the
  // blocks); the temporary file's times are not worth a second journal write.
  if (::fdatasync(fd_) != 0) throw InputError(could_not("write", path_), {"--output", path_, ""});
  owns_fd_ = false;
  if (::close(fd_) != 0) throw InputError(could_not("write", path_), {"--output", path_, ""});
  const int previous = hold_previous(path_);
  {
    BlockedSignals blocked;
    if (::rename(tmp_.c_str(), path_.c_str()) != 0) {
      const int error = errno;
      if (previous >= 0) ::close(previous);
      errno = error;
      throw InputError(could_not("replace", path_), {"--output", path_, ""});
    }
    disarm_cleanup();
    tmp_.clear();
  }
  // The directory first: its journal commit should not queue behind the
  // freeing of the old file's blocks.
  try {
    sync_directory();
  } catch (...) {
    if (previous >= 0) ::close(previous);
    throw;
  }
  if (previous >= 0) free_in_background(previous);
}

// The rename is in the directory: syncing it makes the new name as durable
// as the bytes it names. A directory that cannot be opened for reading (no
// read permission) is left to the file system's own commit.
void OutputFile::sync_directory() const {
  std::string dir = std::filesystem::path(path_).parent_path().string();
  if (dir.empty()) dir = ".";
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  const int synced = ::fsync(fd);
  const int error = errno;
  ::close(fd);
  if (synced != 0 && error != EINVAL) {  // EINVAL: a file system that cannot sync directories
    errno = error;
    throw InputError(could_not("sync the directory of", path_), {"--output", path_, ""});
  }
}

void OutputFile::arm_cleanup() {
  std::memcpy(g_tmp_path, tmp_.c_str(), tmp_.size() + 1);
  g_armed = 1;
  struct sigaction cleanup {};
  cleanup.sa_handler = remove_tmp_and_die;
  sigemptyset(&cleanup.sa_mask);
  for (int sig : kCleanupSignals) sigaddset(&cleanup.sa_mask, sig);  // one cleanup at a time
  for (std::size_t i = 0; i < kCleanupSignals.size(); ++i) {
    ::sigaction(kCleanupSignals[i], nullptr, &previous_[i]);
    if (previous_[i].sa_handler == SIG_IGN) continue;  // nohup: the caller asked for the run to go on
    ::sigaction(kCleanupSignals[i], &cleanup, nullptr);
    replaced_[i] = true;
  }
}

void OutputFile::disarm_cleanup() {
  for (std::size_t i = 0; i < kCleanupSignals.size(); ++i)
    if (replaced_[i]) ::sigaction(kCleanupSignals[i], &previous_[i], nullptr);
  replaced_ = {};
  g_armed = 0;
}

}  // namespace hdpolicy::cli
