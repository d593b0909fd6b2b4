#include "history.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <utility>

#include "core/model.hpp"
#include "app/characters.hpp"

namespace ssi::app {

namespace {

constexpr std::array<std::string_view, core::pillar_count> pillar_names{"brand", "people", "insights", "relationships"};

std::string_view trim(std::string_view s) {
    while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
    return s;
}

std::string quoted(std::string_view text) { return "'" + json::printable(text) + "'"; }

// Up to 2 decimals, no trailing zeros: "65.5", "66".
std::string short_decimal(double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    std::string text = buffer;
    if (text.find('.') != std::string::npos) {
        while (text.back() == '0') text.pop_back();
        if (text.back() == '.') text.pop_back();
    }
    return text;
}

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

bool within_pillar(double v) { return v >= 0.0 && v <= core::pillar_max; }

}  // namespace

// ------------------------------------------------------------------------------- readings ----

Reading make_reading(Date date, const std::array<double, core::pillar_count>& pillars) {
    Reading reading{date, {}};
    for (std::size_t p = 0; p < core::pillar_count; ++p)
        reading.pillars[p] = core::displayed_pillar(pillars[p]) + 0.0;  // + 0.0: never -0
    return reading;
}

double total(const Reading& reading) {
    double sum = 0;
    for (const double p : reading.pillars) sum += p;
    return sum;
}

int displayed_total(const Reading& reading) { return core::displayed_total(total(reading)); }

void add_reading(History& history, const Reading& reading) {
    auto& readings = history.readings;
    const auto at =
        std::lower_bound(readings.begin(), readings.end(), reading.date, [](const Reading& r, Date d) { return r.date < d; });
    if (at != readings.end() && at->date == reading.date)
        *at = reading;
    else
        readings.insert(at, reading);
}

bool remove_reading(History& history, Date date) {
    auto& readings = history.readings;
    const auto at = std::find_if(readings.begin(), readings.end(), [&](const Reading& r) { return r.date == date; });
    if (at == readings.end()) return false;
    readings.erase(at);
    return true;
}

std::optional<double> weekly_change(const History& history, std::size_t index) {
    const auto& readings = history.readings;
    if (index >= readings.size()) return std::nullopt;
    const Reading& now = readings[index];
    for (std::size_t j = index; j-- > 0;) {
        const int days = days_between(readings[j].date, now.date);
        if (days < 7) continue;
        if (days > 13) break;
        return total(now) - total(readings[j]);
    }
    return std::nullopt;
}

// --------------------------------------------------------------------------------- import ----

namespace {

// Readings as they are read, one per date (the later replaces the earlier, with a problem).
class Collector {
public:
    explicit Collector(ImportResult& result) : result_(result) {}

    // where: "line 8" or "entry 5 (line 7)"; later: "row" or "entry", for the message.
    void add(const Reading& reading, int line, std::string where, std::string_view later) {
        const auto [it, inserted] = by_date_.try_emplace(reading.date, Seen{reading, where});
        if (!inserted) {
            result_.problems.push_back({line, where + ": date " + format_iso(reading.date) + " is also on " + it->second.where +
                                                  ": the later " + std::string(later) + " is kept"});
            it->second = Seen{reading, std::move(where)};
        }
    }

    void finish() {
        result_.readings.clear();
        result_.readings.reserve(by_date_.size());
        for (const auto& [date, seen] : by_date_) result_.readings.push_back(seen.reading);
    }

private:
    struct Seen {
        Reading reading;
        std::string where;
    };
    ImportResult& result_;
    std::map<Date, Seen> by_date_;
};

// ------------------------------------------------------------------------------------ CSV ----

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
bool split_fields(std::string_view line, char separator, std::vector<std::string>& fields, std::string& why) {
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
                    why = "a quote is not closed";
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
                why = "text after a closing quote";
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
    explicit CsvReader(ImportResult& result) : result_(result), collector_(result) {}

    void line(std::string_view text, int number) {
        if (trim(text).empty()) return;
        if (separator_ == 0) separator_ = detect_separator(text);
        std::string why;
        if (!split_fields(text, separator_, fields_, why)) {
            problem(number, why);
            return;
        }
        if (std::all_of(fields_.begin(), fields_.end(), [](const std::string& f) { return f.empty(); })) return;
        if (!started_) {
            started_ = true;
            if (!parse_date(fields_[0]).date && read_header(number)) return;
        }
        if (stopped_) return;
        row(number);
    }

    void finish() { collector_.finish(); }

private:
    ImportResult& result_;
    Collector collector_;
    char separator_ = 0;
    bool started_ = false;
    bool stopped_ = false;  // the header lacks a column: nothing can be read
    bool has_header_ = false;
    std::array<std::size_t, column_kinds> index_{0, 1, 2, 3, 4, 5};
    std::size_t width_ = 5;  // fields per row (with a header: the header's)
    std::string header_list_;
    std::vector<std::string> fields_;

    void problem(int number, std::string_view message) {
        result_.problems.push_back({number, "line " + std::to_string(number) + ": " + std::string(message)});
    }

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
                listed.push_back(quoted(fields_[f]));
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
                    problem(number, "column " + quoted(fields_[f]) + " is not known: it is ignored");
            } else if (index[column] != f) {
                problem(number, "column " + std::string(column_names[column]) + " appears twice: the second is ignored");
            }
        }
        std::string missing;
        for (std::size_t c = 0; c < col_total; ++c)
            if (index[c] == no_column) missing += (missing.empty() ? "" : ", ") + std::string(column_names[c]);
        if (!missing.empty()) {
            problem(number, "the header has no column for " + missing + ": nothing was read");
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
            std::string message = has_header_
                                      ? "expected " + std::to_string(width_) + " columns as in the header (" + header_list_ + ")"
                                      : std::string("expected 5 columns (date, brand, people, insights, relationships)");
            message += ", found " + std::to_string(fields_.size());
            if (separator_ == ',' && fields_.size() > most)
                message += " (with decimal commas like 12,5, separate the columns with ';')";
            problem(number, message);
            return;
        }
        const std::string& date_text = fields_[index_[col_date]];
        if (date_text.empty()) return problem(number, "no date");
        const DateParse date = parse_date(date_text);
        if (!date.date) return problem(number, date.problem);
        std::array<double, core::pillar_count> pillars{};
        for (std::size_t p = 0; p < core::pillar_count; ++p) {
            const std::string& text = fields_[index_[col_brand + p]];
            const std::string_view name = pillar_names[p];
            if (text.empty()) return problem(number, "no value in column " + std::string(name));
            const std::optional<double> value = parse_decimal(text);
            if (!value) return problem(number, quoted(text) + " is not a number in column " + std::string(name));
            if (!within_pillar(*value))
                return problem(number, json::printable(text) + " is outside 0..25 in column " + std::string(name));
            pillars[p] = *value;
        }
        const Reading reading = make_reading(*date.date, pillars);
        if (index_[col_total] != no_column && index_[col_total] < fields_.size()) {
            const std::string& text = fields_[index_[col_total]];
            if (!text.empty()) {
                const std::optional<double> value = parse_decimal(text);
                if (!value) return problem(number, quoted(text) + " is not a number in column total");
                if (std::fabs(*value - total(reading)) > 1.0)
                    return problem(number, "total " + json::printable(text) + " is not the sum of the pillars (" +
                                               short_decimal(total(reading)) + ")");
            }
        }
        collector_.add(reading, number, "line " + std::to_string(number), "row");
    }
};

// ----------------------------------------------------------------------------------- JSON ----

// One entry: {"date":..., "brand":..., ...} or ["2026-11-21", b, p, i, r]. The problem (without
// the "entry N" prefix) when it cannot be read.
std::optional<Reading> read_entry(const json::Value& entry, std::string& why) {
    const json::Value* date_value = nullptr;
    std::array<const json::Value*, core::pillar_count> pillar_values{};
    const json::Value* total_value = nullptr;
    if (entry.is_object()) {
        date_value = entry.get("date");
        for (std::size_t p = 0; p < core::pillar_count; ++p) pillar_values[p] = entry.get(pillar_names[p]);
        total_value = entry.get("total");
    } else if (entry.is_array() && entry.array.size() == 5) {
        date_value = &entry.array[0];
        for (std::size_t p = 0; p < core::pillar_count; ++p) pillar_values[p] = &entry.array[1 + p];
    } else {
        why = "not a reading (an object with date, brand, people, insights and relationships)";
        return std::nullopt;
    }
    if (!date_value) {
        why = "no date";
        return std::nullopt;
    }
    if (!date_value->is_string()) {
        why = "the date is not a text";
        return std::nullopt;
    }
    const DateParse date = parse_date(date_value->string);
    if (!date.date) {
        why = date.problem;
        return std::nullopt;
    }
    std::array<double, core::pillar_count> pillars{};
    for (std::size_t p = 0; p < core::pillar_count; ++p) {
        const std::string name(pillar_names[p]);
        if (!pillar_values[p]) {
            why = "no value for " + name;
            return std::nullopt;
        }
        if (!pillar_values[p]->is_number()) {
            why = name + " is not a number";
            return std::nullopt;
        }
        const double value = pillar_values[p]->number;
        if (!within_pillar(value)) {
            why = name + " " + json::format_number(value) + " is outside 0..25";
            return std::nullopt;
        }
        pillars[p] = value;
    }
    const Reading reading = make_reading(*date.date, pillars);
    if (total_value && !total_value->is_null()) {
        if (!total_value->is_number()) {
            why = "the total is not a number";
            return std::nullopt;
        }
        if (std::fabs(total_value->number - total(reading)) > 1.0) {
            why = "total " + json::format_number(total_value->number) + " is not the sum of the pillars (" +
                  short_decimal(total(reading)) + ")";
            return std::nullopt;
        }
    }
    return reading;
}

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
            result.problems.push_back(
                {number, "line " + std::to_string(number) + ": more than 120,000 lines: the rest was not read"});
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
        result.problems.push_back(
            {number, "line " + std::to_string(number) + ": the text is larger than 16 MB: the rest was not read"});
    }
    reader.finish();
    return result;
}

ImportResult readings_from_json(const json::Value& entries) {
    ImportResult result;
    Collector collector(result);
    if (!entries.is_array()) {
        result.problems.push_back({entries.line, "line " + std::to_string(entries.line) + ": the readings are not a list"});
        return result;
    }
    for (std::size_t k = 0; k < entries.array.size(); ++k) {
        const json::Value& entry = entries.array[k];
        std::string where = "entry " + std::to_string(k + 1);
        if (entry.line > 0) where += " (line " + std::to_string(entry.line) + ")";
        if (k == static_cast<std::size_t>(max_import_lines)) {
            result.problems.push_back({entry.line, where + ": more than 120,000 entries: the rest was not read"});
            break;
        }
        std::string why;
        const std::optional<Reading> reading = read_entry(entry, why);
        if (!reading) {
            result.problems.push_back({entry.line, where + ": " + why});
            continue;
        }
        collector.add(*reading, entry.line, std::move(where), "entry");
    }
    collector.finish();
    return result;
}

ImportResult import_history_json(std::string_view text) {
    const json::ParseResult parsed = json::parse_json(text, max_import_bytes);
    if (!parsed.value) {
        ImportResult result;
        result.problems.push_back({parsed.line, "line " + std::to_string(parsed.line) + ", column " +
                                                    std::to_string(parsed.column) + ": not valid JSON: " + parsed.error});
        return result;
    }
    const json::Value& root = *parsed.value;
    if (root.is_array()) return readings_from_json(root);
    const auto refuse = [](int line, const std::string& message) {
        ImportResult result;
        result.problems.push_back({line, "line " + std::to_string(line) + ": " + message});
        return result;
    };
    if (!root.is_object()) return refuse(root.line, "not an SSI history (expected an object or a list)");
    if (const json::Value* format = root.get("format")) {
        if (!format->is_string() || format->string != "ssi-history")
            return refuse(format->line, "not an SSI history (format " +
                                            (format->is_string() ? quoted(format->string) : std::string("unknown")) + ")");
    }
    if (const json::Value* version = root.get("version")) {
        if (!version->is_number() || version->number < 1 || version->number != std::floor(version->number))
            return refuse(version->line, "not an SSI history (its version is not a whole number)");
        if (version->number > 1)
            return refuse(version->line,
                          "written by a newer version of the calculator (version " + json::format_number(version->number) + ")");
    }
    const json::Value* readings = root.get("readings");
    if (!readings) return refuse(root.line, "not an SSI history (no \"readings\")");
    return readings_from_json(*readings);
}

// --------------------------------------------------------------------------------- export ----

json::Value readings_to_json(const std::vector<Reading>& readings) {
    json::Value entries = json::make_array();
    entries.array.reserve(readings.size());
    for (const Reading& r : readings) {
        json::Value entry = json::make_object();
        entry.object.reserve(1 + core::pillar_count);
        entry.add("date", json::make_string(format_iso(r.date)));
        for (std::size_t p = 0; p < core::pillar_count; ++p)
            entry.add(std::string(pillar_names[p]), json::make_number(r.pillars[p]));
        entries.push(std::move(entry));
    }
    return entries;
}

std::string export_history_json(const History& history) {
    json::Value root = json::make_object();
    root.add("format", json::make_string("ssi-history"));
    root.add("version", json::make_number(1));
    root.add("readings", readings_to_json(history.readings));
    return json::write_json(root);
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
