// The user's real SSI readings over time, as LinkedIn shows them, and what their imports share
// (the files: readings_csv.hpp, readings_json.hpp).
//
// A reading is a date and the four pillar scores (brand, people, insights, relationships), each
// 0..25 with at most 2 decimals; the total is their sum, displayed rounded half up like
// LinkedIn's. A history holds at most one reading per date, sorted by date.
#pragma once

#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/dates.hpp"
#include "app/problems.hpp"
#include "core/catalog.hpp"

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

// ------------------------------------------------------------------------------- imports ----

// A row or entry that could not be read, or a limit reached: problems name where they are,
// "line 3: no date" or "entry 3 (line 5): no value for brand".
struct ImportProblem {
    int line = 0;  // 1-based line of the row or entry; 0 when unknown
    Problem what;  // starts with where (import_at_line or import_at_entry), except for JSON syntax errors
    friend bool operator==(const ImportProblem&, const ImportProblem&) = default;
};
struct ImportResult {
    std::vector<Reading> readings;  // sorted by date, one per date, all valid
    std::vector<ImportProblem> problems;
};

inline constexpr std::size_t max_import_bytes = std::size_t{16} * 1024 * 1024;
inline constexpr int max_import_lines = 120000;  // also the most JSON entries read

// For the CSV and JSON readers.
// Where a problem is: a CSV row's line (entry 0), or a JSON entry (counted from 1) and its line.
Message import_where(int line, int entry = 0);
bool within_pillar(double value);  // 0..25: a value outside is a problem, not clamped, so the user sees it
// The problem of a total written beside the pillars ("shown" as written) that is not their sum
// within 1 (LinkedIn rounds the total).
std::optional<Message> total_problem(const Reading& reading, double written, std::string shown);

// Readings as an import reads them, one per date: a later reading for a date replaces the
// earlier one, and says so.
class ImportedReadings {
public:
    explicit ImportedReadings(ImportResult& result) : result_(result) {}
    void add(const Reading& reading, int line, int entry = 0);  // where, as import_where
    void finish();                                              // the readings into the result, in date order

private:
    struct Seen {
        Reading reading;
        int line;
        int entry;
    };
    ImportResult& result_;
    std::map<Date, Seen> by_date_;
};

}  // namespace ssi::app
