#include "platform/web.hpp"

#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/heap.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>

#include "app/json.hpp"
#include "app/paste.hpp"
#include "app/saved.hpp"
#include "app/storage.hpp"
#include "app/url_state.hpp"
#include "app/working.hpp"
#include "core/rank.hpp"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "ui/theme.hpp"
#include "ui/ui.hpp"

// Implemented in platform/web_library.js.
extern "C" void ssi_js_state_changed();
extern "C" void ssi_js_set_canvas_size(int width, int height);
extern "C" int ssi_js_prefers_dark();
extern "C" void ssi_js_browser_languages(char* buffer, int size);
extern "C" void ssi_js_set_document_language(const char* lang, const char* title);
extern "C" void ssi_js_location_hash(char* buffer, int size);
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

namespace ssi::platform {

namespace {

struct Web {
    app::State* state = nullptr;
    GLFWwindow* window = nullptr;
    float scale = 0;   // device pixel ratio the fonts and style are built for
    ui::Look look;     // the colours the style was built with
    std::optional<core::Language> document_language;  // what <html lang> says
    std::optional<core::Language> texts_requested;    // the language whose texts the page fetches
    int width = 0;     // canvas size in device pixels
    int height = 0;
    bool paused = false;
    bool context_lost = false;  // the browser took the GPU context away (a tab in the background)
    double awake_until = 0;  // keep drawing until then: hover and tooltip delays settle
    bool external_change = false;  // the state was changed from JavaScript
    long frames = 0;
    double last_frame_us = 0;  // CPU time of the last frame, for the benchmark
    int stored_revision = 0;   // the saved document's revision last written to storage
    app::Evaluation eval;
    app::PlanMemo plans;  // exact plans once an input rests (app/state.hpp)
    ui::TextEdit text_shown;  // the edited field as the page's text input last heard of it
    ui::ControlRect text_rect;
    std::string clipboard;    // the last text pasted into the page, for ImGui's Ctrl+V
};
Web web;

// After an input, ImGui needs a few frames for hover states and tooltip delays (0.15 s).
constexpr double settle_seconds = 0.35;

void wake() {
    web.awake_until = emscripten_get_now() / 1000.0 + settle_seconds;
    if (web.paused) {
        web.paused = false;
        emscripten_resume_main_loop();
    }
}

// Matches the canvas's backing store to its CSS size times the device pixel ratio, and rebuilds
// fonts and style when the ratio changes (another screen, browser zoom), so text stays crisp.
void fit_canvas() {
    double css_width = 0;
    double css_height = 0;
    emscripten_get_element_css_size("#canvas", &css_width, &css_height);
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
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    if (scale != web.scale || !(look == web.look)) ui::apply_style(scale, look);
    web.scale = scale;
    web.look = look;
}

// Texts of a language this build does not carry are asked of the page once (English shows until
// they arrive; the page usually has them before the first frame).
void request_texts(core::Language language) {
    if (core::texts_loaded(language) || web.texts_requested == language) return;
    web.texts_requested = language;
    ssi_js_load_texts(core::language_id(language).data());
}

// <html lang> and the page title follow the chosen language, for screen readers and tabs.
void follow_language() {
    request_texts(web.state->language);
    const core::Language language = web.state->language;
    if (web.document_language == language) return;
    web.document_language = language;
    ssi_js_set_document_language(core::language_id(language).data(), ui::tr(*web.state, "ui.title"));
}

// The first of the browser's languages that we speak, else English.
core::Language browser_language() {
    char buffer[256] = {};
    ssi_js_browser_languages(buffer, sizeof buffer);
    const std::string_view list = buffer;
    std::size_t start = 0;
    while (start <= list.size()) {
        const std::size_t end = std::min(list.find(',', start), list.size());
        if (const auto language = core::parse_language(list.substr(start, end - start))) return *language;
        start = end + 1;
    }
    return core::Language::en;
}

// What storage holds under the calculator's key now (web/storage.js).
std::string stored_document() {
    char* text = ssi_js_stored_document();
    std::string copy = text ? text : "";
    std::free(text);
    return copy;
}

// What the views asked for during the frame, and the storage write when the saved document
// changed (storage.js writes a new key, then switches to it: a write never leaves corrupt data).
void serve_requests() {
    app::State& state = *web.state;
    const ui::PlatformRequests requests = ui::take_platform_requests();
    if (requests.share) ssi_js_share(app::encode_url_hash(state).c_str());
    if (requests.import_history) ssi_js_pick_import();
    if (requests.paste_page) ssi_js_request_paste();
    if (requests.download_backup) ssi_js_download_backup(state.backup_key.c_str());
    for (const ui::Download& file : requests.downloads)
        ssi_js_download(file.filename.c_str(), file.mime.c_str(), file.content.c_str());
    if (state.saved_revision != web.stored_revision && state.storage != app::State::Storage::unavailable &&
        state.storage != app::State::Storage::unknown) {
        web.stored_revision = state.saved_revision;
        // Merged with what other tabs stored since: read, merge and write in one go.
        if (const auto text = app::document_to_write(state, stored_document())) app::write_finished(state, ssi_js_store(text->c_str()));
    }
}

// The page's text input follows the field being edited (web/text_input.js): it takes the
// focus when a field starts, moves with it, hears of ImGui's own caret moves (a click in the
// field), and gives the focus back when the edit ends.
void follow_text_field() {
    const ui::TextEdit edit = ui::text_being_edited();
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

void begin_backend_frame() {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
}

void frame() {
    if (web.context_lost) {  // nothing can be drawn until the context is back
        web.paused = true;
        emscripten_pause_main_loop();
        return;
    }
    const double start = emscripten_get_now();
    fit_canvas();
    const float css_width = static_cast<float>(web.width) / web.scale;
    const bool changed_by_views = ui::run_frame(*web.state, web.eval, web.scale, css_width, begin_backend_frame, &web.plans);
    follow_language();
    glViewport(0, 0, web.width, web.height);
    const ImVec4 background = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(background.x, background.y, background.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    ++web.frames;
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
        web.paused = true;
        emscripten_pause_main_loop();
    }
}

}  // namespace

// Numbers read back exactly (what setInputs was given, getState returns); JSON has no NaN.
std::string json_number(double value) { return std::isfinite(value) ? app::json::format_number(value) : "null"; }

std::string json_string(std::string_view text) { return app::json::write_json(app::json::make_string(std::string(text))); }

std::string pillars_json(const app::Evaluation& e, bool baseline) {
    std::string json = "{";
    for (std::size_t p = 0; p < core::pillar_count; ++p) {
        if (p) json += ',';
        json += '"';
        json += core::pillar_id(core::all_pillars[p]);
        json += "\":" + json_number(core::displayed_pillar(baseline ? e.shown_baseline_pillar(p) : e.shown_pillar(p)));
    }
    return json + "}";
}

// The mouse wheel, normalised across browsers and devices: 100 pixels, 3 lines or 1/80 page
// make one ImGui wheel step (as SDL does). On the canvas rather than the document, where Chrome
// makes wheel listeners passive and a preventDefault would only log an error.
EM_BOOL on_wheel(int, const EmscriptenWheelEvent* event, void*) {
    float multiplier = 0;
    switch (event->deltaMode) {
        case DOM_DELTA_PIXEL: multiplier = 1.0f / 100.0f; break;
        case DOM_DELTA_LINE: multiplier = 1.0f / 3.0f; break;
        case DOM_DELTA_PAGE: multiplier = 80.0f; break;
        default: break;
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
    ssi_js_show_status(ui::tr(*web.state, "ui.graphics_lost"));
    return EM_TRUE;
}

// The context is back, empty: ImGui's shaders, buffers and font atlas are made again (the atlas
// at the current scale: fit_canvas rebuilds it when the scale is unknown), and every frame
// draws as before: the state never left memory.
EM_BOOL on_context_restored(int, const void*, void*) {
    web.context_lost = false;
    ImGui_ImplOpenGL3_DestroyDeviceObjects();
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    web.scale = 0;
    ssi_js_show_status("");
    wake();
    return EM_TRUE;
}

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
    ImGui_ImplOpenGL3_Init("#version 300 es");
    emscripten_set_webglcontextlost_callback("#canvas", nullptr, false, on_context_lost);
    emscripten_set_webglcontextrestored_callback("#canvas", nullptr, false, on_context_restored);
    fit_canvas();
    wake();
    // The first frame now rather than at the next animation frame: the page shows sooner.
    frame();
    emscripten_set_main_loop(frame, 0, true);
    return 0;
}

}  // namespace ssi::platform

// ---- Called from the page's JavaScript (web/bridge.js).
using ssi::platform::web;
using ssi::platform::json_number;
using ssi::platform::pillars_json;
using ssi::platform::json_string;

extern "C" {

EMSCRIPTEN_KEEPALIVE void ssi_wake() { ssi::platform::wake(); }

// A touch starts: GLFW reports the press before the pointer moves there, so tell ImGui where
// the finger is first, and that it is a finger (no hover before the press).
EMSCRIPTEN_KEEPALIVE void ssi_pointer(double css_x, double css_y, int is_touch) {
    if (!ImGui::GetCurrentContext()) return;
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(is_touch ? ImGuiMouseSource_TouchScreen : ImGuiMouseSource_Mouse);
    io.AddMousePosEvent(static_cast<float>(css_x * web.scale), static_cast<float>(css_y * web.scale));
    ssi::platform::wake();
}

// window.SSI.getState(): the values as displayed.
EMSCRIPTEN_KEEPALIVE const char* ssi_state_json() {
    using namespace ssi;
    static std::string json;
    if (!web.state) return "null";  // main() has not run yet
    const app::Evaluation e = app::evaluate(*web.state, &web.plans);
    json = "{\"total\":" + std::to_string(core::displayed_total(e.shown_total()));
    json += ",\"pillars\":" + pillars_json(e, false);
    json += ",\"inputs\":{";
    for (std::size_t i = 0; i < core::metric_count; ++i) {
        if (i) json += ',';
        json += '"';
        json += core::catalog[i].id;
        json += "\":";
        const auto& value = web.state->scenario.values[i];
        json += value ? json_number(*value) : "null";
    }
    json += "},\"baseline\":{\"total\":" + std::to_string(core::displayed_total(e.shown_baseline_total()));
    json += ",\"pillars\":" + pillars_json(e, true) + "}";
    json += ",\"rank\":{\"industry\":" + std::to_string(core::displayed_top_percent(e.industry_top_percent));
    json += ",\"network\":" + std::to_string(core::displayed_top_percent(e.network_top_percent)) + "}";
    json += ",\"language\":\"" + std::string(core::language_id(web.state->language)) + "\"";
    json += ",\"theme\":\"" + std::string(app::theme_id(web.state->theme)) + "\"";
    json += ",\"calibrated\":" + std::string(e.calibrated ? "true" : "false");
    json += ",\"actual\":";
    if (web.state->actual_pillars) {
        json += '{';
        for (std::size_t p = 0; p < core::pillar_count; ++p)
            json += (p ? ",\"" : "\"") + std::string(core::pillar_id(core::all_pillars[p])) + "\":" + json_number((*web.state->actual_pillars)[p]);
        json += '}';
    } else {
        json += "null";
    }
    json += ",\"averages\":{\"industry\":" + json_number(web.state->industry_average) +
            ",\"network\":" + json_number(web.state->network_average) + "}";
    {
        const core::Plan& plan = e.plan;
        json += ",\"plan\":{\"target\":" + std::to_string(plan.target) + ",\"reachable\":" + (plan.reachable ? "true" : "false") +
                ",\"exact\":" + (plan.exact ? "true" : "false") +
                ",\"reached_total\":" + std::to_string(core::displayed_total(plan.reached_total)) +
                ",\"minutes_per_week\":" + std::to_string(plan.minutes_per_week) + ",\"minutes_once\":" + std::to_string(plan.minutes_once) +
                ",\"steps\":[";
        for (std::size_t n = 0; n < plan.steps.size(); ++n) {
            const core::PlanStep& step = plan.steps[n];
            json += std::string(n ? "," : "") + "{\"id\":\"" + std::string(core::catalog[step.metric].id) + "\",\"from\":" + json_number(step.from) +
                    ",\"to\":" + json_number(step.to) + ",\"gain\":" + json_number(step.gain) + ",\"minutes\":" + std::to_string(step.minutes) +
                    ",\"cadence\":\"" + (core::catalog[step.metric].effort.cadence == core::Cadence::weekly ? "weekly" : "once") + "\"}";
        }
        json += "]}";
    }
    json += ",\"paste\":" + (web.state->last_paste ? json_string(app::paste_summary(web.state->last_paste->page, web.state->language)) : std::string("null"));
    json += ",\"notices\":[";
    for (std::size_t n = 0; n < web.state->notices.size(); ++n) json += (n ? "," : "") + json_string(web.state->notices[n]);
    json += "],\"import_report\":[";
    for (std::size_t n = 0; n < web.state->import_report.size(); ++n) json += (n ? "," : "") + json_string(web.state->import_report[n]);
    json += "],\"scenarios\":[";
    for (std::size_t n = 0; n < web.state->saved.scenarios.size(); ++n) json += (n ? "," : "") + json_string(web.state->saved.scenarios[n].name);
    json += "],\"readings\":" + std::to_string(web.state->saved.history.readings.size());
    json += ",\"storage\":\"";
    constexpr const char* storage_names[] = {"unknown", "saving", "full", "newer", "unavailable"};
    json += storage_names[static_cast<int>(web.state->storage)];
    json += "\"";
    json += ",\"frames\":" + std::to_string(web.frames);
    json += ",\"frame_us\":" + json_number(web.last_frame_us);
    json += ",\"heap_bytes\":" + std::to_string(emscripten_get_heap_size()) + "}";
    return json.c_str();
}

// window.SSI.controls(): where each metric's control is, in CSS pixels.
EMSCRIPTEN_KEEPALIVE const char* ssi_controls_json() {
    using namespace ssi;
    static std::string json;
    json = "[";
    const auto& controls = ui::metric_controls();
    for (std::size_t i = 0; i < core::metric_count; ++i) {
        const ui::ControlRect& r = controls[i];
        if (i) json += ',';
        json += "{\"id\":\"" + std::string(core::catalog[i].id) + "\",\"x\":" + json_number(r.x / web.scale) +
                ",\"y\":" + json_number(r.y / web.scale) + ",\"width\":" + json_number(r.width / web.scale) +
                ",\"height\":" + json_number(r.height / web.scale) + ",\"visible\":" + (r.visible ? "true" : "false") + "}";
    }
    for (const auto& [name, r] : ui::named_buttons())
        json += ",{\"id\":\"button:" + name + "\",\"x\":" + json_number(r.x / web.scale) + ",\"y\":" + json_number(r.y / web.scale) +
                ",\"width\":" + json_number(r.width / web.scale) + ",\"height\":" + json_number(r.height / web.scale) +
                ",\"visible\":" + (r.visible ? "true" : "false") + "}";
    return (json += "]").c_str();
}

// A link opened in this tab (only the hash changed): start again from it; the work it
// replaces is kept as a scenario (app/working.hpp).
EMSCRIPTEN_KEEPALIVE void ssi_apply_link(const char* hash) {
    if (!web.state) return;
    ssi::app::open_link(*web.state, hash, ssi::app::local_now());
    ssi::platform::request_texts(web.state->language);
    web.external_change = true;
    ssi::platform::wake();
}

// At start (from storage.js, which run_web asks): what storage holds under the document's key
// ("" for nothing) and the work kept at the last visit, or unavailable storage. Then the page
// opens from the link or that work. Returns 1 when the document could not be read: the page
// then keeps it under backup_key before anything is written.
EMSCRIPTEN_KEEPALIVE int ssi_open_page(const char* document, const char* working, const char* backup_key, int available) {
    using namespace ssi;
    if (!web.state) return 0;
    // 16 KB: the codec reads 8 KB and reports anything longer as cut.
    std::string hash(16 * 1024, '\0');
    ssi_js_location_hash(hash.data(), static_cast<int>(hash.size()));
    hash.resize(std::strlen(hash.c_str()));
    // The notices are written in the language's texts: bridge.js fetched them before main()
    // for the language it guessed the same way (else English shows until they arrive).
    const app::StoredData stored{available != 0, document, working};
    const core::Language browser = platform::browser_language();
    platform::request_texts(app::opening_language(stored, hash, browser));
    const bool unreadable = app::open_page(*web.state, stored, backup_key, hash, browser, app::local_now());
    web.external_change = true;
    return unreadable ? 1 : 0;
}

// The work in progress to keep (storage.js writes it a moment after each change, and when the
// page is hidden), and how that write went.
EMSCRIPTEN_KEEPALIVE const char* ssi_working_json() {
    static std::string text;
    text = web.state ? ssi::app::write_working(*web.state) : "";
    return text.c_str();
}

EMSCRIPTEN_KEEPALIVE void ssi_working_stored(int stored) {
    if (!web.state) return;
    const auto before = web.state->storage;
    if (before == ssi::app::State::Storage::unavailable || before == ssi::app::State::Storage::newer) return;
    ssi::app::write_finished(*web.state, stored != 0);
    if (web.state->storage != before) ssi::platform::wake();
}

// Another tab wrote the saved document (the storage event): this tab shows its changes.
EMSCRIPTEN_KEEPALIVE void ssi_storage_changed() {
    if (!web.state || !ssi::app::merge_stored(*web.state, ssi::platform::stored_document())) return;
    web.external_change = true;
    ssi::platform::wake();
}

// The content of a file the user picked to import: readings are added, problems reported.
EMSCRIPTEN_KEEPALIVE void ssi_import_text(const char* filename, const char* text) {
    if (!web.state) return;
    ssi::app::import_file(*web.state, filename, text);
    web.external_change = true;
    ssi::platform::wake();
}

// A paste of LinkedIn's SSI page (web/paste.js: the paste event, the paste box, a dropped file,
// SSI.pasteText): applied when it passes its checks, else a notice says why. `text_bytes` is the
// paste's real size when the page cut a paste over the limit. Returns what was read as JSON.
EMSCRIPTEN_KEEPALIVE const char* ssi_paste(const char* text, const char* html, double text_bytes) {
    using namespace ssi;
    static std::string json;
    if (!web.state) return "null";
    const app::PageRead read = app::paste_page(*web.state, text, html, app::local_today(), static_cast<std::size_t>(text_bytes));
    json = app::page_read_json(read, web.state->language);
    web.external_change = true;
    ssi::platform::wake();
    return json.c_str();
}

// The texts of a language ssi.js does not carry, as dist/i18n/<lang>.txt has them.
EMSCRIPTEN_KEEPALIVE void ssi_set_texts(const char* lang, const char* lines) {
    const auto language = ssi::core::parse_language(lang);
    if (!language || ssi::core::load_texts(*language, lines) == 0) return;
    web.document_language.reset();  // the title in the new texts
    web.external_change = true;
    ssi::platform::wake();
}

// The page's text input changed (typing, IME composition, autocorrect, paste, a caret move):
// the edited field takes its text and selection (UTF-8 byte offsets).
EMSCRIPTEN_KEEPALIVE void ssi_text_input(const char* text, int select_start, int select_end) {
    if (!ssi::ui::edit_text(text, select_start, select_end)) return;
    web.text_shown.text = text;  // what the page has; no need to tell it again
    web.text_shown.select_start = select_start;
    web.text_shown.select_end = select_end;
    ssi::platform::wake();
}

// Keys the page's text input does not handle itself: 0 Enter, 1 Escape, 2 Tab, 3 Shift+Tab.
EMSCRIPTEN_KEEPALIVE void ssi_text_key(int which) {
    if (!ImGui::GetCurrentContext() || which < 0 || which > 3) return;
    ImGuiIO& io = ImGui::GetIO();
    const ImGuiKey key = which == 0 ? ImGuiKey_Enter : which == 1 ? ImGuiKey_Escape : ImGuiKey_Tab;
    if (which == 3) io.AddKeyEvent(ImGuiMod_Shift, true);
    io.AddKeyEvent(key, true);
    io.AddKeyEvent(key, false);
    if (which == 3) io.AddKeyEvent(ImGuiMod_Shift, false);
    ssi::platform::wake();
}

// The page's text input lost the focus to something else of the page: the edit ends.
EMSCRIPTEN_KEEPALIVE void ssi_text_stop() {
    ssi::ui::stop_text_editing();
    ssi::platform::wake();
}

// 1 when a text field is drawn under this canvas point (CSS pixels): a tap there focuses the
// page's text input at once, inside the tap, so that phones open their keyboard.
EMSCRIPTEN_KEEPALIVE int ssi_text_field_at(double css_x, double css_y) {
    const float s = web.scale;
    return ssi::ui::text_field_at(static_cast<float>(css_x * s), static_cast<float>(css_y * s)) ? 1 : 0;
}

// Text pasted into the page: what ImGui's Ctrl+V inserts when it handles the key itself.
EMSCRIPTEN_KEEPALIVE void ssi_clipboard_text(const char* text) { web.clipboard = text; }

// 1 while an ImGui text field has the keyboard: a paste then belongs to the field, not the page.
EMSCRIPTEN_KEEPALIVE int ssi_text_editing() {
    return ImGui::GetCurrentContext() && ImGui::GetIO().WantTextInput ? 1 : 0;
}

// The hash that recreates the current state (the page keeps the address bar in step).
EMSCRIPTEN_KEEPALIVE const char* ssi_url_hash() {
    static std::string hash;
    hash = web.state ? ssi::app::encode_url_hash(*web.state) : "";
    return hash.c_str();
}

// The page tells how sharing went: 1 copied, 0 failed (the link is then shown to copy by hand).
EMSCRIPTEN_KEEPALIVE void ssi_share_done(int copied) {
    ssi::ui::share_finished(copied != 0);
    ssi::platform::wake();
    // Wake again when the "copied" label should turn back into "Share".
    emscripten_async_call([](void*) { ssi::platform::wake(); }, nullptr, 2100);
}

// The CSS height the page needs to show everything without scrolling (for ssi:resize).
EMSCRIPTEN_KEEPALIVE double ssi_content_height() {
    return web.scale > 0 ? ssi::ui::content_height() / web.scale : 0;
}

// Host-page origins allowed to send ssi:set, comma-separated (from origins= in the link).
EMSCRIPTEN_KEEPALIVE const char* ssi_allowed_origins() {
    static std::string list;
    list.clear();
    if (!web.state) return "";
    for (const std::string& origin : web.state->allowed_origins) {
        if (!list.empty()) list += ',';
        list += origin;
    }
    return list.c_str();
}

// Something the page could not use (a message from a host page): shown in the notices banner.
EMSCRIPTEN_KEEPALIVE void ssi_add_notice(const char* text) {
    if (!web.state) return;
    // A hostile host could send thousands: keep the banner readable.
    constexpr std::size_t most_notices = 16;
    if (web.state->notices.size() < most_notices) web.state->notices.emplace_back(std::string(text).substr(0, 200));
    ssi::platform::wake();
}

// The metrics as the page's accessible mirror needs them, in the current language.
EMSCRIPTEN_KEEPALIVE const char* ssi_metrics_json() {
    using namespace ssi;
    static std::string json;
    json = "[";
    if (!web.state) return "[]";
    const app::State& state = *web.state;
    for (std::size_t i = 0; i < core::metric_count; ++i) {
        const core::Metric& m = core::catalog[i];
        if (i) json += ',';
        const auto& value = state.scenario.values[i];
        json += "{\"id\":\"" + std::string(m.id) + "\",\"label\":" + json_string(ui::metric_text(state, i, "label")) +
                ",\"help\":" + json_string(ui::metric_text(state, i, "help")) +
                ",\"pillar\":" + json_string(ui::tr(state, "pillar." + std::string(core::pillar_id(m.pillar)) + ".name")) +
                ",\"checkbox\":" + (m.curve.kind == core::CurveKind::checkbox ? "true" : "false") +
                ",\"min\":" + json_number(m.min) + ",\"max\":" + json_number(m.max) + ",\"step\":" + json_number(m.step) +
                ",\"value\":" + json_number(value ? *value : state.remembered[i]) +
                ",\"known\":" + (value ? "true" : "false") +
                ",\"text\":" + json_string(value ? ui::format_value(state, i, *value) : ui::tr(state, "ui.unknown")) + "}";
    }
    return (json += "]").c_str();
}

// A text of the table in the current language (for the page's own messages).
EMSCRIPTEN_KEEPALIVE const char* ssi_text(const char* key) {
    return web.state ? ssi::ui::tr(*web.state, key) : key;
}

// One sentence for screen readers: the total and the pillars, in the current language.
EMSCRIPTEN_KEEPALIVE const char* ssi_summary_text() {
    using namespace ssi;
    static std::string text;
    if (!web.state) return "";
    const app::State& state = *web.state;
    const app::Evaluation e = app::evaluate(state, &web.plans);  // the plan the frames already made
    text = std::string(ui::tr(state, "ui.ssi")) + " " + std::to_string(core::displayed_total(e.shown_total()));
    for (std::size_t p = 0; p < core::pillar_count; ++p)
        text += std::string(p ? ", " : ": ") + ui::tr(state, "ui.short." + std::string(core::pillar_id(core::all_pillars[p]))) +
                " " + core::format_pillar(e.shown_pillar(p));
    return text.c_str();
}

// window.SSI.setInputs(): one metric at a time, as a user would set it. Returns 0 when applied
// as given, 1 when clamped into range, 2 when the value is not a number (nothing changes),
// -1 for an unknown metric id. `known` 0 marks the metric unknown.
EMSCRIPTEN_KEEPALIVE int ssi_set_input(const char* id, double value, int known) {
    using namespace ssi;
    const auto metric = core::find_metric(id);
    if (!metric) return -1;
    if (!web.state) return -2;
    int status = 0;
    if (!known) {
        app::set_unknown(*web.state, *metric, true);
    } else {
        if (std::isnan(value)) return 2;
        app::set_unknown(*web.state, *metric, false);
        status = app::set_input(*web.state, *metric, value) == core::InputProblem::none ? 0 : 1;
    }
    web.external_change = true;
    ssi::platform::wake();
    return status;
}

}  // extern "C"

// ImFontAtlas::Build() falls back to ImGui's built-in ProggyClean font when no font was added,
// which links its 12 KB of data into every program. We always add Roboto first (ui/theme.cpp),
// so the web link wraps AddFontDefault (-Wl,--wrap, src/CMakeLists.txt) to this, which never
// runs, and the linker drops the built-in font: 11 KB less to download, gzipped.
extern "C" ImFont* __wrap__ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig(ImFontAtlas*, const ImFontConfig*) {
    std::fputs("ImGui asked for its built-in font: the UI font was not added\n", stderr);
    std::abort();
}

// ImGui's OpenGL backend reads back the scissor box and the blend state every frame, to restore
// them after drawing. In Chrome each of those 7 reads is a synchronous round trip to the GPU
// process (0.3-0.7 ms each in headless Chromium: half of a frame's CPU time). Only ImGui draws
// on this context, and the frame's one other call, glClear, runs with the scissor test off, so
// the web link wraps glGetIntegerv (-Wl,--wrap, src/CMakeLists.txt) to answer those with the
// values ImGui sets; everything else still asks WebGL.
extern "C" void __real_glGetIntegerv(GLenum name, GLint* values);
extern "C" void __wrap_glGetIntegerv(GLenum name, GLint* values) {
    switch (name) {
        case GL_SCISSOR_BOX:
            values[0] = 0;
            values[1] = 0;
            values[2] = ssi::platform::web.width;
            values[3] = ssi::platform::web.height;
            return;
        case GL_BLEND_SRC_RGB: *values = GL_SRC_ALPHA; return;
        case GL_BLEND_DST_RGB: *values = GL_ONE_MINUS_SRC_ALPHA; return;
        case GL_BLEND_SRC_ALPHA: *values = GL_ONE; return;
        case GL_BLEND_DST_ALPHA: *values = GL_ONE_MINUS_SRC_ALPHA; return;
        case GL_BLEND_EQUATION_RGB:
        case GL_BLEND_EQUATION_ALPHA: *values = GL_FUNC_ADD; return;
        default: __real_glGetIntegerv(name, values);
    }
}
