// The web build's printf and strtod (platform/web_numbers.cpp) against musl's, which they
// replace in the page: the same program holds both (only the page's link wraps them), so every
// case compares our text with libc's for the same format and value.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "random.hpp"

extern "C" int __wrap_vsnprintf(char* buffer, std::size_t size, const char* format, va_list values);
extern "C" double __wrap_strtod(const char* text, char** end);
extern "C" int __wrap_sscanf(const char* input, const char* format, ...);

// The formats come from tables: -Wformat=2's check of literal formats cannot apply.
#pragma clang diagnostic ignored "-Wformat-nonliteral"

namespace {

std::string ours(const char* format, ...) {
    char buffer[600];
    va_list values;
    va_start(values, format);
    __wrap_vsnprintf(buffer, sizeof buffer, format, values);
    va_end(values);
    return buffer;
}

std::string libc(const char* format, ...) {
    char buffer[600];
    va_list values;
    va_start(values, format);
    std::vsnprintf(buffer, sizeof buffer, format, values);
    va_end(values);
    return buffer;
}

// A double of any magnitude and sign, with some round, small and special values among them.
double any_double(ssi::test::Random& random) {
    switch (random.below(6)) {
        case 0:
            return std::round(random.uniform(-1e4, 1e4)) / 100.0;  // cents, as the page shows
        case 1:
            return random.uniform(-30, 30);
        case 2:
            return std::ldexp(random.uniform(1, 2), random.between(-1074, 1023)) * (random.chance(0.5) ? -1 : 1);
        case 3:
            return static_cast<double>(random.between(-100000, 100000));
        case 4:
            return random.log_uniform(1e-9, 1e22);
        default: {
            std::uint64_t bits = random.next();
            double d;
            std::memcpy(&d, &bits, sizeof d);
            return d;  // any bit pattern: NaNs, infinities, subnormals included
        }
    }
}

}  // namespace

TEST_CASE("web printf: floating conversions print what libc prints") {
    ssi::test::Random random{20261203};
    const char* formats[] = {"%f",    "%.0f", "%.1f",   "%.2f",     "%+.2f",   "%.6e",  "%e",  "%.3E",  "%g",  "%.15g",
                             "%.17g", "%G",   "%10.3f", "%-10.2f|", "%010.2f", "%#.0f", "%#g", "% .3g", "%.*g"};
    int compared = 0;
    for (int i = 0; i < 20000; ++i) {
        const double value = any_double(random);
        const char* format = formats[random.below(std::size(formats))];
        const std::string a = std::strcmp(format, "%.*g") == 0 ? ours(format, 16, value) : ours(format, value);
        const std::string b = std::strcmp(format, "%.*g") == 0 ? libc(format, 16, value) : libc(format, value);
        INFO(format << " of " << libc("%a", value));
        if (a != b) CHECK(a == b);
        ++compared;
    }
    CHECK(compared == 20000);
}

TEST_CASE("web printf: integers, strings, characters, widths and flags print what libc prints") {
    ssi::test::Random random{7};
    for (int i = 0; i < 5000; ++i) {
        const int v = static_cast<int>(random.next());
        const long long big = static_cast<long long>(random.next());
        CHECK(ours("%d|%5d|%-5d|%05d|%+d|% d|%.3d", v, v, v, v, v, v, v) ==
              libc("%d|%5d|%-5d|%05d|%+d|% d|%.3d", v, v, v, v, v, v, v));
        CHECK(ours("%u|%x|%X|%#x|%o|%#o|%08x", v, v, v, v, v, v, v) == libc("%u|%x|%X|%#x|%o|%#o|%08x", v, v, v, v, v, v, v));
        CHECK(ours("%lld|%llu|%llx|%zu|%hd|%hhu", big, big, big, static_cast<std::size_t>(v), v, v) ==
              libc("%lld|%llu|%llx|%zu|%hd|%hhu", big, big, big, static_cast<std::size_t>(v), v, v));
    }
    CHECK(ours("%s|%.2s|%6s|%-6s|%c|%%|%5c", "abc", "abc", "abc", "abc", 'x', 'y') ==
          libc("%s|%.2s|%6s|%-6s|%c|%%|%5c", "abc", "abc", "abc", "abc", 'x', 'y'));
    CHECK(ours("%.0d|%.0x|%#.0o", 0, 0, 0) == libc("%.0d|%.0x|%#.0o", 0, 0, 0));
    CHECK(ours("%*d|%-*d|%.*s", 6, 42, 6, 42, 2, "abcdef") == libc("%*d|%-*d|%.*s", 6, 42, 6, 42, 2, "abcdef"));
    CHECK(ours("##%08X", 0xABCDu) == "##0000ABCD");
}

TEST_CASE("web printf: the length it would write, and a buffer too small is cut and terminated") {
    char small[5];
    auto print = [](char* buffer, std::size_t size, const char* format, ...) {
        va_list values;
        va_start(values, format);
        const int n = __wrap_vsnprintf(buffer, size, format, values);
        va_end(values);
        return n;
    };
    CHECK(print(small, sizeof small, "%s and %d", "twelve", 12) == 13);
    CHECK(std::string(small) == "twel");
    CHECK(print(nullptr, 0, "%.2f", 3.14159) == 4);
}

TEST_CASE("web strtod: reads what libc reads, to the same end") {
    ssi::test::Random random{42};
    const char* texts[] = {"0",
                           "-0",
                           "1",
                           "0.1",
                           ".5",
                           "5.",
                           "-.5e-3",
                           "+12.5e+1x",
                           "  7 ",
                           "1e",
                           "1e+",
                           "e5",
                           "",
                           "abc",
                           "inf",
                           "-Infinity",
                           "nan",
                           "NaN(1)",
                           "1e400",
                           "-1e400",
                           "1e-400",
                           "4.9406564584124654e-324",
                           "2.2250738585072011e-308",
                           "123456789012345678901234567890",
                           "0.30000000000000004",
                           "9007199254740993",
                           "1.7976931348623157e308",
                           "00000000000000000000000001.5",
                           "0.000000000000000000000000000000000000000000001",
                           "3.14159.26",
                           "1,5"};
    for (const char* text : texts) {
        char* our_end = nullptr;
        char* libc_end = nullptr;
        const double a = __wrap_strtod(text, &our_end);
        const double b = std::strtod(text, &libc_end);
        INFO('"' << text << '"');
        CHECK(our_end - text == libc_end - text);
        if (std::isnan(b))
            CHECK(std::isnan(a));
        else
            CHECK(std::memcmp(&a, &b, sizeof a) == 0);  // bit for bit: -0 and 0 differ
    }
    for (int i = 0; i < 20000; ++i) {
        const double value = any_double(random);
        const int digits = random.between(1, 20);
        const std::string text = libc(random.chance(0.5) ? "%.*g" : "%.*e", digits, value);
        const double a = __wrap_strtod(text.c_str(), nullptr);
        const double b = std::strtod(text.c_str(), nullptr);
        INFO(text);
        if (std::isnan(b))
            CHECK(std::isnan(a));
        else if (std::memcmp(&a, &b, sizeof a) != 0)
            CHECK(a == b);
    }
}

TEST_CASE("web sscanf: the formats ImGui reads typed numbers with") {
    int i = 0;
    float f = 0;
    double d = 0;
    unsigned u = 0;
    long long ll = 0;
    CHECK(__wrap_sscanf("42", "%d", &i) == 1);
    CHECK(i == 42);
    CHECK(__wrap_sscanf(" -3.5 total", "%f", &f) == 1);
    CHECK(f == -3.5f);
    CHECK(__wrap_sscanf("2.25e2", "%lf", &d) == 1);
    CHECK(d == 225.0);
    CHECK(__wrap_sscanf("ff", "%x", &u) == 1);
    CHECK(u == 255u);
    CHECK(__wrap_sscanf("-9000000000", "%lld", &ll) == 1);
    CHECK(ll == -9000000000LL);
    CHECK(__wrap_sscanf("abc", "%d", &i) == 0);
    unsigned r = 0, g = 0, b = 0;
    CHECK(__wrap_sscanf("A1B2C3", "%02X%02X%02X", &r, &g, &b) == 3);
    CHECK((r == 0xA1 && g == 0xB2 && b == 0xC3));
}
