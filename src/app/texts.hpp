// Texts in the state's language, as the views and the page's API show them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "app/state.hpp"

namespace ssi::app {

// Text in the state's language; null-terminated (the table holds string literals).
const char* tr(const State& state, std::string_view key);
std::string metric_text(const State& state, std::size_t metric, std::string_view field);
// "12 /week", "35 %", "48 h"
std::string format_value(const State& state, std::size_t metric, double value);
// A tip sentence with its {n} filled in.
std::string tip_text(const State& state, std::size_t metric);

}  // namespace ssi::app
