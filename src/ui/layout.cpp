// The page: a header, then one scrolling column on a phone or two on a desktop. On a phone a
// compact summary of the score stays on top while the inputs scroll under it.
#include <algorithm>
#include <cmath>
#include <array>
#include <chrono>
#include <cstdio>
#include <utility>

#include "app/paste.hpp"
#include "app/translations.hpp"
#include "imgui.h"
#include "theme.hpp"
#include "ui.hpp"
#include "widgets.hpp"

namespace ssi::ui {

namespace {

// "Share", or for two seconds after a click, how it went.
void draw_share_button(const app::State& state, ViewState& view) {
    using Feedback = ViewState::ShareFeedback;
    if (ImGui::GetTime() > view.share_feedback_until) view.share_feedback = Feedback::none;
    const char* label = view.share_feedback == Feedback::copied   ? tr(state, "ui.share_copied")
                        : view.share_feedback == Feedback::failed ? tr(state, "ui.share_failed")
                                                                  : tr(state, "ui.share");
    ImGui::PushID("share");
    if (ImGui::Button(label)) view.requests.share = true;
    remember_button(view, "share");
    ImGui::PopID();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(state, "ui.share_help"));
}

// The panels after the score and the inputs, in the same order in both layouts.
bool draw_panels_below_results(app::State& state, const Frame& frame) {
    bool changed = draw_tips_panel(state, frame);
    changed |= draw_goal_panel(state, frame);
    changed |= draw_calibration_panel(state, frame);
    changed |= draw_rank_panel(state, frame);
    changed |= draw_scenarios_panel(state, frame);
    changed |= draw_history_panel(state, frame);
    changed |= draw_why_panel(state, frame);
    return changed;
}

constexpr ImGuiWindowFlags page_flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;

// Touch screens have no wheel: a drag that starts on nothing interactive scrolls the column.
void scroll_by_touch_drag() {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.MouseSource != ImGuiMouseSource_TouchScreen) return;
    if (ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows) && !ImGui::IsAnyItemActive() &&
        ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f))
        ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
}

// What a link, the storage or a host page sent that could not be used, and what the page did
// to keep the user's work (a scenario saved before a link, a full storage), until dismissed.
bool draw_notices(app::State& state) {
    if (state.notices.empty()) return false;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(255, 244, 214, 255));
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(90, 60, 0, 255));
    ImGui::BeginChild("notices", ImVec2(0, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY);
    ImGui::TextWrapped("%s", tr(state, "ui.notice_title"));
    for (const std::string& notice : state.notices) {
        ImGui::Bullet();
        ImGui::SameLine();
        ImGui::TextWrapped("%s", notice.c_str());  // wrapped: a notice can be a long sentence
    }
    const bool dismissed = ImGui::SmallButton(tr(state, "ui.dismiss"));
    ImGui::EndChild();
    ImGui::PopStyleColor(2);
    if (dismissed) state.notices.clear();
    return dismissed;
}

// "Paste from LinkedIn", and after a paste what was read, with Undo.
bool draw_paste(app::State& state, ViewState& view) {
    if (ImGui::Button(tr(state, "ui.paste_button"))) view.requests.paste_page = true;
    remember_button(view, "paste_linkedin");
    ImGui::SameLine();
    note_text(tr(state, "ui.paste_help"));
    if (!state.last_paste) return false;
    bool changed = false;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, colors::surface());
    ImGui::BeginChild("paste_summary", ImVec2(0, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY);
    ImGui::TextWrapped("%s", app::paste_summary(state.last_paste->page, state.language).c_str());
    if (ImGui::SmallButton(tr(state, "ui.paste_undo"))) changed = app::undo_paste(state);
    remember_button(view, "paste_undo");
    ImGui::SameLine();
    if (ImGui::SmallButton(tr(state, "ui.dismiss"))) {
        app::dismiss_paste(state);
        changed = true;
    }
    remember_button(view, "paste_dismiss");
    ImGui::EndChild();
    ImGui::PopStyleColor();
    return changed;
}

// A small combo aligned to the right end of the header row.
template <std::size_t count>
float combo_width(const std::array<const char*, count>& names) {
    float width = 0;
    for (const char* name : names) width = std::max(width, ImGui::CalcTextSize(name).x);
    return width + ImGui::GetFrameHeight() + ImGui::GetStyle().FramePadding.x * 2;
}

template <typename Option, std::size_t count>
bool right_combo(const char* id, float right, const std::array<Option, count>& options, Option& current,
                 const std::array<const char*, count>& names, bool same_line) {
    const float width = combo_width(names);
    if (same_line)
        ImGui::SameLine(right - width);
    else
        ImGui::SetCursorPosX(right - width);
    ImGui::SetNextItemWidth(width);
    bool changed = false;
    std::size_t selected = 0;
    for (std::size_t i = 0; i < count; ++i)
        if (options[i] == current) selected = i;
    if (ImGui::BeginCombo(id, names[selected])) {
        for (std::size_t i = 0; i < count; ++i)
            if (ImGui::Selectable(names[i], i == selected)) {
                current = options[i];
                changed = true;
            }
        ImGui::EndCombo();
    }
    return changed;
}

bool draw_header(app::State& state, ViewState& view) {
    bool changed = false;
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted(tr(state, "ui.title"));
    ImGui::PopFont();
    const float title_width = ImGui::GetItemRectSize().x;
    ImGui::SameLine();
    draw_share_button(state, view);
    const float title_and_share = title_width + ImGui::GetStyle().ItemSpacing.x + ImGui::GetItemRectSize().x;
    // Language and theme pickers on the right; each names itself in its own language.
    std::array<const char*, app::all_languages.size()> languages{};
    for (std::size_t i = 0; i < languages.size(); ++i) languages[i] = app::text(app::all_languages[i], "ui.language_name").data();
    const std::array<const char*, 3> themes{tr(state, "ui.theme.auto"), tr(state, "ui.theme.light"), tr(state, "ui.theme.dark")};
    constexpr std::array<app::Theme, 3> theme_options{app::Theme::automatic, app::Theme::light, app::Theme::dark};
    const float right = ImGui::GetContentRegionMax().x;
    // On a narrow screen the pickers get their own row rather than covering the title.
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const bool fits =
        title_and_share + combo_width(languages) + combo_width(themes) + spacing * 3 < ImGui::GetContentRegionAvail().x;
    changed |= right_combo("##language", right, app::all_languages, state.language, languages, fits);
    const float language_left = ImGui::GetItemRectMin().x - ImGui::GetWindowPos().x;
    changed |= right_combo("##theme", language_left - spacing, theme_options, state.theme, themes, true);
    note_text(tr(state, "ui.estimate_notice"));
    changed |= draw_notices(state);
    changed |= draw_paste(state, view);
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

// Where the content of the current column ends, in the column's own coordinates.
float column_end() { return ImGui::GetCursorPosY() + ImGui::GetStyle().WindowPadding.y; }

}  // namespace

void share_finished(ViewState& view, bool copied) {
    view.share_feedback = copied ? ViewState::ShareFeedback::copied : ViewState::ShareFeedback::failed;
    view.share_feedback_until = ImGui::GetTime() + 2.0;
}

bool draw_calculator(app::State& state, const Frame& frame) {
    // A button or field not drawn again in this frame is not visible.
    for (auto& button : frame.view.buttons) button.second.visible = false;
    frame.view.text_fields.clear();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::Begin("SSI Calculator", nullptr, page_flags | ImGuiWindowFlags_NoScrollbar);
    bool changed = draw_header(state, frame.view);

    const float columns_top = ImGui::GetCursorPosY();
    float columns_end = 0;
    if (frame.wide) {
        const float gap = ImGui::GetStyle().ItemSpacing.x * 2;
        const float left = std::floor((ImGui::GetContentRegionAvail().x - gap) * 0.46f);
        ImGui::BeginChild("inputs", ImVec2(left, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NoBackground);
        scroll_by_touch_drag();
        changed |= draw_inputs_panel(state, frame);
        columns_end = column_end();
        ImGui::EndChild();
        ImGui::SameLine(0, gap);
        ImGui::BeginChild("results", ImVec2(0, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NoBackground);
        scroll_by_touch_drag();
        changed |= draw_results_panel(state, frame);
        changed |= draw_panels_below_results(state, frame);
        columns_end = std::max(columns_end, column_end());
        ImGui::EndChild();
    } else {
        draw_summary_bar(state, frame);
        ImGui::BeginChild("page", ImVec2(0, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NoBackground);
        scroll_by_touch_drag();
        changed |= draw_results_panel(state, frame);
        changed |= draw_inputs_panel(state, frame);
        changed |= draw_panels_below_results(state, frame);
        columns_end = column_end();
        ImGui::EndChild();
    }
    frame.view.content_height = columns_top + columns_end + ImGui::GetStyle().WindowPadding.y;
    ImGui::End();
    return changed;
}

bool run_frame(app::State& state, ViewState& view, app::Evaluation& eval, float scale, float css_width,
               void (*begin_platform_frame)(), app::PlanMemo* plans, FrameTimes* times) {
    using clock = std::chrono::steady_clock;
    FrameTimes spent;
    auto since = [](clock::time_point start) { return std::chrono::duration<double, std::micro>(clock::now() - start).count(); };
    auto pass = [&] {
        clock::time_point start = clock::now();
        begin_platform_frame();
        ImGui::NewFrame();
        spent.widgets_us += since(start);
        start = clock::now();
        eval = app::evaluate(state, plans);
        spent.evaluation_us += since(start);
        start = clock::now();
        const bool changed = draw_calculator(state, {eval, view, scale, css_width >= two_columns_from});
        spent.widgets_us += since(start);
        return changed;
    };
    const bool changed = pass();
    if (changed) {
        const clock::time_point start = clock::now();
        ImGui::EndFrame();
        spent.widgets_us += since(start);
        pass();
    }
    const clock::time_point start = clock::now();
    ImGui::Render();
    spent.draw_lists_us = since(start);
    if (times) *times = spent;
    return changed;
}

}  // namespace ssi::ui
