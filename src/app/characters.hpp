// ASCII character tests shared by the parsers (JSON, links, history files, the pasted page).
// They never depend on the C locale, unlike <cctype>, so a parse reads the same everywhere.
#pragma once

#include <string_view>

namespace ssi::app {

constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
// A space or a tab: what separates fields on one line.
constexpr bool is_blank(char c) { return c == ' ' || c == '\t'; }
// The text without the blanks at either end.
constexpr std::string_view trim_blanks(std::string_view s) {
    while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
    return s;
}
// Any ASCII white space, line breaks included.
constexpr bool is_space(char c) { return is_blank(c) || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
constexpr char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
// The value of a hexadecimal digit, or -1.
constexpr int hex_value(char c) {
    if (is_digit(c)) return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace ssi::app
