// The HTTP API as a function (hdpolicy/api.hpp), without sockets: routes,
// statuses, request values, and the answers checked by hand against the
// gazette (policies/sources/haidian-gazette-2025-03.txt). tests/serve/
// drives the real server and compares it with the CLI.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <random>
#include <string>

#include "hdpolicy/api.hpp"
#include "shipped_policies.hpp"

using namespace hdpolicy;
using json = nlohmann::json;

namespace {

const Date kToday = date::year{2025} / 10 / 1;

ApiResponse call(std::string_view method, std::string_view path, std::string_view body = {},
                 std::vector<std::pair<std::string, std::string>> query = {},
                 std::string_view content_type = "application/json") {
  ApiRequest req{method, path, std::move(query), content_type, body};
  return answer_api(ApiContext{testing::shipped_policies(), kToday}, req);
}

ApiResponse post(std::string_view path, std::string_view body,
                 std::vector<std::pair<std::string, std::string>> q = {}) {
  return call("POST", path, body, std::move(q));
}

json body_of(const ApiResponse& r) { return json::parse(r.body); }

// The issue's example: 第四条 「最高按照实际支付保费50%」, 80,000 x 50% = 40,000,
// within the 500,000 yearly cap less the 100,000 received.
constexpr std::string_view kIssueExample =
    R"({"type": "rd", "premium": "80000", "date": "2025-10-01", "industry": "ai", "specialized": "yes",
        "upper_subsidy": "0", "received": {"catalogue": "100000"}})";

}  // namespace

TEST_CASE("POST /v1/subsidy: the issue's example pays 40,000.00 under 第四条") {
  const ApiResponse r = post("/v1/subsidy", kIssueExample);
  CHECK(r.status == 200);
  CHECK(r.content_type == "application/json");
  const json j = body_of(r);
  CHECK(j["subsidy"] == "40000.00");
  CHECK(j["article_cn"] == "第四条");
  CHECK(j["rule"] == "catalogue");
  CHECK(j["date"] == "2025-10-01");
  CHECK(!j.contains("steps"));
  CHECK(r.body.back() == '\n');  // as the CLI prints it
}

TEST_CASE("POST /v1/subsidy: amounts as JSON numbers, exactly or not at all") {
  auto subsidy = [](const std::string& premium) {
    return post("/v1/subsidy", R"({"type": "rd", "date": "2025-10-01", "premium": )" + premium + "}");
  };
  CHECK(body_of(subsidy("80000"))["subsidy"] == "40000.00");
  CHECK(body_of(subsidy("80000.50"))["premium"] == "80000.50");
  CHECK(body_of(subsidy("80000.5"))["premium"] == "80000.50");
  // Three decimals, an exponent, a number a double would round: refused naming the field.
  for (const char* bad : {"80000.005", "8e4", "12345678901234567890123", "0.1000000000000000055511151231257827"}) {
    CAPTURE(bad);
    const ApiResponse r = subsidy(bad);
    CHECK(r.status == 400);
    const json e = body_of(r)["error"];
    CHECK(e["option"] == "premium");
    CHECK(e["value"] == bad);
    CHECK(e.contains("accepted"));
  }
  CHECK(subsidy("-1").status == 400);
  CHECK(subsidy("true").status == 400);
  CHECK(subsidy("[1]").status == 400);
}

TEST_CASE("POST /v1/subsidy: a missing date is today, and the answer says so; a missing fact is not given") {
  const json j = body_of(post("/v1/subsidy", R"({"type": "rd", "premium": 80000})"));
  CHECK(j["date"] == "2025-10-01");
  CHECK(j["subsidy"] == "40000.00");
  CHECK(!j["assumptions"].empty());  // specialized and the upper-level subsidy were assumed
  const json given = body_of(post("/v1/subsidy", R"({"type": "rd", "premium": 80000, "specialized": true,
                                                     "upper_subsidy": 0, "industry": null})"));
  CHECK(given["assumptions"].size() < j["assumptions"].size());
}

TEST_CASE("POST /v1/subsidy: ?explain=1 adds the steps with their clauses, ?lang=zh words them in Chinese") {
  const json j = body_of(post("/v1/subsidy", kIssueExample, {{"explain", "1"}, {"lang", "zh"}}));
  REQUIRE(j.contains("steps"));
  bool quoted = false;
  for (const auto& step : j["steps"])
    if (step.contains("cite"))
      quoted = quoted || step["cite"]["quote"].get<std::string>().find("50%") != std::string::npos;
  CHECK(quoted);
  CHECK(j["reasons"][0].get<std::string>().find("研发类保险") != std::string::npos);
  CHECK(post("/v1/subsidy", kIssueExample, {{"lang", "fr"}}).status == 400);
  CHECK(post("/v1/subsidy", kIssueExample, {{"explain", "maybe"}}).status == 400);
  CHECK(post("/v1/subsidy", kIssueExample, {{"lang", "en"}, {"lang", "zh"}}).status == 400);
  const json e = body_of(post("/v1/subsidy", kIssueExample, {{"strict", "1"}}))["error"];
  CHECK(e["option"] == "strict");
  CHECK(e["accepted"] == "explain, lang");
}

TEST_CASE("POST /v1/subsidy: fields are the batch columns; anything else is named") {
  const json e = body_of(post("/v1/subsidy", R"({"type": "rd", "premium": 1, "premiun": 2})"))["error"];
  CHECK(e["option"] == "premiun");
  CHECK(e["accepted"].get<std::string>().find("premium") != std::string::npos);
  CHECK(body_of(post("/v1/subsidy", R"({"premium": 1})"))["error"]["option"] == "type");
  CHECK(body_of(post("/v1/subsidy", R"({"type": "rd", "premium": 1, "enterprise_id": "x"})"))["error"]["option"] ==
        "enterprise_id");
  CHECK(body_of(post("/v1/subsidy", R"({"type": "rd", "premium": 1, "received": {"nope": "1"}})"))["error"]["option"] ==
        "received");
  // 第四条's cap is 500,000 a year: more cannot have been received under it.
  CHECK(post("/v1/subsidy", R"({"type": "rd", "premium": 1, "received": {"catalogue": "500000.01"}})").status == 400);
}

TEST_CASE("POST bodies: malformed JSON, the wrong JSON, duplicate keys and deep nesting are 400") {
  for (const char* bad : {"", "{", "{\"type\": }", "[]", "\"rd\"", "{\"type\": \"rd\", \"type\": \"rd\"}",
                          "{\"a\": [[[[1]]]]}", "{\"type\": \"\xff\"}", "{} {}"}) {
    CAPTURE(bad);
    const ApiResponse r = post("/v1/subsidy", bad);
    CHECK(r.status == 400);
    CHECK(body_of(r)["error"]["option"] == "body");
  }
}

TEST_CASE("statuses: 404 unknown path, 405 wrong method with Allow, 413 over 64 KiB, 415 not JSON") {
  const ApiResponse missing = call("GET", "/v2/subsidy");
  CHECK(missing.status == 404);
  CHECK(body_of(missing)["error"]["message"].get<std::string>().find("/v2/subsidy") != std::string::npos);
  const ApiResponse get_post = call("GET", "/v1/subsidy");
  CHECK(get_post.status == 405);
  CHECK(get_post.allow == "POST");
  const ApiResponse post_get = call("POST", "/v1/policies", "{}");
  CHECK(post_get.status == 405);
  CHECK(post_get.allow == "GET, HEAD");
  CHECK(call("DELETE", "/").status == 405);

  std::string body = R"({"type": "rd", "premium": 80000, "date": "2025-10-01"})";
  body.resize(kMaxApiBody, ' ');  // exactly the limit: answered
  CHECK(post("/v1/subsidy", body).status == 200);
  body.push_back(' ');
  const ApiResponse big = post("/v1/subsidy", body);
  CHECK(big.status == 413);
  CHECK(body_of(big).contains("error"));

  CHECK(call("POST", "/v1/subsidy", kIssueExample, {}, "text/plain").status == 415);
  CHECK(call("POST", "/v1/subsidy", kIssueExample, {}, "").status == 415);
  CHECK(call("POST", "/v1/subsidy", kIssueExample, {}, "application/x-www-form-urlencoded").status == 415);
  CHECK(call("POST", "/v1/subsidy", kIssueExample, {}, "Application/JSON; charset=utf-8").status == 200);
}

TEST_CASE("POST /v1/plan: each product under the best article, caps shared") {
  // rd 80,000 x 50% = 40,000 (第四条); three-firsts 1,000,000 x 20% = 200,000, limited by
  // 第四条's all-levels rule to the premium less the 900,000 upper-level subsidy: 100,000.
  const json j = body_of(post("/v1/plan", R"({"date": "2025-10-01", "industry": "ai", "specialized": "yes",
      "products": [{"type": "rd", "premium": "80000", "upper_subsidy": "0"},
                   {"type": "three-firsts", "premium": 1000000, "upper_subsidy": 900000}]})"));
  CHECK(j["total"] == "140000.00");
  CHECK(j["products"][1]["subsidy"] == "100000.00");
  CHECK(j["products"][1]["capped_by"] == "all-levels");
  CHECK(j["caps"][1]["room"] == "360000.00");
  const json e = body_of(post("/v1/plan", R"({"products": [{"type": "rd", "premium": "1.001"}]})"))["error"];
  CHECK(e["message"].get<std::string>().rfind("products[0]: ", 0) == 0);
  CHECK(e["option"] == "premium");
  CHECK(post("/v1/plan", R"({"type": "rd", "products": []})").status == 400);
  CHECK(post("/v1/plan", R"({"products": [{"type": "rd", "premium": 1, "industry": "ai"}]})").status == 400);
  CHECK(post("/v1/plan", R"({"products": {"type": "rd"}})").status == 400);
}

TEST_CASE("POST /v1/hiring: a graduate hired in the graduation year, 1,000.00 (海政办发〔2025〕7号 第7项)") {
  const json j = body_of(post("/v1/hiring", R"({"hire_date": "2025-10-01", "birth_date": "2000-05-01",
      "graduate": "yes", "graduation_date": "2025-06-30", "contract": true})"));
  CHECK(j["subsidy"] == "1000.00");
  CHECK(j["category"] == "graduation-year");
  CHECK(j["assumptions"].empty());
  CHECK(body_of(post("/v1/hiring", R"({"birth_date": "2000-05-01"})"))["error"]["option"] == "hire_date");
}

TEST_CASE("POST /v1/eval/ID: the shipped documents by id or number answer as /v1/subsidy and /v1/hiring") {
  const ApiResponse by_id = post("/v1/eval/tech-insurance", kIssueExample, {{"explain", "1"}});
  CHECK(by_id.status == 200);
  CHECK(body_of(by_id)["subsidy"] == "40000.00");
  CHECK(by_id.body == post("/v1/subsidy", kIssueExample, {{"explain", "1"}}).body);
  const std::string hire = R"({"hire_date": "2025-10-01", "birth_date": "2000-05-01", "graduate": "yes",
      "graduation_date": "2025-06-30", "contract": true})";
  const ApiResponse hiring = post("/v1/eval/hiring-subsidy", hire, {{"lang", "zh"}});
  CHECK(body_of(hiring)["subsidy"] == "1000.00");
  CHECK(hiring.body == post("/v1/hiring", hire, {{"lang", "zh"}}).body);
  // Deadlines are dates, not amounts; an unknown id lists what there is.
  for (const char* path : {"/v1/eval/urban-renewal", "/v1/eval/nope"}) {
    const ApiResponse r = post(path, "{}");
    CHECK(r.status == 404);
    CHECK(body_of(r)["error"]["message"].get<std::string>().find("hiring-subsidy, tech-insurance") !=
          std::string::npos);
  }
}

TEST_CASE("POST /v1/deadline: 30 workdays from 2025-09-30 skip the National Day week") {
  // October 2025: 9, 10, 11 (make-up Saturday), 13-17, 20-24, 27-31 = 18 workdays;
  // November 3-7 and 10-14 bring 28, the 17th and the 18th 30.
  const json j = body_of(post("/v1/deadline", R"({"rule": "renewal.admission-notice", "from": "2025-09-30"})"));
  CHECK(j["deadline"] == "2025-11-18");
  CHECK(!j.contains("skipped"));
  CHECK(body_of(post("/v1/deadline", R"({"rule": "renewal.admission-notice", "from": "2025-09-30"})",
                     {{"explain", "1"}}))["skipped"]
            .size() == 8 + 1 + 5 * 2);  // Oct 1-8, Sunday Oct 12, five weekends to Nov 16
  CHECK(body_of(post("/v1/deadline", R"({"rule": "nope", "from": "2025-09-30"})"))["error"]["option"] == "rule");
  CHECK(body_of(post("/v1/deadline", R"({"from": "2025-09-30"})"))["error"]["option"] == "rule");
  CHECK(body_of(post("/v1/deadline",
                     R"({"rule": "renewal.admission-notice", "from": "2025-09-30", "days": 3})"))["error"]["option"] ==
        "days");
}

TEST_CASE("GET /v1/workdays: add, between and is") {
  const json add = body_of(call("GET", "/v1/workdays/add", {}, {{"date", "2025-09-30"}, {"n", "5"}}));
  CHECK(add["result"] == "2025-10-14");  // 9, 10, 11 (make-up), 13, 14
  const json between = body_of(call("GET", "/v1/workdays/between", {}, {{"from", "2025-09-30"}, {"to", "2025-10-10"}}));
  CHECK(between["workdays"] == 2);
  const json is = body_of(call("GET", "/v1/workdays/is", {}, {{"date", "2025-10-11"}}));
  CHECK(is["workday"] == true);
  CHECK(is["kind"] == "makeup");
  CHECK(body_of(call("GET", "/v1/workdays/add", {}, {{"date", "2025-09-30"}}))["error"]["option"] == "n");
  CHECK(body_of(call("GET", "/v1/workdays/is", {}, {{"date", "2025-02-30"}}))["error"]["option"] == "date");
  CHECK(call("GET", "/v1/workdays/is", {}, {{"date", "2025-10-11"}, {"n", "1"}}).status == 400);
}

TEST_CASE("GET /v1/calendar: a month, a year, and a year as iCalendar") {
  // February 2026: 20 weekdays, less 春节 16-20 and 23, plus the make-up Saturdays 14 and 28.
  const ApiResponse month = call("GET", "/v1/calendar/2026-02");
  CHECK(month.status == 200);
  CHECK(body_of(month)["workdays"] == 16);
  CHECK(body_of(call("GET", "/v1/calendar/2026"))["months"].size() == 12);
  const ApiResponse ics = call("GET", "/v1/calendar/2026.ics");
  CHECK(ics.status == 200);
  CHECK(ics.content_type.rfind("text/calendar", 0) == 0);
  CHECK(ics.body.rfind("BEGIN:VCALENDAR\r\n", 0) == 0);
  for (const char* bad : {"/v1/calendar/2026-13", "/v1/calendar/2026-02.ics", "/v1/calendar/x", "/v1/calendar/1800"}) {
    CAPTURE(bad);
    CHECK(call("GET", bad).status == 400);
  }
}

TEST_CASE("GET /v1/policies, /healthz, /openapi.json and the page") {
  CHECK(body_of(call("GET", "/v1/policies"))["documents"].size() >= 3);
  CHECK(body_of(call("GET", "/healthz"))["status"] == "ok");
  const ApiResponse page = call("GET", "/");
  CHECK(page.content_type.rfind("text/html", 0) == 0);
  CHECK(page.body.find("<html") != std::string::npos);
  CHECK(page.body.find("://") == std::string::npos);  // self-contained: nothing loaded from elsewhere
  CHECK(call("HEAD", "/healthz").status == 200);
}

TEST_CASE("no request gets a 500: random bodies and paths") {
  std::mt19937 rng(14);
  const std::string pieces[] = {"{",
                                "}",
                                "[",
                                "]",
                                "\"type\"",
                                "\"rd\"",
                                ":",
                                ",",
                                "80000",
                                "\"premium\"",
                                "1e999",
                                "-0",
                                "null",
                                "true",
                                "\"date\"",
                                "\"2025-10-01\"",
                                "\"received\"",
                                "\"products\"",
                                "\"catalogue\"",
                                "\"\\u0000\"",
                                "0.001",
                                " "};
  const char* paths[] = {"/v1/subsidy", "/v1/plan", "/v1/hiring", "/v1/deadline"};
  for (int i = 0; i < 3000; ++i) {
    std::string body = "{";
    const int n = static_cast<int>(rng() % 12);
    for (int k = 0; k < n; ++k) body += pieces[rng() % std::size(pieces)];
    if (rng() % 2) body += "}";
    const ApiResponse r = post(paths[rng() % std::size(paths)], body);
    CAPTURE(body);
    REQUIRE(r.status != 500);
    REQUIRE(json::accept(r.body));
  }
}
