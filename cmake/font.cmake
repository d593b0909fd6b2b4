# The UI font, embedded in the program as a byte array (ssi::assets::ui_font).
# Native: Debian's Roboto, subset at build time to the glyphs English, French and Spanish need
# (Latin-1 and a few typographic marks), for ImGui's stb_truetype.
# Web: no font file at all, but the CSS font-family list below, which the browser rasterises
# (src/platform/web_fonts.cpp): Roboto where the system has it (Android, ChromeOS, Debian with
# fonts-roboto), else the system's UI font. A subset WOFF2 of Roboto cost 9 KB of every first
# visit; ImGui measures whatever font the browser picks, so the layout follows it.
set(SSI_FONT_SOURCE "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf"
    CACHE FILEPATH "The TrueType font the native UI uses")
set(SSI_WEB_FONT_FAMILY "Roboto, system-ui, -apple-system, 'Segoe UI', 'Helvetica Neue', Arial, sans-serif"
    CACHE STRING "The CSS font-family list the web UI draws with")
set(SSI_FONT_CPP "${CMAKE_BINARY_DIR}/generated/ui_font.cpp")
file(MAKE_DIRECTORY "${CMAKE_BINARY_DIR}/generated")

if(EMSCRIPTEN)
    set(SSI_FONT_FILE "${CMAKE_BINARY_DIR}/generated/ui_font.family")
    file(CONFIGURE OUTPUT ${SSI_FONT_FILE} CONTENT "${SSI_WEB_FONT_FAMILY}")
else()
    set(SSI_FONT_FILE "${CMAKE_BINARY_DIR}/generated/ui_font.ttf")
    add_custom_command(
        OUTPUT ${SSI_FONT_FILE}
        # U+20-7E ASCII, U+A0-FF Latin-1 (é, ñ, ¿, «...), U+2013-2014 dashes, U+2018-201D quotes,
        # U+2022 bullet, U+2026 ellipsis, U+2212 minus (Roboto has no arrows: we use »).
        # Debian's python3-fonttools: the system Python, whatever python3 comes first on PATH.
        COMMAND /usr/bin/python3 -m fontTools.subset ${SSI_FONT_SOURCE}
                --unicodes=U+0020-007E,U+00A0-00FF,U+2013-2014,U+2018-201D,U+2022,U+2026,U+2212
                --layout-features= --no-hinting --desubroutinize --output-file=${SSI_FONT_FILE}
        DEPENDS ${SSI_FONT_SOURCE} ${CMAKE_CURRENT_LIST_FILE}
        COMMENT "Subsetting the UI font"
        VERBATIM)
endif()
add_custom_command(
    OUTPUT ${SSI_FONT_CPP}
    COMMAND ${CMAKE_COMMAND} -DINPUT=${SSI_FONT_FILE} -DOUTPUT=${SSI_FONT_CPP}
            -P ${PROJECT_SOURCE_DIR}/cmake/embed_file.cmake
    DEPENDS ${SSI_FONT_FILE} ${PROJECT_SOURCE_DIR}/cmake/embed_file.cmake
    COMMENT "Embedding the UI font"
    VERBATIM)
add_library(ssi_font STATIC ${SSI_FONT_CPP})
