// The headless platform: the calculator's views on an ImGui context with no window and no
// renderer. Tests drive it with synthetic input; the UI benchmark times its frames.
#pragma once

#include "app/state.hpp"
#include "ui/ui.hpp"
#include "imgui.h"

namespace ssi::platform {

class Headless {
public:
    // A display of css_width x css_height CSS pixels at a device pixel ratio of `scale`.
    Headless(app::State& state, float css_width, float css_height, float scale);
    ~Headless();
    Headless(const Headless&) = delete;
    Headless& operator=(const Headless&) = delete;

    // One frame with whatever input was queued on io(); true when the views changed the state.
    bool frame(float seconds = 1.0f / 60.0f);
    ImGuiIO& io() { return ImGui::GetIO(); }
    const app::Evaluation& evaluation() const { return eval_; }
    const ui::ViewState& view() const { return view_; }

private:
    app::State& state_;
    app::Evaluation eval_;
    ui::ViewState view_;  // a clean slate for every test
    ImGuiContext* context_;
    float css_width_;
    float scale_;
};

}  // namespace ssi::platform
