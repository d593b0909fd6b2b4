// Numbers to and from text on the web: link-time wraps (-Wl,--wrap in src/CMakeLists.txt) of
// vsnprintf (and fiprintf), strtod and sscanf.
//
// musl's printf and strtod work in long double, which wasm has only in software: with its scanf
// they bring about 10 KB gzipped (printf's engine, decimal scanning, 128-bit float arithmetic)
// to a page that formats a few numbers a frame. The browser already converts doubles to and from
// decimal, correctly rounded, so these wraps do the parsing and layout of printf's and strtod's
// syntax here and ask JavaScript (Number, toFixed, toExponential, and BigInt for exact ties:
// platform/web_library.js) for the digits, which are libc's to the last one
// (tests/platform/web_numbers_test.cpp compares them). The native build keeps libc.
#include <cctype>
#include <cmath>
#include <cstdarg>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

extern "C" {
// The digits of value >= 0 (finite): fixed with `precision` decimals (exponential = 0) or as
// d.ddde+X with `precision` decimals (exponential = 1), into out (NUL-terminated, at most size).
int ssi_js_number_text(double value, int exponential, int precision, char* out, int size);
// Number(text): a decimal that the caller has checked.
double ssi_js_number(const char* text);
}

namespace {

// The powers of ten a double holds exactly: one multiplication or division by one of them is
// correctly rounded (%f's quick path, strtod's).
constexpr double exact_powers_of_ten[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                          1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// printf's output, counted in full, written as far as the buffer goes.
struct Output {
    char* buffer;
    std::size_t size;
    std::size_t length = 0;
    void put(char c) {
        if (length + 1 < size) buffer[length] = c;
        ++length;
    }
    void put(const char* text, std::size_t n) {
        for (std::size_t i = 0; i < n; ++i) put(text[i]);
    }
    void repeat(char c, int n) {
        for (int i = 0; i < n; ++i) put(c);
    }
};

struct Spec {
    bool left = false, plus = false, space = false, alternate = false, zero = false;
    int width = 0;
    int precision = -1;  // none
};

// A converted field: sign or prefix, then zeros when the 0 flag pads, the body, spaces to width.
void field(Output& out, const Spec& spec, const char* prefix, const char* body, std::size_t body_length, bool zero_pads) {
    const std::size_t prefix_length = std::strlen(prefix);
    const int padding = spec.width - static_cast<int>(prefix_length + body_length);
    if (!spec.left && !(zero_pads && spec.zero)) out.repeat(' ', padding);
    out.put(prefix, prefix_length);
    if (!spec.left && zero_pads && spec.zero) out.repeat('0', padding);
    out.put(body, body_length);
    if (spec.left) out.repeat(' ', padding);
}

void integer(Output& out, const Spec& spec, unsigned long long magnitude, bool negative, char type) {
    const unsigned base = type == 'o' ? 8 : type == 'x' || type == 'X' || type == 'p' ? 16 : 10;
    const char* digits = type == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    char text[72];
    char* const last = text + sizeof text;
    char* first = last;  // the digits are written backwards
    for (unsigned long long v = magnitude; v != 0; v /= base) *--first = digits[v % base];
    while (last - first < spec.precision && last - first < 64) *--first = '0';
    if (first == last && spec.precision != 0) *--first = '0';
    const bool is_signed = type == 'd' || type == 'i';
    const char* prefix = negative                                                          ? "-"
                         : is_signed && spec.plus                                          ? "+"
                         : is_signed && spec.space                                         ? " "
                         : type == 'p' || (spec.alternate && magnitude != 0 && base == 16) ? (type == 'X' ? "0X" : "0x")
                         : spec.alternate && base == 8 && *first != '0'                    ? "0"
                                                                                           : "";
    Spec padded = spec;
    padded.zero = spec.zero && spec.precision < 0;
    field(out, padded, prefix, first, static_cast<std::size_t>(last - first), true);
}

// %f without a call to JavaScript when one multiplication by an exact power of ten surely gives
// the digits: the product is within half an ulp of the exact one, so when it is more than an ulp
// from a rounding boundary (k + 1/2) it rounds as the exact value does. That is every number a
// frame shows (slider values, pillars, points): a call across to JavaScript less for each.
bool quick_fixed(double magnitude, int precision, char* text, int& length) {
    if (precision > 17) return false;
    const double scaled = magnitude * exact_powers_of_ten[precision];
    if (!(scaled < 0x1p52)) return false;
    const double whole = std::floor(scaled);
    const double fraction = scaled - whole;  // exact below 2^52
    if (std::fabs(fraction - 0.5) <= std::nextafter(scaled, INFINITY) - scaled) return false;
    auto digits = static_cast<std::uint64_t>(whole) + (fraction > 0.5 ? 1u : 0u);
    char reversed[24];
    int n = 0;
    do {
        reversed[n++] = static_cast<char>('0' + digits % 10);
        digits /= 10;
    } while (digits != 0);
    while (n < precision + 1) reversed[n++] = '0';
    length = 0;
    for (int i = n - 1; i >= 0; --i) {
        text[length++] = reversed[i];
        if (i == precision && precision > 0) text[length++] = '.';
    }
    text[length] = '\0';
    return true;
}

// %f %e %g of a double, as C says, from the browser's correctly rounded digits.
void floating(Output& out, const Spec& spec, double value, char type) {
    const bool upper = type == 'F' || type == 'E' || type == 'G';
    const char lower_type = static_cast<char>(upper ? type - 'A' + 'a' : type);
    const char* sign = std::signbit(value) ? "-" : spec.plus ? "+" : spec.space ? " " : "";
    if (!std::isfinite(value)) {
        const char* text = std::isnan(value) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        field(out, spec, sign, text, 3, false);
        return;
    }
    const double magnitude = std::fabs(value);
    // JavaScript's limit is 100 digits; nobody prints more.
    int precision = spec.precision < 0 ? 6 : spec.precision > 100 ? 100 : spec.precision;
    char text[520];  // %f of 1e308: 309 digits, a point and 100 decimals
    bool exponential = lower_type == 'e';
    bool trim = false;
    if (lower_type == 'g') {
        // %g: %e's exponent X at P significant digits decides: %f with P - 1 - X decimals when
        // -4 <= X < P, else %e with P - 1; trailing zeros dropped unless '#'.
        const int significant = precision == 0 ? 1 : precision;
        ssi_js_number_text(magnitude, 1, significant - 1, text, sizeof text);
        const int x = std::atoi(std::strchr(text, 'e') + 1);
        exponential = !(x >= -4 && x < significant);
        precision = exponential ? significant - 1 : significant - 1 - x;
        trim = !spec.alternate;
    }
    int length = 0;
    if (exponential || !quick_fixed(magnitude, precision, text, length))
        length = ssi_js_number_text(magnitude, exponential ? 1 : 0, precision, text, static_cast<int>(sizeof text) - 8);
    char* exponent = exponential ? std::strchr(text, 'e') : nullptr;
    char tail[8] = "";
    if (exponent) {
        // JavaScript writes e+5, C writes e+05: at least two digits.
        const int x = std::atoi(exponent + 1);
        const int ax = x < 0 ? -x : x;
        char* t = tail;
        *t++ = upper ? 'E' : 'e';
        *t++ = x < 0 ? '-' : '+';
        if (ax >= 100) *t++ = static_cast<char>('0' + ax / 100);
        *t++ = static_cast<char>('0' + ax / 10 % 10);
        *t++ = static_cast<char>('0' + ax % 10);
        *t = '\0';
        length = static_cast<int>(exponent - text);
    }
    if (trim && std::memchr(text, '.', static_cast<std::size_t>(length))) {
        while (text[length - 1] == '0') --length;
        if (text[length - 1] == '.') --length;
    }
    if (spec.alternate && precision == 0 && !trim) text[length++] = '.';
    std::memcpy(text + length, tail, std::strlen(tail) + 1);
    length += static_cast<int>(std::strlen(tail));
    if (upper)
        for (int i = 0; i < length; ++i) text[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[i])));
    field(out, spec, sign, text, static_cast<std::size_t>(length), true);
}

}  // namespace

// printf's format language: flags - + space # 0, width and precision (or *), the length
// modifiers hh h l ll j z t, and d i u o x X c s p f F e E g G n %.
extern "C" int __wrap_vsnprintf(char* buffer, std::size_t size, const char* format, va_list values) {
    Output out{buffer, size};
    for (const char* f = format; *f; ++f) {
        if (*f != '%') {
            out.put(*f);
            continue;
        }
        Spec spec;
        for (++f;; ++f) {
            if (*f == '-')
                spec.left = true;
            else if (*f == '+')
                spec.plus = true;
            else if (*f == ' ')
                spec.space = true;
            else if (*f == '#')
                spec.alternate = true;
            else if (*f == '0')
                spec.zero = true;
            else
                break;
        }
        if (*f == '*') {
            spec.width = va_arg(values, int);
            if (spec.width < 0) spec.left = true, spec.width = -spec.width;
            ++f;
        }
        while (std::isdigit(static_cast<unsigned char>(*f))) spec.width = spec.width * 10 + (*f++ - '0');
        if (*f == '.') {
            spec.precision = 0;
            if (*++f == '*') {
                spec.precision = va_arg(values, int);
                ++f;
            }
            while (std::isdigit(static_cast<unsigned char>(*f))) spec.precision = spec.precision * 10 + (*f++ - '0');
        }
        int longs = 0, shorts = 0;
        bool size_type = false;
        for (;; ++f) {
            if (*f == 'l')
                ++longs;
            else if (*f == 'h')
                ++shorts;
            else if (*f == 'j')
                longs = 2;
            else if (*f == 'z' || *f == 't')
                size_type = true;
            else
                break;
        }
        const char type = *f;
        switch (type) {
            case 'd':
            case 'i': {
                const long long v = longs >= 2   ? va_arg(values, long long)
                                    : longs == 1 ? va_arg(values, long)
                                    : size_type  ? va_arg(values, std::ptrdiff_t)
                                                 : va_arg(values, int);
                const long long narrowed = shorts == 1 ? static_cast<short>(v) : shorts >= 2 ? static_cast<signed char>(v) : v;
                const unsigned long long magnitude =
                    narrowed < 0 ? 0ull - static_cast<unsigned long long>(narrowed) : static_cast<unsigned long long>(narrowed);
                integer(out, spec, magnitude, narrowed < 0, type);
                break;
            }
            case 'u':
            case 'o':
            case 'x':
            case 'X': {
                const unsigned long long v = longs >= 2   ? va_arg(values, unsigned long long)
                                             : longs == 1 ? va_arg(values, unsigned long)
                                             : size_type  ? va_arg(values, std::size_t)
                                                          : va_arg(values, unsigned);
                integer(out, spec,
                        shorts == 1   ? static_cast<unsigned short>(v)
                        : shorts >= 2 ? static_cast<unsigned char>(v)
                                      : v,
                        false, type);
                break;
            }
            case 'p':
                integer(out, spec, reinterpret_cast<std::uintptr_t>(va_arg(values, void*)), false, 'p');
                break;
            case 'c': {
                const char c = static_cast<char>(va_arg(values, int));
                field(out, spec, "", &c, 1, false);
                break;
            }
            case 's': {
                const char* text = va_arg(values, const char*);
                if (!text) text = "(null)";
                std::size_t n = 0;
                while (text[n] && (spec.precision < 0 || n < static_cast<std::size_t>(spec.precision))) ++n;
                field(out, spec, "", text, n, false);
                break;
            }
            case 'f':
            case 'F':
            case 'e':
            case 'E':
            case 'g':
            case 'G':
                floating(out, spec, va_arg(values, double), type);
                break;
            case 'n':
                *va_arg(values, int*) = static_cast<int>(out.length);
                break;
            case '%':
                out.put('%');
                break;
            default:  // an unknown conversion is printed as written
                out.put('%');
                if (!type)
                    --f;
                else
                    out.put(type);
        }
    }
    if (size > 0) buffer[out.length < size ? out.length : size - 1] = '\0';
    return static_cast<int>(out.length);
}

// The renderer reports a shader that did not compile with fprintf(stderr, ...), which
// the compiler turns into fiprintf (printf without floating point): through the same engine.
extern "C" int __wrap_fiprintf(std::FILE* stream, const char* format, ...) {
    char text[1024];
    va_list values;
    va_start(values, format);
    const int length = __wrap_vsnprintf(text, sizeof text, format, values);
    va_end(values);
    std::fputs(text, stream);
    return length;
}

// strtod's decimal syntax (blanks, sign, digits with one point, an exponent; inf, infinity,
// nan), read here; the value from the digits when one multiplication or division of exact
// doubles gives it correctly rounded (at most 15 digits and a power of ten up to 22: most of
// what the page reads), else from Number().
extern "C" double __wrap_strtod(const char* text, char** end) {
    const char* at = text;
    while (std::isspace(static_cast<unsigned char>(*at))) ++at;
    const char* start = at;
    const bool negative = *at == '-';
    if (*at == '+' || *at == '-') ++at;
    auto word = [&](const char* w) {
        std::size_t n = 0;
        while (w[n] && std::tolower(static_cast<unsigned char>(at[n])) == w[n]) ++n;
        return w[n] == '\0' ? n : 0;
    };
    if (std::size_t n = word("infinity") ? 8 : word("inf") ? 3 : word("nan") ? 3 : 0) {
        const bool is_nan = std::tolower(static_cast<unsigned char>(*at)) == 'n';
        if (is_nan && at[3] == '(') {  // nan(n-char-sequence)
            std::size_t close = 4;
            while (std::isalnum(static_cast<unsigned char>(at[close])) || at[close] == '_') ++close;
            if (at[close] == ')') n = close + 1;
        }
        if (end) *end = const_cast<char*>(at + n);
        const double v = is_nan ? NAN : INFINITY;
        return negative ? -v : v;
    }
    std::uint64_t mantissa = 0;
    int digits = 0, exponent = 0;
    bool any = false;
    for (bool point = false;; ++at) {
        if (*at == '.' && !point) {
            point = true;
            continue;
        }
        if (!std::isdigit(static_cast<unsigned char>(*at))) break;
        any = true;
        if (mantissa == 0 && *at == '0') {  // leading zeros count for nothing
            if (point) --exponent;
            continue;
        }
        if (digits < 19) {
            mantissa = mantissa * 10 + static_cast<std::uint64_t>(*at - '0');
            ++digits;
            if (point) --exponent;
        } else {
            ++digits;  // too many for the quick path; Number() reads them
            if (!point) ++exponent;
        }
    }
    if (!any) {
        if (end) *end = const_cast<char*>(text);
        return 0;
    }
    if ((*at == 'e' || *at == 'E') && (std::isdigit(static_cast<unsigned char>(at[1])) ||
                                       ((at[1] == '+' || at[1] == '-') && std::isdigit(static_cast<unsigned char>(at[2]))))) {
        const char* e = at + 1;
        const bool minus = *e == '-';
        if (*e == '+' || *e == '-') ++e;
        int x = 0;
        for (; std::isdigit(static_cast<unsigned char>(*e)); ++e)
            if (x < 100000) x = x * 10 + (*e - '0');
        exponent += minus ? -x : x;
        at = e;
    }
    if (end) *end = const_cast<char*>(at);
    double value = 0;
    if (mantissa == 0) {
        value = 0;
    } else if (digits <= 15 && exponent >= -22 && exponent <= 22) {
        const double m = static_cast<double>(mantissa);  // exact below 2^53
        value = exponent < 0 ? m / exact_powers_of_ten[-exponent] : m * exact_powers_of_ten[exponent];
    } else {
        char copy[400];
        const std::size_t n = static_cast<std::size_t>(at - start);
        if (n < sizeof copy) {
            std::memcpy(copy, start, n);
            copy[n] = '\0';
            return ssi_js_number(copy);
        }
        // Longer than any double needs: Number() of the text itself, up to its end.
        char* long_copy = static_cast<char*>(std::malloc(n + 1));
        if (!long_copy) return negative ? -HUGE_VAL : HUGE_VAL;
        std::memcpy(long_copy, start, n);
        long_copy[n] = '\0';
        value = ssi_js_number(long_copy);
        std::free(long_copy);
        return value;
    }
    return negative ? -value : value;
}

// ImGui reads a typed number with sscanf (DataTypeApplyFromText: "%d", "%f", "%lf"...). musl's
// scanf engine brings about 2 KB gzipped of code for formats the page never uses, so the web link
// wraps sscanf to this reader of what ImGui's formats ask: literal text, blanks, and %d %i %u %x
// %X %f %e %g (width, h/hh/l/ll) and %n, through strtoll, strtoull and strtod.
extern "C" int __wrap_sscanf(const char* input, const char* format, ...) {
    va_list values;
    va_start(values, format);
    const char* at = input;
    int assigned = 0;
    while (*format) {
        if (std::isspace(static_cast<unsigned char>(*format))) {
            while (std::isspace(static_cast<unsigned char>(*at))) ++at;
            ++format;
            continue;
        }
        if (*format != '%' || format[1] == '%') {
            if (*format == '%') ++format;
            if (*at != *format) break;
            ++at;
            ++format;
            continue;
        }
        ++format;
        int width = 0;
        while (*format >= '0' && *format <= '9') width = width * 10 + (*format++ - '0');
        int longs = 0, shorts = 0;
        for (; *format == 'l' || *format == 'h'; ++format) (*format == 'l' ? longs : shorts)++;
        const char type = *format++;
        if (type == 'n') {
            *va_arg(values, int*) = static_cast<int>(at - input);
            continue;
        }
        while (std::isspace(static_cast<unsigned char>(*at))) ++at;
        // A width cuts the field: parse a copy of at most that many characters.
        char field[64];
        const char* text = at;
        if (width > 0) {
            int n = 0;
            while (n < width && n < 63 && at[n]) field[n] = at[n], ++n;
            field[n] = '\0';
            text = field;
        }
        char* end = nullptr;
        if (type == 'f' || type == 'e' || type == 'g') {
            const double value = std::strtod(text, &end);
            if (end == text) break;
            if (longs)
                *va_arg(values, double*) = value;
            else
                *va_arg(values, float*) = static_cast<float>(value);
        } else if (type == 'd' || type == 'i' || type == 'u' || type == 'x' || type == 'X') {
            const int base = type == 'd' || type == 'u' ? 10 : type == 'i' ? 0 : 16;
            const long long value = type == 'u' || type == 'x' || type == 'X'
                                        ? static_cast<long long>(std::strtoull(text, &end, base))
                                        : std::strtoll(text, &end, base);
            if (end == text) break;
            if (longs >= 2)
                *va_arg(values, long long*) = value;
            else if (longs == 1)
                *va_arg(values, long*) = static_cast<long>(value);
            else if (shorts == 1)
                *va_arg(values, short*) = static_cast<short>(value);
            else if (shorts >= 2)
                *va_arg(values, signed char*) = static_cast<signed char>(value);
            else
                *va_arg(values, int*) = static_cast<int>(value);
        } else {
            break;
        }
        at += end - text;
        ++assigned;
    }
    va_end(values);
    return assigned;
}
