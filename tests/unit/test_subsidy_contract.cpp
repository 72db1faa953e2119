// `hdpolicy subsidy` answered from the premium subsidy written in declared
// shape (subsidy_contract.hpp): the article's number from its Chinese name,
// what a document must declare to keep the contract, and answers worked by
// hand from 海金融发〔2025〕4号. (The same claims byte for byte against the
// mechanism: tests/CMakeLists.txt, subsidy-contract/*.)
#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "hdpolicy/errors.hpp"
#include "hdpolicy/policy_set.hpp"
#include "hdpolicy/subsidy.hpp"
#include "hdpolicy/subsidy_contract.hpp"
#include "shipped_policies.hpp"

using namespace hdpolicy;

namespace {

PolicySet contract_set(Diagnostics& diagnostics, const std::string& from = {}, const std::string& to = {}) {
  return testing::subsidy_contract_policies(diagnostics, from, to);
}

nlohmann::ordered_json answer(const PolicySet& set, const std::vector<std::pair<std::string, std::string>>& given,
                              std::vector<std::string> received = {}) {
  const BenefitPolicy* named = find_subsidy_contract(set);
  REQUIRE(named != nullptr);
  SubsidyTexts texts;
  for (const auto& [k, v] : given) texts[k] = v;
  const SubsidyContractCase c = judge_subsidy_contract(set, *named, texts, received, FieldStyle::CaseKey, Date{});
  return subsidy_contract_json(set, c, FieldStyle::CaseKey, Lang::En, false);
}

}  // namespace

TEST_CASE("article numbers: 第N条 in Chinese numerals") {
  CHECK(article_number("第一条") == 1);
  CHECK(article_number("第四条") == 4);
  CHECK(article_number("第十条") == 10);
  CHECK(article_number("第十四条") == 14);
  CHECK(article_number("第二十条") == 20);
  CHECK(article_number("第二十一条") == 21);
  CHECK(article_number("第一百条") == 100);
  CHECK(article_number("第一百零五条") == 105);
  CHECK_FALSE(article_number("第条"));
  CHECK_FALSE(article_number("第零条"));
  CHECK_FALSE(article_number("第二二条"));
  CHECK_FALSE(article_number("第十四"));
  CHECK_FALSE(article_number("第4条"));
  CHECK_FALSE(article_number("Article 4"));
  CHECK_FALSE(article_number("印发通知"));
}

TEST_CASE("the declared premium subsidy answers in subsidy's contract") {
  Diagnostics diagnostics;
  const PolicySet set = contract_set(diagnostics);
  for (const Diagnostic& d : diagnostics) CHECK(d.note);
  // 第四条: R&D insurance at 50%: 80,000 × 50% = 40,000.00, paid the year after (第八条).
  auto j = answer(set, {{"type", "rd"},
                        {"premium", "80000"},
                        {"date", "2026-03-01"},
                        {"industry", "ai"},
                        {"specialized", "yes"},
                        {"upper_subsidy", "0"}});
  CHECK(j["subsidy"] == "40000.00");
  CHECK(j["article"] == "4");
  CHECK(j["article_cn"] == "第四条");
  CHECK(j["rate"] == "0.50");
  CHECK(j["payable_year"] == 2027);
  CHECK(j["assumptions"].empty());
  // 网络安全保险 is both 责任类 under 第四条 (30%) and innovative under 第五条
  // (50%): 就高不就低 (第十四条) pays 第五条's 50,000.00 and names 第四条's 30,000.00.
  j = answer(set, {{"type", "cybersecurity"},
                   {"premium", "100000"},
                   {"date", "2026-03-01"},
                   {"industry", "ai"},
                   {"specialized", "yes"},
                   {"upper_subsidy", "0"}});
  CHECK(j["subsidy"] == "50000.00");
  CHECK(j["article"] == "5");
  REQUIRE(j["alternatives"].size() == 1);
  CHECK(j["alternatives"][0]["article"] == "4");
  CHECK(j["alternatives"][0]["subsidy"] == "30000.00");
  // 第三条's premium cap of 2,500 per enterprise: 2,000 received leaves 500.00.
  j = answer(set,
             {{"type", "inclusive"},
              {"premium", "2000"},
              {"date", "2026-03-01"},
              {"industry", "ai"},
              {"employees", "50"},
              {"revenue", "5000000"},
              {"support_years_used", "0"}},
             {"inclusive=2000"});
  CHECK(j["subsidy"] == "500.00");
  CHECK(j["capped_by"] == "premium-cap");
  CHECK(j["payee"] == "insurer");
  // The day after 第十五条's window: no version in force, no policy named.
  j = answer(set, {{"type", "rd"}, {"premium", "80000"}, {"date", "2028-01-01"}});
  CHECK(j["eligible"] == false);
  CHECK(j["policy"] == "");
}

TEST_CASE("check: a document keeping subsidy's contract declares its facts and numbered articles") {
  auto first_error = [](const std::string& from, const std::string& to) {
    Diagnostics diagnostics;
    contract_set(diagnostics, from, to);
    REQUIRE_FALSE(diagnostics.empty());
    return diagnostics.front().message;
  };
  CHECK(first_error("  - id: employees\n    kind: count", "  - id: employees\n    kind: money") ==
        "document.contract: subsidy takes fact 'employees' (count), which the document does not declare of that kind");
  CHECK(first_error("    article: 第五条\n", "    article: 附则\n") ==
        "document.contract: rule innovative: article '附则' is not of the form 第N条, whose number subsidy gives");
}
