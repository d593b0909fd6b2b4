#include "app/ssi_page.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include "app/json.hpp"
#include "core/model.hpp"
#include "app/characters.hpp"

namespace ssi::app {

namespace {

// ---- Words of the page, lowercase UTF-8 (the text is lowercased the same way before matching).

struct PillarLabel {
    PageLanguage language;
    std::size_t pillar;
    std::string_view text;
};
constexpr PillarLabel pillar_labels[] = {
    {PageLanguage::en, 0, "establish your professional brand"},
    {PageLanguage::en, 1, "find the right people"},
    {PageLanguage::en, 2, "engage with insights"},
    {PageLanguage::en, 3, "build relationships"},
    {PageLanguage::es, 0, "establece tu marca profesional"},
    {PageLanguage::es, 1, "encuentra a las personas adecuadas"},
    {PageLanguage::es, 2, "interactúa ofreciendo información"},
    {PageLanguage::es, 3, "crea relaciones"},
    {PageLanguage::pt, 0, "estabelecer sua marca profissional"},
    {PageLanguage::pt, 1, "localizar as pessoas certas"},
    {PageLanguage::pt, 2, "interagir oferecendo insights"},
    {PageLanguage::pt, 3, "criar relacionamentos"},
    // French is not confirmed from a real page: the wordings French blogs use.
    {PageLanguage::fr, 0, "établir votre marque professionnelle"},
    {PageLanguage::fr, 0, "construire votre marque professionnelle"},
    {PageLanguage::fr, 1, "trouver les bonnes personnes"},
    {PageLanguage::fr, 2, "échanger des informations"},
    {PageLanguage::fr, 3, "développer des relations"},
    {PageLanguage::fr, 3, "établir des relations"},
};

enum class Group { industry, network };

struct GroupPhrase {
    Group group;
    std::string_view text;
};
constexpr GroupPhrase rank_labels[] = {
    {Group::industry, "industry ssi rank"},
    {Group::network, "network ssi rank"},
    {Group::industry, "clasificación ssi del sector"},
    {Group::network, "clasificación ssi de la red"},
    {Group::industry, "classificação ssi do setor"},
    {Group::network, "classificação ssi da rede"},
    {Group::industry, "classement ssi du secteur"},
    {Group::network, "classement ssi du réseau"},
};
constexpr std::string_view industry_words[] = {"industry", "sector", "setor", "secteur"};
constexpr std::string_view network_words[] = {"network", "red", "rede", "réseau"};
constexpr std::string_view average_phrases[] = {"average ssi of", "ssi medio de", "ssi promedio de", "ssi médio de",
                                                "ssi moyen de"};
constexpr std::string_view total_phrases[] = {"out of 100", "sobre 100", "de 100", "sur 100"};
constexpr std::string_view week_phrases[] = {"since last week", "desde la semana pasada", "na última semana",
                                             "depuis la semaine dernière"};
constexpr std::string_view no_change_words[] = {"no change", "sin cambios", "sem alterações", "sem alteração",
                                                "aucun changement"};
constexpr std::string_view down_words[] = {"down", "baja", "bajó", "caiu", "queda", "baisse"};
// Where the industry's name sits in its average sentence: after `before`, up to `after`.
struct NameFrame {
    std::string_view before;
    std::string_view after;
};
constexpr NameFrame industry_name_frames[] = {
    {"in the ", " industry"}, {"del sector ", " tiene"}, {"do setor ", " t"}, {"du secteur ", " ont"}};

// ---- Text helpers.

bool is_letter_byte(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80; }

std::string_view trim(std::string_view text) {
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    return text;
}

// Lowercase ASCII and the Latin-1 capitals (À..Þ, two bytes in UTF-8): the byte length stays the
// same, so positions in the lowered text are positions in the original.
std::string lowered(std::string_view text) {
    std::string out(text);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto c = static_cast<unsigned char>(out[i]);
        if (c >= 'A' && c <= 'Z') {
            out[i] = static_cast<char>(c + 32);
        } else if (c == 0xC3 && i + 1 < out.size()) {
            const auto next = static_cast<unsigned char>(out[i + 1]);
            if (next >= 0x80 && next <= 0x9E && next != 0x97) out[i + 1] = static_cast<char>(next + 32);
            ++i;
        }
    }
    return out;
}

// Line ends as "\n", the spaces browsers copy (no-break, narrow no-break, thin, figure) as ' ',
// zero-width spaces and the byte order mark removed.
std::string normalised(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const auto at = [&](std::size_t k) { return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0u; };
        if (c == '\r') {
            out += '\n';
            if (at(1) == '\n') ++i;
        } else if (c == 0xC2 && at(1) == 0xA0) {
            out += ' ';
            ++i;
        } else if (c == 0xE2 && at(1) == 0x80 && (at(2) == 0xAF || at(2) == 0x87 || at(2) == 0x89 || at(2) == 0x8A)) {
            out += ' ';
            i += 2;
        } else if ((c == 0xE2 && at(1) == 0x80 && at(2) == 0x8B) || (c == 0xEF && at(1) == 0xBB && at(2) == 0xBF)) {
            i += 2;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

bool contains_word(std::string_view text, std::string_view word) {
    for (std::size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
        const bool starts = at == 0 || !is_letter_byte(static_cast<unsigned char>(text[at - 1]));
        const std::size_t end = at + word.size();
        const bool ends = end >= text.size() || !is_letter_byte(static_cast<unsigned char>(text[end]));
        if (starts && ends) return true;
    }
    return false;
}

template <std::size_t N>
bool contains_any_word(std::string_view text, const std::string_view (&words)[N]) {
    return std::any_of(std::begin(words), std::end(words), [&](std::string_view w) { return contains_word(text, w); });
}

// A decimal as the page writes it: digits with one optional '.' or ',' and more digits, an
// optional sign. Returns the number and how many bytes it took.
struct Number {
    double value = 0;
    std::size_t length = 0;
};
std::optional<Number> number_at(std::string_view text, std::size_t at) {
    std::size_t i = at;
    bool negative = false;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) {
        negative = text[i] == '-';
        ++i;
    } else if (text.substr(i).starts_with("\xE2\x88\x92")) {  // U+2212 minus sign
        negative = true;
        i += 3;
    }
    if (i >= text.size() || !is_digit(text[i])) return std::nullopt;
    double value = 0;
    int digits = 0;
    for (; i < text.size() && is_digit(text[i]); ++i) {
        if (++digits > 12) return std::nullopt;  // not a figure of this page
        value = value * 10 + (text[i] - '0');
    }
    if (i + 1 < text.size() && (text[i] == '.' || text[i] == ',') && is_digit(text[i + 1])) {
        ++i;
        double scale = 0.1;
        int decimals = 0;
        for (; i < text.size() && is_digit(text[i]); ++i, scale /= 10)
            if (++decimals <= 12) value += (text[i] - '0') * scale;
        // Round to the decimals written, so "20.998" is the double nearest 20.998.
        const double factor = std::pow(10.0, std::min(decimals, 12));
        value = std::round(value * factor) / factor;
    }
    return Number{negative ? -value : value, i - at};
}

// The cell is one number and nothing else.
std::optional<double> whole_number(std::string_view text) {
    text = trim(text);
    const auto n = number_at(text, 0);
    if (!n || n->length != text.size()) return std::nullopt;
    return n->value;
}

// The first number in the text from `from` on.
std::optional<double> first_number(std::string_view text, std::size_t from = 0) {
    for (std::size_t i = from; i < text.size(); ++i)
        if (is_digit(text[i])) {
            const std::size_t start = i > from && (text[i - 1] == '-' || text[i - 1] == '+') ? i - 1 : i;
            return number_at(text, start)->value;
        }
    return std::nullopt;
}

// A number followed by '%' (spaces allowed between): "Top 65%", "51 %".
std::optional<double> percent_in(std::string_view text) {
    for (std::size_t pct = text.find('%'); pct != std::string_view::npos; pct = text.find('%', pct + 1)) {
        std::size_t end = pct;
        while (end > 0 && text[end - 1] == ' ') --end;
        std::size_t start = end;
        while (start > 0 && (is_digit(text[start - 1]) || text[start - 1] == '.' || text[start - 1] == ',')) --start;
        if (start == end) continue;
        if (const auto n = number_at(text, start); n && start + n->length == end) return n->value;
    }
    return std::nullopt;
}

// ---- The page as cells: lines split at pipes and tabs, trimmed, blanks dropped.

struct Cell {
    std::string_view text;   // original case
    std::string_view lower;  // lowercased, same length
    int line = 0;
};

std::vector<Cell> cells_of(std::string_view text, std::string_view lower) {
    std::vector<Cell> cells;
    int line = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const bool end = i == text.size() || text[i] == '\n' || text[i] == '|' || text[i] == '\t';
        if (!end) continue;
        std::size_t a = start;
        std::size_t b = i;
        while (a < b && is_space(text[a])) ++a;
        while (b > a && is_space(text[b - 1])) --b;
        if (b > a) cells.push_back({text.substr(a, b - a), lower.substr(a, b - a), line});
        if (i < text.size() && text[i] == '\n') ++line;
        start = i + 1;
    }
    return cells;
}

// ---- Pillars.

struct PillarMention {
    std::size_t cell = 0;
    std::size_t pillar = 0;
    PageLanguage language = PageLanguage::en;
    std::optional<double> value;
    std::optional<std::size_t> value_cell;
};

// A cell that is a pillar's label, alone or with its number ("Build relationships: 15"); prose
// that merely names a pillar is not one.
std::optional<PillarMention> pillar_mention(const Cell& cell, std::size_t index) {
    for (const PillarLabel& label : pillar_labels) {
        const std::size_t at = cell.lower.find(label.text);
        if (at == std::string_view::npos) continue;
        std::string rest = std::string(cell.text.substr(0, at)) + " " + std::string(cell.text.substr(at + label.text.size()));
        std::string_view left = trim(rest);
        while (!left.empty() && (left.front() == ':' || left.front() == '-')) left = trim(left.substr(1));
        while (!left.empty() && (left.back() == ':' || left.back() == '-')) left = trim(left.substr(0, left.size() - 1));
        PillarMention mention{index, label.pillar, label.language, std::nullopt, std::nullopt};
        if (left.empty()) return mention;
        if (const auto n = whole_number(left)) {
            mention.value = n;
            mention.value_cell = index;
            return mention;
        }
    }
    return std::nullopt;
}

using PillarSet = std::array<std::optional<PillarMention>, core::pillar_count>;

// Numbers for the labels of one set: a number in the label's cell or beside it on its line;
// otherwise all of the set's remaining labels take theirs from the same side, the side where
// more of them find one (LinkedIn's copies put the number either before or after the label).
void resolve_values(PillarSet& set, const std::vector<Cell>& cells) {
    auto number_cell = [&](std::size_t index) { return index < cells.size() ? whole_number(cells[index].text) : std::nullopt; };
    for (auto& mention : set) {
        if (!mention || mention->value) continue;
        const std::size_t c = mention->cell;
        for (const std::size_t side : {c - 1, c + 1}) {  // c - 1 wraps for c == 0: out of range
            if (side < cells.size() && cells[side].line == cells[c].line)
                if (const auto n = number_cell(side)) {
                    mention->value = n;
                    mention->value_cell = side;
                    break;
                }
        }
    }
    int before = 0;
    int after = 0;
    for (const auto& mention : set) {
        if (!mention || mention->value) continue;
        before += mention->cell > 0 && number_cell(mention->cell - 1) ? 1 : 0;
        after += number_cell(mention->cell + 1) ? 1 : 0;
    }
    const bool use_before = before > after;
    for (auto& mention : set) {
        if (!mention || mention->value) continue;
        if (use_before && mention->cell == 0) continue;
        const std::size_t side = use_before ? mention->cell - 1 : mention->cell + 1;
        if (const auto n = number_cell(side)) {
            mention->value = n;
            mention->value_cell = side;
        }
    }
}

bool complete(const PillarSet& set) {
    return std::all_of(set.begin(), set.end(), [](const auto& m) { return m && m->value; });
}

std::array<double, core::pillar_count> values_of(const PillarSet& set) {
    std::array<double, core::pillar_count> values{};
    for (std::size_t p = 0; p < core::pillar_count; ++p) values[p] = *set[p]->value;
    return values;
}

std::size_t first_cell(const PillarSet& set) {
    std::size_t first = SIZE_MAX;
    for (const auto& m : set)
        if (m) first = std::min(first, std::min(m->cell, m->value_cell.value_or(m->cell)));
    return first;
}
std::size_t last_cell(const PillarSet& set) {
    std::size_t last = 0;
    for (const auto& m : set)
        if (m) last = std::max(last, std::max(m->cell, m->value_cell.value_or(m->cell)));
    return last;
}

// ---- Ranks.

std::optional<double> percent_at(const std::vector<Cell>& cells, std::size_t i) {
    if (i >= cells.size()) return std::nullopt;
    if (const auto p = percent_in(cells[i].text)) return p;
    // "65" then "%" on the next line.
    if (i + 1 < cells.size() && cells[i + 1].text.starts_with("%"))
        if (const auto n = whole_number(cells[i].text)) return n;
    return std::nullopt;
}

std::optional<Group> rank_label_in(const Cell& cell) {
    for (const GroupPhrase& label : rank_labels)
        if (cell.lower.find(label.text) != std::string_view::npos) return label.group;
    return std::nullopt;
}

// Each rank label takes the percent in its own cell, else the nearest one after it (within three
// cells) or before it (within two), all labels from the side where more of them find one.
void read_ranks(const std::vector<Cell>& cells, std::optional<double>& industry, std::optional<double>& network) {
    struct Mention {
        Group group;
        std::optional<double> own, after, before;
    };
    std::vector<Mention> mentions;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const auto group = rank_label_in(cells[i]);
        if (!group) {
            // "You rank in the top 65% of your industry"
            if (cells[i].lower.find("rank in the top") != std::string_view::npos)
                if (const auto p = percent_in(cells[i].text)) {
                    if (contains_any_word(cells[i].lower, industry_words))
                        mentions.push_back({Group::industry, p, {}, {}});
                    else if (contains_any_word(cells[i].lower, network_words))
                        mentions.push_back({Group::network, p, {}, {}});
                }
            continue;
        }
        Mention m{*group, percent_in(cells[i].text), {}, {}};
        for (std::size_t k = i + 1; k <= i + 3 && k < cells.size() && !rank_label_in(cells[k]); ++k)
            if ((m.after = percent_at(cells, k))) break;
        for (std::size_t k = i; k-- > 0 && k + 2 >= i && !rank_label_in(cells[k]);)
            if ((m.before = percent_at(cells, k))) break;
        mentions.push_back(m);
    }
    int after = 0;
    int before = 0;
    for (const Mention& m : mentions) {
        after += !m.own && m.after ? 1 : 0;
        before += !m.own && m.before ? 1 : 0;
    }
    for (const Mention& m : mentions) {
        const auto value = m.own ? m.own : (before > after ? m.before : m.after);
        std::optional<double>& slot = m.group == Group::industry ? industry : network;
        if (value && !slot) slot = value;
    }
}

// ---- Averages, the industry's name, the weekly change, the total.

void read_averages(const std::vector<Cell>& cells, std::optional<double>& industry, std::optional<double>& network,
                   std::string& industry_name) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
        for (std::string_view phrase : average_phrases) {
            const std::size_t at = cells[i].lower.find(phrase);
            if (at == std::string_view::npos) continue;
            std::optional<double> value = first_number(cells[i].text, at + phrase.size());
            if (!value && i + 1 < cells.size()) value = whole_number(cells[i + 1].text);
            if (!value) continue;
            // The group is named before the phrase, in this cell or the one before.
            const std::string_view said = cells[i].lower.substr(0, at);
            const std::string_view earlier = i > 0 ? cells[i - 1].lower : std::string_view{};
            std::optional<Group> group;
            for (std::string_view text : {said, earlier}) {
                if (contains_any_word(text, industry_words))
                    group = Group::industry;
                else if (contains_any_word(text, network_words))
                    group = Group::network;
                if (group) break;
            }
            if (!group) continue;
            std::optional<double>& slot = *group == Group::industry ? industry : network;
            if (!slot) slot = value;
            if (*group == Group::industry && industry_name.empty())
                for (const NameFrame& frame : industry_name_frames) {
                    const std::size_t start = said.find(frame.before);
                    if (start == std::string_view::npos) continue;
                    const std::size_t from = start + frame.before.size();
                    const std::size_t end = cells[i].lower.find(frame.after, from);
                    if (end != std::string_view::npos && end > from && end - from <= 80)
                        industry_name = std::string(trim(cells[i].text.substr(from, end - from)));
                    if (!industry_name.empty()) break;
                }
            break;
        }
    }
}

std::optional<double> read_weekly_change(const std::vector<Cell>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const bool weekly = std::any_of(std::begin(week_phrases), std::end(week_phrases),
                                        [&](std::string_view p) { return cells[i].lower.find(p) != std::string_view::npos; });
        if (!weekly) continue;
        // "Up 3 since last week"; or "Up" / "3" / "since last week" on short lines of their own.
        std::string said(cells[i].lower);
        if (said.find_first_of("0123456789") == std::string::npos)
            for (std::size_t k = i, taken = 0; k-- > 0 && taken < 2 && cells[k].text.size() <= 12; ++taken)
                said.insert(0, " ").insert(0, cells[k].lower);
        for (std::string_view word : no_change_words)
            if (said.find(word) != std::string::npos) return 0.0;
        std::size_t digit = said.find_first_of("0123456789");
        if (digit == std::string::npos) continue;
        const double amount = number_at(said, digit)->value;
        const bool down = contains_any_word(said, down_words) || said.find("\xE2\x86\x93") != std::string::npos ||
                          (digit > 0 && (said[digit - 1] == '-')) || said.find("\xE2\x88\x92") != std::string::npos;
        return down ? -amount : amount;
    }
    return std::nullopt;
}

// Every "N out of 100" on the page (two different ones: two pages pasted together).
std::vector<int> read_totals(const std::vector<Cell>& cells) {
    std::vector<int> totals;
    for (std::size_t i = 0; i < cells.size(); ++i)
        for (std::string_view phrase : total_phrases) {
            const std::size_t at = cells[i].lower.find(phrase);
            if (at == std::string_view::npos) continue;
            // The number just before the phrase, in this cell or alone in the one before.
            std::optional<double> value;
            const std::string_view before = trim(cells[i].text.substr(0, at));
            if (before.empty()) {
                if (i > 0) value = whole_number(cells[i - 1].text);
            } else {
                std::size_t start = before.size();
                while (start > 0 && is_digit(before[start - 1])) --start;
                if (start < before.size()) value = whole_number(before.substr(start));
            }
            if (value && *value >= 0 && *value <= 100 && *value == std::floor(*value)) totals.push_back(static_cast<int>(*value));
            break;
        }
    return totals;
}

bool same_values(const std::array<double, core::pillar_count>& a, const std::array<double, core::pillar_count>& b) {
    for (std::size_t p = 0; p < core::pillar_count; ++p)
        if (std::abs(a[p] - b[p]) > 1e-9) return false;
    return true;
}

PageRead read_text(std::string_view raw) {
    PageRead read;
    const std::string text = normalised(raw);
    if (trim(text).empty()) {
        read.problem = PageProblem::empty;
        return read;
    }
    const std::string lower = lowered(text);
    const std::vector<Cell> cells = cells_of(text, lower);

    // Pillar labels in page order, grouped into sets: a label seen again starts the next set.
    std::vector<PillarSet> sets;
    PillarSet current{};
    bool any = false;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const auto mention = pillar_mention(cells[i], i);
        if (!mention) continue;
        if (current[mention->pillar]) {
            sets.push_back(current);
            current = {};
        }
        current[mention->pillar] = mention;
        any = true;
    }
    if (!any) {
        read.problem = PageProblem::not_ssi_page;
        return read;
    }
    sets.push_back(current);
    for (PillarSet& set : sets) resolve_values(set, cells);

    const auto member = std::find_if(sets.begin(), sets.end(), complete);
    if (member == sets.end()) {
        // Name the first pillar without a value in the most complete set.
        const auto known = [](const PillarSet& s) {
            return std::count_if(s.begin(), s.end(), [](const auto& m) { return m && m->value; });
        };
        const auto best =
            std::max_element(sets.begin(), sets.end(), [&](const auto& a, const auto& b) { return known(a) < known(b); });
        read.problem = PageProblem::missing_pillar;
        for (std::size_t p = 0; p < core::pillar_count; ++p)
            if (!(*best)[p] || !(*best)[p]->value) {
                read.pillar = p;
                break;
            }
        return read;
    }

    SsiPage page;
    page.language = (*member)[0]->language;
    page.pillars = values_of(*member);

    const std::vector<int> totals = read_totals(cells);
    for (int total : totals)
        if (total != totals.front()) {
            read.problem = PageProblem::two_pages;
            read.total = totals.front();
            read.other_total = total;
            return read;
        }
    if (!totals.empty()) page.total = totals.front();

    for (std::size_t p = 0; p < core::pillar_count; ++p)
        if (!(page.pillars[p] >= 0 && page.pillars[p] <= core::pillar_max)) {
            read.problem = PageProblem::pillar_out_of_range;
            read.pillar = p;
            read.value = page.pillars[p];
            return read;
        }
    double sum = 0;
    for (double p : page.pillars) sum += p;
    if (page.total && core::displayed_total(sum) != *page.total) {
        read.problem = PageProblem::total_mismatch;
        read.total = *page.total;
        read.value = sum;
        return read;
    }

    // The hidden tables: the member's own is skipped; the industry's and the network's are told
    // apart by the last group word between the previous set and this one, else by their order.
    std::size_t previous_end = last_cell(*member);
    bool industry_taken = false;
    bool network_taken = false;
    for (auto set = member + 1; set != sets.end(); ++set) {
        if (!complete(*set)) continue;
        const auto values = values_of(*set);
        const std::size_t start = first_cell(*set);
        std::optional<Group> caption;
        for (std::size_t k = previous_end + 1; k < start && k < cells.size(); ++k) {
            if (contains_any_word(cells[k].lower, industry_words))
                caption = Group::industry;
            else if (contains_any_word(cells[k].lower, network_words))
                caption = Group::network;
        }
        previous_end = last_cell(*set);
        if (same_values(values, page.pillars)) continue;
        Group group = caption.value_or(industry_taken ? Group::network : Group::industry);
        if (group == Group::industry && industry_taken) group = Group::network;
        if (group == Group::network && network_taken) continue;
        (group == Group::industry ? page.industry : page.network).pillars = values;
        (group == Group::industry ? industry_taken : network_taken) = true;
    }

    std::optional<double> industry_top;
    std::optional<double> network_top;
    read_ranks(cells, industry_top, network_top);
    for (const auto& top : {industry_top, network_top})
        if (top && !(*top >= 1 && *top <= 100 && *top == std::floor(*top))) {
            read.problem = PageProblem::rank_out_of_range;
            read.value = *top;
            return read;
        }
    if (industry_top) page.industry.top = static_cast<int>(*industry_top);
    if (network_top) page.network.top = static_cast<int>(*network_top);

    read_averages(cells, page.industry.average, page.network.average, page.industry_name);
    for (const GroupFigures* group : {&page.industry, &page.network}) {
        if (group->average && !(*group->average >= 0 && *group->average <= 100)) {
            read.problem = PageProblem::average_out_of_range;
            read.value = *group->average;
            return read;
        }
        if (group->pillars)
            for (double p : *group->pillars)
                if (!(p >= 0 && p <= core::pillar_max)) {
                    read.problem = PageProblem::average_out_of_range;
                    read.value = p;
                    return read;
                }
    }
    page.weekly_change = read_weekly_change(cells);
    read.page = std::move(page);
    return read;
}

// ---- HTML.

struct Entity {
    std::string_view name;
    std::uint32_t code;
};
constexpr Entity entities[] = {
    {"amp", '&'},      {"lt", '<'},      {"gt", '>'},      {"quot", '"'},    {"apos", '\''},   {"nbsp", 0xA0},
    {"eacute", 0xE9},  {"Eacute", 0xC9}, {"egrave", 0xE8}, {"ecirc", 0xEA},  {"aacute", 0xE1}, {"agrave", 0xE0},
    {"acirc", 0xE2},   {"atilde", 0xE3}, {"iacute", 0xED}, {"oacute", 0xF3}, {"ocirc", 0xF4},  {"otilde", 0xF5},
    {"uacute", 0xFA},  {"ccedil", 0xE7}, {"ntilde", 0xF1}, {"copy", 0xA9},   {"middot", 0xB7}, {"ndash", 0x2013},
    {"mdash", 0x2014}, {"percnt", '%'},  {"vert", '|'},    {"Iacute", 0xCD}, {"Aacute", 0xC1}, {"Oacute", 0xD3},
};

// Decodes the entity at text[i] == '&' into out; returns the bytes it took (1: a plain '&').
std::size_t decode_entity(std::string_view text, std::size_t i, std::string& out) {
    const std::size_t semicolon = text.find(';', i);
    if (semicolon == std::string_view::npos || semicolon - i > 10) {
        out += '&';
        return 1;
    }
    const std::string_view name = text.substr(i + 1, semicolon - i - 1);
    if (name.size() >= 2 && name[0] == '#') {
        std::uint32_t code = 0;
        const bool hex = name[1] == 'x' || name[1] == 'X';
        bool ok = name.size() > (hex ? 2u : 1u);
        for (std::size_t k = hex ? 2 : 1; ok && k < name.size(); ++k) {
            const char c = name[k];
            const int digit = is_digit(c)                   ? c - '0'
                              : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                              : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                            : -1;
            ok = digit >= 0;
            if (ok) code = std::min<std::uint32_t>(code * (hex ? 16u : 10u) + static_cast<std::uint32_t>(digit), 0x110000);
        }
        if (ok) {
            if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) code = 0xFFFD;
            json::append_utf8(out, code);
            return semicolon - i + 1;
        }
    }
    for (const Entity& e : entities)
        if (e.name == name) {
            json::append_utf8(out, e.code);
            return semicolon - i + 1;
        }
    out += '&';
    return 1;
}

constexpr std::string_view block_tags[] = {
    "p",          "div",    "br",      "li",      "ul",      "ol",         "tr",      "table",    "h1",
    "h2",         "h3",     "h4",      "h5",      "h6",      "dt",         "dd",      "dl",       "section",
    "header",     "footer", "article", "main",    "nav",     "aside",      "caption", "label",    "button",
    "figcaption", "tbody",  "thead",   "tfoot",   "form",    "hr",         "title",   "progress", "meter",
    "img",        "svg",    "circle",  "summary", "details", "blockquote", "pre",     "option",   "select"};
constexpr std::string_view skipped_tags[] = {"script", "style", "template", "head", "noscript", "iframe", "object", "svg"};

// The value of attribute `name` in a start tag's text (already lowercased), or empty.
std::string_view attribute(std::string_view tag, std::string_view tag_lower, std::string_view name) {
    for (std::size_t at = tag_lower.find(name); at != std::string_view::npos; at = tag_lower.find(name, at + 1)) {
        if (at == 0 || !is_space(tag_lower[at - 1])) continue;
        std::size_t k = at + name.size();
        while (k < tag.size() && tag[k] == ' ') ++k;
        if (k >= tag.size() || tag[k] != '=') continue;
        ++k;
        while (k < tag.size() && tag[k] == ' ') ++k;
        if (k >= tag.size()) return {};
        const char quote = tag[k] == '"' || tag[k] == '\'' ? tag[k] : '\0';
        const std::size_t from = quote ? k + 1 : k;
        std::size_t end = from;
        while (end < tag.size() && (quote ? tag[end] != quote : !is_space(tag[end]) && tag[end] != '>')) ++end;
        return tag.substr(from, end - from);
    }
    return {};
}

}  // namespace

std::string_view page_problem_id(PageProblem problem) {
    switch (problem) {
        case PageProblem::none:
            return "ok";
        case PageProblem::empty:
            return "empty";
        case PageProblem::too_large:
            return "too_large";
        case PageProblem::not_ssi_page:
            return "not_ssi_page";
        case PageProblem::missing_pillar:
            return "missing_pillar";
        case PageProblem::pillar_out_of_range:
            return "pillar_out_of_range";
        case PageProblem::total_mismatch:
            return "total_mismatch";
        case PageProblem::two_pages:
            return "two_pages";
        case PageProblem::rank_out_of_range:
            return "rank_out_of_range";
        case PageProblem::average_out_of_range:
            return "average_out_of_range";
    }
    return "ok";
}

std::string_view page_language_id(PageLanguage language) {
    switch (language) {
        case PageLanguage::en:
            return "en";
        case PageLanguage::es:
            return "es";
        case PageLanguage::pt:
            return "pt";
        case PageLanguage::fr:
            return "fr";
    }
    return "en";
}

std::string html_to_text(std::string_view html) {
    std::string out;
    out.reserve(html.size() / 4);
    std::size_t i = 0;
    while (i < html.size()) {
        const char c = html[i];
        if (c == '&') {
            i += decode_entity(html, i, out);
            continue;
        }
        // '<' opens a tag only before a letter, '/', '!' or '?' (as browsers read it); else it is text.
        const char next = i + 1 < html.size() ? html[i + 1] : '\0';
        const bool opens = c == '<' && ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') || next == '/' ||
                                        next == '!' || next == '?');
        if (!opens) {
            out += is_space(c) ? ' ' : c;  // HTML's own line breaks are only spaces
            ++i;
            continue;
        }
        if (html.substr(i).starts_with("<!--")) {
            const std::size_t end = html.find("-->", i + 4);
            i = end == std::string_view::npos ? html.size() : end + 3;
            continue;
        }
        const std::size_t close = html.find('>', i);
        if (close == std::string_view::npos) break;  // a cut tag: the rest is not text
        const std::string_view tag = html.substr(i + 1, close - i - 1);
        const std::string tag_lower = lowered(tag);
        const bool end_tag = !tag.empty() && tag[0] == '/';
        std::size_t name_end = end_tag ? 1 : 0;
        while (name_end < tag.size() && !is_space(tag[name_end]) && tag[name_end] != '/' && tag[name_end] != '>') ++name_end;
        const std::string_view name = std::string_view(tag_lower).substr(end_tag ? 1 : 0, name_end - (end_tag ? 1 : 0));
        i = close + 1;
        if (!end_tag && std::find(std::begin(skipped_tags), std::end(skipped_tags), name) != std::end(skipped_tags)) {
            // Everything up to the matching end tag is not text.
            const std::string closing = "</" + std::string(name);
            std::size_t k = i;
            for (;;) {
                k = html.find("</", k);
                if (k == std::string_view::npos) break;
                if (lowered(html.substr(k, closing.size())) == closing) break;
                k += 2;
            }
            if (k == std::string_view::npos) break;
            const std::size_t end = html.find('>', k);
            i = end == std::string_view::npos ? html.size() : end + 1;
            out += '\n';
            continue;
        }
        if (name == "td" || name == "th") {
            out += '\t';
        } else if (std::find(std::begin(block_tags), std::end(block_tags), name) != std::end(block_tags)) {
            out += '\n';
            if (!end_tag && (name == "progress" || name == "meter")) {
                const std::string_view value = attribute(tag, tag_lower, "value");
                if (!value.empty()) {
                    std::string decoded;
                    for (std::size_t k = 0; k < value.size();)
                        if (value[k] == '&')
                            k += decode_entity(value, k, decoded);
                        else
                            decoded += value[k++];
                    out += decoded;
                    out += '\n';
                }
            }
        }
    }
    return out;
}

PageRead read_ssi_page(std::string_view text, std::string_view html) {
    if (text.size() > max_paste_bytes || (text.empty() && html.size() > max_paste_bytes)) {
        PageRead read;
        read.problem = PageProblem::too_large;
        read.value = static_cast<double>(std::max(text.size(), html.size()));
        return read;
    }
    if (!html.empty() && html.size() <= max_paste_bytes) {
        PageRead from_html = read_text(html_to_text(html));
        if (from_html.page || trim(text).empty()) return from_html;
    }
    return read_text(text);
}

}  // namespace ssi::app
