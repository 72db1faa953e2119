// hdpolicy-serve's connections, below cpp-httplib's request parsing.
// cpp-httplib gives each connection a worker thread for as long as it is
// open, and its own socket stream restarts the read timeout at every byte,
// so 64 clients trickling header bytes held all 64 workers indefinitely.
// HttpServer (serve_http.hpp) runs each connection's keep-alive loop itself
// with this stream, which bounds what one request may take: a deadline for
// the whole request (headers and body) and a byte budget; and counts the
// connections each client address holds open.
#pragma once

#include <httplib.h>

#include <array>
#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace hdpolicy::cli {

// A whole request, from its first byte to its last: longer than any honest
// client needs for 64 KiB, short enough that a slow one frees its worker.
inline constexpr std::chrono::seconds kRequestDeadline{10};

struct ConnectionLimits {
  std::chrono::milliseconds request_deadline = kRequestDeadline;
  std::chrono::milliseconds read_idle{5'000};  // without a byte, within the deadline
  std::chrono::milliseconds write_idle{5'000};
  std::chrono::milliseconds keep_alive_idle{1'000};  // between requests
  // Bytes read per request: the request line and headers (8 KiB and a few
  // KiB at most in cpp-httplib), a 64 KiB body and its chunk framing.
  std::size_t request_bytes = std::size_t{1} << 20;
};

// How many connections each client address has open, against a limit.
class ClientCounts {
 public:
  // false: the address already holds `limit` (0: no limit) connections.
  bool admit(const std::string& address, std::size_t limit);
  void release(const std::string& address);

 private:
  std::mutex mutex_;
  std::unordered_map<std::string, std::size_t> open_;
};

// One connection as cpp-httplib's Stream. Reads are buffered (cpp-httplib
// reads a request line a byte at a time) and fail once the request's
// deadline passes or its byte budget is spent; writes wait at most
// write_idle for room.
class ConnectionStream : public httplib::Stream {
 public:
  ConnectionStream(int sock, const ConnectionLimits& limits) : sock_(sock), limits_(limits) {}

  // Keep-alive: true once the next request's first byte is there.
  bool wait_for_request();
  // A request starts: its deadline and budget begin now.
  void start_request();
  // The answer just written said Connection: close (cpp-httplib's own
  // decision, or ours after a refused body whose rest is left unread).
  bool closing() const { return closing_ || expired_; }
  // Reads and drops what the client has already sent, for up to `wait`, so
  // that closing the socket does not reset the connection before the client
  // has read the answer (unread data makes close(2) send RST).
  void drain(std::chrono::milliseconds wait);

  bool is_readable() const override;
  bool is_writable() const override;
  ssize_t read(char* ptr, size_t size) override;
  ssize_t write(const char* ptr, size_t size) override;
  void get_remote_ip_and_port(std::string& ip, int& port) const override;
  void get_local_ip_and_port(std::string& ip, int& port) const override;
  socket_t socket() const override { return sock_; }

 private:
  using Clock = std::chrono::steady_clock;
  bool wait(short events, Clock::time_point until) const;
  Clock::time_point read_until() const;

  int sock_;
  const ConnectionLimits& limits_;
  std::array<char, 4096> buffer_{};
  std::size_t begin_ = 0, end_ = 0;
  Clock::time_point deadline_ = Clock::now();
  std::size_t budget_ = 0;
  bool closing_ = false;
  bool expired_ = false;  // a request outlived its deadline or budget: the connection ends with it
};

}  // namespace hdpolicy::cli
