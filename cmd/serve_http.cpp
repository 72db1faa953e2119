#include "serve_http.hpp"

#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <string_view>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "hdpolicy/error_json.hpp"

namespace hdpolicy::cli {
namespace {

using Clock = std::chrono::steady_clock;

// Longer than any path the API has by far. A longer one is answered 404
// before routing: cpp-httplib matches paths with std::regex, whose
// recursion grows with the length of the text (up to 8 KiB here).
constexpr std::size_t kMaxPath = 256;

httplib::Server::HandlerResponse refuse_long_path(const httplib::Request& req, httplib::Response& res) {
  if (req.path.size() <= kMaxPath) return httplib::Server::HandlerResponse::Unhandled;
  res.status = 404;
  res.set_header("Connection", "close");  // a body it may have sent is left unread
  res.set_content(
      error_line(message_error_json(fmt::format("no such path: {}... (see /openapi.json)", req.path.substr(0, 64)))) +
          "\n",
      "application/json");
  return httplib::Server::HandlerResponse::Handled;
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

// A path as the log shows it: decoded by cpp-httplib, so a %0A would start
// a line of its own; control bytes become '?', and a long path is cut.
std::string loggable(std::string_view path) {
  std::string out(path.substr(0, kMaxPath));
  for (char& c : out)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = '?';
  if (path.size() > kMaxPath) out += "...";
  return out;
}

// One line per request, written with one write(2) so lines from workers
// never interleave. Never the body, nor the query (it may hold a claim).
void log_request(const httplib::Request& req, const httplib::Response& res) {
  const long long us = logged_microseconds(res);
  const std::string line = fmt::format("{} {} {} {}\n", loggable(req.method), loggable(req.path), res.status,
                                       us < 0 ? std::string("-") : std::to_string(us));
  [[maybe_unused]] const ssize_t n = ::write(STDERR_FILENO, line.data(), line.size());
}

// Statuses cpp-httplib sets itself (413 over the limit, 400 for a request it
// cannot parse) get the API's error object too.
httplib::Server::HandlerResponse error_body(const httplib::Request&, httplib::Response& res) {
  if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
  const std::string message =
      res.status == 413 ? fmt::format("the body is too large: at most {} bytes (64 KiB) are accepted", kMaxApiBody)
                        : fmt::format("the request could not be read (HTTP status {})", res.status);
  res.set_content(error_line(message_error_json(message)) + "\n", "application/json");
  return httplib::Server::HandlerResponse::Handled;
}

void configure(httplib::Server& server, const ServeLimits& limits) {
  const std::size_t threads = limits.threads;
  server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  server.set_read_timeout(limits.read_timeout_s, 0);
  server.set_write_timeout(limits.write_timeout_s, 0);
  server.set_keep_alive_timeout(limits.keep_alive_s);
  server.set_keep_alive_max_count(limits.keep_alive_requests);
  server.set_payload_max_length(kMaxApiBody);
  server.set_tcp_nodelay(true);
  server.set_default_headers({{"X-Content-Type-Options", "nosniff"},
                              {"Referrer-Policy", "no-referrer"},
                              {"Content-Security-Policy",
                               "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
                               "connect-src 'self'; img-src data:; form-action 'self'; base-uri 'none'"}});
  server.set_error_handler(httplib::Server::HandlerWithResponse(error_body));
  server.set_pre_routing_handler(refuse_long_path);
  server.set_logger(log_request);
}

// Every method and path goes to one handler: the API routes them itself.
void route_all(httplib::Server& server, const httplib::Server::Handler& handler) {
  server.Get(".*", handler);
  server.Post(".*", handler);
  server.Put(".*", handler);
  server.Patch(".*", handler);
  server.Delete(".*", handler);
  server.Options(".*", handler);
}
}  // namespace

void HttpServer::widen_backlog() {
  // listen() again on a listening socket sets its backlog (Linux, BSD).
  ::listen(svr_sock_, SOMAXCONN);
}

void serve_api(httplib::Server& server, const ServedPolicies& policies, const ServeLimits& limits) {
  configure(server, limits);
  route_all(server, [&policies](const httplib::Request& req, httplib::Response& res) {
    const Clock::time_point start = Clock::now();
    const std::shared_ptr<const PolicySet> set = policies.current();  // this request's snapshot
    const std::string content_type = req.get_header_value("Content-Type");
    const ApiRequest request{req.method, req.path, {req.params.begin(), req.params.end()}, content_type, req.body};
    const ApiResponse answer = answer_api(ApiContext{*set, today_beijing()}, request);
    res.status = answer.status;
    if (!answer.allow.empty()) res.set_header("Allow", answer.allow);
    res.set_content(answer.body, answer.content_type);
    set_timing(res, start);
  });
}

void serve_hello(httplib::Server& server, const ServeLimits& limits) {
  configure(server, limits);
  route_all(server, [](const httplib::Request&, httplib::Response& res) {
    const Clock::time_point start = Clock::now();
    res.set_content("hello\n", "text/plain");
    set_timing(res, start);
  });
}

}  // namespace hdpolicy::cli
