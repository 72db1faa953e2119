#include "serve_connection.hpp"

#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace hdpolicy::cli {

namespace {
void address_of(int sock, bool peer, std::string& ip, int& port) {
  sockaddr_storage addr{};
  socklen_t length = sizeof addr;
  auto* a = reinterpret_cast<sockaddr*>(&addr);
  if ((peer ? ::getpeername(sock, a, &length) : ::getsockname(sock, a, &length)) != 0) return;
  std::array<char, NI_MAXHOST> host{};
  std::array<char, NI_MAXSERV> service{};
  if (::getnameinfo(a, length, host.data(), host.size(), service.data(), service.size(),
                    NI_NUMERICHOST | NI_NUMERICSERV) != 0)
    return;
  ip = host.data();
  port = std::atoi(service.data());
}
}  // namespace

bool ClientCounts::admit(const std::string& address, std::size_t limit) {
  const std::lock_guard lock(mutex_);
  std::size_t& open = open_[address];
  if (limit != 0 && open >= limit) return false;
  ++open;
  return true;
}

void ClientCounts::release(const std::string& address) {
  const std::lock_guard lock(mutex_);
  const auto it = open_.find(address);
  if (it != open_.end() && --it->second == 0) open_.erase(it);  // the map holds only addresses now connected
}

bool ConnectionStream::wait(short events, Clock::time_point until) const {
  for (;;) {
    const auto left = std::chrono::ceil<std::chrono::milliseconds>(until - Clock::now()).count();
    if (left <= 0) return false;
    pollfd p{sock_, events, 0};
    const int ready = ::poll(&p, 1, static_cast<int>(left));
    if (ready > 0) return true;  // ready, or an error or hang-up the read or write reports
    if (ready == 0 || errno != EINTR) return false;
  }
}

ConnectionStream::Clock::time_point ConnectionStream::read_until() const {
  return std::min(deadline_, Clock::now() + limits_.read_idle);
}

bool ConnectionStream::wait_for_request() {
  return begin_ != end_ || wait(POLLIN, Clock::now() + limits_.keep_alive_idle);
}

void ConnectionStream::start_request() {
  deadline_ = Clock::now() + limits_.request_deadline;
  budget_ = limits_.request_bytes;
}

bool ConnectionStream::is_readable() const { return begin_ != end_ || wait(POLLIN, read_until()); }

bool ConnectionStream::is_writable() const { return wait(POLLOUT, Clock::now() + limits_.write_idle); }

ssize_t ConnectionStream::read(char* ptr, size_t size) {
  // Bytes already there are taken without a poll (one system call, not
  // two, per read); only when there are none does the read wait.
  for (bool waited = false; begin_ == end_; waited = true) {
    // Past the deadline or the budget the request is refused, however
    // steadily its bytes arrive: cpp-httplib answers 400 to a request it
    // could not read.
    if (budget_ == 0 || Clock::now() >= deadline_ || (waited && !wait(POLLIN, read_until()))) {
      expired_ = true;
      return -1;
    }
    const ssize_t n = ::recv(sock_, buffer_.data(), std::min(buffer_.size(), budget_), MSG_DONTWAIT);
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) continue;  // nothing yet
    if (n <= 0) return n;
    begin_ = 0;
    end_ = static_cast<std::size_t>(n);
    budget_ -= end_;
  }
  const std::size_t n = std::min(size, end_ - begin_);
  std::memcpy(ptr, buffer_.data() + begin_, n);
  begin_ += n;
  return static_cast<ssize_t>(n);
}

ssize_t ConnectionStream::write(const char* ptr, size_t size) {
  // Never a blocking send: one that does not fit would wait for a client
  // that does not read for as long as it likes. What fits is sent; the
  // caller writes the rest, each wait bounded by write_idle.
  ssize_t n = ::send(sock_, ptr, size, MSG_NOSIGNAL | MSG_DONTWAIT);
  while (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) {
    if (!wait(POLLOUT, Clock::now() + limits_.write_idle)) return -1;
    n = ::send(sock_, ptr, size, MSG_NOSIGNAL | MSG_DONTWAIT);
  }
  // cpp-httplib writes a status line and its headers with one write (a
  // 100 Continue first, for a client that asks); an answer that says
  // Connection: close ends the connection after it.
  const std::string_view written(ptr, n > 0 ? static_cast<std::size_t>(n) : 0);
  if (written.starts_with("HTTP/1.")) {
    const std::string_view headers = written.substr(0, written.find("\r\n\r\n"));
    closing_ = closing_ || headers.find("\r\nConnection: close") != std::string_view::npos;
  }
  return n;
}

void ConnectionStream::drain(std::chrono::milliseconds wait_at_most) {
  const Clock::time_point until = Clock::now() + wait_at_most;
  while (wait(POLLIN, until)) {
    const ssize_t n = ::recv(sock_, buffer_.data(), buffer_.size(), MSG_DONTWAIT);
    if (n <= 0) return;  // the client closed too, or an error
  }
}

void ConnectionStream::get_remote_ip_and_port(std::string& ip, int& port) const { address_of(sock_, true, ip, port); }

void ConnectionStream::get_local_ip_and_port(std::string& ip, int& port) const { address_of(sock_, false, ip, port); }

}  // namespace hdpolicy::cli
