// `batch --baseline`: the change tally and ranking (batch/batch_change.hpp),
// and the batches compared with a baseline, against amounts worked by hand
// from 海金融发〔2025〕4号 第四条 (50% of the premium, 500,000 a year per
// enterprise) and 海政办发〔2025〕7号 第7项 (1,000 per hire).
#include <doctest/doctest.h>

#include <cstdio>
#include <string>

#include "batch/batch_change.hpp"
#include "batch_in_memory.hpp"
#include "hdpolicy/batch.hpp"
#include "shipped_policies.hpp"

using namespace hdpolicy;
using namespace hdpolicy::batch_detail;
using hdpolicy::testing::run_batch;

namespace {

Money yuan(std::int64_t y) { return Money{y * 100}; }

PolicySet with_catalogue_cap(Money amount) {
  PolicySet set = testing::shipped_policies();
  for (Cap& cap : set.subsidy.caps)
    if (cap.id == "catalogue") cap.amount = amount;
  return set;
}

}  // namespace

TEST_CASE("change ranking: the ten largest changes either way, the earlier line first on a tie") {
  ChangeRanking r;
  for (int i = 1; i <= 12; ++i) r.offer(static_cast<std::uint64_t>(i), "id", "E", yuan(100), yuan(100 + i));
  r.offer(20, "down", "E", yuan(500), yuan(480));  // -20: the largest
  r.offer(21, "tie", "E", yuan(0), yuan(12));      // +12, as line 12: after it
  r.offer(22, "none", "E", yuan(7), yuan(7));      // no change: never ranked
  std::vector<BatchChangeRow> top = r.take();
  REQUIRE(top.size() == kLargestChangesKept);
  CHECK(top[0].line == 20);
  CHECK(top[0].current.fen - top[0].baseline.fen == -2000);
  CHECK(top[1].line == 12);
  CHECK(top[2].line == 21);
  CHECK(top[3].line == 11);
  CHECK(top.back().line == 5);  // +5; +4 .. +1 left out
}

TEST_CASE("change tally: headings matched by label across the sets, enterprises by their rows' sum") {
  const std::vector<std::string> base_articles = {"第四条 (catalogue)", "第九条 (old)"};
  const std::vector<std::string> current_articles = {"第三条 (inclusive)", "第四条 (catalogue)"};
  ChangeTally tally(base_articles, current_articles, {}, {});
  tally.article(Side::Baseline, 0, yuan(300));
  tally.article(Side::Baseline, 1, yuan(50));
  tally.article(Side::Current, 1, yuan(200));
  tally.article(Side::Current, 0, yuan(70));
  tally.row(2, "A", "E1", 0, yuan(300), yuan(200));  // E1: -100
  tally.row(3, "B", "E1", 0, yuan(0), yuan(100));    // E1: 0 in all
  tally.row(4, "C", "E2", 1, yuan(50), yuan(70));    // E2: +20
  BatchChange c = tally.finish();
  REQUIRE(c.by_article.size() == 3);
  CHECK(c.by_article[0].label == "第三条 (inclusive)");  // the current set's order, then the baseline's others
  CHECK(c.by_article[0].current == yuan(70));
  CHECK(c.by_article[1].label == "第四条 (catalogue)");
  CHECK(c.by_article[1].baseline == yuan(300));
  CHECK(c.by_article[1].current == yuan(200));
  CHECK(c.by_article[2].label == "第九条 (old)");
  CHECK(c.by_article[2].baseline == yuan(50));
  CHECK(c.baseline == yuan(350));
  CHECK(c.current == yuan(370));
  CHECK(c.claims.gain == 2);
  CHECK(c.claims.lose == 1);
  CHECK(c.claims.same == 0);
  CHECK(c.enterprises.gain == 1);
  CHECK(c.enterprises.lose == 0);
  CHECK(c.enterprises.same == 1);
  CHECK(change_text(yuan(300), yuan(200)) == "-100.00");
  CHECK(change_text(yuan(0), Money{1}) == "+0.01");
  CHECK(change_text(yuan(5), yuan(5)) == "0.00");
}

TEST_CASE("batch subsidy --baseline: each set's caps accumulate on their own") {
  // One specialized AI enterprise's R&D insurance in 2025 (第四条, 50%):
  // 800,000 -> 400,000 under both; 300,000 -> 150,000 by rate, cut to the
  // 100,000 left of 500,000 (baseline), 150,000 under 600,000 (current);
  // 200,000 -> 100,000 by rate, 0.00 left of 500,000, 50,000 left of 600,000.
  const std::string input =
      "id,enterprise_id,date,type,premium,industry,specialized,upper_subsidy\n"
      "R1,E1,2025-10-01,rd,800000,ai,yes,0\n"
      "R2,E1,2025-11-01,rd,300000,ai,yes,0\n"
      "R3,E1,2025-12-01,rd,200000,ai,yes,0\n";
  const PolicySet current = with_catalogue_cap(yuan(600000));
  BatchOptions options;
  options.baseline = &testing::shipped_policies();
  BatchSummary s;
  const std::string out = run_batch(run_subsidy_batch, current, input, options, s);
  CHECK(out.find(",400000.00,0.00\n") != std::string::npos);
  CHECK(out.find(",100000.00,+50000.00\n") != std::string::npos);
  CHECK(out.find(",0.00,+50000.00\n") != std::string::npos);
  REQUIRE(s.change);
  CHECK(s.change->baseline == yuan(500000));
  CHECK(s.change->current == yuan(600000));
  CHECK(s.change->claims.gain == 2);
  CHECK(s.change->claims.same == 1);
  CHECK(s.change->largest.size() == 2);
}

TEST_CASE("batch --baseline with the same policies: every change is 0.00, the totals agree") {
  BatchOptions options;
  options.baseline = &testing::shipped_policies();
  struct Kind {
    const char* file;
    BatchSummary (*run)(const PolicySet&, csv::Reader&, csv::Writer&, const BatchOptions&);
  };
  for (Kind kind : {Kind{"applications.csv", &run_subsidy_batch}, Kind{"hires.csv", &run_hiring_batch}}) {
    const std::string file = kind.file;
    CAPTURE(file);
    std::FILE* f = std::fopen((HDPOLICY_SOURCE_DIR "/examples/" + file).c_str(), "rb");
    REQUIRE(f);
    std::string input;
    for (int c; (c = std::fgetc(f)) != EOF;) input.push_back(static_cast<char>(c));
    std::fclose(f);
    BatchSummary s;
    run_batch(kind.run, testing::shipped_policies(), input, options, s);
    REQUIRE(s.change);
    CHECK(s.change->current == s.total);
    CHECK(s.change->baseline == s.total);
    CHECK(s.change->claims.gain == 0);
    CHECK(s.change->claims.lose == 0);
    CHECK(s.change->claims.same == s.rows - s.failed);
    CHECK(s.change->largest.empty());
    for (const auto& t : s.change->by_article) CHECK(t.baseline == t.current);
  }
}
