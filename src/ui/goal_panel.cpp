// Goal: a target total and the plan that reaches it in the least time, read as a weekly routine:
// what to do, how much more, the points each step adds and the minutes it takes.
#include <cstdio>
#include <string>

#include "imgui.h"
#include "theme.hpp"
#include "ui.hpp"
#include "widgets.hpp"

namespace ssi::ui {

std::string plan_summary_text(const app::State& state, const core::Plan& plan) {
    if (!plan.reachable)
        return app::format_text(state.language, "ui.not_reachable",
                                {{"best", std::to_string(core::displayed_total(plan.best_total))}});
    if (plan.step_count == 0) return tr(state, "ui.goal_reached");
    const std::string weekly = app::format_count(state.language, "ui.minutes_weekly", plan.minutes_per_week);
    const std::string once = app::format_count(state.language, "ui.minutes_once", plan.minutes_once);
    const std::string total = std::to_string(core::displayed_total(plan.reached_total));
    const char* key = plan.minutes_once == 0       ? "ui.plan_weekly"
                      : plan.minutes_per_week == 0 ? "ui.plan_once"
                                                   : "ui.plan_weekly_and_once";
    return app::format_text(state.language, key, {{"weekly", weekly}, {"once", once}, {"total", total}});
}

std::string plan_step_text(const app::State& state, const core::PlanStep& step) {
    const core::Metric& metric = core::catalog[step.metric];
    const char* effort = metric.effort.cadence == core::Cadence::weekly ? "ui.plan_step_weekly" : "ui.plan_step_once";
    return std::string(metric_text(state, step.metric, MetricText::label)) + ": " + format_value(state, step.metric, step.from) +
           " \xC2\xBB " + format_value(state, step.metric, step.to) + "  (" + format_delta(step.gain, false) + ", " +
           app::format_text(state.language, effort, {{"minutes", std::to_string(step.minutes)}}) + ")";
}

bool draw_goal_panel(app::State& state, const Frame& frame) {
    bool changed = false;
    const Card card("goal_card", tr(state, "ui.goal"));
    if (!card) return false;
    int target = state.target;
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
    const std::string format = std::string(tr(state, "ui.target")) + " %d";
    if (ImGui::SliderInt("##target", &target, 1, 100, format.c_str(), ImGuiSliderFlags_AlwaysClamp)) {
        app::set_target(state, target);
        changed = true;
    }
    const core::Plan& plan = frame.eval.plan;
    if (!plan.reachable) ImGui::PushStyleColor(ImGuiCol_Text, colors::negative());
    ImGui::TextWrapped("%s", plan_summary_text(state, plan).c_str());
    if (!plan.reachable) ImGui::PopStyleColor();
    if (plan.reachable && plan.step_count > 0) {
        for (const core::PlanStep& step : plan.steps) {
            ImGui::PushStyleColor(ImGuiCol_Text, colors::pillar(static_cast<std::size_t>(core::catalog[step.metric].pillar)));
            ImGui::TextWrapped("%s", ("\xE2\x80\xA2 " + plan_step_text(state, step)).c_str());
            ImGui::PopStyleColor();
        }
        note_text(tr(state, "ui.plan_horizon"));
    }
    return changed;
}

}  // namespace ssi::ui
