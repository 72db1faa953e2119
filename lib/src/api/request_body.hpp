// A request body as the API reads it: JSON whose numbers are kept as the
// text they were written in, so that an amount is never rounded by a double
// (80000.005 is refused as three decimals, not read as 80000.01), and the
// fields of one object as the texts of an input table's rows.
#pragma once

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>

#include "hdpolicy/input_table.hpp"

namespace hdpolicy::api {

// The body as JSON, every number as a string of its digits; a JSON object
// is required. Throws InputError naming "body" for anything else (syntax,
// invalid UTF-8, a key given twice, nesting deeper than a request needs).
nlohmann::json parse_body(std::string_view body);

// The fields of `object` as texts of `table`'s rows, by their batch column
// names; keys named in `own` are the endpoint's (received, products) and are
// skipped. A null or "" field is not given; true and false are yes and no.
// A key that is no input of the table, or a value that is an object or an
// array, throws InputError naming it. The texts point into `object`.
InputTexts object_texts(std::span<const InputDef> table, const nlohmann::json& object,
                        std::initializer_list<std::string_view> own = {});

// The field names object_texts accepts for `table`, for messages and the
// OpenAPI document.
std::string field_list(std::span<const InputDef> table);
bool is_api_field(const InputDef& def);

}  // namespace hdpolicy::api
