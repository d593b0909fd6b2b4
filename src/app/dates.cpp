#include "app/dates.hpp"

#include <array>
#include <cstdio>
#include <ctime>

#include "app/characters.hpp"
#include "app/json.hpp"

namespace ssi::app {

namespace {

// Days since 1970-01-01 (Howard Hinnant's days_from_civil), for years >= 0.
int day_number(Date d) {
    const int y = d.year - (d.month <= 2 ? 1 : 0);
    const int era = y / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (d.month > 2 ? d.month - 3 : d.month + 9) + 2) / 5 + d.day - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

}  // namespace

int days_in_month(int year, int month) {
    static constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[static_cast<std::size_t>(month - 1)];
}

bool is_valid(Date date) {
    return date.year >= min_year && date.year <= max_year && date.month >= 1 && date.month <= 12 && date.day >= 1 &&
           date.day <= days_in_month(date.year, date.month);
}

Date local_today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

std::string format_local(Date date, app::Language language) {
    if (language == app::Language::en) return format_iso(date);
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%02d/%02d/%04d", date.day, date.month, date.year);
    return buffer;
}

std::string format_iso(Date date) {
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
    return buffer;
}

int days_between(Date from, Date to) { return day_number(to) - day_number(from); }

DateParse parse_date(std::string_view text) {
    const std::string_view s = trim_blanks(text);
    DateParse result;
    const auto refuse = [&](MessageKind kind, std::vector<TextValue> values = {}) {
        values.emplace(values.begin(), "text", json::printable(s));
        result.problem = Message{kind, std::move(values)};
        return result;
    };
    std::array<int, 3> value{};
    std::array<std::size_t, 3> length{};
    char separator = 0;
    std::size_t i = 0;
    for (std::size_t group = 0; group < 3; ++group) {
        const std::size_t start = i;
        while (i < s.size() && is_digit(s[i]) && i - start < 5) {
            value[group] = value[group] * 10 + (s[i] - '0');
            ++i;
        }
        length[group] = i - start;
        if (length[group] == 0 || length[group] > 4) return refuse(MessageKind::date_not_a_date);
        if (group == 2) break;
        if (i >= s.size() || (s[i] != '-' && s[i] != '/' && s[i] != '.') || (group == 1 && s[i] != separator))
            return refuse(MessageKind::date_not_a_date);
        separator = s[i++];
    }
    if (i != s.size()) return refuse(MessageKind::date_not_a_date);
    Date date;
    bool day_first = false;
    if (length[0] == 4 && length[1] <= 2 && length[2] <= 2) {
        date = {value[0], value[1], value[2]};
    } else if (length[2] == 4 && length[0] <= 2 && length[1] <= 2) {
        date = {value[2], value[1], value[0]};
        day_first = true;
    } else {
        return refuse(MessageKind::date_not_a_date);
    }
    if (date.month < 1 || date.month > 12)
        return refuse(day_first ? MessageKind::date_no_month_day_first : MessageKind::date_no_month,
                      {{"month", std::to_string(date.month)}});
    if (date.year < min_year || date.year > max_year) return refuse(MessageKind::date_outside_years);
    if (date.day < 1 || date.day > days_in_month(date.year, date.month)) return refuse(MessageKind::date_does_not_exist);
    result.date = date;
    return result;
}

}  // namespace ssi::app
