#include "serve_http.hpp"

#include <sys/socket.h>
#include <unistd.h>

#include <strings.h>
#include <atomic>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>

#include <fmt/format.h>

namespace hdpolicy::cli {
namespace {

using Clock = std::chrono::steady_clock;
using Handled = httplib::Server::HandlerResponse;
// How an endpoint answers a request whose body (if any) has been read.
using Answer = std::function<void(const httplib::Request&, std::string_view body, httplib::Response&)>;

// Longer than any path the API has by far. A longer one is answered 404
// before routing: cpp-httplib matches paths with std::regex, whose
// recursion grows with the length of the text (up to 8 KiB here).
constexpr std::size_t kMaxPath = 256;

void set_answer(httplib::Response& res, const ApiResponse& answer) {
  res.status = answer.status;
  if (!answer.allow.empty()) res.set_header("Allow", answer.allow);
  res.set_content(answer.body, answer.content_type);
}

// A path as the log and error messages show it: decoded by cpp-httplib, so
// a %0A would start a line of its own; control bytes become '?', and a long
// path is cut.
std::string loggable(std::string_view path) {
  if (path.empty()) return "-";  // a request cpp-httplib could not parse (400, 414)
  std::string out(path.substr(0, kMaxPath));
  for (char& c : out)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = '?';
  if (path.size() > kMaxPath) out += "...";
  return out;
}

// A preflight (OPTIONS with Access-Control-Request-Method) is the server's
// to answer, not the API's: 204 with the CORS headers for an origin --cors
// names, 403 with the error object for any other, so a refused browser call
// is visible in the access log and says why.
Handled preflight(const CorsOrigins& cors, const httplib::Request& req, httplib::Response& res) {
  const std::string origin = req.get_header_value("Origin");
  if (!cors.allows(origin)) {
    set_answer(res, api_error(403, fmt::format("origin '{}' may not call this API from a browser "
                                               "(hdpolicy serve --cors ORIGIN allows one)",
                                               loggable(origin))));
    return Handled::Handled;
  }
  res.status = 204;
  res.set_header("Access-Control-Allow-Origin", origin);
  res.set_header("Access-Control-Allow-Methods", kCorsMethods);
  res.set_header("Access-Control-Allow-Headers", kCorsHeaders);
  res.set_header("Access-Control-Max-Age", kCorsMaxAge);
  return Handled::Handled;
}

Handled before_routing(const CorsOrigins& cors, const httplib::Request& req, httplib::Response& res) {
  // An API answer is always whole: a Range header is ignored (RFC 9110
  // 14.2 allows it), or cpp-httplib would cut the body and keep status 200.
  // The request is cpp-httplib's own non-const object, handed over as const.
  const_cast<httplib::Request&>(req).ranges.clear();
  if (req.path.size() > kMaxPath) {
    set_answer(
        res, api_error(404, fmt::format("no such path: {}... (see /openapi.json)", loggable(req.path.substr(0, 64)))));
    res.set_header("Connection", "close");  // a body it may have sent is left unread
    return Handled::Handled;
  }
  if (req.method == "OPTIONS" && req.has_header("Access-Control-Request-Method")) return preflight(cors, req, res);
  return Handled::Unhandled;
}

// Headers every response carries, whoever produced it (an endpoint, the
// error handler, cpp-httplib's own 413 or 414): this runs last, before the
// status line is written.
void after_routing(const CorsOrigins& cors, const httplib::Request& req, httplib::Response& res) {
  res.headers.erase("Date");
  res.set_header("Date", http_date(std::chrono::system_clock::now()));
  if (!res.has_header("X-Request-Id")) res.set_header("X-Request-Id", request_id(req.get_header_value("X-Request-Id")));
  // cpp-httplib compresses JSON and HTML for a client that accepts gzip or
  // br, so a cache must key answers on Accept-Encoding (and on Origin once
  // ACAO depends on it).
  res.headers.erase("Vary");
  res.set_header("Vary", cors.allowed.empty() ? "Accept-Encoding" : "Origin, Accept-Encoding");
  const std::string origin = req.get_header_value("Origin");
  if (cors.allows(origin) && !res.has_header("Access-Control-Allow-Origin")) {
    res.set_header("Access-Control-Allow-Origin", origin);
    res.set_header("Access-Control-Expose-Headers", "X-Request-Id");
  }
  // cpp-httplib adds Content-Length: 0 to an empty answer; a 204 has none (RFC 9110 8.6).
  if (res.status == 204) res.headers.erase("Content-Length");
}

std::string status_message(int status) {
  switch (status) {
    case 413:
      return fmt::format("the body is too large: at most {} bytes (64 KiB) are accepted", kMaxApiBody);
    case 414:
      return "the request target (path and query) is too long";
    case 416:
      return "the Range header could not be read; answers are always whole: send none";
    case 400:
      return fmt::format("the request could not be read: malformed, or not complete within {} s",
                         kRequestDeadline.count());
    default:
      return fmt::format("the request could not be read (HTTP status {})", status);
  }
}

// Statuses cpp-httplib decides itself (413 by Content-Length, 414, 400 for
// a request it cannot parse, 416 for a Range it cannot parse) get the API's
// error object too. A GET whose Range could not be parsed is answered as if
// it had none: it has no body left unread.
Handled error_body(const Answer& answer, const httplib::Request& req, httplib::Response& res) {
  if (!res.body.empty()) return Handled::Unhandled;
  if (res.status == 416 && (req.method == "GET" || req.method == "HEAD")) {
    const_cast<httplib::Request&>(req).ranges.clear();  // as before_routing, which this request did not reach
    answer(req, {}, res);
    return Handled::Handled;
  }
  set_answer(res, api_error(res.status, status_message(res.status)));
  // A body left unread (a refused Range before it, a 413 whose rest was not
  // skipped) or the rest of a request that could not be read would be read
  // as the next request: the connection ends here.
  if (res.status == 416 || res.status == 413 || res.status == 400) res.set_header("Connection", "close");
  return Handled::Handled;
}

// The time a handler took rides to the access log in the Server-Timing
// header (which a browser's tools also show), so no state is shared.
void set_timing(httplib::Response& res, Clock::time_point start) {
  const auto us = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - start).count();
  res.set_header("Server-Timing", fmt::format("app;dur={}.{:03}", us / 1000, us % 1000));
}

long long logged_microseconds(const httplib::Response& res) {
  const std::string timing = res.get_header_value("Server-Timing");  // "app;dur=MS.UUU"
  const auto eq = timing.find('=');
  const auto dot = timing.find('.');
  if (eq == std::string::npos || dot == std::string::npos) return -1;
  return std::stoll(timing.substr(eq + 1, dot - eq - 1)) * 1000 + std::stoll(timing.substr(dot + 1));
}

// One line per request, written with one write(2) so lines from workers
// never interleave: METHOD PATH STATUS MICROSECONDS REQUEST_ID. Never the
// body, nor the query (it may hold a claim). The id is sane or made here.
void log_request(const httplib::Request& req, const httplib::Response& res) {
  const long long us = logged_microseconds(res);
  const std::string line =
      fmt::format("{} {} {} {} {}\n", loggable(req.method), loggable(req.path), res.status,
                  us < 0 ? std::string("-") : std::to_string(us), res.get_header_value("X-Request-Id"));
  [[maybe_unused]] const ssize_t n = ::write(STDERR_FILENO, line.data(), line.size());
}

bool declared_too_large(const httplib::Request& req) {
  const std::string length = req.get_header_value("Content-Length");
  std::uint64_t n = 0;
  const auto [end, error] = std::from_chars(length.data(), length.data() + length.size(), n);
  return error == std::errc::result_out_of_range || (error == std::errc() && n > kMaxApiBody);
}

// The body, read as it arrives and never more than kMaxApiBody bytes of it:
// set_payload_max_length checks only a Content-Length, and a chunked body
// would otherwise be read whole into memory. A request with neither
// Content-Length nor Transfer-Encoding has no body (RFC 9112 6.3), where
// cpp-httplib would wait for the connection to close. nullopt: `res` holds
// the refusal.
std::optional<std::string> read_body(const httplib::Request& req, httplib::Response& res,
                                     const httplib::ContentReader& reader) {
  const bool has_encoding = req.has_header("Transfer-Encoding");
  if (!has_encoding && !req.has_header("Content-Length")) return std::string();
  if (has_encoding && ::strcasecmp(req.get_header_value("Transfer-Encoding").c_str(), "chunked") != 0) {
    // Not chunked last: its length cannot be known (RFC 9112 6.3).
    set_answer(res, api_error(400, "Transfer-Encoding: only chunked is accepted"));
    res.set_header("Connection", "close");
    return std::nullopt;
  }
  if (declared_too_large(req)) {  // refused unread: nothing of it is read, let alone kept
    set_answer(res, api_error(413, status_message(413)));
    res.set_header("Connection", "close");
    return std::nullopt;
  }
  std::string body;
  bool over = false;
  const bool read = reader([&](const char* data, std::size_t n) {
    over = body.size() + n > kMaxApiBody;
    if (!over) body.append(data, n);
    return !over;
  });
  if (read) return body;
  const int status = over || res.status == 413 ? 413 : 400;  // 413: cpp-httplib's own, by Content-Length
  set_answer(res, api_error(status, status_message(status)));
  res.set_header("Connection", "close");  // the rest of the body is left unread
  return std::nullopt;
}

// Set on the accepting thread while it refuses a connection over the total
// limit: cpp-httplib hands the task queue a closure, not the socket, so the
// closure is run there and then, and process_and_close_socket answers 503.
thread_local bool over_total_limit = false;

// cpp-httplib's pool, whose queue is unbounded, with a bound on the
// connections it holds, served and waiting alike.
class BoundedPool : public httplib::TaskQueue {
 public:
  BoundedPool(std::size_t threads, std::size_t limit) : pool_(threads), limit_(limit) {}

  void enqueue(std::function<void()> fn) override {
    if (open_.fetch_add(1) >= limit_) {
      open_.fetch_sub(1);
      over_total_limit = true;
      fn();  // a 503 written and the socket closed, without waiting for a worker
      over_total_limit = false;
      return;
    }
    pool_.enqueue([this, fn = std::move(fn)] {
      fn();
      open_.fetch_sub(1);
    });
  }
  void shutdown() override { pool_.shutdown(); }

 private:
  httplib::ThreadPool pool_;
  std::size_t limit_;
  std::atomic<std::size_t> open_ = 0;
};

void configure(HttpServer& server, const ServeLimits& limits, const Answer& answer) {
  const std::size_t threads = limits.threads;
  const std::size_t total = limits.max_connections;
  server.new_task_queue = [threads, total] { return new BoundedPool(threads, total); };
  // The socket's own timeouts (SO_RCVTIMEO, SO_SNDTIMEO) bound a single
  // recv or send; ConnectionStream bounds the waits between them.
  const auto seconds = [](std::chrono::milliseconds ms) { return static_cast<time_t>((ms.count() + 999) / 1000); };
  server.set_read_timeout(seconds(limits.connection.read_idle), 0);
  server.set_write_timeout(seconds(limits.connection.write_idle), 0);
  server.set_keep_alive_max_count(limits.keep_alive_requests);
  server.set_keep_alive_timeout(seconds(limits.connection.keep_alive_idle));  // said in the Keep-Alive header
  server.set_connection_limits(limits.connection, limits.client_connections, limits.max_connections);
  server.set_payload_max_length(kMaxApiBody);
  server.set_tcp_nodelay(true);
  server.set_default_headers({{"X-Content-Type-Options", "nosniff"},
                              {"Referrer-Policy", "no-referrer"},
                              {"Content-Security-Policy",
                               "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
                               "connect-src 'self'; img-src data:; form-action 'self'; base-uri 'none'"}});
  const CorsOrigins cors = limits.cors;
  server.set_pre_routing_handler(
      [cors](const httplib::Request& req, httplib::Response& res) { return before_routing(cors, req, res); });
  server.set_post_routing_handler(
      [cors](const httplib::Request& req, httplib::Response& res) { after_routing(cors, req, res); });
  server.set_error_handler(httplib::Server::HandlerWithResponse(
      [answer](const httplib::Request& req, httplib::Response& res) { return error_body(answer, req, res); }));
  server.set_logger(log_request);
  // A client that waits for 100 Continue before sending a body over the
  // limit gets its 413 instead, and sends nothing.
  server.set_expect_100_continue_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!declared_too_large(req)) return 100;
    res.status = 413;  // cpp-httplib answers res as it is, whatever status this returns
    return 413;
  });
  // Every method and path goes to one answer: the API routes them itself.
  const auto without_body = [answer](const httplib::Request& req, httplib::Response& res) { answer(req, {}, res); };
  const auto with_body = [answer](const httplib::Request& req, httplib::Response& res,
                                  const httplib::ContentReader& reader) {
    if (const std::optional<std::string> body = read_body(req, res, reader)) answer(req, *body, res);
  };
  server.Get(".*", without_body);
  server.Options(".*", without_body);
  server.Post(".*", with_body);
  server.Put(".*", with_body);
  server.Patch(".*", with_body);
  server.Delete(".*", with_body);
}
}  // namespace

void HttpServer::widen_backlog() {
  // listen() again on a listening socket sets its backlog (Linux, BSD).
  ::listen(svr_sock_, SOMAXCONN);
}

void HttpServer::set_connection_limits(const ConnectionLimits& limits, std::size_t per_client,
                                       std::size_t max_connections) {
  limits_ = limits;
  per_client_ = per_client;
  max_connections_ = max_connections;
}

// cpp-httplib's own loop (process_server_socket) with our stream; stop()
// makes svr_sock_ invalid, which ends it after the request in hand.
bool HttpServer::process_and_close_socket(socket_t sock) {
  ConnectionStream stream(sock, limits_);
  std::string address;
  int port = 0;
  stream.get_remote_ip_and_port(address, port);
  bool ok = false;
  if (over_total_limit) {
    refuse(stream, fmt::format("too many connections: at most {} at once", max_connections_));
  } else if (!clients_.admit(address, per_client_)) {
    refuse(stream, fmt::format("too many connections from {}: at most {} at once", address, per_client_));
  } else {
    for (std::size_t left = keep_alive_max_count_; left > 0 && svr_sock_ != INVALID_SOCKET && stream.wait_for_request();
         --left) {
      stream.start_request();
      bool closed = false;
      ok = process_request(stream, left == 1, closed, nullptr);
      if (!ok || closed || stream.closing()) break;
    }
    clients_.release(address);
    ::shutdown(sock, SHUT_WR);
    stream.drain(std::chrono::seconds(1));  // what a refused body left unread, before close
  }
  ::close(sock);
  return ok;
}

// 503 to a connection over its address's limit or the total, written here:
// no request has been read, so cpp-httplib has nothing to answer.
void HttpServer::refuse(ConnectionStream& stream, const std::string& why) const {
  const ApiResponse answer = api_error(503, why);
  const std::string id = request_id({});
  const std::string response = fmt::format(
      "HTTP/1.1 503 Service Unavailable\r\nDate: {}\r\nContent-Type: {}\r\nContent-Length: {}\r\n"
      "Retry-After: 1\r\nX-Request-Id: {}\r\nConnection: close\r\n\r\n{}",
      http_date(std::chrono::system_clock::now()), answer.content_type, answer.body.size(), id, answer.body);
  for (std::size_t sent = 0; sent < response.size();) {
    const ssize_t n = stream.write(response.data() + sent, response.size() - sent);
    if (n <= 0) break;
    sent += static_cast<std::size_t>(n);
  }
  const std::string line = fmt::format("- - 503 - {}\n", id);  // the access log: no request was read
  [[maybe_unused]] const ssize_t n = ::write(STDERR_FILENO, line.data(), line.size());
  ::shutdown(stream.socket(), SHUT_WR);
  stream.drain(std::chrono::milliseconds(10));  // a request already sent, so that close sends no RST
}

void serve_api(HttpServer& server, const ServedPolicies& policies, const ServeLimits& limits) {
  configure(server, limits, [&policies](const httplib::Request& req, std::string_view body, httplib::Response& res) {
    const Clock::time_point start = Clock::now();
    const std::shared_ptr<const PolicySet> set = policies.current();  // this request's snapshot
    const std::string content_type = req.get_header_value("Content-Type");
    const ApiRequest request{req.method, req.path, {req.params.begin(), req.params.end()}, content_type, body};
    set_answer(res, answer_api(ApiContext{*set, today_beijing()}, request));
    set_timing(res, start);
  });
}

void serve_hello(HttpServer& server, const ServeLimits& limits) {
  configure(server, limits, [](const httplib::Request&, std::string_view, httplib::Response& res) {
    const Clock::time_point start = Clock::now();
    res.set_content("hello\n", "text/plain");
    set_timing(res, start);
  });
}

}  // namespace hdpolicy::cli
