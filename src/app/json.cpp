#include "json.hpp"
#include "app/characters.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>

namespace ssi::app::json {

const Value* Value::get(std::string_view key) const {
    if (kind != Kind::object) return nullptr;
    // The last of duplicate keys wins.
    const auto member = std::find_if(object.rbegin(), object.rend(), [&](const Member& m) { return m.key == key; });
    return member == object.rend() ? nullptr : &member->value;
}

Value& Value::add(std::string key, Value value) {
    object.push_back(Member{std::move(key), std::move(value)});
    return *this;
}

Value& Value::push(Value value) {
    array.push_back(std::move(value));
    return *this;
}

bool operator==(const Value& a, const Value& b) {
    if (a.kind != b.kind) return false;
    switch (a.kind) {
        case Value::Kind::null:
            return true;
        case Value::Kind::boolean:
            return a.boolean == b.boolean;
        case Value::Kind::number:
            return a.number == b.number;
        case Value::Kind::string:
            return a.string == b.string;
        case Value::Kind::array:
            return a.array == b.array;
        case Value::Kind::object:
            return a.object == b.object;
    }
    return false;
}

bool operator==(const Member& a, const Member& b) { return a.key == b.key && a.value == b.value; }

Value make_null() { return Value{}; }
Value make_bool(bool b) {
    Value v;
    v.kind = Value::Kind::boolean;
    v.boolean = b;
    return v;
}
Value make_number(double d) {
    Value v;
    v.kind = Value::Kind::number;
    v.number = d;
    return v;
}
Value make_string(std::string s) {
    Value v;
    v.kind = Value::Kind::string;
    v.string = std::move(s);
    return v;
}
Value make_array() {
    Value v;
    v.kind = Value::Kind::array;
    return v;
}
Value make_object() {
    Value v;
    v.kind = Value::Kind::object;
    return v;
}

void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

namespace {

class Parser {
public:
    explicit Parser(std::string_view text) : text_(text) {}

    ParseResult run(std::size_t max_bytes) {
        ParseResult result;
        if (text_.size() > max_bytes) {
            fail("the text is larger than " + std::to_string(max_bytes / (std::size_t{1024} * 1024)) + " MB");
        } else {
            if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
            Value value;
            skip_space();
            if (parse_value(value, 0)) {
                skip_space();
                if (pos_ == text_.size()) {
                    result.value = std::move(value);
                    return result;
                }
                fail("unexpected text after the end of the JSON value");
            }
        }
        result.error = error_;
        result.line = error_line_;
        result.column = error_column_;
        return result;
    }

private:
    std::string_view text_;
    std::size_t pos_ = 0;
    int line_ = 1;
    std::size_t line_start_ = 0;
    std::string error_;
    int error_line_ = 0;
    int error_column_ = 0;

    bool at_end() const { return pos_ >= text_.size(); }
    char peek() const { return text_[pos_]; }

    bool fail(std::string_view message) {
        if (!error_.empty()) return false;
        error_ = message;
        error_line_ = line_;
        // Columns count characters: every byte that does not continue a UTF-8 sequence.
        int column = 1;
        for (std::size_t i = line_start_; i < pos_ && i < text_.size(); ++i)
            if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
        error_column_ = column;
        return false;
    }
    bool fail_end() { return fail("unexpected end of the text"); }

    void skip_space() {
        while (!at_end()) {
            const char c = peek();
            if (c == ' ' || c == '\t') {
                ++pos_;
            } else if (c == '\n' || c == '\r') {
                ++pos_;
                if (c == '\r' && !at_end() && peek() == '\n') ++pos_;
                ++line_;
                line_start_ = pos_;
            } else {
                break;
            }
        }
    }

    bool literal(std::string_view word) {
        if (text_.substr(pos_, word.size()) != word) return fail("expected a value");
        pos_ += word.size();
        return true;
    }

    bool parse_value(Value& out, int depth) {
        if (at_end()) return fail_end();
        out.line = line_;
        switch (peek()) {
            case '{':
                return parse_object(out, depth + 1);
            case '[':
                return parse_array(out, depth + 1);
            case '"':
                out.kind = Value::Kind::string;
                return parse_string(out.string);
            case 't':
                out.kind = Value::Kind::boolean;
                out.boolean = true;
                return literal("true");
            case 'f':
                out.kind = Value::Kind::boolean;
                out.boolean = false;
                return literal("false");
            case 'n':
                out.kind = Value::Kind::null;
                return literal("null");
            default:
                if (peek() == '-' || is_digit(peek())) {
                    out.kind = Value::Kind::number;
                    return parse_number(out.number);
                }
                return fail("expected a value");
        }
    }

    bool parse_array(Value& out, int depth) {
        if (depth > max_depth) return fail("nested deeper than 64 levels");
        out.kind = Value::Kind::array;
        ++pos_;  // '['
        skip_space();
        if (!at_end() && peek() == ']') {
            ++pos_;
            return true;
        }
        while (true) {
            skip_space();
            out.array.emplace_back();
            if (!parse_value(out.array.back(), depth)) return false;
            skip_space();
            if (at_end()) return fail_end();
            if (peek() == ',') {
                ++pos_;
            } else if (peek() == ']') {
                ++pos_;
                return true;
            } else {
                return fail("expected ',' or ']'");
            }
        }
    }

    bool parse_object(Value& out, int depth) {
        if (depth > max_depth) return fail("nested deeper than 64 levels");
        out.kind = Value::Kind::object;
        ++pos_;  // '{'
        skip_space();
        if (!at_end() && peek() == '}') {
            ++pos_;
            return true;
        }
        while (true) {
            skip_space();
            if (at_end()) return fail_end();
            if (peek() != '"') return fail("expected a member name in double quotes");
            Member member;
            if (!parse_string(member.key)) return false;
            skip_space();
            if (at_end()) return fail_end();
            if (peek() != ':') return fail("expected ':'");
            ++pos_;
            skip_space();
            if (!parse_value(member.value, depth)) return false;
            out.object.push_back(std::move(member));
            skip_space();
            if (at_end()) return fail_end();
            if (peek() == ',') {
                ++pos_;
            } else if (peek() == '}') {
                ++pos_;
                return true;
            } else {
                return fail("expected ',' or '}'");
            }
        }
    }

    // Four hex digits at pos_ (after "\u"); -1 when they are not there.
    long read_hex4() {
        if (text_.size() - pos_ < 4) return -1;
        long value = 0;
        for (std::size_t i = 0; i < 4; ++i) {
            const int d = hex_value(text_[pos_ + i]);
            if (d < 0) return -1;
            value = value * 16 + d;
        }
        return value;
    }

    bool parse_string(std::string& out) {
        ++pos_;  // '"'
        while (true) {
            const std::size_t run = pos_;
            while (!at_end() && peek() != '"' && peek() != '\\' && static_cast<unsigned char>(peek()) >= 0x20) ++pos_;
            out.append(text_.substr(run, pos_ - run));
            if (at_end()) return fail("a string is not closed");
            const char c = peek();
            if (c == '"') {
                ++pos_;
                return true;
            }
            if (c != '\\') return fail("control character in a string (write it as an escape)");
            ++pos_;
            if (at_end()) return fail("a string is not closed");
            const char e = peek();
            ++pos_;
            switch (e) {
                case '"':
                    out += '"';
                    break;
                case '\\':
                    out += '\\';
                    break;
                case '/':
                    out += '/';
                    break;
                case 'b':
                    out += '\b';
                    break;
                case 'f':
                    out += '\f';
                    break;
                case 'n':
                    out += '\n';
                    break;
                case 'r':
                    out += '\r';
                    break;
                case 't':
                    out += '\t';
                    break;
                case 'u': {
                    const long unit = read_hex4();
                    if (unit < 0) return fail("\\u needs 4 hex digits");
                    pos_ += 4;
                    auto cp = static_cast<std::uint32_t>(unit);
                    if (cp >= 0xD800 && cp <= 0xDBFF) {
                        // A high surrogate: a low one must follow, or it stands alone.
                        long low = -1;
                        if (text_.substr(pos_, 2) == "\\u") {
                            pos_ += 2;
                            low = read_hex4();
                            pos_ -= 2;
                        }
                        if (low >= 0xDC00 && low <= 0xDFFF) {
                            pos_ += 6;
                            cp = 0x10000 + ((cp - 0xD800) << 10) + (static_cast<std::uint32_t>(low) - 0xDC00);
                        } else {
                            cp = 0xFFFD;
                        }
                    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                        cp = 0xFFFD;
                    }
                    append_utf8(out, cp);
                    break;
                }
                default:
                    --pos_;
                    return fail("invalid escape in a string");
            }
        }
    }

    bool parse_number(double& out) {
        const std::size_t start = pos_;
        if (peek() == '-') ++pos_;
        if (at_end()) return fail_end();
        if (peek() == '0') {
            ++pos_;
        } else if (is_digit(peek())) {
            while (!at_end() && is_digit(peek())) ++pos_;
        } else {
            return fail("invalid number");
        }
        if (!at_end() && peek() == '.') {
            ++pos_;
            if (at_end() || !is_digit(peek())) return fail("invalid number: a digit must follow '.'");
            while (!at_end() && is_digit(peek())) ++pos_;
        }
        if (!at_end() && (peek() == 'e' || peek() == 'E')) {
            ++pos_;
            if (!at_end() && (peek() == '+' || peek() == '-')) ++pos_;
            if (at_end() || !is_digit(peek())) return fail("invalid number: a digit must follow the exponent");
            while (!at_end() && is_digit(peek())) ++pos_;
        }
        const std::string digits(text_.substr(start, pos_ - start));  // strtod needs the NUL
        out = std::strtod(digits.c_str(), nullptr);
        if (!std::isfinite(out)) {
            pos_ = start;
            return fail("number too large");
        }
        return true;
    }
};

void write_string(std::string& out, std::string_view s) {
    out += '"';
    for (const char c : s) {
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char buffer[8];
                    std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(c));
                    out += buffer;
                } else {
                    out += c;
                }
        }
    }
    out += '"';
}

void write_value(std::string& out, const Value& value) {
    switch (value.kind) {
        case Value::Kind::null:
            out += "null";
            return;
        case Value::Kind::boolean:
            out += value.boolean ? "true" : "false";
            return;
        case Value::Kind::number:
            out += std::isfinite(value.number) ? format_number(value.number) : "null";
            return;
        case Value::Kind::string:
            write_string(out, value.string);
            return;
        case Value::Kind::array: {
            out += '[';
            bool first = true;
            for (const Value& item : value.array) {
                if (!first) out += ',';
                first = false;
                write_value(out, item);
            }
            out += ']';
            return;
        }
        case Value::Kind::object: {
            out += '{';
            bool first = true;
            for (const Member& member : value.object) {
                if (!first) out += ',';
                first = false;
                write_string(out, member.key);
                out += ':';
                write_value(out, member.value);
            }
            out += '}';
            return;
        }
    }
}

}  // namespace

ParseResult parse_json(std::string_view text, std::size_t max_bytes) { return Parser(text).run(max_bytes); }

std::string write_json(const Value& value) {
    std::string out;
    write_value(out, value);
    return out;
}

std::string format_number(double value) {
    if (std::isnan(value)) return "nan";
    if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
    // Fast path for the values this product writes most (pillars, counts): at most 2 decimals.
    // When value is the double nearest to n / 100, the decimal n / 100 reads back to it, and
    // below 1e13 no shorter decimal does; the text is what "%.15g" prints.
    if (value != 0 && std::fabs(value) < 1e13) {
        const double hundredths = std::round(value * 100.0);
        if (hundredths / 100.0 == value) {
            const auto n = static_cast<long long>(std::fabs(hundredths));
            std::string text = value < 0 ? "-" : "";
            text += std::to_string(n / 100);
            const auto cents = static_cast<int>(n % 100);
            if (cents != 0) {
                text += '.';
                text += static_cast<char>('0' + cents / 10);
                if (cents % 10 != 0) text += static_cast<char>('0' + cents % 10);
            }
            return text;
        }
    }
    // 15 significant digits print most values as people wrote them ("20.1"); 17 always read
    // back exactly. (std::to_chars would do this in one call, but Emscripten 3.1.6's libc++
    // has no floating-point to_chars.)
    char buffer[40];
    for (int precision = 15; precision <= 17; ++precision) {
        std::snprintf(buffer, sizeof buffer, "%.*g", precision, value);
        if (std::strtod(buffer, nullptr) == value) break;
    }
    return buffer;
}

namespace {

// The length of the valid UTF-8 sequence starting at text[i], or 0 when it is not one.
std::size_t utf8_sequence(std::string_view text, std::size_t i) {
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead < 0x80) return 1;
    std::size_t length = 0;
    std::uint32_t cp = 0;
    std::uint32_t smallest = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2, cp = lead & 0x1Fu, smallest = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3, cp = lead & 0x0Fu, smallest = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4, cp = lead & 0x07u, smallest = 0x10000;
    } else {
        return 0;
    }
    if (text.size() - i < length) return 0;
    for (std::size_t k = 1; k < length; ++k) {
        const auto byte = static_cast<unsigned char>(text[i + k]);
        if ((byte & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (byte & 0x3Fu);
    }
    if (cp < smallest || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return length;
}

}  // namespace

bool is_valid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = utf8_sequence(text, i);
        if (length == 0) return false;
        i += length;
    }
    return true;
}

std::size_t utf8_length(std::string_view text) {
    std::size_t count = 0;
    for (const char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
    return count;
}

std::string printable(std::string_view text, std::size_t max_chars) {
    std::string out;
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size();) {
        if (chars == max_chars) {
            out += "...";
            break;
        }
        const std::size_t length = utf8_sequence(text, i);
        const auto c = static_cast<unsigned char>(text[i]);
        if (length == 0 || c < 0x20 || c == 0x7F) {
            out += '?';
            i += length == 0 ? 1 : length;
        } else {
            out.append(text.substr(i, length));
            i += length;
        }
        ++chars;
    }
    return out;
}

}  // namespace ssi::app::json
