// Readings as JSON: the history file, and the history in the saved document (saved.hpp)
// (readings.hpp: what a reading is).
//
// import_history_json reads what export_history_json writes,
//     {"format":"ssi-history","version":1,"readings":[
//       {"date":"2026-11-21","brand":20.1,"people":12,"insights":15.5,"relationships":18}]}
//   or a bare array of such entries; an entry may also be the older list form
//   ["2026-11-21",20.1,12,15.5,18] (schema 1 of the saved document). Dates as in CSV
//   (readings_csv.hpp), pillars JSON numbers; an optional "total" is checked as in CSV; other
//   members are ignored. Problems name the entry (counted from 1) and its line: "entry 3
//   (line 5): no value for brand". Same limits as CSV: 16 MB, 120,000 entries.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/json.hpp"
#include "app/readings.hpp"

namespace ssi::app {

ImportResult import_history_json(std::string_view text);
std::string export_history_json(const History& history);

// The entries alone, for the saved document: an array of {"date":...,"brand":...} objects, and
// back (entries may also be the list form). Problems read "entry N (line L): ...".
json::Value readings_to_json(const std::vector<Reading>& readings);
ImportResult readings_from_json(const json::Value& entries);

}  // namespace ssi::app
