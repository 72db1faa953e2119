#include "serve_headers.hpp"

#include <sys/random.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <ctime>

#include <fmt/format.h>

namespace hdpolicy::cli {

std::string http_date(std::chrono::system_clock::time_point t) {
  // Names written out: strftime's %a and %b follow the locale.
  static constexpr std::array<const char*, 7> kDays = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const std::time_t seconds = std::chrono::system_clock::to_time_t(t);
  std::tm tm{};
  gmtime_r(&seconds, &tm);
  return fmt::format("{}, {:02} {} {} {:02}:{:02}:{:02} GMT", kDays.at(static_cast<std::size_t>(tm.tm_wday)),
                     tm.tm_mday, kMonths.at(static_cast<std::size_t>(tm.tm_mon)), tm.tm_year + 1900, tm.tm_hour,
                     tm.tm_min, tm.tm_sec);
}

bool sane_request_id(std::string_view id) {
  constexpr std::string_view kTokenPunctuation = "!#$%&'*+-.^_`|~";
  return !id.empty() && id.size() <= kMaxRequestId && std::all_of(id.begin(), id.end(), [&](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           kTokenPunctuation.find(c) != std::string_view::npos;
  });
}

std::string request_id(std::string_view sent) {
  if (sane_request_id(sent)) return std::string(sent);
  std::array<std::uint64_t, 2> random{};
  // getrandom without flags blocks only before the kernel's pool is first
  // seeded, long past once a server is answering; a short read keeps zeros.
  [[maybe_unused]] const ssize_t n = ::getrandom(random.data(), sizeof random, 0);
  return fmt::format("{:016x}{:016x}", random[0], random[1]);
}

bool CorsOrigins::allows(std::string_view origin) const {
  return !origin.empty() && std::find(allowed.begin(), allowed.end(), origin) != allowed.end();
}

}  // namespace hdpolicy::cli
