// The work in progress, kept between visits: the scenario, baseline, calibration, averages,
// target, language, theme and accent. A page opened without a link starts from it; a link wins,
// and the work it replaced is saved first as a scenario, so nothing is lost.
//
// The text kept (write_working), small enough to write on every change:
//   {"format":"ssi-calculator-working","schema":1,"link":"#comments=35&actual=20,10,12,15&lang=fr",
//    "baseline":{"photo":1,...}}
// "link" is the state as url_state.hpp encodes it (one codec, one set of checks), "baseline"
// the inputs as saved.hpp writes them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "app/state.hpp"
#include "app/storage.hpp"

namespace ssi::app {

std::string write_working(const State& state);
// The state the text describes (a default state with the text applied), or nullopt when it is
// not a working state of this calculator.
std::optional<State> read_working(std::string_view text);

// The local date and time, for naming the scenario a link's opening saves.
struct LocalTime {
    Date date;
    int hour = 0;
    int minute = 0;
};
LocalTime local_now();

// Opening the page: the saved document from storage (open_storage, storage.hpp), then the link
// `hash` when it holds anything, else the work kept at the last visit (stored.working, the text
// write_working wrote; "" for none). A link that is the kept work's own (the address bar is kept
// in step with the state, so a reload has one) is the work. With another link, the language,
// theme and accent the link does not set stay the user's, and the work in progress is saved
// first as a scenario named with `now`, unless it is the link's own state, a saved scenario's, or
// a new member's untouched defaults (opening the same link ten times makes one scenario at most).
// Notices, in opening_language (which the platform loads the texts of first), say what
// happened. Returns open_storage's answer.
bool open_page(State& state, const StoredData& stored, std::string_view backup_key, std::string_view hash,
               app::Language browser_language, LocalTime now);
// The language the page opens in: the link's lang=, else the kept work's, else the browser's.
app::Language opening_language(const StoredData& stored, std::string_view hash, app::Language browser_language);
// A link opened later in the same tab (only the hash changed): the same, from the current work.
void open_link(State& state, std::string_view hash, LocalTime now);

// The state becomes `from`, keeping what is not the work in progress: the saved document and
// its storage, the notices.
void replace_work(State& state, State from);

}  // namespace ssi::app
