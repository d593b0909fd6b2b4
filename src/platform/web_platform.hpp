// Shared by the web platform's files: the frame loop and the canvas (web.cpp), the functions
// the page's JavaScript calls (web_exports.cpp), the drawing (web_renderer.cpp) and the
// link-time wraps (web_link_wraps.cpp).
#pragma once

#include <optional>
#include <string>

#include "app/state.hpp"
#include "imgui.h"
#include "ui/theme.hpp"
#include "ui/ui.hpp"

struct GLFWwindow;

namespace ssi::platform {

struct Web {
    app::State* state = nullptr;
    GLFWwindow* window = nullptr;
    float scale = 0;                                 // device pixel ratio the fonts and style are built for
    ui::Look look;                                   // the colours the style was built with
    std::optional<app::Language> document_language;  // what <html lang> says
    std::optional<app::Language> texts_requested;    // the language whose texts the page fetches
    int width = 0;                                   // canvas size in device pixels
    int height = 0;
    bool paused = false;
    bool context_lost = false;     // the browser took the GPU context away (a tab in the background)
    double awake_until = 0;        // keep drawing until then: hover and tooltip delays settle
    bool page_started = false;     // the page's start-up ran (web.cpp: start_page)
    bool layout_settled = false;   // the start's layout frames are built (web.cpp: settle_layout)
    std::size_t start_layout = 0;  // and the last one's layout_fingerprint()
    int start_frames_built = 0;
    bool external_change = false;  // the state was changed from JavaScript
    long frames = 0;
    double last_frame_us = 0;  // CPU time of the last frame, for the benchmark, and its parts:
    ui::FrameTimes last_frame_times;
    double last_gl_us = 0;    // clearing and drawing (web_renderer.cpp)
    int stored_revision = 0;  // the saved document's revision last written to storage
    app::Evaluation eval;
    app::PlanMemo plans;      // exact plans once an input rests (app/state.hpp)
    ui::TextEdit text_shown;  // the edited field as the page's text input last heard of it
    ui::ControlRect text_rect;
    std::string clipboard;  // the last text pasted into the page, for ImGui's Ctrl+V
    ui::ViewState view;     // what the views keep between frames
};
extern Web web;

// Draw frames again (the loop sleeps when nothing changes) for a moment.
void wake();
// The state was changed from the page: its mirrors hear of it after the next frame.
void changed_from_page();
// The evaluation the views show: the last frame's, or a new one when the page changed the state
// since (SSI.setInputs then SSI.getState, with no frame between).
const app::Evaluation& evaluation();
// The same with the exact plan, as at rest: for what the user takes away (the score card, the
// report), which a moment's quick plan while input comes must not decide.
const app::Evaluation& rested_evaluation();
// Asks the page for the texts of a language this build does not carry, once.
void request_texts(app::Language language);
// The first of the browser's languages that we speak, else English.
app::Language browser_language();
// ImGui's draw data on the canvas (web_renderer.cpp). create_renderer makes the shaders, buffers
// and GL state: at the start and when a lost context is back. upload_font_atlas sends the atlas
// ImGui built to the GPU. draw clears the canvas to `background` and draws a frame.
void create_renderer();
void upload_font_atlas();
void draw(const ImDrawData& data, int width, int height, const ImVec4& background);
// What storage holds under the saved document's key now (web/storage.js).
std::string stored_document();

}  // namespace ssi::platform
