// The paste of LinkedIn's SSI page as one intent: read it (app/ssi_page), and when it passes
// every check, in one step: calibration on with its pillars, the averages it shows, today's
// reading in the history (replacing today's if there is one), and a summary the user can undo.
// A paste that fails changes nothing and leaves a notice saying why, in the user's language.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "app/readings.hpp"
#include "app/ssi_page.hpp"
#include "app/state.hpp"

namespace ssi::app {

// Reads and, when the page passes its checks, applies it. `today` is the user's local date.
// `pasted_bytes`, when larger than the text, is the size of a paste the caller did not copy in
// whole (pastes over max_paste_bytes are refused without being read).
PageRead paste_page(State& state, std::string_view text, std::string_view html, Date today, std::size_t pasted_bytes = 0);

// Puts back what the last paste changed (calibration, averages, today's reading). False when
// there is nothing to undo.
bool undo_paste(State& state);
// The summary is dismissed; the paste stays (and can no longer be undone).
void dismiss_paste(State& state);

// "Read from your LinkedIn page: SSI 53 (20.99, 6.4, 10.25, 15). Industry: top 5%, average 34. ..."
std::string paste_summary(const SsiPage& page, app::Language language);
// Why a paste was refused, as one sentence: "Nothing was changed: the page says 61 but ..."
std::string paste_problem(const PageRead& read, app::Language language);

// What SSI.pasteText() answers: {"ok":true,"language":"en","total":53,"pillars":{...},
// "industry":{"top":5,"average":34,"pillars":{...}|null,"name":"..."},"network":{...},
// "weekly_change":2|null,"summary":"..."} or {"ok":false,"problem":"total_mismatch","message":"..."}.
std::string page_read_json(const PageRead& read, app::Language language);

}  // namespace ssi::app
