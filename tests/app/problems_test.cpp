// Problems found reading the user's data (imports, the saved document, typed dates) are put
// into words where they are shown, in the user's language: every kind has its text in every
// language, and what a French or Spanish user reads is French or Spanish.
#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "app/problems.hpp"
#include "app/readings_csv.hpp"
#include "app/readings_json.hpp"
#include "app/saved.hpp"
#include "app/state.hpp"
#include "app/storage.hpp"

namespace {

using namespace ssi::app;

// The table's entries of a key: itself, or its plural forms "key#one" and "key#other".
std::vector<const Translation*> entries_of(std::string_view key) {
    std::vector<const Translation*> found;
    for (const Translation& entry : translations())
        if (entry.key == key || entry.key == std::string(key) + "#one" || entry.key == std::string(key) + "#other")
            found.push_back(&entry);
    return found;
}

std::string only_problem(const ImportResult& result, Language language) {
    REQUIRE(result.problems.size() == 1);
    return describe(result.problems[0].what, language);
}

}  // namespace

TEST_CASE("problems: every kind has its text in every language", "[problems][texts]") {
    std::set<std::string_view> keys;
    for (std::size_t k = 0; k < message_kinds; ++k) {
        const std::string_view key = text_key(static_cast<MessageKind>(k));
        INFO(key);
        CHECK(keys.insert(key).second);
        CHECK((key.starts_with("import.") || key.starts_with("date.") || key.starts_with("saved.")));
        const std::vector<const Translation*> entries = entries_of(key);
        REQUIRE((entries.size() == 1 || entries.size() == 2));
        for (const Translation* entry : entries)
            for (const Language language : all_languages) {
                INFO(language_id(language));
                CHECK_FALSE(entry->texts[static_cast<std::size_t>(language)].empty());
            }
    }
    CHECK(entries_of(text_key(MessageKind::import_header_columns)).size() == 2);  // the one kind counted
}

TEST_CASE("problems: messages read from the outside in, in the language asked for", "[problems]") {
    const Problem no_date{{MessageKind::import_at_line, {{"line", "3"}}}, {MessageKind::import_no_date}};
    CHECK(describe(no_date) == "line 3: no date");
    CHECK(describe(no_date, Language::fr) == "ligne 3\u00a0: pas de date");
    CHECK(describe(no_date, Language::es) == "línea 3: sin fecha");
    // A user's text that looks like a placeholder is shown as written, never filled.
    const ImportResult braces = import_history_csv("date,brand,people,insights,relationships,{line}\n");
    CHECK(only_problem(braces, Language::en) == "line 1: column '{line}' is not known: it is ignored");
}

TEST_CASE("problems: a French or Spanish user reads import problems in their language", "[problems][history]") {
    const ImportResult no_date = import_history_csv("2026-11-21,1,1,1,1\n\n,1,2,3,4\n");
    REQUIRE(no_date.problems.size() == 1);
    CHECK(no_date.problems[0].line == 3);
    CHECK(describe(no_date.problems[0].what, Language::fr) == "ligne 3\u00a0: pas de date");
    CHECK(describe(no_date.problems[0].what, Language::es) == "línea 3: sin fecha");

    const ImportResult no_such_day = import_history_csv("31/02/2026;1;1;1;1\n");
    CHECK(only_problem(no_such_day, Language::fr) == "ligne 1\u00a0: la date «\u00a031/02/2026\u00a0» n'existe pas");
    CHECK(only_problem(no_such_day, Language::es) == "línea 1: la fecha «31/02/2026» no existe");

    const ImportResult short_row = import_history_csv("date,brand,people,insights,relationships\n2026-11-21,1,2\n");
    CHECK(only_problem(short_row, Language::fr) ==
          "ligne 2\u00a0: il faut 5 colonnes comme dans l'en-tête (date, brand, people, insights, relationships), cette ligne en "
          "a 3");
    const ImportResult decimal_commas = import_history_csv("2026-11-21,20,5,12,15,18,1\n");
    CHECK(only_problem(decimal_commas, Language::es) ==
          "línea 1: se esperaban 5 columnas (date, brand, people, insights, relationships), esta línea tiene 7 "
          "(con comas decimales como 12,5, separa las columnas con punto y coma)");

    const ImportResult entry = import_history_json(R"([{"date":"2026-11-03","people":1,"insights":1,"relationships":1}])");
    CHECK(only_problem(entry, Language::es) == "entrada 1 (línea 1): sin valor para brand");
    CHECK(only_problem(entry, Language::fr) == "entrée 1 (ligne 1)\u00a0: pas de valeur pour brand");
}

TEST_CASE("problems: the import report speaks the language of the moment", "[problems][history]") {
    State state;
    import_file(state, "history.csv", "2026-11-21,1,1,1,1\n,1,2,3,4\n");
    REQUIRE(state.import_report);
    CHECK(describe(*state.import_report, Language::en) ==
          std::vector<std::string>{"1 reading imported, 1 problem:", "line 2: no date"});
    CHECK(describe(*state.import_report, Language::fr) ==
          std::vector<std::string>{"1 relevé importé, 1 problème\u00a0:", "ligne 2\u00a0: pas de date"});
}

TEST_CASE("problems: the saved document's problems are told in the user's language", "[problems][saved]") {
    const std::string document = R"({"format":"ssi-calculator","schema":2,
"scenarios":[{"name":"Plan A","inputs":{"comments":1000}}],
"history":[{"date":"2026-11-21","brand":30,"people":1,"insights":1,"relationships":1}]})";
    const DocumentLoad load = read_document(document);
    REQUIRE(load.problems.size() == 2);
    CHECK(describe(load.problems[0], Language::fr) == "scénario «\u00a0Plan A\u00a0»\u00a0: comments 1000 ramené à 300");
    CHECK(describe(load.problems[1], Language::es) ==
          "historial: entrada 1 (línea 3): brand vale 30, pero un pilar va de 0 a 25");

    State state;
    state.language = Language::fr;
    open_storage(state, StoredData{true, document, ""}, "backup");
    REQUIRE(state.notices.size() == 2);
    CHECK(state.notices[1] ==
          "Données enregistrées\u00a0: historique\u00a0: entrée 1 (ligne 3)\u00a0: brand vaut 30, mais un pilier va de 0 à 25");
}
