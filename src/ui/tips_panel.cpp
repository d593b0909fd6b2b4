// Tips: the next steps that add the most points right now, biggest first, each with the points
// it adds and a button that applies it to the scenario.
#include <cstdio>
#include <string>

#include "imgui.h"
#include "theme.hpp"
#include "ui.hpp"
#include "widgets.hpp"

namespace ssi::ui {

std::string tip_change_text(const app::State& state, const core::Tip& tip) {
    const core::Metric& metric = core::catalog[tip.metric];
    // Points per 10 minutes of the step's effort, so a quick win stands out from a long one.
    char per_ten[16];
    std::snprintf(per_ten, sizeof per_ten, "%.2f", tip.per_ten_minutes());
    const char* effort = metric.effort.cadence == core::Cadence::weekly ? "ui.plan_step_weekly" : "ui.plan_step_once";
    return format_value(state, tip.metric, tip.from) + " \xC2\xBB " + format_value(state, tip.metric, tip.to) + "  \xC2\xB7  " +
           app::format_text(state.language, effort, {{"minutes", std::to_string(metric.effort.minutes)}}) + "  \xC2\xB7  " +
           app::format_text(state.language, "ui.tip_per_ten_minutes", {{"points", per_ten}});
}

bool draw_tips_panel(app::State& state, const Frame& frame) {
    static int filter = 0;  // 0: all pillars, 1..4: one pillar (a view setting, not state)
    constexpr std::size_t shown_tips = 5;
    bool changed = false;
    const Card card("tips_card", tr(state, "ui.tips"));
    if (!card) return false;

    std::string all = tr(state, "ui.all_pillars");
    const char* names[5] = {all.c_str()};
    for (std::size_t p = 0; p < 4; ++p)
        names[p + 1] = tr_lookup(state, "ui.short." + std::string(core::pillar_id(core::all_pillars[p])));
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
    ImGui::Combo("##tips_filter", &filter, names, 5);

    std::size_t listed = 0;
    for (std::size_t t = 0; t < frame.eval.tips.count && listed < shown_tips; ++t) {
        const core::Tip& tip = frame.eval.tips.items[t];
        const core::Metric& metric = core::catalog[tip.metric];
        if (filter > 0 && static_cast<int>(metric.pillar) != filter - 1) continue;
        ++listed;
        ImGui::PushID(static_cast<int>(tip.metric));
        ImGui::Separator();
        const std::string gain = "+" + core::format_pillar(tip.gain);
        ImGui::PushFont(fonts().heading);
        ImGui::PushStyleColor(ImGuiCol_Text, colors::positive());
        ImGui::TextUnformatted(gain.c_str());
        ImGui::PopStyleColor();
        ImGui::PopFont();
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, colors::pillar(static_cast<std::size_t>(metric.pillar)));
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(metric_text(state, tip.metric, MetricText::label));
        ImGui::PopStyleColor();
        const char* apply = tr(state, "ui.apply");
        const float width = ImGui::CalcTextSize(apply).x + ImGui::GetStyle().FramePadding.x * 2;
        ImGui::SameLine(ImGui::GetContentRegionMax().x - width);
        if (ImGui::SmallButton(apply)) {
            app::set_input(state, tip.metric, tip.to);
            changed = true;
        }
        ImGui::TextWrapped("%s", tip_text(state, tip.metric).c_str());
        ImGui::PushFont(fonts().small);
        ImGui::PushStyleColor(ImGuiCol_Text, colors::muted());
        ImGui::TextUnformatted(tip_change_text(state, tip).c_str());
        ImGui::TextWrapped("%s", tr_lookup(state, metric.advice));
        ImGui::PopStyleColor();
        ImGui::PopFont();
        ImGui::PopID();
    }
    if (listed == 0) ImGui::TextWrapped("%s", tr(state, "ui.no_tips"));
    return changed;
}

}  // namespace ssi::ui
