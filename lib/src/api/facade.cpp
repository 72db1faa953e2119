// hdpolicy/hdpolicy.hpp: the facade over the API (answer_api), so that a
// program linking libhdpolicy sees the same contract as an HTTP client.
#include "hdpolicy/hdpolicy.hpp"

#include <stdexcept>

#include "hdpolicy/api.hpp"
#include "hdpolicy/benefit.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/hiring.hpp"
#include "hdpolicy/policy_set.hpp"
#include "hdpolicy/policy_source.hpp"

namespace hdpolicy {
namespace {

// The document of `name` (id or number), or -1.
int document_named(const PolicySet& set, std::string_view name) {
  for (std::size_t i = 0; i < set.documents.size(); ++i)
    if (set.documents[i].id == name || set.documents[i].number == name) return static_cast<int>(i);
  return -1;
}

// The API path a document's claims go to: a document of declared shape by
// its id (/v1/eval/{id} answers the hiring subsidy, declared in hiring's
// contract, as /v1/hiring does); the premium subsidy by its command's name.
std::string claim_path(const PolicySet& set, std::string_view policy) {
  if (const BenefitPolicy* p = find_benefit_policy(set, policy)) return "/v1/eval/" + p->id;
  const int doc = document_named(set, policy);
  if (doc >= 0)
    for (const auto& rule : set.subsidy.rules)
      if (rule.document == doc) return "/v1/subsidy";
  return "/v1/eval/" + std::string(policy);  // answered 404, naming the documents there are
}

}  // namespace

Policies::Policies(std::shared_ptr<const PolicySet> set) : set_(std::move(set)) {}

Policies Policies::builtin() {
  return Policies(std::make_shared<const PolicySet>(load_policy_set(embedded_policies())));
}

Policies Policies::load(const std::string& directory) {
  try {
    return Policies(std::make_shared<const PolicySet>(load_policy_set(policy_dir(directory, "directory"))));
  } catch (const PolicyLoadError& e) {
    std::string message = "the policies in " + directory + " could not be loaded:";
    for (const Diagnostic& d : e.diagnostics())
      if (!d.note) message += "\n" + format_diagnostic(d);
    throw std::runtime_error(message);
  } catch (const InputError& e) {
    throw std::runtime_error(e.what());
  }
}

Answer Policies::evaluate(std::string_view policy, std::string_view facts_json, std::string_view lang,
                          bool explain) const {
  return call("POST", claim_path(*set_, policy), facts_json,
              {{"lang", std::string(lang)}, {"explain", explain ? "1" : "0"}});
}

Answer Policies::call(std::string_view method, std::string_view path, std::string_view body,
                      const std::vector<std::pair<std::string, std::string>>& query) const {
  const ApiRequest request{method, path, query, body.empty() ? "" : "application/json", body};
  ApiResponse r = answer_api(ApiContext{*set_, today_beijing()}, request);
  return Answer{r.status, std::move(r.body)};
}

std::vector<std::string> Policies::documents() const {
  std::vector<std::string> ids;
  for (const Document& d : set_->documents) ids.push_back(d.id);
  return ids;
}

}  // namespace hdpolicy
