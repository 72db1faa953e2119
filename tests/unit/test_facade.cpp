// The stable facade (hdpolicy/hdpolicy.hpp), as a program linking the
// shared library sees it: only its own header is included here. Amounts are
// the gazette's: 第四条 pays 50% of an R&D premium (80,000 -> 40,000.00); the
// made-up rent subsidy of tests/shapes pays 50% of rent within 3 yuan per m²
// per day (500 m² x 365 days x 3 = 547,500.00 of 2,000,000 x 50%).
#include "hdpolicy/hdpolicy.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <stdexcept>
#include <string>

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("facade: a premium subsidy by the document's id and by its number") {
  const hdpolicy::Policies policies = hdpolicy::Policies::builtin();
  const char* claim = R"({"type": "rd", "premium": "80000", "date": "2025-10-01"})";
  for (const char* name : {"tech-insurance", "海金融发〔2025〕4号"}) {
    CAPTURE(name);
    const hdpolicy::Answer a = policies.evaluate(name, claim);
    CHECK(a.ok());
    CHECK(has(a.json, R"("subsidy": "40000.00")"));
    CHECK(has(a.json, R"("article_cn": "第四条")"));
  }
  const hdpolicy::Answer zh = policies.evaluate("tech-insurance", claim, "zh", true);
  CHECK(has(zh.json, "补贴比例50%"));  // the clause quoted in the steps
}

TEST_CASE("facade: bad input and unknown documents are answers, not exceptions") {
  const hdpolicy::Policies policies = hdpolicy::Policies::builtin();
  const hdpolicy::Answer bad = policies.evaluate("tech-insurance", R"({"type": "rd", "premium": "-1"})");
  CHECK(bad.status == 400);
  CHECK(has(bad.json, "premium: '-1' is not accepted"));
  const hdpolicy::Answer unknown = policies.evaluate("no-such-policy", "{}");
  CHECK(unknown.status == 404);
  CHECK(policies.call("GET", "/healthz").ok());
}

TEST_CASE("facade: a directory with a document of declared shape") {
  const hdpolicy::Policies policies = hdpolicy::Policies::load(HDPOLICY_SOURCE_DIR "/tests/shapes/policies");
  const std::vector<std::string> ids = policies.documents();
  CHECK(std::find(ids.begin(), ids.end(), "rent-subsidy") != ids.end());
  const hdpolicy::Answer a = policies.evaluate(
      "rent-subsidy",
      R"({"rent_paid": "2000000", "area": 500, "days": 365, "support_years_used": 0, "date": "2026-03-01"})");
  CHECK(a.ok());
  CHECK(has(a.json, R"("amount": "547500.00")"));
  CHECK(has(a.json, R"("capped_by": "per-m2-day")"));
}

TEST_CASE("facade: a directory that does not load names where") {
  CHECK_THROWS_WITH_AS(hdpolicy::Policies::load("/nonexistent/hdpolicy-policies"),
                       doctest::Contains("/nonexistent/hdpolicy-policies"), std::runtime_error);
}
