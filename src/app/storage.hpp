// The saved document between this tab and the browser's storage, which other tabs and
// same-origin embeds of the calculator write too. The platform only moves text: it reads what
// storage holds, hands it here, and writes what comes back (web/storage.js: a new key, then the
// pointer switches to it, so a write is whole or not at all).
//
//   at start      open_storage: what storage holds becomes the saved document
//   on a change   document_to_write: what storage holds now, merged with this tab's (both are
//                 kept, saved.hpp's merge_documents), is written; then write_finished
//   another tab   merge_stored: its write merged into this tab's, shown at once; written back
//   wrote         when this tab had something the other did not
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "app/state.hpp"

namespace ssi::app {

// What storage held at start. `available` false: storage is blocked (a sandboxed iframe, some
// private windows): the calculator works without it.
struct StoredData {
    bool available = true;
    std::string document;  // "" on a first visit
    std::string working;   // the work in progress kept at the last visit (working.hpp), or ""
};

// Returns true when the stored text could not be read: the platform then keeps it aside under
// state.backup_key (set here) before anything is written, and the user can download it.
bool open_storage(State& state, const StoredData& stored, std::string_view backup_key);

// The document to write now, merged with `stored` (what storage holds at this moment); the
// state takes the merge. nullopt when nothing may be written: storage holds a document of a
// newer version (a tab opened after an update), which this version must not overwrite.
std::optional<std::string> document_to_write(State& state, std::string_view stored);
// How the write went: refused (storage full), the state says so until a write succeeds.
void write_finished(State& state, bool stored);

// Another tab wrote `stored`: true when this tab's saved data changed. When this tab holds
// changes the other did not have, the revision moves so that the platform writes the merge.
bool merge_stored(State& state, std::string_view stored);

}  // namespace ssi::app
