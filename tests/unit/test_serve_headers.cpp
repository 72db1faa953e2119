// The headers hdpolicy-serve adds to every answer (cmd/serve_headers.hpp):
// the Date format, which client request ids are echoed, and which origins
// --cors allows. tests/serve/http.sh and cors.sh check them on the wire.
#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "serve_headers.hpp"

using namespace hdpolicy::cli;

TEST_CASE("http_date: IMF-fixdate, in GMT") {
  // RFC 9110 5.6.7's own example.
  const auto t = std::chrono::system_clock::from_time_t(784111777);
  CHECK(http_date(t) == "Sun, 06 Nov 1994 08:49:37 GMT");
  CHECK(http_date(std::chrono::system_clock::from_time_t(0)) == "Thu, 01 Jan 1970 00:00:00 GMT");
  CHECK(http_date(std::chrono::system_clock::from_time_t(1798761599)) == "Thu, 31 Dec 2026 23:59:59 GMT");
}

TEST_CASE("request_id: a sane id is echoed, anything else replaced") {
  CHECK(request_id("trace-42.a_b") == "trace-42.a_b");
  CHECK(request_id("!#$%&'*+-.^_`|~") == "!#$%&'*+-.^_`|~");
  const std::string longest(kMaxRequestId, 'x');
  CHECK(request_id(longest) == longest);
  for (const std::string& insane :
       {std::string(), std::string(kMaxRequestId + 1, 'x'), std::string("a b"), std::string("a\"b"),
        std::string("a\nb"), std::string("id\x01"), std::string("\xe4\xb8\xad")}) {
    CAPTURE(insane);
    CHECK_FALSE(sane_request_id(insane));
    const std::string made = request_id(insane);
    CHECK(made.size() == 32);
    CHECK(made.find_first_not_of("0123456789abcdef") == std::string::npos);
  }
  CHECK(request_id("") != request_id(""));  // 128 random bits: equal twice is a broken source
}

TEST_CASE("CorsOrigins: exact origins only") {
  const CorsOrigins cors{{"https://forms.example.org", "http://localhost:3000"}};
  CHECK(cors.allows("https://forms.example.org"));
  CHECK(cors.allows("http://localhost:3000"));
  CHECK_FALSE(cors.allows(""));
  CHECK_FALSE(cors.allows("null"));
  CHECK_FALSE(cors.allows("https://forms.example.org.evil.example"));
  CHECK_FALSE(cors.allows("http://forms.example.org"));
  CHECK_FALSE(cors.allows("http://localhost:30000"));
  CHECK_FALSE(CorsOrigins{}.allows("https://forms.example.org"));
}
