// hdpolicy diff (issue #13 item 2): the shipped policies against copies with
// one edit each, made in memory. Expected values are the gazette's numbers
// (海金融发〔2025〕4号 第三条 从业人员不超过100人, 第四条 研发类保险补贴比例50% and
// 单家企业年度补贴上限50万元; 海政发〔2025〕4号 入库确认 30个工作日; the State
// Council's 2025 notice: 10月11日(周六)上班) and the edit.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "hdpolicy/diff_report.hpp"
#include "hdpolicy/policy_diff.hpp"
#include "shipped_policies.hpp"

using namespace hdpolicy;

namespace {

// The shipped files with `from` replaced by `to` in the file ending in `file` (once, which must be there).
std::vector<PolicyFile> edited(const std::string& file, const std::string& from, const std::string& to) {
  std::vector<PolicyFile> files = embedded_policies();
  bool done = false;
  for (auto& f : files) {
    if (!f.path.ends_with(file)) continue;
    auto at = f.text.find(from);
    REQUIRE(at != std::string::npos);
    f.text.replace(at, from.size(), to);
    done = true;
  }
  REQUIRE(done);
  return files;
}

std::vector<PolicyDifference> diff_with(const std::vector<PolicyFile>& files, PolicySet& after) {
  after = load_policy_set(files);
  return diff_policy_sets(testing::shipped_policies(), after);
}

}  // namespace

TEST_CASE("identical sets have no difference") {
  PolicySet same = load_policy_set(embedded_policies());
  auto diffs = diff_policy_sets(testing::shipped_policies(), same);
  CHECK(diffs.empty());
  CHECK(diff_text(diffs, Lang::En) == "No differences\n");
  CHECK(diff_text(diffs, Lang::Zh) == "无差异\n");
  CHECK(diff_json(diffs, Lang::En).dump() == R"({"same":true,"differences":[]})");
}

TEST_CASE("the catalogue cap 500,000 -> 600,000 (第四条)") {
  PolicySet after;
  auto diffs = diff_with(edited("tech-insurance.yaml", "amount: 500000.00", "amount: 600000.00"), after);
  REQUIRE(diffs.size() == 1);
  const PolicyDifference& d = diffs[0];
  CHECK(d.kind == DiffKind::Cap);
  CHECK(d.document == "海金融发〔2025〕4号");
  CHECK(d.article == "第四条");
  CHECK(d.id == "catalogue");
  CHECK(d.before.money.fen == 50'000'000);
  CHECK(d.after.money.fen == 60'000'000);
  CHECK(diff_line(d, Lang::En) ==
        "海金融发〔2025〕4号 第四条: cap catalogue (catalogue products, annual limit per enterprise): 500,000.00 → "
        "600,000.00 yuan");
  CHECK(diff_line(d, Lang::Zh) ==
        "海金融发〔2025〕4号第四条:补贴上限 catalogue(目录内保险单家企业年度补贴上限):500,000.00元 → 600,000.00元");
  auto j = diff_json(diffs, Lang::En);
  CHECK(j["same"] == false);
  CHECK(j["differences"][0]["kind"] == "cap");
  CHECK(j["differences"][0]["before"] == "500000.00");
  CHECK(j["differences"][0]["after"] == "600000.00");
}

TEST_CASE("a rate: 研发类保险 50% -> 60% under 第四条") {
  PolicySet after;
  auto diffs = diff_with(
      edited("tech-insurance.yaml", "- types: [rd]\n          rate: 50%", "- types: [rd]\n          rate: 60%"), after);
  REQUIRE(diffs.size() == 1);
  CHECK(diffs[0].kind == DiffKind::Rate);
  CHECK(diffs[0].id == "catalogue/rd");
  CHECK(diffs[0].article == "第四条");
  CHECK(diff_line(diffs[0], Lang::En) == "海金融发〔2025〕4号 第四条: rate catalogue/rd (R&D insurance): 50% → 60%");
  CHECK(diff_json(diffs, Lang::En)["differences"][0]["after"] == "0.60");
}

TEST_CASE("a condition is narrowed to the part changed and shown in its legal wording") {
  PolicySet after;
  auto diffs = diff_with(edited("tech-insurance.yaml", "at_most: 100\n", "at_most: 200\n"), after);
  REQUIRE(diffs.size() == 1);
  CHECK(diffs[0].kind == DiffKind::Condition);
  CHECK(diffs[0].id == "inclusive");
  CHECK(diffs[0].article == "第三条");
  CHECK(diff_value_text(diffs[0].before, Lang::Zh) == "从业人员不超过100人");
  CHECK(diff_value_text(diffs[0].after, Lang::Zh) == "从业人员不超过200人");
  CHECK(diff_line(diffs[0], Lang::Zh) ==
        "海金融发〔2025〕4号第三条:条件 inclusive(普惠型综合科技保险统保):从业人员不超过100人 → 从业人员不超过200人");
}

TEST_CASE("a condition on the year before the claim names no year") {
  PolicySet after;
  auto diffs = diff_with(edited("tech-insurance.yaml", "years_before_claim: 1", "years_before_claim: 2"), after);
  REQUIRE(diffs.size() == 1);
  CHECK(diff_value_text(diffs[0].before, Lang::En) ==
        "a national high-tech enterprise certified or re-certified in the year before the claim (high-tech "
        "certification year is the year before the claim)");
  CHECK(diff_value_text(diffs[0].after, Lang::Zh).ends_with("(国家高新技术企业认定或复核年度为申报前2年)"));
}

TEST_CASE("a type added, with its rate") {
  PolicySet after;
  auto files = edited("tech-insurance.yaml", "    - id: satellite-orbit\n",
                      "    - id: quantum\n      zh: 量子计算保险\n      en: quantum computing insurance\n"
                      "    - id: satellite-orbit\n");
  for (auto& f : files)
    if (f.path == "tech-insurance.yaml") {
      auto at = f.text.find("[liability, cybersecurity]");
      f.text.replace(at, 26, "[liability, cybersecurity, quantum]");
    }
  auto diffs = diff_with(files, after);
  REQUIRE(diffs.size() == 2);
  CHECK(diff_line(diffs[0], Lang::En) ==
        "海金融发〔2025〕4号 第四条: insurance type quantum added: quantum computing insurance");
  CHECK(diff_line(diffs[1], Lang::Zh) == "海金融发〔2025〕4号第四条:新增补贴比例 catalogue/quantum(量子计算保险):30%");
  auto j = diff_json(diffs, Lang::En);
  CHECK(j["differences"][0]["before"].is_null());
  CHECK(j["differences"][1]["after"] == "0.30");
}

TEST_CASE("a document removed is one difference, not one per item") {
  std::vector<PolicyFile> files = embedded_policies();
  std::erase_if(files, [](const PolicyFile& f) { return f.path == "hiring-subsidy.yaml"; });
  PolicySet after;
  auto diffs = diff_with(files, after);
  REQUIRE(diffs.size() == 1);
  CHECK(diffs[0].kind == DiffKind::DocumentRemoved);
  CHECK(diff_line(diffs[0], Lang::En) ==
        "海政办发〔2025〕7号 印发通知: document removed: 2025年海淀区进一步优化营商环境、促进企业\"降本增效\"工作方案, "
        "in "
        "force 2025-01-01 to 2025-12-31");
  auto j = diff_json(diffs, Lang::En);
  CHECK(j["differences"][0]["before"]["from"] == "2025-01-01");
  CHECK(j["differences"][0]["after"].is_null());
}

TEST_CASE("a deadline rule: 30 workdays -> 20") {
  PolicySet after;
  auto diffs = diff_with(edited("urban-renewal.yaml", "count: 30", "count: 20"), after);
  REQUIRE(diffs.size() == 1);
  CHECK(diffs[0].kind == DiffKind::Deadline);
  CHECK(diffs[0].id == "renewal.admission-notice");
  CHECK(diffs[0].article == "三、(一) 3. 入库确认");
  CHECK(diff_line(diffs[0], Lang::Zh) ==
        "海政发〔2025〕4号三、(一) 3. 入库确认:期限规则 renewal.admission-notice(区住房城乡建设委制发《入库通知书》):"
        "30个工作日 → 20个工作日");
  auto j = diff_json(diffs, Lang::En)["differences"][0];
  CHECK(j["before"]["count"] == 30);
  CHECK(j["after"]["count"] == 20);
}

TEST_CASE("a calendar day: 2025-10-11 no longer a make-up workday") {
  PolicySet after;
  auto diffs = diff_with(
      edited("calendars/cn/2025.yaml", "workdays: [2025-09-28, 2025-10-11]", "workdays: [2025-09-28]"), after);
  REQUIRE(diffs.size() == 1);
  CHECK(diffs[0].kind == DiffKind::CalendarDay);
  CHECK(diffs[0].id == "2025-10-11");
  CHECK(diffs[0].article == "国庆节、中秋节");
  CHECK(diff_value_text(diffs[0].before, Lang::Zh) == "国庆节、中秋节调休上班");
  CHECK(diff_value_text(diffs[0].after, Lang::En) == "weekend rest day");
  auto j = diff_json(diffs, Lang::En)["differences"][0];
  CHECK(j["before"]["kind"] == "makeup");
  CHECK(j["after"]["kind"] == "weekend");
  CHECK(j["after"]["holiday"].is_null());
}

TEST_CASE("an effective window and a hiring amount") {
  auto files = edited("tech-insurance.yaml", "to: 2027-12-31", "to: 2028-12-31");
  for (auto& f : files)
    if (f.path == "hiring-subsidy.yaml") f.text.replace(f.text.find("fixed: 1000.00"), 14, "fixed: 1500.00");
  PolicySet after;
  auto diffs = diff_with(files, after);
  // The 1,000 yuan of 第7项 is written once and paid by each of its three
  // categories (rules), so each rule's amount changes.
  REQUIRE(diffs.size() == 4);
  CHECK(diff_line(diffs[0], Lang::En) ==
        "海金融发〔2025〕4号 第十五条: effective window: 2025-09-16 to 2027-12-31 → 2025-09-16 to 2028-12-31");
  CHECK(diff_line(diffs[1], Lang::En) ==
        "海政办发〔2025〕7号 第7项: figure of graduation-year (a college graduate in the graduation year): 1,000.00 → "
        "1,500.00 yuan");
  CHECK(
      diff_line(diffs[3], Lang::En) ==
      "海政办发〔2025〕7号 第7项: figure of registered-unemployed-youth (a registered unemployed young person aged 16 "
      "to 24): 1,000.00 → 1,500.00 yuan");
}

TEST_CASE("limits, payee, an industry, a hiring window, a title, in words") {
  std::vector<PolicyFile> files = embedded_policies();
  auto replace = [&](const std::string& file, const std::string& from, const std::string& to) {
    for (auto& f : files)
      if (f.path == file) {
        auto at = f.text.find(from);
        REQUIRE(at != std::string::npos);
        f.text.replace(at, from.size(), to);
      }
  };
  replace("tech-insurance.yaml", "        - cap: catalogue\n        - all_levels: premium",
          "        - all_levels: premium");  // 第四条 keeps only the all-levels limit
  replace("tech-insurance.yaml", "      payee: insurer", "      payee: applicant");
  replace("tech-insurance.yaml", "    - {id: low-altitude, zh: 低空经济, en: low-altitude economy}\n", "");
  replace("tech-insurance.yaml", ", commercial-space, low-altitude]", ", commercial-space]");
  replace("hiring-subsidy.yaml", "    to: 2025-12-31\n    note:", "    to: 2026-06-30\n    note:");
  replace("hiring-subsidy.yaml", "title: 2025年", "title: 2026年");
  PolicySet after;
  auto diffs = diff_with(files, after);
  std::vector<std::string> lines;
  for (const auto& d : diffs) lines.push_back(diff_line(d, Lang::En));
  std::vector<std::string> expected = {
      "海政办发〔2025〕7号: title: 2025年海淀区进一步优化营商环境、促进企业\"降本增效\"工作方案 → "
      "2026年海淀区进一步优化营商环境、促进企业\"降本增效\"工作方案",
      "海政办发〔2025〕7号 印发通知: effective window: 2025-01-01 to 2025-12-31 → 2025-01-01 to 2026-06-30",
      "海金融发〔2025〕4号 第二条: condition of scope: a tech enterprise in one of the key industries (industry is one "
      "of ai (人工智能), next-gen-it (新一代信息技术), "
      "ic (集成电路), pharma-health (医药健康), smart-equipment (智能装备), energy-saving-env (节能环保), "
      "new-materials (新材料), connected-vehicles (智能网联汽车), commercial-space (商业航天), low-altitude "
      "(低空经济)) → "
      "a tech enterprise in one of the key industries (industry is one of ai (人工智能), next-gen-it (新一代信息技术), "
      "ic (集成电路), pharma-health (医药健康), "
      "smart-equipment (智能装备), energy-saving-env (节能环保), new-materials (新材料), connected-vehicles "
      "(智能网联汽车), commercial-space (商业航天))",
      "海金融发〔2025〕4号 第二条: industry low-altitude removed: low-altitude economy",
      "海金融发〔2025〕4号 第九条: payee of inclusive (inclusive comprehensive tech insurance group policy): the "
      "insurer → "
      "the applicant",
      "海金融发〔2025〕4号 第四条: limits of catalogue (premium subsidy for catalogue insurance products): cap "
      "catalogue "
      "500,000.00 yuan (第四条); all levels together within the premium (第四条) → all levels together within the "
      "premium (第四条)",
  };
  CHECK(lines == expected);
  CHECK(diff_line(diffs[5], Lang::Zh) ==
        "海金融发〔2025〕4号第四条:限额 catalogue(科技保险产品目录内保险保费补贴):catalogue500,000.00元(第四条);"
        "各级补贴合计不超过保费(第四条) → 各级补贴合计不超过保费(第四条)");
  CHECK(diff_json(diffs, Lang::En)["differences"][5]["after"] == nlohmann::ordered_json{"all-levels"});
}
