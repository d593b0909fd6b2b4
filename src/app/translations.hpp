// Every text the product shows, looked up by key. The texts are data: assets/i18n/<language>.json,
// turned into tables by src/tools/texts.py at build time (see README, "Texts and languages").
// Keys: metric.<id>.label|help|tip, advice.<key>, pillar.<id>.name|about, unit.<unit>, ui.<...>,
// url.<reason>, and import.*, date.* and saved.* for the problems of app/problems.hpp.
#pragma once

#include <array>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace ssi::app {

// The languages, in the order of the list in CMakeLists.txt (the first is the fallback).
enum class Language {
#define SSI_LANGUAGE(id, plural_rule) id,
#include "texts_languages.inc"
#undef SSI_LANGUAGE
};
inline constexpr std::array all_languages{
#define SSI_LANGUAGE(id, plural_rule) Language::id,
#include "texts_languages.inc"
#undef SSI_LANGUAGE
};
inline constexpr Language fallback_language = all_languages[0];

std::string_view language_id(Language language);              // "en", "fr", "es"
std::optional<Language> parse_language(std::string_view id);  // accepts "fr", "fr-CA", "ES"...

struct Translation {
    std::string_view key;  // a text with plural forms has two: "key#one" and "key#other"
    std::array<std::string_view, all_languages.size()> texts;
};

// The whole table, for tests and tools.
std::span<const Translation> translations();

// Every key, sorted: a key's position here is its text's position in the tables (texts.py
// writes both from the same list).
inline constexpr std::string_view text_keys[] = {
#include "texts_keys.inc"
};
void unknown_text_key();  // never defined: a TextKey no language has is a compile error

// A key written in the code, looked up by the compiler: a frame shows hundreds of texts, and
// each is then an array read, not a search. A key no language has does not compile.
class TextKey {
public:
    consteval TextKey(const char* key) : index_(index_of(key)) {}  // NOLINT: converts literals
    constexpr std::size_t index() const { return index_; }

private:
    static consteval std::size_t index_of(std::string_view key) {
        std::size_t low = 0;
        std::size_t high = std::size(text_keys);
        while (low < high) {
            const std::size_t middle = (low + high) / 2;
            if (text_keys[middle] < key)
                low = middle + 1;
            else
                high = middle;
        }
        if (low == std::size(text_keys) || text_keys[low] != key) unknown_text_key();
        return low;
    }
    std::size_t index_;
};

// The text for key in language; the first language's text if that language lacks it; the key
// itself if the key is unknown (visible, never a crash). Null-terminated.
std::string_view text(Language language, TextKey key);
std::string_view text_lookup(Language language, std::string_view key);  // a key made at run time
// The position of a key made at run time, or std::size(text_keys) when no language has it, and
// the text at a position: for the views' tables of keys made once.
std::size_t text_index(std::string_view key);
std::string_view text_at(Language language, std::size_t index);

// Texts of a language that a build leaves out (the served page's ssi.js carries the first
// language only): load_texts() takes them as texts.py writes them, one "key<TAB>text" line per
// text, and returns how many it took. texts_loaded() is true for every language a build carries.
bool texts_loaded(Language language);
std::size_t load_texts(Language language, std::string_view lines);

// The text with its {name} placeholders filled in: format_text(fr, "ui.paste_read", {{"total", "53"}}).
// In one pass: a value that holds "{name}" (a user's text) is left as it is.
using TextValue = std::pair<std::string_view, std::string>;
using TextValues = std::initializer_list<TextValue>;
std::string format_text(Language language, std::string_view key, TextValues values);

// A text with plural forms, the form chosen by count under the language's rule, {count} filled
// in with count and the other placeholders with values: "1 problem", "2 problems".
std::string format_count(Language language, std::string_view key, long long count, TextValues values = {});

// The same with values known only at run time (app/problems.hpp).
std::string format_text(Language language, std::string_view key, std::span<const TextValue> values);
std::string format_count(Language language, std::string_view key, long long count, std::span<const TextValue> values);

}  // namespace ssi::app
