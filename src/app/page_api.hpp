// What the page's JavaScript API returns (window.SSI in README.md): plain functions of the state
// and its evaluation, as text the page parses. The platform only adds what it alone knows.
#pragma once

#include <cstddef>
#include <string>

#include "app/state.hpp"

namespace ssi::app {

// What the platform measures, for SSI.getState() (the benchmark reads them).
struct FrameFigures {
    long frames = 0;
    double frame_us = 0;  // CPU time of the last frame, and its parts (ui::FrameTimes, GL)
    double widgets_us = 0;
    double evaluation_us = 0;
    double draw_lists_us = 0;
    double gl_us = 0;
    std::size_t heap_bytes = 0;
};

// SSI.getState(): the values as displayed.
std::string state_json(const State& state, const Evaluation& evaluation, const FrameFigures& figures);
// The metrics as the page's accessible mirror needs them, in the state's language.
std::string metrics_json(const State& state);
// One sentence for screen readers: the total and the pillars.
std::string summary_text(const State& state, const Evaluation& evaluation);

}  // namespace ssi::app
