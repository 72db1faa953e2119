// libhdpolicy's stable facade: load a policy set, evaluate a claim on one
// of its documents, explain the answer. Claims and answers are JSON, as
// `hdpolicy serve`'s API takes and gives them (its /openapi.json documents
// every field), so nothing of the library's internals (money, dates, the
// policy structs, date.h, nlohmann) shows here and a program built against
// this header keeps working from release to release. The shared library
// exports this and nothing else.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "hdpolicy/export.hpp"
#include "hdpolicy/version.hpp"

namespace hdpolicy {

struct PolicySet;

// An answer: 200 with the result, or 4xx with {"error": {...}}, as the API's.
struct Answer {
  int status = 200;
  std::string json;
  bool ok() const { return status == 200; }
};

// A loaded policy set: loaded and indexed once, then shared by every call,
// from any thread (it never changes).
class HDPOLICY_EXPORT Policies {
 public:
  // The policies compiled into the library (policies/ of its release).
  static Policies builtin();
  // The policy files of a directory, as `hdpolicy --policies DIR` reads
  // them; throws std::runtime_error naming every problem as file:line:col.
  static Policies load(const std::string& directory);

  // A claim on a document, named by its id (tech-insurance, rent-subsidy)
  // or its number: its facts as a JSON object keyed by fact id, as POST
  // /v1/eval/{policy} takes them (the premium subsidy's and the hiring
  // subsidy's documents as POST /v1/subsidy and /v1/hiring do). `lang` is
  // "en" or "zh"; `explain` adds the steps, each with its article and
  // quoted clause. A claim without a date is about today in Beijing.
  Answer evaluate(std::string_view policy, std::string_view facts_json, std::string_view lang = "en",
                  bool explain = false) const;

  // Any request of the HTTP API, in process (GET /v1/policies, POST /v1/plan, ...).
  Answer call(std::string_view method, std::string_view path, std::string_view body = {},
              const std::vector<std::pair<std::string, std::string>>& query = {}) const;

  // The ids of the documents loaded.
  std::vector<std::string> documents() const;

 private:
  explicit Policies(std::shared_ptr<const PolicySet> set);
  std::shared_ptr<const PolicySet> set_;
};

}  // namespace hdpolicy
