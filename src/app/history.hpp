// The user's real SSI readings over time, as LinkedIn shows them, and their CSV and JSON forms.
//
// A reading is a date and the four pillar scores (brand, people, insights, relationships), each
// 0..25 with at most 2 decimals; the total is their sum, displayed rounded half up like
// LinkedIn's. A history holds at most one reading per date, sorted by date.
//
// CSV (import_history_csv):
//   - one row per line (LF, CRLF or CR); blank lines and rows of empty fields (";;;;") are
//     skipped; a UTF-8 byte order mark is skipped. A quoted field cannot span lines.
//   - separator: from the first non-blank line: tab if it has one, else ';' if it has one, else
//     ','. With decimal commas ("12,5") the separator must be ';' (or tab).
//   - fields may be quoted ("..." with "" for a quote); spaces around fields are ignored;
//     empty fields at the end of a row beyond its expected columns are ignored ("...;18;;").
//   - optional header row: present when the first field of the first row is not a date and the
//     row names at least one known column. Names (case and accents ignored), in any order:
//       date: date, fecha, data
//       brand: brand, marque, marca
//       people: people, personnes, personas, pessoas
//       insights: insights, échanges, interacción, interação
//       relationships: relationships, relations, relaciones, relacionamentos
//       total: total (optional; not used, but a row whose total differs from the sum of its
//              pillars by more than 1 is a problem: "21/11/2026,20,5,12,15,18" is caught)
//     Unknown columns are ignored (reported once; unnamed ones silently). Without a header
//     the columns are date, brand, people, insights, relationships and an optional total.
//   - numbers: plain decimals with a point or a comma ("12.5", "12,5"); no thousands separators,
//     no exponent. Each pillar must be within 0..25 (a value outside is a problem, not clamped,
//     so the user sees it); more than 2 decimals are rounded to 2.
//   - dates: ISO "2026-11-21" or "2026/11/21" (also "2026.11.21"), or day first "21/11/2026",
//     "21-11-2026", "21.11.2026" (day/month/year, as written in fr, es, pt and en-GB). US
//     month-first dates are read day first too: "11/21/2026" is refused ("no month 21") and
//     "03/04/2026" is read as 3 April. Years 1900..2200, 4 digits.
//   - a row that cannot be read is reported (ImportProblem, with its line number, first
//     problem of the row only) and skipped; every good row is kept. A date that appears twice:
//     the later row is kept, and reported. The header's problems (unknown or repeated columns)
//     are reported on its line; a header without one of the five columns stops the import.
//   - limits: 16 MB and 120,000 lines; beyond either, one problem, and what was read is kept.
//     (The largest history there can be, one reading a day from 1900 to 2200, is 109,938
//     readings: its CSV export is under 5 MB and 120,000 lines, its JSON export under 11 MB,
//     so everything exported imports again.)
// JSON (import_history_json): what export_history_json writes,
//     {"format":"ssi-history","version":1,"readings":[
//       {"date":"2026-11-21","brand":20.1,"people":12,"insights":15.5,"relationships":18}]}
//   or a bare array of such entries; an entry may also be the older list form
//   ["2026-11-21",20.1,12,15.5,18] (schema 1 of the saved document). Dates as in CSV, pillars
//   JSON numbers; an optional "total" is checked as in CSV; other members are ignored. Problems name the entry (counted
//   from 1) and its line: "entry 3 (line 5): no value for brand". Same limits as CSV: 16 MB,
//   120,000 entries.
#pragma once

#include <array>
#include <compare>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/dates.hpp"
#include "app/json.hpp"
#include "core/catalog.hpp"
#include "app/translations.hpp"

namespace ssi::app {

struct Reading {
    Date date;
    std::array<double, core::pillar_count> pillars{};  // brand, people, insights, relationships
    friend bool operator==(const Reading&, const Reading&) = default;
};
// The only way readings are made from user input: each pillar clamped to 0..25 and rounded to
// 2 decimals (NaN becomes 0), as LinkedIn shows them.
Reading make_reading(Date date, const std::array<double, core::pillar_count>& pillars);
double total(const Reading& reading);         // sum of the pillars
int displayed_total(const Reading& reading);  // rounded like LinkedIn (core::displayed_total)

struct History {
    std::vector<Reading> readings;  // sorted by date, one per date
    friend bool operator==(const History&, const History&) = default;
};
// Inserts in date order; a reading for a date already present replaces it.
void add_reading(History& history, const Reading& reading);
bool remove_reading(History& history, Date date);  // false when no reading has that date

// The change LinkedIn calls "since last week": the total of readings[index] minus the total of
// the latest earlier reading taken 7 to 13 days before it (the same weekday a week before, or
// failing that the closest one within the week before that). nullopt when there is none or
// index is out of range. Readings at irregular dates thus still get a weekly change when one is
// meaningful, and never one measured over a day or a month.
std::optional<double> weekly_change(const History& history, std::size_t index);

struct ImportProblem {
    int line = 0;         // 1-based line of the row or entry; 0 when unknown
    std::string message;  // plain English, starts with "line N: " or "entry N (line L): "
    friend bool operator==(const ImportProblem&, const ImportProblem&) = default;
};
struct ImportResult {
    std::vector<Reading> readings;  // sorted by date, one per date, all valid
    std::vector<ImportProblem> problems;
};

inline constexpr std::size_t max_import_bytes = std::size_t{16} * 1024 * 1024;
inline constexpr int max_import_lines = 120000;  // also the most JSON entries read

ImportResult import_history_csv(std::string_view text);
ImportResult import_history_json(std::string_view text);

// Header "date,brand,people,insights,relationships,total", one row per reading, LF line ends,
// ISO dates, pillars in their shortest exact form ("20.1", "12"), total as displayed (an
// integer). With ';' as separator the decimals are written with a comma ("20,1"), as French,
// Spanish and Portuguese spreadsheets expect; '\t' writes tabs and decimal points; any other
// separator counts as ','.
std::string export_history_csv(const History& history, char separator = ',');
std::string export_history_json(const History& history);

// The entries alone, for the saved document: an array of {"date":...,"brand":...} objects, and
// back (entries may also be the list form). Problems read "entry N (line L): ...".
json::Value readings_to_json(const std::vector<Reading>& readings);
ImportResult readings_from_json(const json::Value& entries);

}  // namespace ssi::app
