// The page: a header, then one scrolling column on a phone or two on a desktop. On a phone a
// compact summary of the score stays on top while the inputs scroll under it.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/translations.hpp"
#include "imgui.h"
#include "theme.hpp"
#include "ui.hpp"
#include "widgets.hpp"

namespace ssi::ui {

namespace {

constexpr ImGuiWindowFlags page_flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoSavedSettings |
                                        ImGuiWindowFlags_NoBringToFrontOnFocus;

// Touch screens have no wheel: a drag that starts on nothing interactive scrolls the column.
void scroll_by_touch_drag() {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.MouseSource != ImGuiMouseSource_TouchScreen) return;
    if (ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows) && !ImGui::IsAnyItemActive() &&
        ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f))
        ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
}

bool draw_header(app::State& state) {
    bool changed = false;
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted(tr(state, "ui.title"));
    ImGui::PopFont();
    // Language picker on the right.
    const char* current = tr(state, "ui.language_name");
    const float combo_width = ImGui::CalcTextSize("Español").x + ImGui::GetFrameHeight() * 1.6f;
    ImGui::SameLine(ImGui::GetContentRegionMax().x - combo_width);
    ImGui::SetNextItemWidth(combo_width);
    if (ImGui::BeginCombo("##language", current)) {
        for (core::Language language : core::all_languages) {
            const char* name = core::text(language, "ui.language_name").data();
            if (ImGui::Selectable(name, language == state.language)) {
                state.language = language;
                changed = true;
            }
        }
        ImGui::EndCombo();
    }
    ImGui::PushFont(fonts().small);
    ImGui::PushStyleColor(ImGuiCol_Text, colors::muted());
    ImGui::TextWrapped("%s", tr(state, "ui.estimate_notice"));
    ImGui::PopStyleColor();
    ImGui::PopFont();
    return changed;
}

// One line on a phone: the total and the four pillars, always visible.
void draw_summary_bar(const app::State& state, const Frame& frame) {
    const app::Evaluation& e = frame.eval;
    ImGui::PushFont(fonts().heading);
    ImGui::Text("%s %d", tr(state, "ui.ssi"), core::displayed_total(e.shown_total()));
    ImGui::PopFont();
    same_line_delta(core::displayed_total(e.shown_total()) - core::displayed_total(e.shown_baseline_total()), true);
    for (std::size_t p = 0; p < core::pillar_count; ++p) {
        ImGui::SameLine(0, ImGui::GetStyle().ItemSpacing.x * 2);
        ImGui::PushStyleColor(ImGuiCol_Text, colors::pillar(p));
        ImGui::TextUnformatted(core::format_pillar(e.shown_pillar(p)).c_str());
        ImGui::PopStyleColor();
    }
}

}  // namespace

bool draw_calculator(app::State& state, const Frame& frame) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::Begin("SSI Calculator", nullptr, page_flags | ImGuiWindowFlags_NoScrollbar);
    bool changed = draw_header(state);

    if (frame.wide) {
        const float gap = ImGui::GetStyle().ItemSpacing.x * 2;
        const float left = std::floor((ImGui::GetContentRegionAvail().x - gap) * 0.46f);
        ImGui::BeginChild("inputs", ImVec2(left, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NoBackground);
        scroll_by_touch_drag();
        changed |= draw_inputs_panel(state, frame);
        ImGui::EndChild();
        ImGui::SameLine(0, gap);
        ImGui::BeginChild("results", ImVec2(0, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NoBackground);
        scroll_by_touch_drag();
        changed |= draw_results_panel(state, frame);
        changed |= draw_tips_panel(state, frame);
        changed |= draw_goal_panel(state, frame);
        changed |= draw_calibration_panel(state, frame);
        changed |= draw_rank_panel(state, frame);
        changed |= draw_why_panel(state, frame);
        ImGui::EndChild();
    } else {
        draw_summary_bar(state, frame);
        ImGui::BeginChild("page", ImVec2(0, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NoBackground);
        scroll_by_touch_drag();
        changed |= draw_results_panel(state, frame);
        changed |= draw_inputs_panel(state, frame);
        changed |= draw_tips_panel(state, frame);
        changed |= draw_goal_panel(state, frame);
        changed |= draw_calibration_panel(state, frame);
        changed |= draw_rank_panel(state, frame);
        changed |= draw_why_panel(state, frame);
        ImGui::EndChild();
    }
    ImGui::End();
    return changed;
}

bool run_frame(app::State& state, app::Evaluation& eval, float scale, float css_width,
               void (*begin_platform_frame)()) {
    auto pass = [&] {
        begin_platform_frame();
        ImGui::NewFrame();
        eval = app::evaluate(state);
        return draw_calculator(state, {eval, scale, css_width >= two_columns_from});
    };
    const bool changed = pass();
    if (changed) {
        ImGui::EndFrame();
        pass();
    }
    ImGui::Render();
    return changed;
}

}  // namespace ssi::ui
