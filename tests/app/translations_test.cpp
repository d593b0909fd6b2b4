#include <catch2/catch.hpp>

#include <algorithm>
#include <vector>

#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "core/catalog.hpp"
#include "app/translations.hpp"

namespace {

using namespace ssi::core;
using namespace ssi::app;

std::string key_of(std::string_view prefix, std::string_view id, std::string_view suffix = {}) {
    std::string key(prefix);
    key += id;
    key += suffix;
    return key;
}

bool has_key(std::string_view key) {
    for (const Translation& entry : translations())
        if (entry.key == key) return true;
    return false;
}

std::string_view in_language(const Translation& entry, Language language) {
    return entry.texts[static_cast<std::size_t>(language)];
}

// Every text must exist in the table itself, in every language (no silent English fallback).
void require_complete(std::string_view key) {
    INFO("key: " << key);
    REQUIRE(has_key(key));
    for (const Translation& entry : translations()) {
        if (entry.key != key) continue;
        for (Language language : all_languages) {
            INFO("language: " << language_id(language));
            CHECK_FALSE(in_language(entry, language).empty());
            CHECK(text_lookup(language, key) == in_language(entry, language));
        }
    }
}

std::size_t count_of(std::string_view haystack, std::string_view needle) {
    std::size_t count = 0;
    for (std::size_t pos = haystack.find(needle); pos != std::string_view::npos; pos = haystack.find(needle, pos + needle.size()))
        ++count;
    return count;
}

// Decodes UTF-8; returns false on malformed input.
bool decode_utf8(std::string_view s, std::u32string& out) {
    out.clear();
    for (std::size_t i = 0; i < s.size();) {
        const auto byte = static_cast<unsigned char>(s[i]);
        std::size_t length = 0;
        char32_t code = 0;
        if (byte < 0x80) {
            length = 1;
            code = byte;
        } else if ((byte & 0xE0u) == 0xC0u) {
            length = 2;
            code = byte & 0x1Fu;
        } else if ((byte & 0xF0u) == 0xE0u) {
            length = 3;
            code = byte & 0x0Fu;
        } else {
            return false;  // nothing beyond the BMP is expected
        }
        if (i + length > s.size()) return false;
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(s[i + k]);
            if ((next & 0xC0u) != 0x80u) return false;
            code = (code << 6) | (next & 0x3Fu);
        }
        out.push_back(code);
        i += length;
    }
    return true;
}

std::size_t code_points(std::string_view s) {
    std::size_t count = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0u) != 0x80u) ++count;
    return count;
}

// The UI font holds Latin-1 plus a few typographic marks.
bool font_has(char32_t code) {
    if (code >= 0x20 && code <= 0x7E) return true;
    if (code >= 0xA0 && code <= 0xFF) return true;
    switch (code) {
        case U'\u2019':
        case U'\u00AB':
        case U'\u00BB':
        case U'\u2013':
        case U'\u2014':
        case U'\u2026':
            return true;
        default:
            return false;
    }
}

}  // namespace

TEST_CASE("every catalog metric has a label, help and tip in every language", "[translations]") {
    for (const Metric& metric : catalog) {
        require_complete(key_of("metric.", metric.id, ".label"));
        require_complete(key_of("metric.", metric.id, ".help"));
        require_complete(key_of("metric.", metric.id, ".tip"));
    }
}

TEST_CASE("every tip holds the {n} placeholder exactly once", "[translations]") {
    for (const Metric& metric : catalog) {
        const std::string key = key_of("metric.", metric.id, ".tip");
        for (Language language : all_languages) {
            INFO(key << " in " << language_id(language));
            CHECK(count_of(text_lookup(language, key), "{n}") == 1);
        }
    }
}

TEST_CASE("every language uses the placeholders its English text uses", "[translations]") {
    // A translator must not drop or invent a {n}, {origin} or {detail}: the page fills them in.
    auto placeholders = [](std::string_view text) {
        std::vector<std::string_view> found;
        for (std::size_t at = text.find('{'); at != std::string_view::npos; at = text.find('{', at + 1))
            found.push_back(text.substr(at, text.find('}', at) - at + 1));
        std::sort(found.begin(), found.end());
        return found;
    };
    for (const Translation& entry : translations()) {
        const auto english = placeholders(entry.texts[0]);
        for (Language language : all_languages) {
            INFO(entry.key << " in " << language_id(language));
            CHECK(placeholders(in_language(entry, language)) == english);
        }
    }
}

TEST_CASE("every advice key used by the catalog exists in every language", "[translations]") {
    for (const Metric& metric : catalog) {
        INFO("metric: " << metric.id);
        CHECK(metric.advice.starts_with("advice."));
        require_complete(metric.advice);
    }
}

TEST_CASE("every pillar has a name and an about text", "[translations]") {
    for (Pillar pillar : all_pillars) {
        require_complete(key_of("pillar.", pillar_id(pillar), ".name"));
        require_complete(key_of("pillar.", pillar_id(pillar), ".about"));
    }
    CHECK(text(Language::en, "pillar.brand.name") == "Establish your professional brand");
    CHECK(text(Language::fr, "pillar.people.name") == "Trouver les bonnes personnes");
    CHECK(text(Language::es, "pillar.insights.name") == "Interactúa ofreciendo información");
    CHECK(text(Language::fr, "pillar.relationships.name") == "Développer des relations");
}

TEST_CASE("every unit has a suffix", "[translations]") {
    for (Unit unit : {Unit::item, Unit::count, Unit::per_week, Unit::per_month, Unit::per_post, Unit::percent, Unit::hours,
                      Unit::days_per_week})
        require_complete(key_of("unit.", unit_id(unit)));
}

TEST_CASE("no key appears twice, and every entry is complete", "[translations]") {
    std::set<std::string_view> seen;
    for (const Translation& entry : translations()) {
        INFO("key: " << entry.key);
        CHECK(seen.insert(entry.key).second);
        for (Language language : all_languages) CHECK_FALSE(in_language(entry, language).empty());
    }
}

TEST_CASE("metric keys name catalog metrics", "[translations]") {
    for (const Translation& entry : translations()) {
        if (!entry.key.starts_with("metric.")) continue;
        std::string_view rest = entry.key.substr(7);
        const std::size_t dot = rest.find('.');
        REQUIRE(dot != std::string_view::npos);
        INFO("key: " << entry.key);
        CHECK(find_metric(rest.substr(0, dot)).has_value());
        const std::string_view field = rest.substr(dot + 1);
        CHECK((field == "label" || field == "help" || field == "tip"));
    }
}

TEST_CASE("labels are at most 26 characters", "[translations]") {
    CHECK(code_points("Établir") == 7);
    for (const Metric& metric : catalog) {
        const std::string key = key_of("metric.", metric.id, ".label");
        for (Language language : all_languages) {
            INFO(key << " in " << language_id(language) << ": " << text_lookup(language, key));
            CHECK(code_points(text_lookup(language, key)) <= 26);
        }
    }
}

TEST_CASE("texts are valid UTF-8 the UI font can show", "[translations]") {
    std::u32string decoded;
    for (const Translation& entry : translations()) {
        for (Language language : all_languages) {
            const std::string_view value = in_language(entry, language);
            INFO(entry.key << " in " << language_id(language) << ": " << value);
            REQUIRE(decode_utf8(value, decoded));
            for (char32_t code : decoded) {
                INFO("code point U+" << std::hex << static_cast<std::uint32_t>(code));
                CHECK(font_has(code));
            }
        }
    }
}

TEST_CASE("text falls back to the key when the key is unknown", "[translations]") {
    CHECK(text_lookup(Language::en, "no.such.key") == "no.such.key");
    CHECK(text_lookup(Language::fr, "metric.nope.label") == "metric.nope.label");
    CHECK(text_lookup(Language::es, "") == "");
    CHECK(text(Language::fr, "metric.photo.label") == "Photo de profil");
    CHECK(text(Language::es, "unit.per_post") == "/publicación");
}

TEST_CASE("language ids round-trip", "[translations]") {
    for (Language language : all_languages) CHECK(parse_language(language_id(language)) == language);
}

TEST_CASE("parse_language accepts tags with regions, in any case", "[translations]") {
    CHECK(parse_language("fr") == Language::fr);
    CHECK(parse_language("fr-CA") == Language::fr);
    CHECK(parse_language("FR_fr") == Language::fr);
    CHECK(parse_language("es-419") == Language::es);
    CHECK(parse_language("ES") == Language::es);
    CHECK(parse_language("en-GB") == Language::en);
    CHECK(parse_language("En") == Language::en);

    CHECK_FALSE(parse_language("").has_value());
    CHECK_FALSE(parse_language("f").has_value());
    CHECK_FALSE(parse_language("de").has_value());
    CHECK_FALSE(parse_language("de-FR").has_value());
    CHECK_FALSE(parse_language("fra").has_value());
    CHECK_FALSE(parse_language("french").has_value());
    CHECK_FALSE(parse_language("fr-").has_value());
    CHECK_FALSE(parse_language("fr CA").has_value());
    CHECK_FALSE(parse_language("english").has_value());
}

TEST_CASE("plural forms follow each language's rule", "[translations]") {
    CHECK(format_count(Language::en, "ui.import_problems", 1) == "1 problem");
    CHECK(format_count(Language::en, "ui.import_problems", 0) == "0 problems");
    CHECK(format_count(Language::en, "ui.import_problems", 2) == "2 problems");
    // French counts 0 and 1 as singular; Spanish only 1.
    CHECK(format_count(Language::fr, "ui.import_readings", 0) == "0 relevé importé");
    CHECK(format_count(Language::fr, "ui.import_readings", 1) == "1 relevé importé");
    CHECK(format_count(Language::fr, "ui.import_readings", 2) == "2 relevés importés");
    CHECK(format_count(Language::es, "ui.minutes_weekly", 0) == "0 minutos a la semana");
    CHECK(format_count(Language::es, "ui.minutes_weekly", 1) == "1 minuto a la semana");
}
