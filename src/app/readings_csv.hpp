// Readings as CSV, the form spreadsheets read and write (readings.hpp: what a reading is).
//
// import_history_csv:
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
#pragma once

#include <string>
#include <string_view>

#include "app/readings.hpp"

namespace ssi::app {

ImportResult import_history_csv(std::string_view text);

// Header "date,brand,people,insights,relationships,total", one row per reading, LF line ends,
// ISO dates, pillars in their shortest exact form ("20.1", "12"), total as displayed (an
// integer). With ';' as separator the decimals are written with a comma ("20,1"), as French,
// Spanish and Portuguese spreadsheets expect; '\t' writes tabs and decimal points; any other
// separator counts as ','.
std::string export_history_csv(const History& history, char separator = ',');

}  // namespace ssi::app
