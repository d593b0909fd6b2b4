// Link-time wraps (-Wl,--wrap in src/CMakeLists.txt) of three library functions, each for its reason
// (the number functions' wraps are in web_numbers.cpp).
#include <GLES3/gl3.h>

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

// ImGui keeps tables' column layouts in its .ini text. The page has no .ini (io.IniFilename is
// null: the state is ours, in storage) and draws no table, so the web link wraps the handler's
// registration to nothing and the linker drops the table settings reader and writer (2 KB).
extern "C" void __wrap__ZN5ImGui31TableSettingsAddSettingsHandlerEv() {}
