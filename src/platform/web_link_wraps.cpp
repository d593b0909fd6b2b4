// Link-time wraps (-Wl,--wrap in src/CMakeLists.txt) of three library functions, each for its reason.
#include <GLES3/gl3.h>

#include <cctype>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>

#include "imgui.h"
#include "platform/web_platform.hpp"

// ImFontAtlas::Build() falls back to ImGui's built-in ProggyClean font when no font was added,
// which links its 12 KB of data into every program. We always add Roboto first (ui/theme.cpp),
// so the web link wraps AddFontDefault (-Wl,--wrap, src/CMakeLists.txt) to this, which never
// runs, and the linker drops the built-in font: 11 KB less to download, gzipped.
extern "C" ImFont* __wrap__ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig(ImFontAtlas*, const ImFontConfig*) {
    std::fputs("ImGui asked for its built-in font: the UI font was not added\n", stderr);
    std::abort();
}

// ImGui's OpenGL backend reads back the scissor box and the blend state every frame, to restore
// them after drawing. In Chrome each of those 7 reads is a synchronous round trip to the GPU
// process (0.3-0.7 ms each in headless Chromium: half of a frame's CPU time). Only ImGui draws
// on this context, and the frame's one other call, glClear, runs with the scissor test off, so
// the web link wraps glGetIntegerv (-Wl,--wrap, src/CMakeLists.txt) to answer those with the
// values ImGui sets; everything else still asks WebGL.
extern "C" void __real_glGetIntegerv(GLenum name, GLint* values);
extern "C" void __wrap_glGetIntegerv(GLenum name, GLint* values) {
    switch (name) {
        case GL_SCISSOR_BOX:
            values[0] = 0;
            values[1] = 0;
            values[2] = ssi::platform::web.width;
            values[3] = ssi::platform::web.height;
            return;
        case GL_BLEND_SRC_RGB:
            *values = GL_SRC_ALPHA;
            return;
        case GL_BLEND_DST_RGB:
            *values = GL_ONE_MINUS_SRC_ALPHA;
            return;
        case GL_BLEND_SRC_ALPHA:
            *values = GL_ONE;
            return;
        case GL_BLEND_DST_ALPHA:
            *values = GL_ONE_MINUS_SRC_ALPHA;
            return;
        case GL_BLEND_EQUATION_RGB:
        case GL_BLEND_EQUATION_ALPHA:
            *values = GL_FUNC_ADD;
            return;
        default:
            __real_glGetIntegerv(name, values);
    }
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
