// Link-time wraps (-Wl,--wrap in src/CMakeLists.txt) of two library functions, each for its reason
// (the number functions' wraps are in web_numbers.cpp).
#include <cstdio>
#include <cstdlib>

#include "imgui.h"

// ImFontAtlas::Build() falls back to ImGui's built-in ProggyClean font when no font was added,
// which links its 12 KB of data into every program. We always add Roboto first (ui/theme.cpp),
// so the web link wraps AddFontDefault (-Wl,--wrap, src/CMakeLists.txt) to this, which never
// runs, and the linker drops the built-in font: 11 KB less to download, gzipped.
extern "C" ImFont* __wrap__ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig(ImFontAtlas*, const ImFontConfig*) {
    std::fputs("ImGui asked for its built-in font: the UI font was not added\n", stderr);
    std::abort();
}

// ImGui keeps tables' column layouts in its .ini text. The page has no .ini (io.IniFilename is
// null: the state is ours, in storage) and draws no table, so the web link wraps the handler's
// registration to nothing and the linker drops the table settings reader and writer (2 KB).
extern "C" void __wrap__ZN5ImGui31TableSettingsAddSettingsHandlerEv() {}
