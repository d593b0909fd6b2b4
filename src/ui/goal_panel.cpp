// Goal: a target total and the fewest next steps that reach it.
#include <string>

#include "imgui.h"
#include "theme.hpp"
#include "ui.hpp"
#include "widgets.hpp"

namespace ssi::ui {

bool draw_goal_panel(app::State& state, const Frame& frame) {
    bool changed = false;
    begin_card("goal_card", tr(state, "ui.goal"));
    int target = state.target;
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
    const std::string format = std::string(tr(state, "ui.target")) + " %d";
    if (ImGui::SliderInt("##target", &target, 1, 100, format.c_str(), ImGuiSliderFlags_AlwaysClamp)) {
        app::set_target(state, target);
        changed = true;
    }
    const core::Plan& plan = frame.eval.plan;
    if (!plan.reachable) {
        ImGui::PushStyleColor(ImGuiCol_Text, colors::negative());
        ImGui::TextWrapped(tr(state, "ui.not_reachable"), core::displayed_total(plan.best_total));
        ImGui::PopStyleColor();
    } else if (plan.step_count == 0) {
        ImGui::TextWrapped("%s", tr(state, "ui.goal_reached"));
    } else {
        ImGui::TextWrapped(tr(state, "ui.plan_summary"), plan.step_count, core::displayed_total(plan.reached_total));
        for (const core::PlanStep& step : plan.steps) {
            const std::string line = "\xE2\x80\xA2 " + metric_text(state, step.metric, "label") + ": " +
                                     format_value(state, step.metric, step.from) + " \xC2\xBB " +
                                     format_value(state, step.metric, step.to) + "  (" +
                                     format_delta(step.gain, false) + ")";
            ImGui::PushStyleColor(ImGuiCol_Text, colors::pillar(static_cast<std::size_t>(core::catalog[step.metric].pillar)));
            ImGui::TextWrapped("%s", line.c_str());
            ImGui::PopStyleColor();
        }
        if (frame.eval.calibrated) {
            ImGui::PushFont(fonts().small);
            ImGui::TextDisabled("%s", tr(state, "ui.plan_model_note"));
            ImGui::PopFont();
        }
    }
    end_card();
    return changed;
}

}  // namespace ssi::ui
