// Pasting LinkedIn's page as one intent: a good page turns calibration on, sets the averages and
// saves today's reading, and Undo puts every one of them back; a refused page changes nothing
// but the notices, which say why in the user's language.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "app/json.hpp"
#include "app/paste.hpp"

namespace {

using namespace ssi::app;

std::string page(const std::string& name) {
    std::ifstream file(std::string(SSI_TEST_DATA_DIR) + "/ssi_pages/" + name, std::ios::binary);
    REQUIRE(file.good());
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

constexpr Date today{2026, 12, 2};

// What a paste may change, to compare before and after.
struct Kept {
    std::optional<std::array<double, 4>> actual;
    double industry;
    double network;
    std::vector<Scenario> scenarios;
    History history;  // the change times differ: Undo is a change too, which other tabs must hear of
    bool operator==(const Kept&) const = default;
};
Kept kept(const State& s) {
    return {s.actual_pillars, s.industry_average, s.network_average, s.saved.scenarios, s.saved.history};
}

}  // namespace

TEST_CASE("a pasted page turns calibration on, sets the averages and saves today's reading") {
    State state;
    state.saved.history.readings.push_back(make_reading({2026, 11, 25}, {10, 5, 3, 8}));
    const int revision = state.saved_revision;
    const PageRead read = paste_page(state, page("en_full_pipe.txt"), "", today);
    REQUIRE(read.page);
    REQUIRE(state.actual_pillars);
    CHECK(*state.actual_pillars == std::array<double, 4>{14.306, 5.82, 3.4, 9.125});
    CHECK(state.industry_average == 31);
    CHECK(state.network_average == 33);
    REQUIRE(state.saved.history.readings.size() == 2);
    CHECK(state.saved.history.readings.back() == make_reading(today, {14.306, 5.82, 3.4, 9.125}));
    CHECK(state.saved_revision > revision);
    REQUIRE(state.last_paste);
    const std::string summary = paste_summary(state.last_paste->page, ssi::app::Language::en);
    CHECK(summary.find("SSI 33") != std::string::npos);
    CHECK(summary.find("top 44%") != std::string::npos);
    CHECK(summary.find("+3 since last week") != std::string::npos);
    CHECK(state.notices.empty());
    // The calculator now shows the real score.
    const Evaluation e = evaluate(state);
    CHECK(ssi::core::displayed_total(e.shown_total()) == 33);
}

TEST_CASE("Undo puts back everything a paste changed, including a reading it replaced") {
    State state;
    state.actual_pillars = std::array<double, 4>{1, 2, 3, 4};
    state.industry_average = 40;
    add_reading(state.saved.history, make_reading(today, {20, 20, 20, 20}));
    const Kept before = kept(state);
    REQUIRE(paste_page(state, page("es_full_pipe.txt"), "", today).page);
    CHECK(kept(state) != before);
    CHECK(state.saved.history.readings.size() == 1);  // today's reading replaced
    // A second paste the same day, then Undo: back to before both.
    REQUIRE(paste_page(state, page("es_html.html").substr(0, 0), page("es_html.html"), today).page);
    const int revision = state.saved_revision;
    CHECK(undo_paste(state));
    CHECK(kept(state) == before);
    CHECK(state.saved_revision > revision);  // the restored history is written again
    CHECK(!state.last_paste);
    CHECK(!undo_paste(state));

    // Without a reading that day, Undo removes the paste's.
    State fresh;
    const Kept empty = kept(fresh);
    REQUIRE(paste_page(fresh, page("pt_full_pipe.txt"), "", today).page);
    CHECK(fresh.saved.history.readings.size() == 1);
    CHECK(undo_paste(fresh));
    CHECK(kept(fresh) == empty);
}

TEST_CASE("a refused paste changes nothing and says why in the user's language") {
    for (const char* name : {"neg_total_mismatch.txt", "neg_pillar_26.txt", "neg_two_pages.txt", "neg_german.txt",
                             "neg_empty.txt", "neg_missing_pillar.txt", "neg_rank_top_0.txt", "neg_average_140.txt"}) {
        INFO(name);
        for (ssi::app::Language language : ssi::app::all_languages) {
            State state;
            state.language = language;
            add_reading(state.saved.history, make_reading({2026, 11, 30}, {12, 6, 3, 2}));
            const Kept before = kept(state);
            const int revision = state.saved_revision;
            const PageRead read = paste_page(state, page(name), "", today);
            CHECK(!read.page);
            CHECK(kept(state) == before);
            CHECK(state.saved_revision == revision);
            CHECK(!state.last_paste);
            REQUIRE(state.notices.size() == 1);
            const std::string& notice = state.notices.front();
            CHECK(notice.find('{') == std::string::npos);
            const char* opening = language == ssi::app::Language::fr   ? "Rien n'a été modifié"
                                  : language == ssi::app::Language::es ? "No se ha cambiado nada"
                                                                       : "Nothing was changed";
            CHECK(notice.starts_with(opening));
        }
    }
    State state;
    paste_page(state, page("neg_total_mismatch.txt"), "", today);
    CHECK(state.notices.front() == "Nothing was changed: the page says 61 but its pillars add up to 52.6.");
    state.notices.clear();
    paste_page(state, std::string(max_paste_bytes + 1, 'x'), "", today);
    CHECK(state.notices.front() == "Nothing was changed: the paste is 2.1 MB; at most 2 MB is read.");
    // Pasting again and again keeps the banner readable.
    for (int n = 0; n < 40; ++n) paste_page(state, "hello", "", today);
    CHECK(state.notices.size() == 16);
}

TEST_CASE("SSI.pasteText's answer is JSON with what was read, or why not") {
    State state;
    const auto good = json::parse_json(page_read_json(read_ssi_page(page("en_full_pipe.txt")), ssi::app::Language::en));
    REQUIRE(good.value);
    CHECK(good.value->get("ok")->boolean);
    CHECK(good.value->get("total")->number == 33);
    CHECK(good.value->get("language")->string == "en");
    CHECK(good.value->get("pillars")->get("relationships")->number == 9.125);
    CHECK(good.value->get("industry")->get("top")->number == 44);
    CHECK(good.value->get("industry")->get("name")->string == "Software Development");
    CHECK(good.value->get("network")->get("pillars")->get("brand")->number == 12.18);
    CHECK(good.value->get("weekly_change")->number == 3);
    const auto bad = json::parse_json(page_read_json(read_ssi_page("hello"), ssi::app::Language::fr));
    REQUIRE(bad.value);
    CHECK(!bad.value->get("ok")->boolean);
    CHECK(bad.value->get("problem")->string == "not_ssi_page");
    CHECK(bad.value->get("message")->string.starts_with("Rien n'a été modifié"));
}
