#include "app/problems.hpp"

#include <iterator>
#include <utility>

namespace ssi::app {

namespace {

// Each kind's text, in the order of the enum (checked below).
constexpr std::pair<MessageKind, std::string_view> keys[] = {
    {MessageKind::import_at_line, "import.at_line"},
    {MessageKind::import_at_entry, "import.at_entry"},
    {MessageKind::import_decimal_commas, "import.decimal_commas"},
    {MessageKind::saved_at_scenario, "saved.at_scenario"},
    {MessageKind::saved_in_scenario, "saved.in_scenario"},
    {MessageKind::saved_in_history, "saved.in_history"},
    {MessageKind::import_not_json, "import.not_json"},
    {MessageKind::import_quote_not_closed, "import.quote_not_closed"},
    {MessageKind::import_text_after_quote, "import.text_after_quote"},
    {MessageKind::import_unknown_column, "import.unknown_column"},
    {MessageKind::import_column_twice, "import.column_twice"},
    {MessageKind::import_missing_columns, "import.missing_columns"},
    {MessageKind::import_columns, "import.columns"},
    {MessageKind::import_header_columns, "import.header_columns"},
    {MessageKind::import_no_date, "import.no_date"},
    {MessageKind::import_no_value_in_column, "import.no_value_in_column"},
    {MessageKind::import_not_a_number_in_column, "import.not_a_number_in_column"},
    {MessageKind::import_outside_in_column, "import.outside_in_column"},
    {MessageKind::import_total_mismatch, "import.total_mismatch"},
    {MessageKind::import_date_again_line, "import.date_again_line"},
    {MessageKind::import_date_again_entry, "import.date_again_entry"},
    {MessageKind::import_too_many_lines, "import.too_many_lines"},
    {MessageKind::import_too_large, "import.too_large"},
    {MessageKind::import_not_a_reading, "import.not_a_reading"},
    {MessageKind::import_date_not_text, "import.date_not_text"},
    {MessageKind::import_no_value_for, "import.no_value_for"},
    {MessageKind::import_pillar_not_a_number, "import.pillar_not_a_number"},
    {MessageKind::import_pillar_outside, "import.pillar_outside"},
    {MessageKind::import_total_not_a_number, "import.total_not_a_number"},
    {MessageKind::import_too_many_entries, "import.too_many_entries"},
    {MessageKind::import_not_a_history, "import.not_a_history"},
    {MessageKind::import_other_format, "import.other_format"},
    {MessageKind::import_unknown_format, "import.unknown_format"},
    {MessageKind::import_bad_version, "import.bad_version"},
    {MessageKind::import_newer_version, "import.newer_version"},
    {MessageKind::import_no_readings, "import.no_readings"},
    {MessageKind::import_readings_not_a_list, "import.readings_not_a_list"},
    {MessageKind::date_not_a_date, "date.not_a_date"},
    {MessageKind::date_no_month, "date.no_month"},
    {MessageKind::date_no_month_day_first, "date.no_month_day_first"},
    {MessageKind::date_outside_years, "date.outside_years"},
    {MessageKind::date_does_not_exist, "date.does_not_exist"},
    {MessageKind::saved_not_json, "saved.not_json"},
    {MessageKind::saved_not_ours, "saved.not_ours"},
    {MessageKind::saved_no_format, "saved.no_format"},
    {MessageKind::saved_format_not_text, "saved.format_not_text"},
    {MessageKind::saved_other_format, "saved.other_format"},
    {MessageKind::saved_no_schema, "saved.no_schema"},
    {MessageKind::saved_newer, "saved.newer"},
    {MessageKind::saved_scenarios_not_a_list, "saved.scenarios_not_a_list"},
    {MessageKind::saved_scenarios_not_an_object, "saved.scenarios_not_an_object"},
    {MessageKind::saved_not_a_scenario, "saved.not_a_scenario"},
    {MessageKind::saved_no_name, "saved.no_name"},
    {MessageKind::saved_empty_name, "saved.empty_name"},
    {MessageKind::saved_name_too_long, "saved.name_too_long"},
    {MessageKind::saved_name_not_text, "saved.name_not_text"},
    {MessageKind::saved_name_twice, "saved.name_twice"},
    {MessageKind::saved_too_many_scenarios, "saved.too_many_scenarios"},
    {MessageKind::saved_no_inputs, "saved.no_inputs"},
    {MessageKind::saved_unknown_metric, "saved.unknown_metric"},
    {MessageKind::saved_metric_not_a_number, "saved.metric_not_a_number"},
    {MessageKind::saved_metric_clamped, "saved.metric_clamped"},
};

constexpr bool in_enum_order() {
    for (std::size_t k = 0; k < std::size(keys); ++k)
        if (keys[k].first != static_cast<MessageKind>(k)) return false;
    return std::size(keys) == message_kinds;
}
static_assert(in_enum_order(), "one key per message kind, in the order of the enum");

}  // namespace

std::string_view text_key(MessageKind kind) { return keys[static_cast<std::size_t>(kind)].second; }

std::string describe(const Problem& problem, Language language) {
    std::string words;                                // the messages after this one, in words: what fills its {problem}
    for (std::size_t i = problem.size(); i-- > 0;) {  // innermost first
        const Message& message = problem[i];
        std::vector<TextValue> values = message.values;
        values.emplace_back("problem", std::move(words));
        const std::string_view key = text_key(message.kind);
        words = message.count ? format_count(language, key, *message.count, values) : format_text(language, key, values);
    }
    return words;
}

}  // namespace ssi::app
