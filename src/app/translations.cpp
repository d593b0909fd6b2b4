// The text tables and their lookup. The tables are written by src/tools/texts.py from
// assets/i18n at build time, sorted by key; the build checks them (missing and unused keys,
// placeholders that differ between languages) before this file compiles.
#include "app/translations.hpp"

#include <algorithm>
#include <iterator>
#include <vector>

#include "app/characters.hpp"

namespace ssi::app {

namespace {

// The served page's ssi.js is built with SSI_FIRST_LANGUAGE_ONLY: it carries the first
// language's texts, and the others arrive as text files (dist/i18n/<language>.txt) through
// load_texts(), so a first visit downloads one language.
constexpr Translation table[] = {
#ifdef SSI_FIRST_LANGUAGE_ONLY
#include "texts_first_only.inc"
#else
#include "texts_table.inc"
#endif
};
constexpr std::size_t table_size = std::size(table);

constexpr bool sorted_and_complete() {
    for (std::size_t i = 0; i < table_size; ++i) {
        if (table[i].key.empty() || table[i].texts[0].empty()) return false;
        if (i > 0 && !(table[i - 1].key < table[i].key)) return false;
    }
    return true;
}
static_assert(sorted_and_complete(), "texts.py writes the keys sorted, unique, each with a first-language text");
constexpr bool same_keys() {
    if (table_size != std::size(text_keys)) return false;
    for (std::size_t i = 0; i < table_size; ++i)
        if (table[i].key != text_keys[i]) return false;
    return true;
}
static_assert(same_keys(), "TextKey's positions are the table's");

enum class PluralRule { one_is_1, one_is_0_or_1 };
constexpr std::array plural_rules{
#define SSI_LANGUAGE(id, plural_rule) PluralRule::plural_rule,
#include "texts_languages.inc"
#undef SSI_LANGUAGE
};
constexpr std::array<std::string_view, all_languages.size()> language_ids{
#define SSI_LANGUAGE(id, plural_rule) #id,
#include "texts_languages.inc"
#undef SSI_LANGUAGE
};

constexpr std::size_t position(Language language) { return static_cast<std::size_t>(language); }

#ifdef SSI_FIRST_LANGUAGE_ONLY
// The other languages' texts as load_texts() received them, by table position.
std::array<std::vector<std::string>, all_languages.size()> loaded;
#endif

std::string_view in_language(std::size_t index, Language language) {
#ifdef SSI_FIRST_LANGUAGE_ONLY
    const auto& texts = loaded[position(language)];
    if (language != fallback_language && !texts.empty() && !texts[index].empty()) return texts[index];
#endif
    return table[index].texts[position(language)];
}

std::size_t find_key(std::string_view key) {
    const auto it = std::lower_bound(std::begin(table), std::end(table), key,
                                     [](const Translation& entry, std::string_view k) { return entry.key < k; });
    return it == std::end(table) || it->key != key ? table_size : static_cast<std::size_t>(it - std::begin(table));
}

// The text with each {name} of values replaced by its value; other braces kept as they are.
std::string fill(std::string_view text, std::span<const TextValue> values) {
    std::string out;
    std::size_t at = 0;
    for (std::size_t open = text.find('{'); open != std::string_view::npos; open = text.find('{', at)) {
        const std::size_t close = text.find('}', open);
        if (close == std::string_view::npos) break;
        const std::string_view name = text.substr(open + 1, close - open - 1);
        const auto value = std::find_if(values.begin(), values.end(), [&](const TextValue& v) { return v.first == name; });
        out += text.substr(at, open - at);
        if (value == values.end()) {
            out += '{';
            at = open + 1;
        } else {
            out += value->second;
            at = close + 1;
        }
    }
    out += text.substr(at);
    return out;
}

}  // namespace

std::string_view language_id(Language language) { return language_ids[position(language)]; }

std::optional<Language> parse_language(std::string_view id) {
    // A two-letter primary tag, alone or followed by '-' or '_' and a non-empty region.
    if (id.size() < 2) return std::nullopt;
    if (id.size() > 2 && (id.size() == 3 || (id[2] != '-' && id[2] != '_'))) return std::nullopt;
    const char primary[2] = {ascii_lower(id[0]), ascii_lower(id[1])};
    const std::string_view tag(primary, 2);
    for (Language language : all_languages)
        if (language_id(language) == tag) return language;
    return std::nullopt;
}

std::span<const Translation> translations() { return table; }

std::string_view text_at(Language language, std::size_t index) {
    const std::string_view found = in_language(index, language);
    return found.empty() ? table[index].texts[0] : found;
}

std::string_view text(Language language, TextKey key) { return text_at(language, key.index()); }

std::string_view text_lookup(Language language, std::string_view key) {
    const std::size_t index = find_key(key);
    return index == table_size ? key : text_at(language, index);
}

std::size_t text_index(std::string_view key) { return find_key(key); }

bool texts_loaded(Language language) {
#ifdef SSI_FIRST_LANGUAGE_ONLY
    return language == fallback_language || !loaded[position(language)].empty();
#else
    (void)language;
    return true;
#endif
}

std::size_t load_texts(Language language, std::string_view lines) {
    std::size_t count = 0;
    std::vector<std::string> texts(table_size);
    while (!lines.empty()) {
        const std::size_t end = std::min(lines.find('\n'), lines.size());
        const std::string_view line = lines.substr(0, end);
        lines.remove_prefix(std::min(end + 1, lines.size()));
        const std::size_t tab = line.find('\t');
        if (tab == std::string_view::npos) continue;
        const std::size_t index = find_key(line.substr(0, tab));
        if (index == table_size) continue;
        texts[index] = std::string(line.substr(tab + 1));
        ++count;
    }
#ifdef SSI_FIRST_LANGUAGE_ONLY
    if (language != fallback_language && count > 0) loaded[position(language)] = std::move(texts);
#else
    (void)language;  // every text is built in
#endif
    return count;
}

std::string format_text(Language language, std::string_view key, TextValues values) {
    return format_text(language, key, std::span(values.begin(), values.size()));
}

std::string format_count(Language language, std::string_view key, long long count, TextValues values) {
    return format_count(language, key, count, std::span(values.begin(), values.size()));
}

std::string format_text(Language language, std::string_view key, std::span<const TextValue> values) {
    return fill(text_lookup(language, key), values);
}

std::string format_count(Language language, std::string_view key, long long count, std::span<const TextValue> values) {
    const bool one = plural_rules[position(language)] == PluralRule::one_is_1 ? count == 1 : (count == 0 || count == 1);
    std::vector<TextValue> all(values.begin(), values.end());
    all.emplace_back("count", std::to_string(count));
    return fill(text_lookup(language, std::string(key) + (one ? "#one" : "#other")), all);
}

}  // namespace ssi::app
