#include "app/storage.hpp"

#include "app/translations.hpp"

namespace ssi::app {

namespace {

void say(State& state, TextKey key, const std::string& detail = "") {
    state.notices.push_back(std::string(app::text(state.language, key)) + (detail.empty() ? "" : " " + detail));
}

}  // namespace

bool open_storage(State& state, const StoredData& stored, std::string_view backup_key) {
    if (!stored.available) {
        state.storage = State::Storage::unavailable;
        say(state, "ui.storage_blocked");
        return false;
    }
    state.storage = State::Storage::saving;
    if (stored.document.empty()) return false;  // a first visit
    const DocumentLoad load = read_document(stored.document);
    if (!load.document) {
        state.backup_key = backup_key;
        say(state, "ui.storage_unreadable", load.problems.empty() ? "" : describe(load.problems.front(), state.language));
        return true;
    }
    state.saved = *load.document;
    constexpr std::size_t most = 8;
    for (std::size_t i = 0; i < load.problems.size() && i < most; ++i)
        say(state, "ui.storage_problem", describe(load.problems[i], state.language));
    // Written again in the current schema when something was migrated or dropped.
    if (load.schema != document_schema || !load.problems.empty()) ++state.saved_revision;
    return false;
}

std::optional<std::string> document_to_write(State& state, std::string_view stored) {
    if (!stored.empty()) {
        const DocumentLoad load = read_document(stored);
        if (load.document) {
            state.saved = merge_documents(*load.document, state.saved);
        } else if (load.schema > document_schema) {
            if (state.storage != State::Storage::newer) say(state, "ui.storage_newer");
            state.storage = State::Storage::newer;
            return std::nullopt;
        }
        // Anything else unreadable under our key was not the user's data (that was kept aside at
        // start): this tab's whole document replaces it.
    }
    return write_document(state.saved);
}

void write_finished(State& state, bool stored) {
    if (stored) {
        state.storage = State::Storage::saving;
        return;
    }
    if (state.storage != State::Storage::full) say(state, "ui.storage_full");
    state.storage = State::Storage::full;
}

bool merge_stored(State& state, std::string_view stored) {
    if (stored.empty()) return false;
    const DocumentLoad load = read_document(stored);
    if (!load.document) return false;  // a newer version's, or not ours: the next write decides
    SavedDocument merged = merge_documents(*load.document, state.saved);
    if (merged != *load.document) ++state.saved_revision;
    if (merged == state.saved) return false;
    state.saved = std::move(merged);
    return true;
}

}  // namespace ssi::app
