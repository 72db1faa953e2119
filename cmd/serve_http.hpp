// cpp-httplib wired to the API (hdpolicy/api.hpp): a bounded pool of
// worker threads, read, write and keep-alive timeouts, the 64 KiB body
// limit (chunked bodies too), CORS for the origins --cors names, the headers
// every answer carries (Date, X-Request-Id, Vary), the API's error object
// for the statuses cpp-httplib decides itself, and one access-log line per
// request on stderr. Nothing here computes an answer; nothing here reads a
// file.
#pragma once

#include <httplib.h>

#include <cstddef>
#include <functional>
#include <string>

#include "hdpolicy/api.hpp"
#include "serve_headers.hpp"
#include "serve_policies.hpp"
#include "serve_run.hpp"

namespace hdpolicy::cli {

struct ServeLimits {
  // Connections served at once; more wait for a worker. cpp-httplib gives a
  // connection a worker for as long as it is open, so an idle keep-alive
  // connection is let go after keep_alive_s, and a stalled client after
  // read_timeout_s without a byte.
  std::size_t threads = kDefaultServeThreads;
  time_t read_timeout_s = 5, write_timeout_s = 5, keep_alive_s = 1;
  std::size_t keep_alive_requests = 100;
  CorsOrigins cors;  // browsers of these origins may call the API (--cors)
};

// cpp-httplib, with the backlog of connections waiting to be accepted
// widened after bind: the library's own is 5, compiled in, and a burst of
// connections beyond it waits for SYN retries (1 s, 3 s, ...).
class HttpServer : public httplib::Server {
 public:
  void widen_backlog();
};

// Answers every request with answer_api on the policies' current snapshot.
void serve_api(httplib::Server& server, const ServedPolicies& policies, const ServeLimits& limits);
// The benchmark's ceiling: every request answered "hello" by the same server set-up.
void serve_hello(httplib::Server& server, const ServeLimits& limits);

}  // namespace hdpolicy::cli
