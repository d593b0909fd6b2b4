// Where the views drew their named buttons and text fields (ui.hpp's ViewState), and the text
// field being edited, for the page's tooling and the platform's real text input. Reaches into
// ImGui's internal text state: ImGui has no public way to replace what an active field holds
// between frames, and InputScalar takes no callback.
#include <algorithm>

#include "imgui.h"
#include "imgui_internal.h"
#include "ui/ui.hpp"

namespace ssi::ui {

namespace {

// ImGui's state of the field being edited, or null.
ImGuiInputTextState* edited_state() {
    if (!ImGui::GetCurrentContext() || !ImGui::GetIO().WantTextInput) return nullptr;
    return ImGui::GetInputTextState(ImGui::GetActiveID());
}

ControlRect last_item_rect() {
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    return {min.x, min.y, max.x - min.x, max.y - min.y, ImGui::IsItemVisible()};
}

}  // namespace

void remember_button(ViewState& view, std::string_view name) {
    const ControlRect rect = last_item_rect();
    for (auto& [known, where] : view.buttons)
        if (known == name) {
            where = rect;
            return;
        }
    view.buttons.emplace_back(std::string(name), rect);
}

void remember_text_field(ViewState& view, std::string_view label, bool numeric) {
    // After InputScalar the item is its group (field and +/- buttons); the group is active
    // while its field is edited, and while a button is held, which has no text state.
    const bool editing = ImGui::IsItemActive() && edited_state() != nullptr;
    view.text_fields.push_back({last_item_rect(), std::string(label), numeric, editing});
}

const TextField* text_field_at(const ViewState& view, float x, float y) {
    for (const TextField& field : view.text_fields) {
        const ControlRect& r = field.rect;
        if (r.visible && x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height) return &field;
    }
    return nullptr;
}

TextEdit text_being_edited(const ViewState& view) {
    const ImGuiInputTextState* state = edited_state();
    const auto& fields = view.text_fields;
    const auto field = std::find_if(fields.begin(), fields.end(), [](const TextField& f) { return f.editing; });
    if (!state || field == fields.end()) return {};
    TextEdit edit;
    edit.field = &*field;
    const ImWchar* text = state->TextW.Data;
    edit.text.resize(static_cast<std::size_t>(state->CurLenW) * 4 + 1);
    edit.text.resize(static_cast<std::size_t>(
        ImTextStrToUtf8(edit.text.data(), static_cast<int>(edit.text.size()), text, text + state->CurLenW)));
    const int start = std::min(state->Stb.select_start, state->Stb.select_end);
    const int end = std::max(state->Stb.select_start, state->Stb.select_end);
    edit.select_start = ImTextCountUtf8BytesFromStr(text, text + (start == end ? state->Stb.cursor : start));
    edit.select_end = ImTextCountUtf8BytesFromStr(text, text + (start == end ? state->Stb.cursor : end));
    return edit;
}

bool edit_text(std::string_view text, int select_start, int select_end) {
    ImGuiInputTextState* state = edited_state();
    if (!state) return false;
    // What the user's buffer holds, and no line breaks in a one-line field.
    std::string kept;
    for (const char c : text)
        if (c != '\n' && c != '\r') kept += c;
    std::size_t size = std::min(kept.size(), static_cast<std::size_t>(std::max(state->BufCapacityA - 1, 0)));
    while (size > 0 && size < kept.size() && (static_cast<unsigned char>(kept[size]) & 0xC0) == 0x80) --size;
    kept.resize(size);
    const char* begin = kept.c_str();
    state->TextW.resize(static_cast<int>(size) + 1);
    state->CurLenW = ImTextStrFromUtf8(state->TextW.Data, state->TextW.Size, begin, begin + size);
    state->CurLenA = ImTextCountUtf8BytesFromStr(state->TextW.Data, state->TextW.Data + state->CurLenW);
    auto chars = [&](int bytes) {
        return ImTextCountCharsFromUtf8(begin,
                                        begin + std::clamp<std::size_t>(static_cast<std::size_t>(std::max(bytes, 0)), 0, size));
    };
    state->Stb.select_start = chars(select_start);
    state->Stb.select_end = chars(std::max(select_start, select_end));
    state->Stb.cursor = state->Stb.select_end;
    state->Stb.has_preferred_x = 0;
    // The browser's field keeps the undo history; ImGui's would point into text it never saw.
    state->Stb.undostate.undo_point = 0;
    state->Stb.undostate.undo_char_point = 0;
    state->Stb.undostate.redo_point = IMSTB_TEXTEDIT_UNDOSTATECOUNT;
    state->Stb.undostate.redo_char_point = IMSTB_TEXTEDIT_UNDOCHARCOUNT;
    state->CursorClamp();
    state->CursorFollow = true;
    return true;
}

void stop_text_editing() {
    if (edited_state()) ImGui::ClearActiveID();
}

}  // namespace ssi::ui
