// The HTTP server of `hdpolicy serve` (the program hdpolicy-serve, which
// `hdpolicy serve` becomes): the same answers over HTTP (the API:
// hdpolicy/api.hpp), and the page at /. SIGHUP reloads the policies, SIGTERM
// and SIGINT stop accepting, finish the requests in flight and exit 0.
#include <pthread.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <thread>

#include <fmt/format.h>

#include "cli.hpp"
#include "hdpolicy/errors.hpp"
#include "serve_http.hpp"
#include "serve_policies.hpp"
#include "serve_run.hpp"

namespace hdpolicy::cli {

namespace {
struct Address {
  std::string host;
  int port = 0;
};

// HOST:PORT, [IPV6]:PORT; port 0 asks the system for a free one.
Address parse_listen(const std::string& text) {
  const char* accepted = "HOST:PORT, e.g. 127.0.0.1:8080, [::1]:8080, or port 0 for any free port";
  const auto colon = text.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == text.size()) throw bad_value("--listen", text, accepted);
  Address a{text.substr(0, colon), 0};
  if (a.host.size() > 2 && a.host.front() == '[' && a.host.back() == ']') a.host = a.host.substr(1, a.host.size() - 2);
  const std::string port = text.substr(colon + 1);
  if (port.size() > 5 || port.find_first_not_of("0123456789") != std::string::npos)
    throw bad_value("--listen", text, accepted);
  a.port = std::stoi(port);
  if (a.port > 65535) throw bad_value("--listen", text, accepted);
  return a;
}

// --cors ORIGIN: an origin as a browser sends it, scheme://host[:port],
// lower case, no path; compared byte for byte with the Origin header.
CorsOrigins parse_cors(const std::vector<std::string>& origins) {
  const char* accepted =
      "an origin as browsers send it: http:// or https://, a lower-case host, an optional :port, "
      "no path, e.g. https://example.org or http://localhost:3000";
  for (const std::string& o : origins) {
    const std::size_t host = o.starts_with("https://") ? 8 : o.starts_with("http://") ? 7 : 0;
    const bool well_formed =
        host > 0 && o.size() > host && o.size() <= 256 &&
        o.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789.-:[]", host) == std::string::npos;
    if (!well_formed) throw bad_value("--cors", o, accepted);
  }
  return CorsOrigins{origins};
}

// The signals are taken by one thread (sigwait), never by a handler, so
// reloading and stopping run as ordinary code. Blocked before any other
// thread starts, so every thread inherits the mask.
sigset_t serve_signals() {
  sigset_t set;
  sigemptyset(&set);
  for (int s : {SIGHUP, SIGTERM, SIGINT}) sigaddset(&set, s);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  return set;
}

void watch_signals(sigset_t set, httplib::Server& server, ServedPolicies* policies, const std::atomic<bool>& over) {
  for (;;) {
    int signal = 0;
    if (sigwait(&set, &signal) != 0) continue;
    if (signal == SIGHUP) {
      const std::string said = policies ? policies->reload() : "hdpolicy serve: nothing to reload\n";
      std::fputs(said.c_str(), stderr);
      continue;
    }
    std::fprintf(stderr, "hdpolicy serve: %s: finishing the requests in flight\n",
                 signal == SIGINT ? "SIGINT" : "SIGTERM");
    // stop() does nothing before the accept loop runs: a signal right after
    // the address was printed waits for it (or for listening to have failed).
    while (!server.is_running() && !over) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    server.stop();
    return;
  }
}

bool bind(HttpServer& server, const Address& a) {
  const int port = a.port == 0 ? server.bind_to_any_port(a.host) : server.bind_to_port(a.host, a.port) ? a.port : -1;
  if (port < 0) return false;
  server.widen_backlog();
  const bool v6 = a.host.find(':') != std::string::npos;
  std::fprintf(stderr, "hdpolicy serve: listening on http://%s%s%s:%d/\n", v6 ? "[" : "", a.host.c_str(), v6 ? "]" : "",
               port);
  return true;
}

}  // namespace

void run_serve(const Cli& cli, const ServeOptions& o, int& exit_code) {
  const Address address = parse_listen(o.listen);
  if (o.threads < 1 || o.threads > 1024) throw bad_value("--threads", std::to_string(o.threads), "1 to 1024");
  const CorsOrigins cors = parse_cors(o.cors);
  const std::size_t per_client =
      o.client_connections == 0 ? std::max<std::size_t>(1, o.threads / 2) : o.client_connections;
  if (per_client > o.threads)
    throw bad_value("--client-connections", std::to_string(per_client), fmt::format("1 to --threads ({})", o.threads));
  const std::size_t max_connections =
      o.max_connections == 0 ? kServeConnectionsPerThread * o.threads : o.max_connections;
  if (max_connections < o.threads || max_connections > 65536)
    throw bad_value("--max-connections", std::to_string(max_connections),
                    fmt::format("--threads ({}) to 65536", o.threads));
  const sigset_t signals = serve_signals();
  // A client that goes away mid-answer is a failed write on its connection,
  // never the end of the server (cpp-httplib ignores SIGPIPE too; this does not rely on it).
  std::signal(SIGPIPE, SIG_IGN);
  std::unique_ptr<ServedPolicies> policies;
  if (!o.hello) policies = std::make_unique<ServedPolicies>(cli.policies);
  ServeLimits limits;
  limits.threads = o.threads;
  limits.cors = cors;
  limits.client_connections = per_client;
  limits.max_connections = max_connections;
  HttpServer server;
  if (o.hello)
    serve_hello(server, limits);
  else
    serve_api(server, *policies, limits);
  if (!bind(server, address))
    throw InputError(
        fmt::format("--listen: could not listen on {} (in use, or not an address of this machine)", o.listen),
        {"--listen", o.listen, "a free HOST:PORT of this machine"});
  std::setvbuf(stderr, nullptr, _IOLBF, 0);
  std::atomic<bool> over = false;
  std::thread watcher(watch_signals, signals, std::ref(server), policies.get(), std::cref(over));
  const bool ok = server.listen_after_bind();
  over = true;
  if (!ok) pthread_kill(watcher.native_handle(), SIGTERM);  // stopped by no signal: stop the watcher
  watcher.join();
  std::fputs("hdpolicy serve: stopped\n", stderr);
  exit_code = ok ? kExitOk : kExitDataFailed;
}

}  // namespace hdpolicy::cli
