// The browser platform's frame loop, canvas, device pixel ratio and input glue. The functions the
// page calls are in web_exports.cpp, the link-time wraps in web_link_wraps.cpp.
#include "platform/web.hpp"

#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <utility>

#include "app/storage.hpp"
#include "app/url_state.hpp"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_internal.h"
#include "platform/web_platform.hpp"

// Implemented in platform/web_library.js.
extern "C" void ssi_js_state_changed();
extern "C" void ssi_js_start_page();  // the page's own start-up (bridge.js)
extern "C" void ssi_js_set_canvas_size(int width, int height);
extern "C" void ssi_js_canvas_css_size(double* width, double* height);
extern "C" int ssi_js_prefers_dark();
extern "C" void ssi_js_browser_languages(char* buffer, int size);
extern "C" void ssi_js_set_document_language(const char* lang, const char* title);
extern "C" void ssi_js_share(const char* hash);
extern "C" int ssi_js_store(const char* json);
extern "C" void ssi_js_download(const char* filename, const char* mime, const char* content);
extern "C" void ssi_js_download_backup(const char* key);
extern "C" void ssi_js_pick_import();
extern "C" void ssi_js_request_paste();
extern "C" void ssi_js_load_texts(const char* lang);
extern "C" void ssi_js_text_field(int editing, double x, double y, double width, double height, const char* label,
                                  const char* text, int numeric, int select_start, int select_end);
extern "C" void ssi_js_copy(const char* text);
extern "C" void ssi_js_show_status(const char* text);
extern "C" char* ssi_js_stored_document();  // malloc'ed: the caller frees it
extern "C" void ssi_js_open_storage();
extern "C" void ssi_js_save_image();
extern "C" void ssi_js_print_report();

namespace ssi::platform {

Web web;

namespace {
// After an input, ImGui needs a few frames for hover states and tooltip delays (0.15 s).
constexpr double settle_seconds = 0.35;
}  // namespace

void wake() {
    web.plans.rested = false;
    web.awake_until = emscripten_get_now() / 1000.0 + settle_seconds;
    if (web.paused) {
        web.paused = false;
        emscripten_resume_main_loop();
    }
}

void changed_from_page() {
    web.external_change = true;
    wake();
}

const app::Evaluation& evaluation() {
    if (web.external_change) web.eval = app::evaluate(*web.state, &web.plans);
    return web.eval;
}

const app::Evaluation& rested_evaluation() {
    if (!web.plans.rested || web.plans.last_was_quick || web.external_change) {
        web.plans.rested = true;
        web.eval = app::evaluate(*web.state, &web.plans);
    }
    return web.eval;
}

// Texts of a language this build does not carry are asked of the page once (English shows until
// they arrive; the page usually has them before the first frame).
void request_texts(app::Language language) {
    if (app::texts_loaded(language) || web.texts_requested == language) return;
    web.texts_requested = language;
    ssi_js_load_texts(app::language_id(language).data());
}

app::Language browser_language() {
    char buffer[256] = {};
    ssi_js_browser_languages(buffer, sizeof buffer);
    const std::string_view list = buffer;
    std::size_t start = 0;
    while (start <= list.size()) {
        const std::size_t end = std::min(list.find(',', start), list.size());
        if (const auto language = app::parse_language(list.substr(start, end - start))) return *language;
        start = end + 1;
    }
    return app::Language::en;
}

std::string stored_document() {
    char* text = ssi_js_stored_document();
    std::string copy = text ? text : "";
    std::free(text);
    return copy;
}

namespace {

// Matches the canvas's backing store to its CSS size times the device pixel ratio, and rebuilds
// fonts and style when the ratio changes (another screen, browser zoom), so text stays crisp.
void fit_canvas() {
    double css_width = 0;
    double css_height = 0;
    ssi_js_canvas_css_size(&css_width, &css_height);
    const float scale = static_cast<float>(std::clamp(emscripten_get_device_pixel_ratio(), 0.5, 4.0));
    const int width = std::max(1, static_cast<int>(std::lround(css_width * scale)));
    const int height = std::max(1, static_cast<int>(std::lround(css_height * scale)));
    if (width != web.width || height != web.height) {
        web.width = width;
        web.height = height;
        ssi_js_set_canvas_size(width, height);
    }
    const app::State& state = *web.state;
    const bool dark = state.theme == app::Theme::dark || (state.theme == app::Theme::automatic && ssi_js_prefers_dark());
    const ui::Look look = ui::look_from(dark, state.accent);
    if (scale != web.scale) {
        ui::build_fonts(scale);
        upload_font_atlas();
    }
    if (scale != web.scale || !(look == web.look)) ui::apply_style(scale, look);
    web.scale = scale;
    web.look = look;
}

// <html lang> and the page title follow the chosen language, for screen readers and tabs.
void follow_language() {
    request_texts(web.state->language);
    const app::Language language = web.state->language;
    if (web.document_language == language) return;
    web.document_language = language;
    ssi_js_set_document_language(app::language_id(language).data(), ui::tr(*web.state, "ui.title"));
}

// What the views asked for during the frame, and the storage write when the saved document
// changed (storage.js writes a new key, then switches to it: a write never leaves corrupt data).
void serve_requests() {
    app::State& state = *web.state;
    const ui::PlatformRequests requests = std::exchange(web.view.requests, {});
    if (requests.share) ssi_js_share(app::encode_url_hash(state).c_str());
    if (requests.import_history) ssi_js_pick_import();
    if (requests.paste_page) ssi_js_request_paste();
    if (requests.save_image) ssi_js_save_image();
    if (requests.print_report) ssi_js_print_report();
    if (requests.download_backup) ssi_js_download_backup(state.backup_key.c_str());
    for (const ui::Download& file : requests.downloads)
        ssi_js_download(file.filename.c_str(), file.mime.c_str(), file.content.c_str());
    if (state.saved_revision != web.stored_revision && state.storage != app::State::Storage::unavailable &&
        state.storage != app::State::Storage::unknown) {
        web.stored_revision = state.saved_revision;
        // Merged with what other tabs stored since: read, merge and write in one go.
        if (const auto text = app::document_to_write(state, stored_document()))
            app::write_finished(state, ssi_js_store(text->c_str()));
    }
}

// The page's text input follows the field being edited (web/text_input.js): it takes the
// focus when a field starts, moves with it, hears of ImGui's own caret moves (a click in the
// field), and gives the focus back when the edit ends.
void follow_text_field() {
    const ui::TextEdit edit = ui::text_being_edited(web.view);
    const ui::ControlRect rect = edit.field ? edit.field->rect : ui::ControlRect{};
    const bool same_rect = rect.x == web.text_rect.x && rect.y == web.text_rect.y && rect.width == web.text_rect.width &&
                           rect.height == web.text_rect.height;
    const bool same_field = (edit.field != nullptr) == (web.text_shown.field != nullptr);
    if (same_field && same_rect && edit.text == web.text_shown.text && edit.select_start == web.text_shown.select_start &&
        edit.select_end == web.text_shown.select_end)
        return;
    const float s = web.scale;
    ssi_js_text_field(edit.field ? 1 : 0, rect.x / s, rect.y / s, rect.width / s, rect.height / s,
                      edit.field ? edit.field->label.c_str() : "", edit.text.c_str(), edit.field && edit.field->numeric ? 1 : 0,
                      edit.select_start, edit.select_end);
    web.text_shown = edit;
    web.text_rect = rect;
}

// Where every window is, how big, what it holds and how far it scrolls, and how much is drawn.
std::size_t layout_fingerprint() {
    std::size_t hash = static_cast<std::size_t>(ImGui::GetDrawData()->TotalVtxCount);
    const auto mix = [&](float value) { hash = hash * 1000003u ^ std::hash<float>{}(value); };
    for (const ImGuiWindow* window : ImGui::GetCurrentContext()->Windows) {
        if (!window->Active) continue;
        for (const ImVec2 v : {window->Pos, window->Size, window->ContentSize, window->ScrollMax}) {
            mix(v.x);
            mix(v.y);
        }
    }
    return hash;
}

void begin_backend_frame() {
    ImGui_ImplGlfw_NewFrame();
    // Frames built back to back at the start can fall within one tick of a coarse clock.
    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = std::max(io.DeltaTime, 1e-4f);
}

// One ImGui frame, not yet drawn: the canvas fitted, the views run, their draw lists made.
// Returns whether the views changed the state.
bool build_frame() {
    fit_canvas();
    const float css_width = static_cast<float>(web.width) / web.scale;
    const bool changed_by_views = ui::run_frame(*web.state, web.view, web.eval, web.scale, css_width, begin_backend_frame,
                                                &web.plans, &web.last_frame_times);
    follow_language();
    return changed_by_views;
}

// The page's own start-up (bridge.js: its listeners, mirrors and 'ready'), once: after the first
// frame, so that the page shows first, or when the GPU context is lost before there was one (the
// state, links and storage work without drawing).
void start_page() {
    if (web.page_started) return;
    web.page_started = true;
    ssi_js_start_page();
}

// Draws the frame just built (its CPU time counted from `start`), then what follows a drawn
// frame: the page's start-up after the first, the page hearing of changes, the views' requests,
// the page's text input, and sleep when nothing moves.
void present(bool changed_by_views, double start) {
    const double gl_start = emscripten_get_now();
    draw(*ImGui::GetDrawData(), web.width, web.height, ImGui::GetStyle().Colors[ImGuiCol_WindowBg]);
    web.last_gl_us = (emscripten_get_now() - gl_start) * 1000.0;
    ++web.frames;
    start_page();
    web.last_frame_us = (emscripten_get_now() - start) * 1000.0;
    if (changed_by_views || web.external_change) {
        web.external_change = false;
        ssi_js_state_changed();
    }
    serve_requests();
    follow_text_field();

    // Sleep when nothing moves: the page's input listeners wake the loop (bridge.js). A held
    // button or slider keeps drawing (ImGui repeats held buttons); a text field does not: its
    // caret does not blink.
    const ImGuiIO& io = ImGui::GetIO();
    const bool busy = io.MouseDown[0] && ImGui::IsAnyItemActive() && !io.WantTextInput;
    if (!busy && emscripten_get_now() / 1000.0 > web.awake_until) {
        if (web.plans.last_was_quick && !web.plans.rested) {
            web.plans.rested = true;  // one more frame, with the exact plan (app/state.hpp)
            return;
        }
        web.paused = true;
        emscripten_pause_main_loop();
    }
}

// ImGui finds a page's layout over a few frames: auto-fit windows take their sizes, then
// scrollbars appear and the text wraps again. At the start those frames are built but not
// drawn, until two lay out the same; the one that settles it is drawn at once, and the loop goes
// over to animation frames (asleep until an input comes). The first frame shown is the page as
// it stays, and the compositor copies one frame, not five. The font atlas and the first layout
// frame (where V8 compiles most of the code it runs) each take a task of their own; the next
// frames, a millisecond or a few each, are built together while the task stays short (on a slow
// phone, one long task would block input).
void settle_layout() {
    if (web.scale == 0) {  // the font atlas first
        fit_canvas();
        return;
    }
    constexpr double task_ms = 8;
    const double task_start = emscripten_get_now();
    do {
        const double start = emscripten_get_now();
        const bool changed_by_views = build_frame();
        web.external_change = changed_by_views || web.external_change;
        const std::size_t layout = layout_fingerprint();
        const bool settled = layout == web.start_layout || ++web.start_frames_built == 8;
        web.start_layout = layout;
        if (settled) {
            web.layout_settled = true;
            emscripten_set_main_loop_timing(EM_TIMING_RAF, 1);
            present(changed_by_views, start);
            return;
        }
    } while (web.start_frames_built > 1 && emscripten_get_now() - task_start < task_ms);
}

void frame() {
    if (web.context_lost) {  // nothing can be drawn until the context is back
        web.paused = true;
        emscripten_pause_main_loop();
        return;
    }
    if (!web.layout_settled) {
        settle_layout();
        return;
    }
    const double start = emscripten_get_now();
    const bool changed_by_views = build_frame();
    present(changed_by_views, start);
}

// The mouse wheel, normalised across browsers and devices: 100 pixels, 3 lines or 1/80 page
// make one ImGui wheel step (as SDL does). On the canvas rather than the document, where Chrome
// makes wheel listeners passive and a preventDefault would only log an error.
EM_BOOL on_wheel(int, const EmscriptenWheelEvent* event, void*) {
    float multiplier = 0;
    switch (event->deltaMode) {
        case DOM_DELTA_PIXEL:
            multiplier = 1.0f / 100.0f;
            break;
        case DOM_DELTA_LINE:
            multiplier = 1.0f / 3.0f;
            break;
        case DOM_DELTA_PAGE:
            multiplier = 80.0f;
            break;
        default:
            break;
    }
    ImGui::GetIO().AddMouseWheelEvent(static_cast<float>(-event->deltaX) * multiplier,
                                      static_cast<float>(-event->deltaY) * multiplier);
    wake();
    return EM_TRUE;  // the page itself does not scroll
}

// The GPU context was lost (mobile browsers drop it for tabs in the background; a GPU reset):
// drawing stops and the page says so. Returning true asks the browser to restore it.
EM_BOOL on_context_lost(int, const void*, void*) {
    web.context_lost = true;
    start_page();  // before the status: the page's start-up hides the loading status
    ssi_js_show_status(ui::tr(*web.state, "ui.graphics_lost"));
    return EM_TRUE;
}

// The context is back, empty: the shaders, buffers and font atlas are made again, and every
// frame draws as before: the state never left memory.
EM_BOOL on_context_restored(int, const void*, void*) {
    web.context_lost = false;
    create_renderer();
    // Lost before the start-up's font task (scale still 0), there is no atlas yet (asking for it
    // would make ImGui add its built-in font): that task uploads it once built.
    if (web.scale != 0) upload_font_atlas();
    ssi_js_show_status("");
    wake();
    return EM_TRUE;
}

}  // namespace

int run_web(app::State& state) {
    web.state = &state;
    // Storage, then the link or the work kept at the last visit (storage.js calls ssi_open_page),
    // before the first frame: the page opens as it will stay.
    ssi_js_open_storage();
    request_texts(state.language);
    if (!glfwInit()) {
        std::puts("SSI: GLFW could not start");
        return 1;
    }
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    // An opaque canvas with no depth or stencil buffer: ImGui needs neither, and the compositor
    // takes an opaque canvas as it is instead of blending it with the page.
    glfwWindowHint(GLFW_ALPHA_BITS, 0);
    glfwWindowHint(GLFW_DEPTH_BITS, 0);
    glfwWindowHint(GLFW_STENCIL_BITS, 0);
    web.window = glfwCreateWindow(320, 480, "SSI Calculator", nullptr, nullptr);
    if (!web.window) {
        std::puts("SSI: WebGL2 is not available in this browser");
        return 1;
    }
    glfwMakeContextCurrent(web.window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing to remember between visits here; state lives elsewhere
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    // A steady caret: a blinking one would need frames while idle.
    io.ConfigInputTextCursorBlink = false;
    ImGui_ImplGlfw_InitForOpenGL(web.window, true);
    // Emscripten's GLFW has no clipboard: ImGui's copy goes to the browser's, and its paste
    // reads what was last pasted into the page (a field's own paste is the browser's).
    io.SetClipboardTextFn = [](void*, const char* text) { ssi_js_copy(text); };
    io.GetClipboardTextFn = [](void*) { return web.clipboard.c_str(); };
    // Replace the backend's document-wide wheel listener with ours on the canvas.
    emscripten_set_wheel_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, false, nullptr);
    emscripten_set_wheel_callback("#canvas", nullptr, false, on_wheel);
    create_renderer();
    emscripten_set_webglcontextlost_callback("#canvas", nullptr, false, on_context_lost);
    emscripten_set_webglcontextrestored_callback("#canvas", nullptr, false, on_context_restored);
    // No input is coming yet: the exact plan from the start, not one more drawn frame for it.
    // (The quick plan first and the exact one in the frame after would show the page 18 ms
    // sooner, but that frame is a long task after the first paint: Lighthouse's total blocking
    // time went from 89 to 195 ms.)
    web.plans.rested = true;
    // The loop starts by settling the layout (settle_layout): frames as fast as the event loop
    // turns (1,000 a second: setTimeout), not at animation frames, so the page shows sooner.
    // (Not EM_TIMING_SETIMMEDIATE: its postMessage handler reads every message's data.target,
    // and throws on a host page's null message.)
    emscripten_set_main_loop(frame, 1000, false);
    return 0;
}

}  // namespace ssi::platform
