// The functions the page's JavaScript calls (web/bridge.js and the other scripts): each one
// line or a few, handing over to app:: intents and the platform.
#include <emscripten.h>
#include <emscripten/heap.h>

#include <cmath>
#include <cstring>
#include <string>

#include "app/json.hpp"
#include "app/page_api.hpp"
#include "app/paste.hpp"
#include "app/storage.hpp"
#include "app/url_state.hpp"
#include "app/working.hpp"
#include "core/catalog.hpp"
#include "imgui.h"
#include "platform/web_platform.hpp"

using ssi::platform::web;

extern "C" void ssi_js_location_hash(char* buffer, int size);

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
    static std::string json;
    if (!web.state) return "null";  // main() has not run yet
    json =
        ssi::app::state_json(*web.state, ssi::platform::evaluation(),
                             {web.frames, web.last_frame_us, web.last_frame_times.widgets_us, web.last_frame_times.evaluation_us,
                              web.last_frame_times.draw_lists_us, web.last_gl_us, emscripten_get_heap_size()});
    return json.c_str();
}

// window.SSI.controls(): where each metric's control and each named button is, in CSS pixels.
EMSCRIPTEN_KEEPALIVE const char* ssi_controls_json() {
    using namespace ssi;
    static std::string json;
    const auto control = [](std::string_view id, const ui::ControlRect& r) {
        const auto css = [](float pixels) { return app::json::format_number(pixels / web.scale); };
        return "{\"id\":\"" + std::string(id) + "\",\"x\":" + css(r.x) + ",\"y\":" + css(r.y) + ",\"width\":" + css(r.width) +
               ",\"height\":" + css(r.height) + ",\"visible\":" + (r.visible ? "true" : "false") + "}";
    };
    json = "[";
    for (std::size_t i = 0; i < core::metric_count; ++i)
        json += (i ? "," : "") + control(core::catalog[i].id, web.view.controls[i]);
    for (const auto& [name, r] : web.view.buttons) json += "," + control("button:" + name, r);
    return (json += "]").c_str();
}

// A link opened in this tab (only the hash changed): start again from it; the work it
// replaces is kept as a scenario (app/working.hpp).
EMSCRIPTEN_KEEPALIVE void ssi_apply_link(const char* hash) {
    if (!web.state) return;
    ssi::app::open_link(*web.state, hash, ssi::app::local_now());
    ssi::platform::request_texts(web.state->language);
    ssi::platform::changed_from_page();
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
    const app::Language browser = platform::browser_language();
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
    ssi::platform::changed_from_page();
}

// The content of a file the user picked to import: readings are added, problems reported.
EMSCRIPTEN_KEEPALIVE void ssi_import_text(const char* filename, const char* text) {
    if (!web.state) return;
    ssi::app::import_file(*web.state, filename, text);
    ssi::platform::changed_from_page();
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
    ssi::platform::changed_from_page();
    return json.c_str();
}

// The texts of a language ssi.js does not carry, as dist/i18n/<lang>.txt has them.
EMSCRIPTEN_KEEPALIVE void ssi_set_texts(const char* lang, const char* lines) {
    const auto language = ssi::app::parse_language(lang);
    if (!language || ssi::app::load_texts(*language, lines) == 0) return;
    web.document_language.reset();  // the title in the new texts
    ssi::platform::changed_from_page();
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
    return ssi::ui::text_field_at(web.view, static_cast<float>(css_x * s), static_cast<float>(css_y * s)) ? 1 : 0;
}

// Text pasted into the page: what ImGui's Ctrl+V inserts when it handles the key itself.
EMSCRIPTEN_KEEPALIVE void ssi_clipboard_text(const char* text) { web.clipboard = text; }

// The score card to draw (web/card.js), as ui/score_card.cpp describes it.
EMSCRIPTEN_KEEPALIVE const char* ssi_score_card_json() {
    static std::string json;
    json = web.state ? ssi::ui::score_card_json(*web.state, ssi::platform::rested_evaluation(), ssi::app::local_today()) : "null";
    return json.c_str();
}

// The printed report (web/report.js), as ui/take_away.cpp describes it.
EMSCRIPTEN_KEEPALIVE const char* ssi_report_json() {
    static std::string json;
    json = web.state ? ssi::ui::report_json(*web.state, ssi::platform::rested_evaluation(), ssi::app::local_today()) : "null";
    return json.c_str();
}

// 1 while an ImGui text field has the keyboard: a paste then belongs to the field, not the page.
EMSCRIPTEN_KEEPALIVE int ssi_text_editing() { return ImGui::GetCurrentContext() && ImGui::GetIO().WantTextInput ? 1 : 0; }

// The hash that recreates the current state (the page keeps the address bar in step).
EMSCRIPTEN_KEEPALIVE const char* ssi_url_hash() {
    static std::string hash;
    hash = web.state ? ssi::app::encode_url_hash(*web.state) : "";
    return hash.c_str();
}

// The page tells how sharing went: 1 copied, 0 failed (the link is then shown to copy by hand).
EMSCRIPTEN_KEEPALIVE void ssi_share_done(int copied) {
    ssi::ui::share_finished(web.view, copied != 0);
    ssi::platform::wake();
    // Wake again when the "copied" label should turn back into "Share".
    emscripten_async_call([](void*) { ssi::platform::wake(); }, nullptr, 2100);
}

// The CSS height the page needs to show everything without scrolling (for ssi:resize).
EMSCRIPTEN_KEEPALIVE double ssi_content_height() { return web.scale > 0 ? web.view.content_height / web.scale : 0; }

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
    static std::string json;
    json = web.state ? ssi::app::metrics_json(*web.state) : "[]";
    return json.c_str();
}

// A text of the table in the current language (for the page's own messages).
EMSCRIPTEN_KEEPALIVE const char* ssi_text(const char* key) { return web.state ? ssi::ui::tr_lookup(*web.state, key) : key; }

// One sentence for screen readers: the total and the pillars, in the current language.
EMSCRIPTEN_KEEPALIVE const char* ssi_summary_text() {
    static std::string text;
    text = web.state ? ssi::app::summary_text(*web.state, ssi::platform::evaluation()) : "";
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
    ssi::platform::changed_from_page();
    return status;
}

}  // extern "C"
