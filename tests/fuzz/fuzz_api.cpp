// The HTTP API as a function (hdpolicy/api.hpp) on any request: the first
// line of the input is the target (path and query, as sent), the rest the
// body, posted as JSON to a POST path and sent with a GET to the others.
// Checked: the answer is never a 500 (that is a bug), its status is one the
// API documents, and a JSON answer parses as JSON, with an "error" object
// exactly when the status is not 200. Seeds: tests/fixtures/api/*.txt. The
// policies are the shipped ones with two documents of declared shape added
// (tests/shapes: the rent subsidy, the stacked landing support), for
// /v1/eval/ID and /v1/plan/ID.
#include <nlohmann/json.hpp>

#include <cctype>
#include <string>
#include <utility>
#include <vector>

#include "fuzz_support.hpp"
#include "hdpolicy/api.hpp"

namespace hdpolicy {
std::string_view embedded_rent_subsidy();     // tests/shapes/policies/rent-subsidy.yaml
std::string_view embedded_landing_support();  // tests/shapes/stacked/landing-support.yaml
}  // namespace hdpolicy

namespace {

using namespace hdpolicy;

const PolicySet& api_policies() {
  static const PolicySet set = [] {
    std::vector<PolicyFile> files = embedded_policies();
    files.push_back({"rent-subsidy.yaml", "rent-subsidy.yaml", std::string(embedded_rent_subsidy())});
    files.push_back({"landing-support.yaml", "landing-support.yaml", std::string(embedded_landing_support())});
    return load_policy_set(files);
  }();
  return set;
}

// The API's POST paths: /v1/NAME, /v1/eval/ID and /v1/plan/ID.
bool is_post(std::string_view path) {
  if (path.starts_with("/v1/eval/") || path.starts_with("/v1/plan/")) return true;
  return path.starts_with("/v1/") && path.size() > 4 && path.find('/', 4) == std::string_view::npos;
}
using fuzz::require;

// "a=1&b=%7A": percent-decoded pairs, as the server hands them over.
std::vector<std::pair<std::string, std::string>> query_pairs(std::string_view query) {
  auto decode = [](std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
          std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
        out += static_cast<char>(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16));
        i += 2;
      } else {
        out += s[i] == '+' ? ' ' : s[i];
      }
    }
    return out;
  };
  std::vector<std::pair<std::string, std::string>> pairs;
  while (!query.empty()) {
    const std::string_view item = query.substr(0, query.find('&'));
    query.remove_prefix(std::min(query.size(), item.size() + 1));
    const std::size_t eq = item.find('=');
    pairs.emplace_back(decode(item.substr(0, eq)), eq == std::string_view::npos ? "" : decode(item.substr(eq + 1)));
  }
  return pairs;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = fuzz::as_text(data, size);
  const std::size_t newline = input.find('\n');
  const std::string_view target = input.substr(0, newline);
  const std::string_view body = newline == std::string_view::npos ? std::string_view{} : input.substr(newline + 1);
  const std::size_t question = target.find('?');
  const std::string_view path = target.substr(0, question);
  ApiRequest request{is_post(path) ? "POST" : "GET", path,
                     query_pairs(question == std::string_view::npos ? std::string_view{} : target.substr(question + 1)),
                     "application/json", body};
  const ApiResponse r = answer_api(ApiContext{api_policies(), date::year{2025} / 10 / 1}, request);
  require(r.status != 500, "no request is answered 500");
  require(r.status == 200 || r.status == 400 || r.status == 404 || r.status == 405 || r.status == 413,
          "the status is one the API documents");
  if (r.content_type == "application/json") {
    require(nlohmann::json::accept(r.body), "a JSON answer is JSON");
    const nlohmann::json j = nlohmann::json::parse(r.body);
    require((r.status == 200) != (j.is_object() && j.contains("error")), "an error object exactly when not 200");
  }
  return 0;
}
