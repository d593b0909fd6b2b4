// What the user keeps between visits: named what-if scenarios and their history of real SSI
// readings, as one JSON document (the platform stores it in localStorage).
//
// The document, schema 3 (written by write_document):
//   {"format":"ssi-calculator","schema":3,
//    "scenarios":[{"id":"mil2x0k1c-4f2a","name":"Plan A","inputs":{"photo":1,"cover":0,...,"reply_hours":null,...}}],
//    "history":[{"date":"2026-11-21","brand":20.1,"people":12,"insights":15.5,"relationships":18}],
//    "changed":{"scenario:mil2x0k1c-4f2a":1764654000000,"reading:2026-11-21":1764654000000},
//    "deleted":{"scenario:mil2x0a00-9b1c":1764650000000}}
//   Every catalog metric is written, in catalog order; null is "unknown". A metric id missing
//   when reading (a document older than the metric) takes its typical value. "changed" and
//   "deleted" say when each item last changed or was deleted (milliseconds since 1970), for
//   merge_documents: two tabs writing at once lose nothing.
// Schema 2 is schema 3 without ids, "changed" and "deleted"; it is read and migrated: each
// scenario gets an id made from its place and name, so two tabs migrating the same document
// agree on the ids.
// Schema 1, the older form, is read and migrated:
//   {"format":"ssi-calculator","schema":1,"scenarios":{"Plan A":{"comments":35,...}},
//    "readings":[["2026-11-21",20,12,15.5,18]]}
//   (scenarios as an object keyed by name, missing metrics typical; readings as lists).
//
// read_document accepts up to 16 MB (readings.hpp's max_import_bytes): more than localStorage
// holds, and more than the largest document write_document can produce.
// Reading is forgiving inside a document of ours and strict about whose it is: text that is not
// JSON, not an object, without "format":"ssi-calculator" or without a schema number is foreign;
// a schema above 2 was written by a newer version. Both give no document. Anything else loads,
// and what could not be used is listed (app/problems.hpp): unknown metric ids (dropped), values
// out of range (clamped by core::clean_value), bad scenarios and history entries (skipped).
//
// Storage protocol for the platform (keeps every byte the user ever saved):
//   - at start: read the key. Absent: start empty. Present: read_document().
//       document == nullopt: start empty, show the problems, and copy the raw text under a
//         backup key before anything is written to the main key;
//       schema < 2 (migrated) or problems: also copy the raw text to a backup key, then write
//         write_document(*document) once, so the next start reads schema 2 cleanly.
//   - every change: write_document() and store it with one setItem call (atomic per key);
//     write_document always produces a complete document that read_document reads back to the
//     same value. If setItem fails (quota), keep the old value and tell the user.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/json.hpp"
#include "app/problems.hpp"
#include "app/readings_json.hpp"
#include "core/model.hpp"

namespace ssi::app {

struct State;  // app/state.hpp, which holds a SavedDocument

inline constexpr int document_schema = 3;
inline constexpr std::size_t max_name_chars = 60;
// At most 100 scenarios: with the largest history (readings_csv.hpp) a document stays under the
// 16 MB read_document accepts, so whatever write_document writes reads back.
inline constexpr std::size_t max_scenarios = 100;

struct Scenario {
    std::string name;  // trimmed, 1..60 characters, unique ignoring ASCII case
    core::Inputs inputs;
    std::string id;  // stable across renames and tabs: 1..40 of a-z, 0-9 and '-'
    friend bool operator==(const Scenario&, const Scenario&) = default;
};

struct SavedDocument {
    std::vector<Scenario> scenarios;  // in the order they were saved (by id); at most max_scenarios
    History history;
    // When each item last changed and when items were deleted, keyed by item_key(): what the
    // merge of two tabs' documents decides by. Deletions are remembered for deleted_kept_days.
    std::map<std::string, std::int64_t> changed;
    std::map<std::string, std::int64_t> deleted;
    friend bool operator==(const SavedDocument&, const SavedDocument&) = default;
};
inline constexpr int deleted_kept_days = 180;
std::string item_key(const Scenario& scenario);  // "scenario:<id>"
std::string item_key(Date reading_date);         // "reading:2026-11-21"

// Milliseconds since 1970 by the system clock: when a change happened.
std::int64_t now_ms();

// Why a scenario operation was refused. Short and stable: the UI and tests quote them.
namespace scenario_reason {
inline constexpr std::string_view empty_name = "the name is empty";
inline constexpr std::string_view name_too_long = "the name is longer than 60 characters";
inline constexpr std::string_view name_not_text = "the name holds a control character or invalid UTF-8";
inline constexpr std::string_view name_taken = "another scenario already has this name";
inline constexpr std::string_view not_found = "no scenario has this name";
inline constexpr std::string_view too_many = "there are already 100 scenarios: delete one first";
}  // namespace scenario_reason

struct Outcome {
    std::string_view problem;  // empty when done; otherwise one of scenario_reason
    bool ok() const { return problem.empty(); }
    explicit operator bool() const { return ok(); }
};

// The name as it is kept (spaces, tabs and line breaks trimmed at both ends), or why it cannot
// be a name.
struct NameCheck {
    std::string name;
    std::string_view problem;  // empty when the name is fine
};
NameCheck check_scenario_name(std::string_view raw);

// Saves inputs (cleaned by core::clean_value) under name. A scenario with the same name (ASCII
// case ignored) is replaced, and takes the new spelling; otherwise the scenario is appended
// with a new id (refused when there are already max_scenarios). Each change is stamped `now`.
Outcome save_scenario(SavedDocument& doc, std::string_view name, const core::Inputs& inputs, std::int64_t now = now_ms());
// Refused when old_name is not found, new_name is not a valid name, or another scenario has it
// (changing only the case of a name is allowed).
Outcome rename_scenario(SavedDocument& doc, std::string_view old_name, std::string_view new_name, std::int64_t now = now_ms());
Outcome delete_scenario(SavedDocument& doc, std::string_view name, std::int64_t now = now_ms());
// The history's add_reading and remove_reading, stamped for the merge.
void add_reading(SavedDocument& doc, const Reading& reading, std::int64_t now = now_ms());
bool remove_reading(SavedDocument& doc, Date date, std::int64_t now = now_ms());

// Two versions of the saved data (what storage holds now, what this tab has) as one: every item
// of either, the later change of an item winning (equal times: the same answer either way
// round), an item deleted after its last change gone. Names two tabs gave to different
// scenarios are kept apart with " (2)". Deletions older than deleted_kept_days before the newest
// change are forgotten. merge_documents(a, b) == merge_documents(b, a).
SavedDocument merge_documents(const SavedDocument& a, const SavedDocument& b);
// By name, trimmed, ASCII case ignored; nullptr when absent.
const Scenario* find_scenario(const SavedDocument& doc, std::string_view name);

// The scenario becomes the state's scenario (the baseline is left as it is).
void load_scenario(State& state, const Scenario& scenario);

// Two scenarios side by side: delta = right - left, for every pillar and the total.
struct ScenarioComparison {
    core::Result left;
    core::Result right;
    core::Comparison delta;
};
ScenarioComparison compare_scenarios(const Scenario& left, const Scenario& right);

std::string write_document(const SavedDocument& doc);

// Inputs as the document writes them (every metric, null for unknown), and read back: missing
// metrics typical, the rest cleaned, every problem listed ("comments 1000 clamped to 300").
json::Value inputs_json(const core::Inputs& inputs);
core::Inputs read_inputs(const json::Value* object, std::vector<Message>& problems);

// Problems read, for example (in English):
//   "not JSON: expected ',' or '}' at line 1, column 17"
//   "foreign data: not an SSI calculator document"      (valid JSON, not an object)
//   "foreign data: format 'todo-list'" / "foreign data: no format" / "foreign data: no schema"
//   "written by a newer version (schema 3)"
//   "scenario 'Plan A': unknown metric 'likes' dropped"
//   "scenario 'Plan A': comments 1000 clamped to 300"
//   "scenario 'Plan A': reply_hours is not a number: set to unknown"
//   "scenario 2 (line 4): the name is empty: skipped"
//   "scenario 3 (line 9): the name 'Plan A' is used twice: skipped"
//   "scenario 101 (line 4): more than 100 scenarios: skipped"
//   "history: entry 3 (line 12): brand 30 is outside 0..25"
struct DocumentLoad {
    std::optional<SavedDocument> document;  // nullopt: foreign, corrupt or newer
    std::vector<Problem> problems;
    bool foreign = false;  // not JSON, or not a document of this calculator
    int schema = 0;        // the schema read (1 was migrated); 0 when unknown
};
DocumentLoad read_document(std::string_view json);

}  // namespace ssi::app
