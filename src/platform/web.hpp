// The browser platform: a GLFW window on a WebGL2 canvas, the frame loop that sleeps when
// nothing changes, and the functions the page's JavaScript calls (window.SSI, input wake-up).
#pragma once

#include "app/state.hpp"

namespace ssi::platform {

// Runs the calculator on the page's canvas until the page closes. Never returns on the web.
int run_web(app::State& state);

}  // namespace ssi::platform
