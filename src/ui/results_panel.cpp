// The score: the total on a gauge, the four pillars as bars and as a diamond over the baseline,
// every number with its delta from the baseline, and the baseline buttons.
#include <algorithm>
#include <array>
#include <string>

#include "imgui.h"
#include "theme.hpp"
#include "ui.hpp"
#include "widgets.hpp"

namespace ssi::ui {

namespace {

void centered_text(const char* text, float left, float width) {
    ImGui::SetCursorPosX(left + (width - ImGui::CalcTextSize(text).x) * 0.5f);
    ImGui::TextUnformatted(text);
}

void draw_total(const app::State& state, const app::Evaluation& e, float size) {
    const float left = ImGui::GetCursorPosX();
    const float top = ImGui::GetCursorPosY();
    draw_gauge(e.shown_total(), e.shown_baseline_total(), size);
    const float after = ImGui::GetCursorPosY();
    // The number sits inside the half circle.
    ImGui::SetCursorPosY(top + size * 0.5f - ImGui::GetFontSize() * 3.4f);
    const int total = core::displayed_total(e.shown_total());
    const std::string number = std::to_string(total);
    ImGui::PushFont(fonts().display);
    ImGui::PushStyleColor(ImGuiCol_Text, colors::band(e.shown_total()));
    centered_text(number.c_str(), left, size);
    ImGui::PopStyleColor();
    ImGui::PopFont();
    const int delta = total - core::displayed_total(e.shown_baseline_total());
    std::string below = std::string("/ 100");
    if (delta != 0) below += "   " + format_delta(delta, true);
    ImGui::PushStyleColor(ImGuiCol_Text, delta > 0 ? colors::positive() : delta < 0 ? colors::negative() : colors::muted());
    centered_text(below.c_str(), left, size);
    ImGui::PopStyleColor();
    ImGui::SetCursorPosY(std::max(after, ImGui::GetCursorPosY()));
    ImGui::PushFont(fonts().small);
    const char* caption = e.calibrated ? tr(state, "ui.total_calibrated") : tr(state, "ui.total_estimated");
    ImGui::PushStyleColor(ImGuiCol_Text, colors::muted());
    centered_text(caption, left, size);
    if (e.calibrated) {
        const std::string model =
            std::string(tr(state, "ui.model_estimate")) + " " + std::to_string(core::displayed_total(e.scenario.total));
        centered_text(model.c_str(), left, size);
    }
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

void draw_pillars(const app::State& state, const app::Evaluation& e) {
    for (std::size_t p = 0; p < core::pillar_count; ++p) {
        const std::string key = "pillar." + std::string(core::pillar_id(core::all_pillars[p])) + ".name";
        ImGui::PushFont(fonts().small);
        ImGui::TextUnformatted(tr_lookup(state, key));
        const std::string score = core::format_pillar(e.shown_pillar(p)) + " / 25";
        const std::string delta = format_delta(e.shown_pillar(p) - e.shown_baseline_pillar(p), false);
        const double d = e.shown_pillar(p) - e.shown_baseline_pillar(p);
        const float right = ImGui::GetContentRegionMax().x;
        const float score_width = ImGui::CalcTextSize(score.c_str()).x;
        const float delta_width =
            std::abs(d) >= 0.005 ? ImGui::CalcTextSize(delta.c_str()).x + ImGui::GetStyle().ItemSpacing.x : 0;
        ImGui::SameLine(right - score_width - delta_width);
        ImGui::TextUnformatted(score.c_str());
        same_line_delta(d, false);
        ImGui::PopFont();
        if (e.scenario.pillars[p].confidence < 0.999 && ImGui::IsItemHovered())
            ImGui::SetTooltip("%s %.0f%%", tr(state, "ui.confidence"), e.scenario.pillars[p].confidence * 100);
        draw_pillar_bar(p, e.shown_pillar(p), e.shown_baseline_pillar(p), ImGui::GetContentRegionAvail().x,
                        ImGui::GetFontSize() * 0.55f);
        ImGui::Spacing();
    }
}

}  // namespace

bool draw_results_panel(app::State& state, const Frame& frame) {
    const app::Evaluation& e = frame.eval;
    bool changed = false;
    const Card card("results_card", tr(state, "ui.results"));
    if (!card) return false;

    const float avail = ImGui::GetContentRegionAvail().x;
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    std::array<double, 4> scenario{};
    std::array<double, 4> baseline{};
    std::array<const char*, 4> labels{};
    for (std::size_t p = 0; p < 4; ++p) {
        scenario[p] = e.shown_pillar(p);
        baseline[p] = e.shown_baseline_pillar(p);
        labels[p] = tr_lookup(state, "ui.short." + std::string(core::pillar_id(core::all_pillars[p])));
    }
    // Side by side when there is room, stacked otherwise.
    const float gauge = std::min(avail, 260.0f * frame.scale);
    const float diamond = std::min(avail, 230.0f * frame.scale);
    if (avail >= gauge + diamond + spacing * 3) {
        // Even space around the two on wide screens.
        const float top = ImGui::GetCursorPosY();
        const float left = ImGui::GetCursorPosX();
        const float gap = (avail - gauge - diamond) / 3.0f;
        ImGui::SetCursorPosX(left + gap);
        ImGui::BeginGroup();
        draw_total(state, e, gauge);
        ImGui::EndGroup();
        ImGui::SetCursorPos(ImVec2(left + gap * 2 + gauge, top));
        draw_diamond(scenario, baseline, diamond, labels);
    } else {
        const float left = ImGui::GetCursorPosX();
        ImGui::SetCursorPosX(left + (avail - gauge) * 0.5f);
        ImGui::BeginGroup();
        draw_total(state, e, gauge);
        ImGui::EndGroup();
        ImGui::SetCursorPosX(left + (avail - diamond) * 0.5f);
        draw_diamond(scenario, baseline, diamond, labels);
    }
    ImGui::Spacing();
    draw_pillars(state, e);

    // Baseline controls, wrapping on narrow screens.
    const char* buttons[] = {tr(state, "ui.set_baseline"), tr(state, "ui.back_to_baseline"), tr(state, "ui.reset")};
    for (int b = 0; b < 3; ++b) {
        const float width = ImGui::CalcTextSize(buttons[b]).x + ImGui::GetStyle().FramePadding.x * 2;
        if (b > 0 && ImGui::GetItemRectMax().x + spacing + width < ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x)
            ImGui::SameLine();
        if (ImGui::Button(buttons[b])) {
            if (b == 0) app::set_baseline(state);
            if (b == 1) app::back_to_baseline(state);
            if (b == 2) app::reset_to_defaults(state);
            changed = true;
        }
    }
    note_text(tr(state, "ui.baseline_help"));
    // The score as a picture to post or send (web/card.js draws it).
    if (ImGui::Button(tr(state, "ui.save_image"))) frame.view.requests.save_image = true;
    remember_button(frame.view, "save_image");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(state, "ui.save_image_help"));
    ImGui::SameLine();
    if (ImGui::Button(tr(state, "ui.print_report"))) frame.view.requests.print_report = true;
    remember_button(frame.view, "print_report");
    return changed;
}

}  // namespace ssi::ui
