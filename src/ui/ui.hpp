// The calculator's views. Each panel draws from the state and its evaluation and changes the
// state only through app:: intents; it returns true when it changed something.
#pragma once

#include <array>
#include <string>
#include <vector>
#include <string_view>

#include "app/state.hpp"
#include "app/texts.hpp"

namespace ssi::ui {

// What every panel needs besides the state: the evaluation of the state at the start of the
// frame, and the scale of the screen.
struct Frame {
    const app::Evaluation& eval;
    float scale = 1;  // device pixels per CSS pixel: ImGui works in device pixels
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
bool run_frame(app::State& state, app::Evaluation& eval, float scale, float css_width,
               void (*begin_platform_frame)(), app::PlanMemo* plans = nullptr);

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

// Where each metric's control (slider or checkbox) was drawn in the last frame, in device
// pixels: for the page's tooling and browser tests. Not visible when collapsed or scrolled out.
struct ControlRect {
    float x = 0;
    float y = 0;
    float width = 0;
    float height = 0;
    bool visible = false;
};
const std::array<ControlRect, core::metric_count>& metric_controls();

// Named buttons (share, save_scenario, import, export_csv...) where they were drawn in the last
// frame, for the same tooling; `remember_button` is called right after the button.
void remember_button(std::string_view name);
void forget_buttons();  // at the start of a frame: a button not drawn again is not visible
const std::vector<std::pair<std::string, ControlRect>>& named_buttons();

// Text fields (names, dates, numbers) where they were drawn in the last frame, and the one being
// edited. The web platform puts a real text input over the edited field so that phones open
// their keyboard and every keyboard, IME, autocorrect and paste reaches it (web/text_input.js);
// the input's text then replaces the field's (edit_text). Positions in device pixels.
struct TextField {
    ControlRect rect;
    std::string label;     // what a screen reader announces for the input
    bool numeric = false;  // a number: the phone shows its decimal keyboard
    bool editing = false;  // ImGui is editing this field now
};
void remember_text_field(std::string_view label, bool numeric = false);  // right after the field
void forget_text_fields();  // at the start of a frame
const std::vector<TextField>& text_fields();
const TextField* text_field_at(float x, float y);  // a visible field under the point, or null
// The edited field's text and selection (UTF-8 byte offsets), when a field is being edited.
struct TextEdit {
    const TextField* field = nullptr;
    std::string text;
    int select_start = 0;
    int select_end = 0;
    friend bool operator==(const TextEdit&, const TextEdit&) = default;
};
TextEdit text_being_edited();
// Between frames: the edited field now holds `text` (cut to the field's capacity at a character
// boundary) with that selection; the next frame applies it as if typed. False when no field is
// being edited. `stop_text_editing` ends the edit as a click elsewhere would.
bool edit_text(std::string_view text, int select_start, int select_end);
void stop_text_editing();

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
    bool paste_page = false;  // "Paste from LinkedIn": read the clipboard, or open a paste box
    bool download_backup = false;  // the unreadable data kept at start (state.backup_key)
    std::vector<Download> downloads;
};
PlatformRequests take_platform_requests();
PlatformRequests& platform_requests();  // for the panels
// The platform says how sharing went (the button shows it for two seconds).
void share_finished(bool copied);

// The height the page's content needs without scrolling, in device pixels, from the last
// frame: an embedding page sizes its iframe to it.
float content_height();

// Texts in the state's language (app/texts.hpp).
using app::format_value;
using app::metric_text;
using app::tip_text;
using app::tr;

}  // namespace ssi::ui
