// The calculator's views. Each panel draws from the state and its evaluation and changes the
// state only through app:: intents; it returns true when it changed something.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>
#include <string_view>

#include "app/state.hpp"
#include "app/texts.hpp"

namespace ssi::ui {

// Where a control (slider, checkbox, button, field) was drawn in the last frame, in device
// pixels: for the page's tooling and browser tests. Not visible when collapsed or scrolled out.
struct ControlRect {
    float x = 0;
    float y = 0;
    float width = 0;
    float height = 0;
    bool visible = false;
};

// A text field (name, date, number) as drawn in the last frame. The web platform puts a real
// text input over the edited one so that phones open their keyboard and every keyboard, IME,
// autocorrect and paste reaches it (web/text_input.js); the input's text then replaces the
// field's (edit_text).
struct TextField {
    ControlRect rect;
    std::string label;     // what a screen reader announces for the input
    bool numeric = false;  // a number: the phone shows its decimal keyboard
    bool editing = false;  // ImGui is editing this field now
};

// What the views ask of the platform during a frame: copy the link, pick a file to import,
// save files. The platform takes them after the frame.
struct Download {
    std::string filename;
    std::string mime;
    std::string content;
};
struct PlatformRequests {
    bool share = false;
    bool import_history = false;
    bool paste_page = false;       // "Paste from LinkedIn": read the clipboard, or open a paste box
    bool save_image = false;       // "Save image": the score card, shared or downloaded
    bool print_report = false;     // "Print report": the browser's print dialog, the report in it
    bool download_backup = false;  // the unreadable data kept at start (state.backup_key)
    std::vector<Download> downloads;
};

// What the views keep between frames that is not the user's state: what is being typed, open
// editors, feedback timers, what they ask of the platform, and where they drew their controls.
// The platform owns one and passes it to every frame; a new one is a clean slate.
struct ViewState {
    std::array<char, 128> new_name{};  // scenarios: the name being typed
    std::array<char, 128> rename_to{};
    int renaming = -1;  // the scenario being renamed, or -1
    int compare_left = 0;
    int compare_right = 1;
    std::string scenario_problem;         // the text key of why the last save or rename was refused
    std::array<char, 32> reading_date{};  // history: the reading being entered
    std::array<double, core::pillar_count> reading{};
    std::optional<app::Message> reading_problem;  // why the date typed was refused
    enum class ShareFeedback { none, copied, failed } share_feedback = ShareFeedback::none;
    double share_feedback_until = 0;
    PlatformRequests requests;
    float content_height = 0;                                // what the page needs without scrolling, in device pixels
    std::array<ControlRect, core::metric_count> controls{};  // each metric's slider or checkbox
    // Each metric's row as last drawn: its height (0: not yet, or the scale changed since) and
    // the ImGui id of its control (inputs_panel.cpp skips rows out of sight).
    struct MetricRow {
        float height = 0;
        unsigned id = 0;
    };
    std::array<MetricRow, core::metric_count> rows{};
    float rows_scale = 0;                                      // the scale the rows' heights were measured at
    std::vector<std::pair<std::string, ControlRect>> buttons;  // named: share, save_scenario...
    std::vector<TextField> text_fields;
};

// What every panel needs besides the state: the evaluation of the state at the start of the
// frame, the view state, and the scale of the screen.
struct Frame {
    const app::Evaluation& eval;
    ViewState& view;
    float scale = 1;    // device pixels per CSS pixel: ImGui works in device pixels
    bool wide = false;  // two columns
};

// The whole calculator in the current ImGui frame, filling the display.
bool draw_calculator(app::State& state, const Frame& frame);

// Layouts: two columns from this many CSS pixels, one below.
inline constexpr float two_columns_from = 760.0f;

// One complete frame, from NewFrame to Render: evaluates the state, draws the views and, when a
// widget changed the state, draws the frame again (with no new input) so every number on
// screen shows the change in this same frame. `begin_platform_frame` is the backends'
// NewFrame. Returns true when the views changed the state; `eval` holds the final evaluation.
// `times`, when given, receives where the frame's CPU time went (the benchmark reads it).
struct FrameTimes {
    double widgets_us = 0;     // NewFrame, the views' widgets, EndFrame: both passes
    double evaluation_us = 0;  // the model's evaluation, tips and plan: both passes
    double draw_lists_us = 0;  // ImGui::Render, which builds the draw lists
};
bool run_frame(app::State& state, ViewState& view, app::Evaluation& eval, float scale, float css_width,
               void (*begin_platform_frame)(), app::PlanMemo* plans = nullptr, FrameTimes* times = nullptr);

// Panels (one file each).
bool draw_inputs_panel(app::State& state, const Frame& frame);
bool draw_results_panel(app::State& state, const Frame& frame);
bool draw_tips_panel(app::State& state, const Frame& frame);
bool draw_why_panel(app::State& state, const Frame& frame);
bool draw_calibration_panel(app::State& state, const Frame& frame);
bool draw_goal_panel(app::State& state, const Frame& frame);
bool draw_rank_panel(app::State& state, const Frame& frame);
bool draw_scenarios_panel(app::State& state, const Frame& frame);
bool draw_history_panel(app::State& state, const Frame& frame);

// Records where the last item was drawn, under its name (right after the button).
void remember_button(ViewState& view, std::string_view name);
// Right after a text field: records it, and whether it is being edited.
void remember_text_field(ViewState& view, std::string_view label, bool numeric = false);
const TextField* text_field_at(const ViewState& view, float x, float y);  // a visible field there, or null
// The edited field's text and selection (UTF-8 byte offsets), when a field is being edited.
struct TextEdit {
    const TextField* field = nullptr;
    std::string text;
    int select_start = 0;
    int select_end = 0;
    friend bool operator==(const TextEdit&, const TextEdit&) = default;
};
TextEdit text_being_edited(const ViewState& view);
// Between frames: the edited field now holds `text` (cut to the field's capacity at a character
// boundary) with that selection; the next frame applies it as if typed. False when no field is
// being edited. `stop_text_editing` ends the edit as a click elsewhere would.
bool edit_text(std::string_view text, int select_start, int select_end);
void stop_text_editing();
// The goal's plan and the tips as sentences (the panels and the printed report show the same).
std::string plan_summary_text(const app::State& state, const core::Plan& plan);
std::string plan_step_text(const app::State& state, const core::PlanStep& step);
std::string tip_change_text(const app::State& state, const core::Tip& tip);  // "5 » 15 · 15 min a week · +0.6 per 10 min"

// The printed report (web/report.js builds it from this JSON): every heading, number and line.
std::string report_json(const app::State& state, const app::Evaluation& evaluation, app::Date today);

// The score card the page draws (web/card.js), as JSON: its size, colours, words and numbers.
std::string score_card_json(const app::State& state, const app::Evaluation& evaluation, app::Date today);

// The platform says how sharing went (the button shows it for two seconds).
void share_finished(ViewState& view, bool copied);

// Texts in the state's language (app/texts.hpp).
using app::format_value;
using app::metric_text;
using app::MetricText;
using app::tip_text;
using app::tr;
using app::tr_lookup;

}  // namespace ssi::ui
