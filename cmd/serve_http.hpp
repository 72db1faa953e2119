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
#include "serve_connection.hpp"
#include "serve_headers.hpp"
#include "serve_policies.hpp"
#include "serve_run.hpp"

namespace hdpolicy::cli {

struct ServeLimits {
  // Connections served at once; more wait for a worker. cpp-httplib gives a
  // connection a worker for as long as it is open, so an idle keep-alive
  // connection is let go after connection.keep_alive_idle, a request after
  // connection.request_deadline, and one address holds at most
  // client_connections workers.
  std::size_t threads = kDefaultServeThreads;
  std::size_t client_connections = kDefaultServeThreads / 2;
  // Connections open at once in all, waiting ones included; the next is
  // answered 503 at once, so that neither descriptors nor the queue grow
  // without bound.
  std::size_t max_connections = kServeConnectionsPerThread * kDefaultServeThreads;
  ConnectionLimits connection;
  std::size_t keep_alive_requests = 100;
  CorsOrigins cors;  // browsers of these origins may call the API (--cors)
};

// cpp-httplib, with the backlog of connections waiting to be accepted
// widened after bind: the library's own is 5, compiled in, and a burst of
// connections beyond it waits for SYN retries (1 s, 3 s, ...). Each
// connection's keep-alive loop is ours (serve_connection.hpp says why): a
// deadline and a byte budget per request, and at most `per_client`
// connections from one address and max_connections in all, the next
// refused with 503.
class HttpServer : public httplib::Server {
 public:
  void widen_backlog();
  void set_connection_limits(const ConnectionLimits& limits, std::size_t per_client, std::size_t max_connections);

 private:
  bool process_and_close_socket(socket_t sock) override;
  void refuse(ConnectionStream& stream, const std::string& why) const;

  ConnectionLimits limits_;
  std::size_t per_client_ = 0;
  std::size_t max_connections_ = 0;
  ClientCounts clients_;
};

// Answers every request with answer_api on the policies' current snapshot.
void serve_api(HttpServer& server, const ServedPolicies& policies, const ServeLimits& limits);
// The benchmark's ceiling: every request answered "hello" by the same server set-up.
void serve_hello(HttpServer& server, const ServeLimits& limits);

}  // namespace hdpolicy::cli
