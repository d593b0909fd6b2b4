// Goal: a target total and the plan that reaches it in the least time, read as a weekly routine:
// what to do, how much more, the points each step adds and the minutes it takes.
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
        const std::string weekly = std::to_string(plan.minutes_per_week);
        const std::string once = std::to_string(plan.minutes_once);
        const std::string total = std::to_string(core::displayed_total(plan.reached_total));
        const char* key = plan.minutes_once == 0 ? "ui.plan_weekly" : plan.minutes_per_week == 0 ? "ui.plan_once" : "ui.plan_weekly_and_once";
        ImGui::TextWrapped("%s", core::format_text(state.language, key, {{"weekly", weekly}, {"once", once}, {"total", total}}).c_str());
        for (const core::PlanStep& step : plan.steps) {
            const core::Metric& metric = core::catalog[step.metric];
            const char* effort = metric.effort.cadence == core::Cadence::weekly ? "ui.plan_step_weekly" : "ui.plan_step_once";
            const std::string line = "\xE2\x80\xA2 " + metric_text(state, step.metric, "label") + ": " +
                                     format_value(state, step.metric, step.from) + " \xC2\xBB " +
                                     format_value(state, step.metric, step.to) + "  (" + format_delta(step.gain, false) + ", " +
                                     core::format_text(state.language, effort, {{"minutes", std::to_string(step.minutes)}}) + ")";
            ImGui::PushStyleColor(ImGuiCol_Text, colors::pillar(static_cast<std::size_t>(metric.pillar)));
            ImGui::TextWrapped("%s", line.c_str());
            ImGui::PopStyleColor();
        }
        note_text(tr(state, "ui.plan_horizon"));
    }
    end_card();
    return changed;
}

}  // namespace ssi::ui
