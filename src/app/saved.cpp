#include "saved.hpp"

#include "state.hpp"

#include <algorithm>
#include <climits>
#include <cmath>
#include <utility>

#include "core/catalog.hpp"

namespace ssi::app {

namespace {

bool is_trimmed_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

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

std::string quoted(std::string_view text) { return "'" + json::printable(text) + "'"; }

}  // namespace

NameCheck check_scenario_name(std::string_view raw) {
    while (!raw.empty() && is_trimmed_space(raw.front())) raw.remove_prefix(1);
    while (!raw.empty() && is_trimmed_space(raw.back())) raw.remove_suffix(1);
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

Outcome save_scenario(SavedDocument& doc, std::string_view name, const core::Inputs& inputs) {
    NameCheck check = check_scenario_name(name);
    if (!check.problem.empty()) return {check.problem};
    const auto existing = find_named(doc.scenarios, check.name);
    if (existing != doc.scenarios.end()) {
        existing->name = std::move(check.name);
        existing->inputs = cleaned(inputs);
    } else {
        if (doc.scenarios.size() >= max_scenarios) return {scenario_reason::too_many};
        doc.scenarios.push_back(Scenario{std::move(check.name), cleaned(inputs)});
    }
    return {};
}

Outcome rename_scenario(SavedDocument& doc, std::string_view old_name, std::string_view new_name) {
    const auto scenario = find_named(doc.scenarios, check_scenario_name(old_name).name);
    if (scenario == doc.scenarios.end()) return {scenario_reason::not_found};
    NameCheck check = check_scenario_name(new_name);
    if (!check.problem.empty()) return {check.problem};
    const auto other = find_named(doc.scenarios, check.name);
    if (other != doc.scenarios.end() && other != scenario) return {scenario_reason::name_taken};
    scenario->name = std::move(check.name);
    return {};
}

Outcome delete_scenario(SavedDocument& doc, std::string_view name) {
    const NameCheck check = check_scenario_name(name);
    const auto scenario = find_named(doc.scenarios, check.name);
    if (!check.problem.empty() || scenario == doc.scenarios.end()) return {scenario_reason::not_found};
    doc.scenarios.erase(scenario);
    return {};
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

std::string write_document(const SavedDocument& doc) {
    json::Value root = json::make_object();
    root.add("format", json::make_string("ssi-calculator"));
    root.add("schema", json::make_number(document_schema));
    json::Value scenarios = json::make_array();
    for (const Scenario& s : doc.scenarios) {
        json::Value inputs = json::make_object();
        for (std::size_t i = 0; i < core::metric_count; ++i) {
            const auto& value = s.inputs.values[i];
            inputs.add(std::string(core::catalog[i].id),
                       value && std::isfinite(*value) ? json::make_number(*value) : json::make_null());
        }
        json::Value scenario = json::make_object();
        scenario.add("name", json::make_string(s.name));
        scenario.add("inputs", std::move(inputs));
        scenarios.push(std::move(scenario));
    }
    root.add("scenarios", std::move(scenarios));
    root.add("history", readings_to_json(doc.history.readings));
    return json::write_json(root);
}

namespace {

class DocumentReader {
public:
    explicit DocumentReader(DocumentLoad& load) : load_(load) {}

    // Schema 2: [{"name":..., "inputs":{...}}, ...]
    void scenarios_v2(const json::Value* list) {
        if (!list) return;
        if (!list->is_array()) return problem("the scenarios are not a list: none was read");
        for (std::size_t k = 0; k < list->array.size(); ++k) {
            const json::Value& item = list->array[k];
            const std::string where = "scenario " + std::to_string(k + 1) + " (line " + std::to_string(item.line) + ")";
            if (!item.is_object()) {
                problem(where + ": not a scenario: skipped");
                continue;
            }
            const json::Value* name = item.get("name");
            if (!name || !name->is_string()) {
                problem(where + ": no name: skipped");
                continue;
            }
            scenario(where, name->string, item.get("inputs"));
        }
    }

    // Schema 1: {"<name>": {"<metric id>": value, ...}, ...}
    void scenarios_v1(const json::Value* map) {
        if (!map) return;
        if (!map->is_object()) return problem("the scenarios are not an object: none was read");
        for (std::size_t k = 0; k < map->object.size(); ++k) {
            const json::Member& member = map->object[k];
            const std::string where = "scenario " + std::to_string(k + 1) + " (line " + std::to_string(member.value.line) + ")";
            scenario(where, member.key, &member.value);
        }
    }

    void history(const json::Value* entries) {
        if (!entries) return;
        ImportResult read = readings_from_json(*entries);
        for (const ImportProblem& p : read.problems) problem("history: " + p.message);
        for (const Reading& r : read.readings) add_reading(doc_.history, r);
    }

    SavedDocument take() { return std::move(doc_); }

private:
    DocumentLoad& load_;
    SavedDocument doc_;

    void problem(std::string message) { load_.problems.push_back(std::move(message)); }

    void scenario(const std::string& where, std::string_view raw_name, const json::Value* inputs) {
        const NameCheck check = check_scenario_name(raw_name);
        if (!check.problem.empty()) return problem(where + ": " + std::string(check.problem) + ": skipped");
        if (find_scenario(doc_, check.name))
            return problem(where + ": the name " + quoted(check.name) + " is used twice: skipped");
        if (doc_.scenarios.size() >= max_scenarios) return problem(where + ": more than 100 scenarios: skipped");
        Scenario s{check.name, core::typical_inputs()};
        const std::string who = "scenario " + quoted(check.name);
        if (!inputs || !inputs->is_object()) {
            problem(who + ": no inputs: it starts from a typical new member");
        } else {
            for (const json::Member& m : inputs->object) {
                const std::optional<std::size_t> metric = core::find_metric(m.key);
                if (!metric) {
                    problem(who + ": unknown metric " + quoted(m.key) + " dropped");
                    continue;
                }
                const std::string id(core::catalog[*metric].id);
                if (m.value.is_null()) {
                    s.inputs.values[*metric].reset();
                } else if (!m.value.is_number()) {
                    s.inputs.values[*metric].reset();
                    problem(who + ": " + id + " is not a number: set to unknown");
                } else {
                    const core::CleanValue clean = core::clean_value(core::catalog[*metric], m.value.number);
                    s.inputs.values[*metric] = clean.value;
                    if (clean.problem != core::InputProblem::none)
                        problem(who + ": " + id + " " + json::format_number(m.value.number) + " clamped to " +
                                json::format_number(clean.value.value_or(0)));
                }
            }
        }
        doc_.scenarios.push_back(std::move(s));
    }
};

}  // namespace

DocumentLoad read_document(std::string_view text) {
    DocumentLoad load;
    const json::ParseResult parsed = json::parse_json(text, max_import_bytes);
    if (!parsed.value) {
        load.foreign = true;
        load.problems.push_back("not JSON: " + parsed.error + " at line " + std::to_string(parsed.line) +
                                ", column " + std::to_string(parsed.column));
        return load;
    }
    const json::Value& root = *parsed.value;
    const auto foreign = [&](std::string why) {
        load.foreign = true;
        load.problems.push_back("foreign data: " + why);
        return load;
    };
    if (!root.is_object()) return foreign("not an SSI calculator document");
    const json::Value* format = root.get("format");
    if (!format) return foreign("no format");
    if (!format->is_string()) return foreign("the format is not a text");
    if (format->string != "ssi-calculator") return foreign("format " + quoted(format->string));
    const json::Value* schema = root.get("schema");
    if (!schema || !schema->is_number() || schema->number < 1 || schema->number != std::floor(schema->number))
        return foreign("no schema");
    if (schema->number > document_schema) {
        load.schema = schema->number > INT_MAX ? INT_MAX : static_cast<int>(schema->number);
        load.problems.push_back("written by a newer version (schema " + json::format_number(schema->number) + ")");
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
    }
    load.document = reader.take();
    return load;
}

}  // namespace ssi::app
