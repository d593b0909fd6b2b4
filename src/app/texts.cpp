#include "app/texts.hpp"

#include <array>
#include <cmath>
#include <cstdio>
#include <set>

#include "core/catalog.hpp"
#include "app/translations.hpp"

namespace ssi::app {

const char* tr(const State& state, TextKey key) { return app::text(state.language, key).data(); }

const char* tr_lookup(const State& state, std::string_view key) {
    const std::string_view found = app::text_lookup(state.language, key);
    // A found text is null-terminated and lives as long as its language's texts.
    if (found.data() != key.data()) return found.data();
    // An unknown key comes back as itself: keep a copy, since the caller's key may be a temporary.
    static std::set<std::string, std::less<>> unknown_keys;
    return unknown_keys.emplace(key).first->c_str();
}

namespace {

// Each metric's text positions, found once: the views ask for them in every frame.
struct MetricKeys {
    std::array<std::array<std::size_t, 3>, core::metric_count> texts{};
    std::array<std::size_t, core::metric_count> unit{};
};

const MetricKeys& metric_keys() {
    static const MetricKeys keys = [] {
        MetricKeys found;
        for (std::size_t i = 0; i < core::metric_count; ++i) {
            const std::string prefix = "metric." + std::string(core::catalog[i].id) + ".";
            found.texts[i] = {text_index(prefix + "label"), text_index(prefix + "help"), text_index(prefix + "tip")};
            found.unit[i] = text_index("unit." + std::string(core::unit_id(core::catalog[i].unit)));
        }
        return found;
    }();
    return keys;
}

// texts.py checks that every metric has its texts and every unit its name.
const char* at(const State& state, std::size_t index) {
    return index < std::size(text_keys) ? text_at(state.language, index).data() : "?";
}

}  // namespace

const char* metric_text(const State& state, std::size_t metric, MetricText which) {
    return at(state, metric_keys().texts[metric][static_cast<std::size_t>(which)]);
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
    if (m.unit == core::Unit::percent) return number(value) + " %";
    return number(value) + " " + at(state, metric_keys().unit[metric]);
}

std::string tip_text(const State& state, std::size_t metric) {
    std::string text = metric_text(state, metric, MetricText::tip);
    const auto at = text.find("{n}");
    if (at != std::string::npos) text.replace(at, 3, number(std::abs(core::catalog[metric].next_step)));
    return text;
}

}  // namespace ssi::app
