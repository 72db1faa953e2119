#include <doctest/doctest.h>

#include "hdpolicy/errors.hpp"
#include "hdpolicy/input.hpp"

using namespace hdpolicy;

TEST_CASE("bad_value keeps the field, the value and what is accepted apart from the message") {
  InputError e = bad_value("--premium", "八万", "an amount in yuan");
  CHECK(std::string(e.what()) == "--premium: '八万' is not accepted: an amount in yuan");
  CHECK(e.fields().field == "--premium");
  REQUIRE(e.fields().value.has_value());
  CHECK(*e.fields().value == "八万");
  CHECK(e.fields().accepted == "an amount in yuan");
}

TEST_CASE("an empty value is a value given, not a value absent") {
  InputError e = bad_value("--date", "", "a date YYYY-MM-DD");
  REQUIRE(e.fields().value.has_value());
  CHECK(e.fields().value->empty());
}

TEST_CASE("an error made from a message alone has no fields") {
  InputError e("deadline: give --rule ID and --from DATE");
  CHECK(e.fields().field.empty());
  CHECK_FALSE(e.fields().value.has_value());
  CHECK(e.fields().accepted.empty());
}

TEST_CASE("a copy of an error keeps its fields") {
  InputError copy = [] {
    InputError e = bad_value("--lang", "fr", "one of en, zh");
    return e;
  }();
  CHECK(copy.fields().field == "--lang");
  CHECK(*copy.fields().value == "fr");
}

TEST_CASE("the library's input parsers fill the fields through bad_value") {
  try {
    input_money("80000.123", "--premium");
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(e.fields().field == "--premium");
    CHECK(*e.fields().value == "80000.123");
    CHECK_FALSE(e.fields().accepted.empty());
  }
}
