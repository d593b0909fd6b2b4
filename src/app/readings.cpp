#include "app/readings.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <utility>

#include "core/model.hpp"

namespace ssi::app {

Reading make_reading(Date date, const std::array<double, core::pillar_count>& pillars) {
    Reading reading{date, {}};
    for (std::size_t p = 0; p < core::pillar_count; ++p)
        reading.pillars[p] = core::displayed_pillar(pillars[p]) + 0.0;  // + 0.0: never -0
    return reading;
}

double total(const Reading& reading) {
    double sum = 0;
    for (const double p : reading.pillars) sum += p;
    return sum;
}

int displayed_total(const Reading& reading) { return core::displayed_total(total(reading)); }

void add_reading(History& history, const Reading& reading) {
    auto& readings = history.readings;
    const auto at =
        std::lower_bound(readings.begin(), readings.end(), reading.date, [](const Reading& r, Date d) { return r.date < d; });
    if (at != readings.end() && at->date == reading.date)
        *at = reading;
    else
        readings.insert(at, reading);
}

bool remove_reading(History& history, Date date) {
    auto& readings = history.readings;
    const auto at = std::find_if(readings.begin(), readings.end(), [&](const Reading& r) { return r.date == date; });
    if (at == readings.end()) return false;
    readings.erase(at);
    return true;
}

std::optional<double> weekly_change(const History& history, std::size_t index) {
    const auto& readings = history.readings;
    if (index >= readings.size()) return std::nullopt;
    const Reading& now = readings[index];
    for (std::size_t j = index; j-- > 0;) {
        const int days = days_between(readings[j].date, now.date);
        if (days < 7) continue;
        if (days > 13) break;
        return total(now) - total(readings[j]);
    }
    return std::nullopt;
}

// ------------------------------------------------------------------------------- imports ----

Message import_where(int line, int entry) {
    if (entry == 0) return {MessageKind::import_at_line, {{"line", std::to_string(line)}}};
    return {MessageKind::import_at_entry, {{"entry", std::to_string(entry)}, {"line", std::to_string(line)}}};
}

bool within_pillar(double value) { return value >= 0.0 && value <= core::pillar_max; }

std::optional<Message> total_problem(const Reading& reading, double written, std::string shown) {
    if (std::fabs(written - total(reading)) <= 1.0) return std::nullopt;
    // The sum with up to 2 decimals, no trailing zeros: "65.5", "66".
    char sum[64];
    std::snprintf(sum, sizeof sum, "%.2f", total(reading));
    std::string text = sum;
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
    return Message{MessageKind::import_total_mismatch, {{"total", std::move(shown)}, {"sum", std::move(text)}}};
}

void ImportedReadings::add(const Reading& reading, int line, int entry) {
    const auto [it, inserted] = by_date_.try_emplace(reading.date, Seen{reading, line, entry});
    if (inserted) return;
    const Seen& earlier = it->second;
    const std::string date = format_iso(reading.date);
    Message again =
        entry == 0
            ? Message{MessageKind::import_date_again_line, {{"date", date}, {"earlier", std::to_string(earlier.line)}}}
            : Message{
                  MessageKind::import_date_again_entry,
                  {{"date", date}, {"earlier", std::to_string(earlier.entry)}, {"earlier_line", std::to_string(earlier.line)}}};
    result_.problems.push_back({line, {import_where(line, entry), std::move(again)}});
    it->second = Seen{reading, line, entry};
}

void ImportedReadings::finish() {
    result_.readings.clear();
    result_.readings.reserve(by_date_.size());
    for (const auto& [date, seen] : by_date_) result_.readings.push_back(seen.reading);
}

}  // namespace ssi::app
