// Texts in the state's language, as the views and the page's API show them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "app/state.hpp"
#include "app/translations.hpp"

namespace ssi::app {

// Text in the state's language; null-terminated, and it lives as long as the language's texts.
const char* tr(const State& state, TextKey key);
const char* tr_lookup(const State& state, std::string_view key);  // a key made at run time

// A metric's own texts: metric.<id>.label, .help and .tip.
enum class MetricText { label, help, tip };
const char* metric_text(const State& state, std::size_t metric, MetricText which);
// "12 /week", "35 %", "48 h"
std::string format_value(const State& state, std::size_t metric, double value);
// A tip sentence with its {n} filled in.
std::string tip_text(const State& state, std::size_t metric);

}  // namespace ssi::app
