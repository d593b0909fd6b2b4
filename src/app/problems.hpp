// What reading the user's data finds wrong (an imported file, the saved document, a typed date),
// kept in no language: messages of a kind with the values of their placeholders, put into words
// by describe() where they are shown, in the user's language of the moment. Each kind is a text
// of assets/i18n: "import.*", "date.*" and "saved.*".
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/translations.hpp"

namespace ssi::app {

enum class MessageKind {
    // Where a problem is: each has a {problem} placeholder, filled by the messages after it.
    import_at_line,
    import_at_entry,
    import_decimal_commas,  // the column count, and a hint about decimal commas
    saved_at_scenario,
    saved_in_scenario,
    saved_in_history,
    // Imports, CSV and JSON.
    import_not_json,
    import_quote_not_closed,
    import_text_after_quote,
    import_unknown_column,
    import_column_twice,
    import_missing_columns,
    import_columns,
    import_header_columns,  // has plural forms: Message::count is the header's column count
    import_no_date,
    import_no_value_in_column,
    import_not_a_number_in_column,
    import_outside_in_column,
    import_total_mismatch,
    import_date_again_line,
    import_date_again_entry,
    import_too_many_lines,
    import_too_large,
    import_not_a_reading,
    import_date_not_text,
    import_no_value_for,
    import_pillar_not_a_number,
    import_pillar_outside,
    import_total_not_a_number,
    import_too_many_entries,
    import_not_a_history,
    import_other_format,
    import_unknown_format,
    import_bad_version,
    import_newer_version,
    import_no_readings,
    import_readings_not_a_list,
    // Dates.
    date_not_a_date,
    date_no_month,
    date_no_month_day_first,
    date_outside_years,
    date_does_not_exist,
    // The saved document.
    saved_not_json,
    saved_not_ours,
    saved_no_format,
    saved_format_not_text,
    saved_other_format,
    saved_no_schema,
    saved_newer,
    saved_scenarios_not_a_list,
    saved_scenarios_not_an_object,
    saved_not_a_scenario,
    saved_no_name,
    saved_empty_name,
    saved_name_too_long,
    saved_name_not_text,
    saved_name_twice,
    saved_too_many_scenarios,
    saved_no_inputs,
    saved_unknown_metric,
    saved_metric_not_a_number,
    saved_metric_clamped,
};
inline constexpr std::size_t message_kinds = static_cast<std::size_t>(MessageKind::saved_metric_clamped) + 1;
std::string_view text_key(MessageKind kind);  // "import.no_date"

struct Message {
    MessageKind kind;
    std::vector<TextValue> values{};   // placeholder name and value, user text made printable (json::printable)
    std::optional<long long> count{};  // for a kind with plural forms: the count that chooses the form and fills {count}
    friend bool operator==(const Message&, const Message&) = default;
};

// Messages, the outermost first: each but the last says where, and the ones after it fill its
// {problem}. {{import_at_line, {{"line", "3"}}}, {import_no_date}} is "line 3: no date".
using Problem = std::vector<Message>;
std::string describe(const Problem& problem, Language language = Language::en);

}  // namespace ssi::app
