#include "app/readings_csv.hpp"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <utility>

#include "app/characters.hpp"
#include "app/json.hpp"

namespace ssi::app {

namespace {

// A plain decimal: [+-] digits [(.|,) digits], at least one digit, nothing else.
std::optional<double> parse_decimal(std::string_view s) {
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    std::size_t digits = 0;
    while (i < s.size() && is_digit(s[i])) ++i, ++digits;
    if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
        ++i;
        while (i < s.size() && is_digit(s[i])) ++i, ++digits;
    }
    if (digits == 0 || i != s.size()) return std::nullopt;
    std::string text(s);  // strtod needs the NUL, and a point
    std::replace(text.begin(), text.end(), ',', '.');
    return std::strtod(text.c_str(), nullptr);
}

enum Column : std::size_t { col_date, col_brand, col_people, col_insights, col_relationships, col_total, column_kinds };
constexpr std::array<std::string_view, column_kinds> column_names{"date",     "brand",         "people",
                                                                  "insights", "relationships", "total"};
constexpr std::size_t no_column = static_cast<std::size_t>(-1);

// Lowercase, Latin-1 accents dropped: "Interacción" -> "interaccion", "ÉCHANGES" -> "echanges".
std::string fold(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c >= 'A' && c <= 'Z') {
            out += static_cast<char>(c - 'A' + 'a');
        } else if (static_cast<unsigned char>(c) == 0xC3 && i + 1 < s.size()) {
            auto b = static_cast<unsigned char>(s[i + 1]);
            if (b >= 0xA0) b = static_cast<unsigned char>(b - 0x20);  // lowercase to uppercase
            char base = 0;
            if (b >= 0x80 && b <= 0x85)
                base = 'a';
            else if (b == 0x87)
                base = 'c';
            else if (b >= 0x88 && b <= 0x8B)
                base = 'e';
            else if (b >= 0x8C && b <= 0x8F)
                base = 'i';
            else if (b == 0x91)
                base = 'n';
            else if (b >= 0x92 && b <= 0x96)
                base = 'o';
            else if (b >= 0x99 && b <= 0x9C)
                base = 'u';
            if (base != 0) {
                out += base;
                ++i;
            } else {
                out += c;
            }
        } else {
            out += c;
        }
    }
    return out;
}

std::size_t column_of(std::string_view header_name) {
    struct Name {
        std::string_view name;
        Column column;
    };
    static constexpr Name names[] = {
        {"date", col_date},
        {"fecha", col_date},
        {"data", col_date},
        {"brand", col_brand},
        {"marque", col_brand},
        {"marca", col_brand},
        {"people", col_people},
        {"personnes", col_people},
        {"personas", col_people},
        {"pessoas", col_people},
        {"insights", col_insights},
        {"echanges", col_insights},
        {"interaccion", col_insights},
        {"interacao", col_insights},
        {"relationships", col_relationships},
        {"relations", col_relationships},
        {"relaciones", col_relationships},
        {"relacionamentos", col_relationships},
        {"total", col_total},
    };
    const std::string folded = fold(header_name);
    for (const Name& n : names)
        if (folded == n.name) return n.column;
    return no_column;
}

// One line split at the separator; fields trimmed and unquoted. False (and why) when a quote
// is not closed or text follows a closing quote.
bool split_fields(std::string_view line, char separator, std::vector<std::string>& fields, MessageKind& why) {
    fields.clear();
    std::size_t i = 0;
    const auto blank = [&](char c) { return c != separator && is_blank(c); };
    while (true) {
        while (i < line.size() && blank(line[i])) ++i;
        std::string field;
        if (i < line.size() && line[i] == '"') {
            ++i;
            while (true) {
                if (i >= line.size()) {
                    why = MessageKind::import_quote_not_closed;
                    return false;
                }
                if (line[i] == '"') {
                    if (i + 1 < line.size() && line[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += line[i++];
            }
            while (i < line.size() && blank(line[i])) ++i;
            if (i < line.size() && line[i] != separator) {
                why = MessageKind::import_text_after_quote;
                return false;
            }
        } else {
            const std::size_t start = i;
            while (i < line.size() && line[i] != separator) ++i;
            std::string_view raw = line.substr(start, i - start);
            while (!raw.empty() && blank(raw.back())) raw.remove_suffix(1);
            field = raw;
        }
        fields.push_back(std::move(field));
        if (i >= line.size()) return true;
        ++i;  // the separator
    }
}

// Outside quotes: which separator the line uses.
char detect_separator(std::string_view line) {
    bool in_quotes = false;
    bool semicolon = false;
    for (const char c : line) {
        if (c == '"') in_quotes = !in_quotes;
        if (in_quotes) continue;
        if (c == '\t') return '\t';
        if (c == ';') semicolon = true;
    }
    return semicolon ? ';' : ',';
}

class CsvReader {
public:
    explicit CsvReader(ImportResult& result) : result_(result), readings_(result) {}

    void line(std::string_view text, int number) {
        if (trim_blanks(text).empty()) return;
        if (separator_ == 0) separator_ = detect_separator(text);
        MessageKind why{};
        if (!split_fields(text, separator_, fields_, why)) return problem(number, {why});
        if (std::all_of(fields_.begin(), fields_.end(), [](const std::string& f) { return f.empty(); })) return;
        if (!started_) {
            started_ = true;
            if (!parse_date(fields_[0]).date && read_header(number)) return;
        }
        if (stopped_) return;
        row(number);
    }

    void finish() { readings_.finish(); }

private:
    ImportResult& result_;
    ImportedReadings readings_;
    char separator_ = 0;
    bool started_ = false;
    bool stopped_ = false;  // the header lacks a column: nothing can be read
    bool has_header_ = false;
    std::array<std::size_t, column_kinds> index_{0, 1, 2, 3, 4, 5};
    std::size_t width_ = 5;  // fields per row (with a header: the header's)
    std::string header_list_;
    std::vector<std::string> fields_;

    void problem(int number, Message what) { result_.problems.push_back({number, {import_where(number), std::move(what)}}); }

    // True when the row is a header (it names a known column); then columns come from it.
    bool read_header(int number) {
        // Separators at the end of the row (as some spreadsheets write) name no column.
        while (fields_.size() > 1 && fields_.back().empty()) fields_.pop_back();
        std::array<std::size_t, column_kinds> index{};
        index.fill(no_column);
        bool any = false;
        std::vector<std::string> listed;
        for (std::size_t f = 0; f < fields_.size(); ++f) {
            const std::size_t column = column_of(fields_[f]);
            if (column == no_column) {
                listed.push_back("'" + json::printable(fields_[f]) + "'");
                continue;
            }
            any = true;
            listed.emplace_back(column_names[column]);
            if (index[column] == no_column) index[column] = f;
        }
        if (!any) return false;
        has_header_ = true;
        width_ = fields_.size();
        // Quoted in every row whose width is wrong: at most 8 names.
        for (std::size_t f = 0; f < listed.size() && f < 8; ++f) header_list_ += (f ? ", " : "") + listed[f];
        if (listed.size() > 8) header_list_ += ", ...";
        for (std::size_t f = 0; f < fields_.size(); ++f) {
            const std::size_t column = column_of(fields_[f]);
            if (column == no_column) {
                if (!fields_[f].empty())  // an unnamed column is ignored silently
                    problem(number, {MessageKind::import_unknown_column, {{"column", json::printable(fields_[f])}}});
            } else if (index[column] != f) {
                problem(number, {MessageKind::import_column_twice, {{"column", std::string(column_names[column])}}});
            }
        }
        std::string missing;
        for (std::size_t c = 0; c < col_total; ++c)
            if (index[c] == no_column) missing += (missing.empty() ? "" : ", ") + std::string(column_names[c]);
        if (!missing.empty()) {
            problem(number, {MessageKind::import_missing_columns, {{"columns", missing}}});
            stopped_ = true;
        }
        index_ = index;
        return true;
    }

    void row(int number) {
        // Separators at the end of the row (as some spreadsheets write) add empty fields.
        const std::size_t most = has_header_ ? width_ : 6;
        while (fields_.size() > most && fields_.back().empty()) fields_.pop_back();
        const bool width_ok = has_header_ ? fields_.size() == width_ : (fields_.size() == 5 || fields_.size() == 6);
        if (!width_ok) {
            const std::string found = std::to_string(fields_.size());
            Problem what{import_where(number)};
            if (separator_ == ',' && fields_.size() > most) what.push_back({MessageKind::import_decimal_commas});
            what.push_back(has_header_ ? Message{MessageKind::import_header_columns,
                                                 {{"columns", header_list_}, {"found", found}},
                                                 static_cast<long long>(width_)}
                                       : Message{MessageKind::import_columns, {{"found", found}}});
            result_.problems.push_back({number, std::move(what)});
            return;
        }
        const std::string& date_text = fields_[index_[col_date]];
        if (date_text.empty()) return problem(number, {MessageKind::import_no_date});
        const DateParse date = parse_date(date_text);
        if (!date.date) return problem(number, *date.problem);
        std::array<double, core::pillar_count> pillars{};
        for (std::size_t p = 0; p < core::pillar_count; ++p) {
            const std::string& text = fields_[index_[col_brand + p]];
            const TextValue column{"column", std::string(column_names[col_brand + p])};
            if (text.empty()) return problem(number, {MessageKind::import_no_value_in_column, {column}});
            const std::optional<double> value = parse_decimal(text);
            if (!value)
                return problem(number, {MessageKind::import_not_a_number_in_column, {{"value", json::printable(text)}, column}});
            if (!within_pillar(*value))
                return problem(number, {MessageKind::import_outside_in_column, {{"value", json::printable(text)}, column}});
            pillars[p] = *value;
        }
        const Reading reading = make_reading(*date.date, pillars);
        if (index_[col_total] != no_column && index_[col_total] < fields_.size()) {
            const std::string& text = fields_[index_[col_total]];
            if (!text.empty()) {
                const std::optional<double> value = parse_decimal(text);
                if (!value)
                    return problem(number, {MessageKind::import_not_a_number_in_column,
                                            {{"value", json::printable(text)}, {"column", "total"}}});
                if (auto wrong = total_problem(reading, *value, json::printable(text))) return problem(number, std::move(*wrong));
            }
        }
        readings_.add(reading, number);
    }
};

}  // namespace

ImportResult import_history_csv(std::string_view text) {
    ImportResult result;
    bool too_large = false;
    if (text.size() > max_import_bytes) {
        // Keep whole lines only.
        const std::size_t cut = text.substr(0, max_import_bytes).find_last_of("\r\n");
        text = text.substr(0, cut == std::string_view::npos ? max_import_bytes : cut + 1);
        too_large = true;
    }
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    CsvReader reader(result);
    int number = 0;
    std::size_t pos = 0;
    bool too_many = false;
    while (pos < text.size()) {
        ++number;
        if (number > max_import_lines) {
            result.problems.push_back({number, {import_where(number), {MessageKind::import_too_many_lines}}});
            too_many = true;
            break;
        }
        std::size_t end = text.find_first_of("\r\n", pos);
        if (end == std::string_view::npos) end = text.size();
        reader.line(text.substr(pos, end - pos), number);
        pos = end;
        if (pos < text.size()) pos += text.substr(pos, 2) == "\r\n" ? 2 : 1;
    }
    if (too_large && !too_many) {
        ++number;
        result.problems.push_back({number, {import_where(number), {MessageKind::import_too_large}}});
    }
    reader.finish();
    return result;
}

std::string export_history_csv(const History& history, char separator) {
    const char sep = separator == ';' || separator == '\t' ? separator : ',';
    const bool decimal_comma = sep == ';';
    std::string out;
    for (std::size_t c = 0; c < column_kinds; ++c) {
        if (c) out += sep;
        out += column_names[c];
    }
    out += '\n';
    for (const Reading& r : history.readings) {
        out += format_iso(r.date);
        for (const double p : r.pillars) {
            std::string number = json::format_number(p);
            if (decimal_comma) std::replace(number.begin(), number.end(), '.', ',');
            out += sep;
            out += number;
        }
        out += sep;
        out += std::to_string(displayed_total(r));
        out += '\n';
    }
    return out;
}

}  // namespace ssi::app
