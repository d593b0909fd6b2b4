#include "app/texts.hpp"

#include <cmath>
#include <cstdio>
#include <set>

#include "core/catalog.hpp"
#include "app/translations.hpp"

namespace ssi::app {

const char* tr(const State& state, std::string_view key) {
    const std::string_view found = app::text(state.language, key);
    // The table holds string literals, so a found text is null-terminated and lives forever.
    if (found.data() != key.data()) return found.data();
    // An unknown key comes back as itself: keep a copy, since the caller's key may be a temporary.
    static std::set<std::string, std::less<>> unknown_keys;
    return unknown_keys.emplace(key).first->c_str();
}

std::string metric_text(const State& state, std::size_t metric, std::string_view field) {
    std::string key = "metric.";
    key += core::catalog[metric].id;
    key += '.';
    key += field;
    return std::string(app::text(state.language, key));
}

namespace {
std::string number(double value) {
    char buffer[32];
    if (std::abs(value - std::round(value)) < 1e-9)
        std::snprintf(buffer, sizeof buffer, "%.0f", value);
    else
        std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
}
}  // namespace

std::string format_value(const State& state, std::size_t metric, double value) {
    const core::Metric& m = core::catalog[metric];
    std::string key = "unit.";
    key += core::unit_id(m.unit);
    const std::string_view unit = app::text(state.language, key);
    if (m.unit == core::Unit::percent) return number(value) + " %";
    return number(value) + " " + std::string(unit);
}

std::string tip_text(const State& state, std::size_t metric) {
    std::string text = metric_text(state, metric, "tip");
    const auto at = text.find("{n}");
    if (at != std::string::npos) text.replace(at, 3, number(std::abs(core::catalog[metric].next_step)));
    return text;
}

}  // namespace ssi::app
