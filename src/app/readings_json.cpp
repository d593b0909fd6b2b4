#include "app/readings_json.hpp"

#include <cmath>
#include <utility>

namespace ssi::app {

namespace {

std::string_view pillar_name(std::size_t p) { return core::pillar_id(core::all_pillars[p]); }

// One entry: {"date":..., "brand":..., ...} or ["2026-11-21", b, p, i, r]; why not when it
// cannot be read.
std::optional<Reading> read_entry(const json::Value& entry, std::optional<Message>& why) {
    const auto refuse = [&](Message message) {
        why = std::move(message);
        return std::nullopt;
    };
    const json::Value* date_value = nullptr;
    std::array<const json::Value*, core::pillar_count> pillar_values{};
    const json::Value* total_value = nullptr;
    if (entry.is_object()) {
        date_value = entry.get("date");
        for (std::size_t p = 0; p < core::pillar_count; ++p) pillar_values[p] = entry.get(pillar_name(p));
        total_value = entry.get("total");
    } else if (entry.is_array() && entry.array.size() == 5) {
        date_value = &entry.array[0];
        for (std::size_t p = 0; p < core::pillar_count; ++p) pillar_values[p] = &entry.array[1 + p];
    } else {
        return refuse({MessageKind::import_not_a_reading});
    }
    if (!date_value) return refuse({MessageKind::import_no_date});
    if (!date_value->is_string()) return refuse({MessageKind::import_date_not_text});
    const DateParse date = parse_date(date_value->string);
    if (!date.date) return refuse(*date.problem);
    std::array<double, core::pillar_count> pillars{};
    for (std::size_t p = 0; p < core::pillar_count; ++p) {
        const TextValue pillar{"pillar", std::string(pillar_name(p))};
        if (!pillar_values[p]) return refuse({MessageKind::import_no_value_for, {pillar}});
        if (!pillar_values[p]->is_number()) return refuse({MessageKind::import_pillar_not_a_number, {pillar}});
        const double value = pillar_values[p]->number;
        if (!within_pillar(value))
            return refuse({MessageKind::import_pillar_outside, {pillar, {"value", json::format_number(value)}}});
        pillars[p] = value;
    }
    const Reading reading = make_reading(*date.date, pillars);
    if (total_value && !total_value->is_null()) {
        if (!total_value->is_number()) return refuse({MessageKind::import_total_not_a_number});
        if (auto wrong = total_problem(reading, total_value->number, json::format_number(total_value->number)))
            return refuse(std::move(*wrong));
    }
    return reading;
}

}  // namespace

ImportResult readings_from_json(const json::Value& entries) {
    ImportResult result;
    if (!entries.is_array()) {
        result.problems.push_back({entries.line, {import_where(entries.line), {MessageKind::import_readings_not_a_list}}});
        return result;
    }
    ImportedReadings readings(result);
    for (std::size_t k = 0; k < entries.array.size(); ++k) {
        const json::Value& entry = entries.array[k];
        const int number = static_cast<int>(k + 1);
        if (k == static_cast<std::size_t>(max_import_lines)) {
            result.problems.push_back({entry.line, {import_where(entry.line, number), {MessageKind::import_too_many_entries}}});
            break;
        }
        std::optional<Message> why;
        if (const std::optional<Reading> reading = read_entry(entry, why))
            readings.add(*reading, entry.line, number);
        else
            result.problems.push_back({entry.line, {import_where(entry.line, number), std::move(*why)}});
    }
    readings.finish();
    return result;
}

ImportResult import_history_json(std::string_view text) {
    const json::ParseResult parsed = json::parse_json(text, max_import_bytes);
    if (!parsed.value) {
        ImportResult result;
        result.problems.push_back(
            {parsed.line,
             {{MessageKind::import_not_json,
               {{"line", std::to_string(parsed.line)}, {"column", std::to_string(parsed.column)}, {"error", parsed.error}}}}});
        return result;
    }
    const json::Value& root = *parsed.value;
    if (root.is_array()) return readings_from_json(root);
    const auto refuse = [](int line, Message why) {
        ImportResult result;
        result.problems.push_back({line, {import_where(line), std::move(why)}});
        return result;
    };
    if (!root.is_object()) return refuse(root.line, {MessageKind::import_not_a_history});
    if (const json::Value* format = root.get("format")) {
        if (!format->is_string()) return refuse(format->line, {MessageKind::import_unknown_format});
        if (format->string != "ssi-history")
            return refuse(format->line, {MessageKind::import_other_format, {{"format", json::printable(format->string)}}});
    }
    if (const json::Value* version = root.get("version")) {
        if (!version->is_number() || version->number < 1 || version->number != std::floor(version->number))
            return refuse(version->line, {MessageKind::import_bad_version});
        if (version->number > 1)
            return refuse(version->line,
                          {MessageKind::import_newer_version, {{"version", json::format_number(version->number)}}});
    }
    const json::Value* readings = root.get("readings");
    if (!readings) return refuse(root.line, {MessageKind::import_no_readings});
    return readings_from_json(*readings);
}

json::Value readings_to_json(const std::vector<Reading>& readings) {
    json::Value entries = json::make_array();
    entries.array.reserve(readings.size());
    for (const Reading& r : readings) {
        json::Value entry = json::make_object();
        entry.object.reserve(1 + core::pillar_count);
        entry.add("date", json::make_string(format_iso(r.date)));
        for (std::size_t p = 0; p < core::pillar_count; ++p)
            entry.add(std::string(pillar_name(p)), json::make_number(r.pillars[p]));
        entries.push(std::move(entry));
    }
    return entries;
}

std::string export_history_json(const History& history) {
    json::Value root = json::make_object();
    root.add("format", json::make_string("ssi-history"));
    root.add("version", json::make_number(1));
    root.add("readings", readings_to_json(history.readings));
    return json::write_json(root);
}

}  // namespace ssi::app
