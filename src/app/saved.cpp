#include "saved.hpp"

#include "state.hpp"

#include <algorithm>
#include <chrono>
#include <climits>
#include <cstdio>
#include <cmath>
#include <random>
#include <set>
#include <tuple>
#include <utility>

#include "core/catalog.hpp"
#include "app/characters.hpp"

namespace ssi::app {

namespace {

bool same_name(std::string_view a, std::string_view b) {
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return ascii_lower(x) == ascii_lower(y); });
}

std::vector<Scenario>::iterator find_named(std::vector<Scenario>& scenarios, std::string_view name) {
    return std::find_if(scenarios.begin(), scenarios.end(), [&](const Scenario& s) { return same_name(s.name, name); });
}

core::Inputs cleaned(const core::Inputs& inputs) {
    core::Inputs out;
    for (std::size_t i = 0; i < core::metric_count; ++i)
        out.values[i] = core::clean_value(core::catalog[i], inputs.values[i]).value;
    return out;
}

// Why a scenario of the document is skipped, from check_scenario_name's reason.
Message skipped_because(std::string_view name_problem) {
    if (name_problem == scenario_reason::empty_name) return {MessageKind::saved_empty_name};
    if (name_problem == scenario_reason::name_too_long) return {MessageKind::saved_name_too_long};
    return {MessageKind::saved_name_not_text};
}

bool is_valid_id(std::string_view id) {
    return !id.empty() && id.size() <= 40 &&
           std::all_of(id.begin(), id.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

// A new scenario's id: the time in base 36 (fixed width, so ids sort in the order saved), then
// four random characters, so two tabs saving in the same millisecond still differ.
std::string new_scenario_id(std::int64_t now) {
    constexpr char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    std::string id(9, '0');
    std::uint64_t t = static_cast<std::uint64_t>(std::max<std::int64_t>(now, 0));
    for (std::size_t i = id.size(); i-- > 0; t /= 36) id[i] = digits[t % 36];
    static std::mt19937 random{std::random_device{}()};
    id += '-';
    for (int i = 0; i < 4; ++i) id += digits[random() % 36];
    return id;
}

// The id of a scenario from a document older than ids: from its place and name, so every tab
// migrating the same document gives the same ids. Starts with '0': before every new id.
std::string migrated_id(std::size_t index, std::string_view name) {
    std::uint32_t hash = 2166136261u;  // FNV-1a
    for (const char c : name) hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
    char id[24];
    std::snprintf(id, sizeof id, "0%03zu-%08x", index % 1000, static_cast<unsigned>(hash));
    return id;
}

// `name`, cut to leave room for `suffix` within max_name_chars characters, then the suffix.
std::string with_suffix(std::string_view name, std::string_view suffix) {
    std::size_t chars = 0;
    std::size_t end = 0;
    while (end < name.size() && chars + suffix.size() < max_name_chars) {
        ++end;
        while (end < name.size() && (static_cast<unsigned char>(name[end]) & 0xC0) == 0x80) ++end;
        ++chars;
    }
    std::string out(name.substr(0, end));
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out + std::string(suffix);
}

}  // namespace

std::int64_t now_ms() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::string item_key(const Scenario& scenario) { return "scenario:" + scenario.id; }
std::string item_key(Date reading_date) { return "reading:" + format_iso(reading_date); }

NameCheck check_scenario_name(std::string_view raw) {
    while (!raw.empty() && is_space(raw.front())) raw.remove_prefix(1);
    while (!raw.empty() && is_space(raw.back())) raw.remove_suffix(1);
    NameCheck check;
    if (raw.empty()) {
        check.problem = scenario_reason::empty_name;
    } else if (!json::is_valid_utf8(raw) ||
               std::any_of(raw.begin(), raw.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; })) {
        check.problem = scenario_reason::name_not_text;
    } else if (json::utf8_length(raw) > max_name_chars) {
        check.problem = scenario_reason::name_too_long;
    } else {
        check.name = raw;
    }
    return check;
}

Outcome save_scenario(SavedDocument& doc, std::string_view name, const core::Inputs& inputs, std::int64_t now) {
    NameCheck check = check_scenario_name(name);
    if (!check.problem.empty()) return {check.problem};
    const auto existing = find_named(doc.scenarios, check.name);
    if (existing != doc.scenarios.end()) {
        existing->name = std::move(check.name);
        existing->inputs = cleaned(inputs);
        doc.changed[item_key(*existing)] = now;
    } else {
        if (doc.scenarios.size() >= max_scenarios) return {scenario_reason::too_many};
        doc.scenarios.push_back(Scenario{std::move(check.name), cleaned(inputs), new_scenario_id(now)});
        doc.changed[item_key(doc.scenarios.back())] = now;
    }
    return {};
}

Outcome rename_scenario(SavedDocument& doc, std::string_view old_name, std::string_view new_name, std::int64_t now) {
    const auto scenario = find_named(doc.scenarios, check_scenario_name(old_name).name);
    if (scenario == doc.scenarios.end()) return {scenario_reason::not_found};
    NameCheck check = check_scenario_name(new_name);
    if (!check.problem.empty()) return {check.problem};
    const auto other = find_named(doc.scenarios, check.name);
    if (other != doc.scenarios.end() && other != scenario) return {scenario_reason::name_taken};
    scenario->name = std::move(check.name);
    doc.changed[item_key(*scenario)] = now;
    return {};
}

Outcome delete_scenario(SavedDocument& doc, std::string_view name, std::int64_t now) {
    const NameCheck check = check_scenario_name(name);
    const auto scenario = find_named(doc.scenarios, check.name);
    if (!check.problem.empty() || scenario == doc.scenarios.end()) return {scenario_reason::not_found};
    const std::string key = item_key(*scenario);
    doc.changed.erase(key);
    doc.deleted[key] = now;
    doc.scenarios.erase(scenario);
    return {};
}

void add_reading(SavedDocument& doc, const Reading& reading, std::int64_t now) {
    add_reading(doc.history, reading);
    const std::string key = item_key(reading.date);
    doc.changed[key] = now;
    doc.deleted.erase(key);
}

bool remove_reading(SavedDocument& doc, Date date, std::int64_t now) {
    if (!remove_reading(doc.history, date)) return false;
    const std::string key = item_key(date);
    doc.changed.erase(key);
    doc.deleted[key] = now;
    return true;
}

SavedDocument merge_documents(const SavedDocument& a, const SavedDocument& b) {
    SavedDocument out;
    for (const SavedDocument* doc : {&a, &b})
        for (const auto& [key, when] : doc->deleted) out.deleted[key] = std::max(out.deleted[key], when);
    const auto stamp = [](const SavedDocument& doc, const std::string& key) {
        const auto found = doc.changed.find(key);
        return found == doc.changed.end() ? std::int64_t{0} : found->second;
    };
    // Each item once, by key: the later change, or on equal times the greater value, so that
    // the answer does not depend on which document is which.
    const auto keep_latest = [&](auto& by_key, const std::string& key, const auto& item, std::int64_t when, auto order) {
        const auto [found, added] = by_key.try_emplace(key, item, when);
        if (!added && (when > found->second.second || (when == found->second.second && order(item) > order(found->second.first))))
            found->second = {item, when};
    };
    const auto deleted_after = [&](const std::string& key, std::int64_t when) {
        const auto found = out.deleted.find(key);
        return found != out.deleted.end() && found->second >= when;
    };

    std::map<std::string, std::pair<Scenario, std::int64_t>> scenarios;  // by id: the order saved
    const auto scenario_order = [](const Scenario& s) { return std::tie(s.name, s.inputs.values); };
    for (const SavedDocument* doc : {&a, &b})
        for (const Scenario& s : doc->scenarios) keep_latest(scenarios, s.id, s, stamp(*doc, item_key(s)), scenario_order);
    std::set<std::string> names;  // ASCII-lowercased, as names compare
    const auto lower = [](std::string name) {
        std::transform(name.begin(), name.end(), name.begin(), ascii_lower);
        return name;
    };
    for (auto& [id, entry] : scenarios) {
        Scenario& s = entry.first;
        const std::string key = item_key(s);
        if (deleted_after(key, entry.second) || out.scenarios.size() >= max_scenarios) continue;
        const std::string name = s.name;
        for (int n = 2; names.count(lower(s.name)); ++n) s.name = with_suffix(name, " (" + std::to_string(n) + ")");
        names.insert(lower(s.name));
        if (entry.second) out.changed[key] = entry.second;
        out.scenarios.push_back(std::move(s));
    }

    std::map<std::string, std::pair<Reading, std::int64_t>> readings;  // by "reading:<date>": date order
    const auto reading_order = [](const Reading& r) { return r.pillars; };
    for (const SavedDocument* doc : {&a, &b})
        for (const Reading& r : doc->history.readings)
            keep_latest(readings, item_key(r.date), r, stamp(*doc, item_key(r.date)), reading_order);
    for (const auto& [key, entry] : readings) {
        if (deleted_after(key, entry.second)) continue;
        if (entry.second) out.changed[key] = entry.second;
        out.history.readings.push_back(entry.first);
    }

    std::int64_t newest = 0;
    for (const auto* stamps : {&out.changed, &out.deleted})
        for (const auto& [key, when] : *stamps) newest = std::max(newest, when);
    const std::int64_t forget_before = newest - std::int64_t{deleted_kept_days} * 24 * 3600 * 1000;
    std::erase_if(out.deleted, [&](const auto& entry) { return entry.second < forget_before; });
    return out;
}

const Scenario* find_scenario(const SavedDocument& doc, std::string_view name) {
    const NameCheck check = check_scenario_name(name);
    if (!check.problem.empty()) return nullptr;
    for (const Scenario& s : doc.scenarios)
        if (same_name(s.name, check.name)) return &s;
    return nullptr;
}

void load_scenario(State& state, const Scenario& scenario) {
    state.scenario = cleaned(scenario.inputs);
    for (std::size_t i = 0; i < core::metric_count; ++i)
        if (state.scenario.values[i]) state.remembered[i] = *state.scenario.values[i];
}

ScenarioComparison compare_scenarios(const Scenario& left, const Scenario& right) {
    ScenarioComparison comparison;
    comparison.left = core::evaluate(left.inputs);
    comparison.right = core::evaluate(right.inputs);
    comparison.delta = core::compare(comparison.left, comparison.right);
    return comparison;
}

// ------------------------------------------------------------------------------ documents ----

json::Value inputs_json(const core::Inputs& inputs) {
    json::Value object = json::make_object();
    for (std::size_t i = 0; i < core::metric_count; ++i) {
        const auto& value = inputs.values[i];
        object.add(std::string(core::catalog[i].id),
                   value && std::isfinite(*value) ? json::make_number(*value) : json::make_null());
    }
    return object;
}

core::Inputs read_inputs(const json::Value* object, std::vector<Message>& problems) {
    core::Inputs inputs = core::typical_inputs();
    if (!object || !object->is_object()) {
        problems.push_back({MessageKind::saved_no_inputs});
        return inputs;
    }
    for (const json::Member& m : object->object) {
        const std::optional<std::size_t> metric = core::find_metric(m.key);
        if (!metric) {
            problems.push_back({MessageKind::saved_unknown_metric, {{"metric", json::printable(m.key)}}});
            continue;
        }
        const TextValue id{"metric", std::string(core::catalog[*metric].id)};
        if (m.value.is_null()) {
            inputs.values[*metric].reset();
        } else if (!m.value.is_number()) {
            inputs.values[*metric].reset();
            problems.push_back({MessageKind::saved_metric_not_a_number, {id}});
        } else {
            const core::CleanValue clean = core::clean_value(core::catalog[*metric], m.value.number);
            inputs.values[*metric] = clean.value;
            if (clean.problem != core::InputProblem::none)
                problems.push_back({MessageKind::saved_metric_clamped,
                                    {id,
                                     {"value", json::format_number(m.value.number)},
                                     {"clamped", json::format_number(clean.value.value_or(0))}}});
        }
    }
    return inputs;
}

std::string write_document(const SavedDocument& doc) {
    json::Value root = json::make_object();
    root.add("format", json::make_string("ssi-calculator"));
    root.add("schema", json::make_number(document_schema));
    json::Value scenarios = json::make_array();
    for (const Scenario& s : doc.scenarios) {
        json::Value scenario = json::make_object();
        scenario.add("id", json::make_string(s.id));
        scenario.add("name", json::make_string(s.name));
        scenario.add("inputs", inputs_json(s.inputs));
        scenarios.push(std::move(scenario));
    }
    root.add("scenarios", std::move(scenarios));
    root.add("history", readings_to_json(doc.history.readings));
    for (const auto& [name, stamps] : {std::pair{"changed", &doc.changed}, std::pair{"deleted", &doc.deleted}}) {
        json::Value times = json::make_object();
        for (const auto& [key, when] : *stamps) times.add(key, json::make_number(static_cast<double>(when)));
        root.add(name, std::move(times));
    }
    return json::write_json(root);
}

namespace {

class DocumentReader {
public:
    explicit DocumentReader(DocumentLoad& load) : load_(load) {}

    // Schema 2: [{"name":..., "inputs":{...}}, ...]
    void scenarios_v2(const json::Value* list) {
        if (!list) return;
        if (!list->is_array()) return problem({{MessageKind::saved_scenarios_not_a_list}});
        for (std::size_t k = 0; k < list->array.size(); ++k) {
            const json::Value& item = list->array[k];
            const Message where = at_scenario(k, item.line);
            if (!item.is_object()) {
                problem({where, {MessageKind::saved_not_a_scenario}});
                continue;
            }
            const json::Value* name = item.get("name");
            if (!name || !name->is_string()) {
                problem({where, {MessageKind::saved_no_name}});
                continue;
            }
            const json::Value* id = item.get("id");
            scenario(where, name->string, item.get("inputs"), id && id->is_string() ? id->string : "");
        }
    }

    // Schema 3: when items changed and were deleted. Stamps of nothing known are dropped
    // quietly: they are bookkeeping, not the user's data.
    void stamps(const json::Value* changed, const json::Value* deleted) {
        const auto valid_key = [&](std::string_view key, bool present) {
            if (key.starts_with("scenario:")) {
                const std::string_view id = key.substr(9);
                return is_valid_id(id) && (!present || std::any_of(doc_.scenarios.begin(), doc_.scenarios.end(),
                                                                   [&](const Scenario& s) { return s.id == id; }));
            }
            if (!key.starts_with("reading:")) return false;
            const DateParse date = parse_date(key.substr(8));
            return date.date && format_iso(*date.date) == key.substr(8) &&
                   (!present || std::any_of(doc_.history.readings.begin(), doc_.history.readings.end(),
                                            [&](const Reading& r) { return r.date == *date.date; }));
        };
        for (const auto& [list, into, present] :
             {std::tuple{changed, &doc_.changed, true}, std::tuple{deleted, &doc_.deleted, false}}) {
            if (!list || !list->is_object()) continue;
            for (const json::Member& m : list->object) {
                const bool time = m.value.is_number() && m.value.number >= 0 && m.value.number <= 9007199254740992.0 &&
                                  m.value.number == std::floor(m.value.number);
                if (time && valid_key(m.key, present)) (*into)[m.key] = static_cast<std::int64_t>(m.value.number);
            }
        }
    }

    // Schema 1: {"<name>": {"<metric id>": value, ...}, ...}
    void scenarios_v1(const json::Value* map) {
        if (!map) return;
        if (!map->is_object()) return problem({{MessageKind::saved_scenarios_not_an_object}});
        for (std::size_t k = 0; k < map->object.size(); ++k) {
            const json::Member& member = map->object[k];
            scenario(at_scenario(k, member.value.line), member.key, &member.value);
        }
    }

    void history(const json::Value* entries) {
        if (!entries) return;
        ImportResult read = readings_from_json(*entries);
        for (ImportProblem& p : read.problems) {
            p.what.insert(p.what.begin(), {MessageKind::saved_in_history});
            problem(std::move(p.what));
        }
        for (const Reading& r : read.readings) add_reading(doc_.history, r);
    }

    SavedDocument take() { return std::move(doc_); }

private:
    DocumentLoad& load_;
    SavedDocument doc_;

    void problem(Problem problem) { load_.problems.push_back(std::move(problem)); }

    // "scenario 2 (line 4)": its place in the list, counted from 1.
    static Message at_scenario(std::size_t index, int line) {
        return {MessageKind::saved_at_scenario, {{"scenario", std::to_string(index + 1)}, {"line", std::to_string(line)}}};
    }

    void scenario(const Message& where, std::string_view raw_name, const json::Value* inputs, std::string_view stored_id = "") {
        const NameCheck check = check_scenario_name(raw_name);
        if (!check.problem.empty()) return problem({where, {skipped_because(check.problem)}});
        if (find_scenario(doc_, check.name))
            return problem({where, {MessageKind::saved_name_twice, {{"name", json::printable(check.name)}}}});
        if (doc_.scenarios.size() >= max_scenarios) return problem({where, {MessageKind::saved_too_many_scenarios}});
        // An id missing, malformed or taken (a document older than ids, or edited): one made
        // from the place and the name, as every tab would make it.
        const bool taken = std::any_of(doc_.scenarios.begin(), doc_.scenarios.end(),
                                       [&](const Scenario& other) { return other.id == stored_id; });
        std::vector<Message> input_problems;
        doc_.scenarios.push_back(
            {check.name, read_inputs(inputs, input_problems),
             is_valid_id(stored_id) && !taken ? std::string(stored_id) : migrated_id(doc_.scenarios.size(), check.name)});
        const Message named{MessageKind::saved_in_scenario, {{"name", json::printable(check.name)}}};
        for (Message& what : input_problems) problem({named, std::move(what)});
    }
};

}  // namespace

DocumentLoad read_document(std::string_view text) {
    DocumentLoad load;
    const json::ParseResult parsed = json::parse_json(text, max_import_bytes);
    if (!parsed.value) {
        load.foreign = true;
        load.problems.push_back(
            {{MessageKind::saved_not_json,
              {{"error", parsed.error}, {"line", std::to_string(parsed.line)}, {"column", std::to_string(parsed.column)}}}});
        return load;
    }
    const json::Value& root = *parsed.value;
    const auto foreign = [&](Message why) {
        load.foreign = true;
        load.problems.push_back({std::move(why)});
        return load;
    };
    if (!root.is_object()) return foreign({MessageKind::saved_not_ours});
    const json::Value* format = root.get("format");
    if (!format) return foreign({MessageKind::saved_no_format});
    if (!format->is_string()) return foreign({MessageKind::saved_format_not_text});
    if (format->string != "ssi-calculator")
        return foreign({MessageKind::saved_other_format, {{"format", json::printable(format->string)}}});
    const json::Value* schema = root.get("schema");
    if (!schema || !schema->is_number() || schema->number < 1 || schema->number != std::floor(schema->number))
        return foreign({MessageKind::saved_no_schema});
    if (schema->number > document_schema) {
        load.schema = schema->number > INT_MAX ? INT_MAX : static_cast<int>(schema->number);
        load.problems.push_back({{MessageKind::saved_newer, {{"schema", json::format_number(schema->number)}}}});
        return load;
    }
    load.schema = static_cast<int>(schema->number);
    DocumentReader reader(load);
    if (load.schema == 1) {
        reader.scenarios_v1(root.get("scenarios"));
        reader.history(root.get("readings"));
    } else {
        reader.scenarios_v2(root.get("scenarios"));
        reader.history(root.get("history"));
        if (load.schema >= 3) reader.stamps(root.get("changed"), root.get("deleted"));
    }
    load.document = reader.take();
    return load;
}

}  // namespace ssi::app
