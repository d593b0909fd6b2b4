// Calendar dates of readings: validity, the ISO and local forms, and the forms a user may type or
// a file may hold (see readings_csv.hpp for where they are read).
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

#include "app/problems.hpp"
#include "app/translations.hpp"

namespace ssi::app {

inline constexpr int min_year = 1900;
inline constexpr int max_year = 2200;

struct Date {
    int year = 2000;
    int month = 1;
    int day = 1;
    // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads a defaulted <=> as a 0 literal
    friend auto operator<=>(const Date&, const Date&) = default;
};

// A real Gregorian date with a year in 1900..2200.
bool is_valid(Date date);
int days_in_month(int year, int month);  // 0 for a month outside 1..12
std::string format_iso(Date date);       // "2026-11-21"
// As the user's language writes it: "2026-11-21" in English, "21/11/2026" in French and Spanish.
std::string format_local(Date date, app::Language language);
Date local_today();  // the user's date, from the system clock and time zone
// Days from `from` to `to` (negative when `to` is earlier).
int days_between(Date from, Date to);

// Any of the date forms the CSV import accepts. On failure `problem` says why, with the text
// ({text}) and for a month out of range the month ({month}): "'abc' is not a date (write
// 2026-11-21 or 21/11/2026)", "date '11/21/2026' has no month 21 (dates are read
// day/month/year)", "date '31/02/2026' does not exist", "date '01/01/1850' is outside the years
// 1900 to 2200".
struct DateParse {
    std::optional<Date> date;
    std::optional<Message> problem;  // when there is no date
};
DateParse parse_date(std::string_view text);

}  // namespace ssi::app
