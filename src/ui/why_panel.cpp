// "Why this score": every metric of a pillar with its curve, the current point on it, its
// weight and its credit, so a coach can read and argue with the model.
#include <cmath>
#include <string>

#include "core/curves.hpp"
#include "imgui.h"
#include "theme.hpp"
#include "ui.hpp"
#include "widgets.hpp"

namespace ssi::ui {

bool draw_why_panel(app::State& state, const Frame& frame) {
    static int pillar = 0;  // which pillar's metrics are listed (a view setting)
    const Card card("why_card", tr(state, "ui.why"));
    if (!card) return false;
    const char* names[4];
    for (std::size_t p = 0; p < 4; ++p)
        names[p] = tr_lookup(state, "pillar." + std::string(core::pillar_id(core::all_pillars[p])) + ".name");
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
    ImGui::Combo("##why_pillar", &pillar, names, 4);
    ImGui::PushFont(fonts().small);
    ImGui::PushStyleColor(ImGuiCol_Text, colors::muted());
    ImGui::TextWrapped(
        "%s", tr_lookup(state, "pillar." + std::string(core::pillar_id(core::all_pillars[static_cast<std::size_t>(pillar)])) +
                                   ".about"));
    ImGui::TextWrapped("%s", tr(state, "ui.why_help"));
    ImGui::PopStyleColor();
    ImGui::PopFont();

    const ImVec2 curve_size(ImGui::GetFontSize() * 7.5f, ImGui::GetFontSize() * 2.6f);
    double known_weight = 0;
    for (std::size_t i = 0; i < core::metric_count; ++i)
        if (static_cast<int>(core::catalog[i].pillar) == pillar && state.scenario.values[i])
            known_weight += core::catalog[i].weight;

    for (std::size_t i = 0; i < core::metric_count; ++i) {
        const core::Metric& m = core::catalog[i];
        if (static_cast<int>(m.pillar) != pillar) continue;
        ImGui::Separator();
        const bool known = state.scenario.values[i].has_value();
        const double value = known ? *state.scenario.values[i] : state.remembered[i];
        draw_curve(m, value, known, curve_size);
        ImGui::SameLine();
        ImGui::BeginGroup();
        ImGui::TextUnformatted(metric_text(state, i, MetricText::label));
        ImGui::PushFont(fonts().small);
        const double credit = frame.eval.scenario.credits[i];
        const double points = known && known_weight > 0 ? 25.0 * m.weight * credit / known_weight : 0.0;
        if (known)
            ImGui::Text("%s %s  \xC2\xB7  %s %.0f%%  \xC2\xB7  %.2f %s", tr(state, "ui.value"),
                        format_value(state, i, value).c_str(), tr(state, "ui.credit"), credit * 100, points,
                        tr(state, "ui.points"));
        else
            ImGui::TextDisabled("%s", tr(state, "ui.unknown_excluded"));
        ImGui::PushStyleColor(ImGuiCol_Text, colors::muted());
        if (m.curve.kind == core::CurveKind::checkbox)
            ImGui::Text("%s %.1f  \xC2\xB7  %s", tr(state, "ui.weight"), m.weight, tr(state, "ui.curve_checkbox"));
        else
            ImGui::Text("%s %.1f  \xC2\xB7  50%% @ %s  \xC2\xB7  90%% @ %s", tr(state, "ui.weight"), m.weight,
                        format_value(state, i, std::round(m.curve.p50 * 10) / 10).c_str(),
                        format_value(state, i, std::round(core::value_for_credit(m.curve, 0.9) * 10) / 10).c_str());
        ImGui::PopStyleColor();
        ImGui::PopFont();
        ImGui::EndGroup();
    }
    return false;
}

}  // namespace ssi::ui
