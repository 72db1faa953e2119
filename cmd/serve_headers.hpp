// Headers of hdpolicy-serve's answers that no endpoint decides: the Date
// every response carries (RFC 9110 6.6.1), the request id a client sent or
// one made up, and which origins may call the API from a browser (--cors).
// Pure functions and a value type: no sockets, no state between requests.
#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

namespace hdpolicy::cli {

// "Sun, 06 Nov 1994 08:49:37 GMT" (IMF-fixdate), independent of the locale.
std::string http_date(std::chrono::system_clock::time_point t);

// A client's X-Request-Id is echoed when it is 1 to kMaxRequestId token
// characters (RFC 9110 5.6.2): it goes into the access log and a header, so
// anything longer or with other bytes is replaced by a fresh random one.
inline constexpr std::size_t kMaxRequestId = 128;
bool sane_request_id(std::string_view id);
// `sent` if sane, else 32 hex digits from the kernel's random source.
std::string request_id(std::string_view sent);

// The origins --cors allows (exact "scheme://host[:port]" strings).
struct CorsOrigins {
  std::vector<std::string> allowed;
  bool allows(std::string_view origin) const;
};

// What a preflight from an allowed origin is answered with.
inline constexpr const char* kCorsMethods = "GET, HEAD, POST";
inline constexpr const char* kCorsHeaders = "Content-Type, X-Request-Id";
inline constexpr const char* kCorsMaxAge = "600";

}  // namespace hdpolicy::cli
