# Dear ImGui 1.90.1 from Debian's source package (unpacked by scripts/setup.sh), as a static
# library. Built without our warnings: it is not our code.
if(NOT EXISTS "${SSI_IMGUI_DIR}/imgui.h")
    message(FATAL_ERROR "Dear ImGui not found in ${SSI_IMGUI_DIR}: run scripts/setup.sh")
endif()

add_library(imgui STATIC
    ${SSI_IMGUI_DIR}/imgui.cpp
    ${SSI_IMGUI_DIR}/imgui_draw.cpp
    ${SSI_IMGUI_DIR}/imgui_tables.cpp
    ${SSI_IMGUI_DIR}/imgui_widgets.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${SSI_IMGUI_DIR})
# No demo window, no default bitmap font (we ship a real UI font), no legacy API, no file I/O
# (settings are not saved to .ini files).
target_compile_definitions(imgui PUBLIC
    IMGUI_DISABLE_DEMO_WINDOWS IMGUI_DISABLE_DEBUG_TOOLS IMGUI_DISABLE_OBSOLETE_FUNCTIONS
    IMGUI_DISABLE_OBSOLETE_KEYIO IMGUI_DISABLE_DEFAULT_FONT IMGUI_DISABLE_FILE_FUNCTIONS)

if(EMSCRIPTEN)
    # The browser rasterises the font (src/platform/web_fonts.cpp answers ImGui's FreeType
    # builder hook), so stb_truetype is not compiled into the page.
    target_compile_definitions(imgui PUBLIC IMGUI_ENABLE_FREETYPE)
    # The GLFW backend for the browser's input (the drawing is ours: src/platform/web_renderer.cpp).
    add_library(imgui_web_backend STATIC ${SSI_IMGUI_DIR}/backends/imgui_impl_glfw.cpp)
    target_include_directories(imgui_web_backend SYSTEM PUBLIC ${SSI_IMGUI_DIR}/backends)
    target_link_libraries(imgui_web_backend PUBLIC imgui)
    target_link_options(imgui_web_backend PUBLIC -sUSE_GLFW=3 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2)
endif()
