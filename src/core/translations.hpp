// Every text the product shows, in English, French and Spanish, looked up by key.
// Keys: metric.<id>.label|help|tip, advice.<key>, pillar.<id>.name|about, unit.<unit>, ui.<...>.
#pragma once

#include <array>
#include <optional>
#include <initializer_list>
#include <span>
#include <string>
#include <utility>
#include <string_view>

namespace ssi::core {

enum class Language { en, fr, es };
inline constexpr std::array<Language, 3> all_languages{Language::en, Language::fr, Language::es};

std::string_view language_id(Language language);  // "en", "fr", "es"
std::optional<Language> parse_language(std::string_view id);  // accepts "fr", "fr-CA", "ES"...

struct Translation {
    std::string_view key;
    std::string_view en;
    std::string_view fr;
    std::string_view es;
};

// The whole table, for tests and tools.
std::span<const Translation> translations();

// The text for key in language; the English text if that language lacks it; the key itself if
// the key is unknown (visible, never a crash).
std::string_view text(Language language, std::string_view key);

// Texts of a language that a build leaves out (the web page's ssi.js carries English only):
// load_texts() takes them as text_file() writes them, one "key<TAB>text" line per text, and
// returns how many it took. texts_loaded() is true for every language a build carries.
bool texts_loaded(Language language);
std::size_t load_texts(Language language, std::string_view lines);
std::string text_file(Language language);

// The text with its {name} placeholders filled in: format_text(fr, "ui.paste_read", {{"total", "53"}}).
using TextValues = std::initializer_list<std::pair<std::string_view, std::string>>;
std::string format_text(Language language, std::string_view key, TextValues values);

}  // namespace ssi::core
