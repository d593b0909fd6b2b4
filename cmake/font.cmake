# The UI font: Debian's Roboto, subset at build time to the glyphs English, French and Spanish
# need (Latin-1 and a few typographic marks), embedded in the program as a byte array. The web
# build embeds it as WOFF2 (Brotli-compressed: the browser decodes and rasterises it, see
# src/platform/web_fonts.cpp); the native build as TrueType, for ImGui's stb_truetype.
set(SSI_FONT_SOURCE "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf"
    CACHE FILEPATH "The TrueType font the UI uses")
set(SSI_FONT_CPP "${CMAKE_BINARY_DIR}/generated/ui_font.cpp")
if(EMSCRIPTEN)
    set(SSI_FONT_FILE "${CMAKE_BINARY_DIR}/generated/ui_font.woff2")
    set(font_flavor --flavor=woff2)
else()
    set(SSI_FONT_FILE "${CMAKE_BINARY_DIR}/generated/ui_font.ttf")
    set(font_flavor)
endif()
file(MAKE_DIRECTORY "${CMAKE_BINARY_DIR}/generated")

add_custom_command(
    OUTPUT ${SSI_FONT_FILE}
    # U+20-7E ASCII, U+A0-FF Latin-1 (é, ñ, ¿, «...), U+2013-2014 dashes, U+2018-201D quotes,
    # U+2022 bullet, U+2026 ellipsis, U+2212 minus (Roboto has no arrows: we use »).
    # Debian's python3-fonttools: the system Python, whatever python3 comes first on PATH.
    COMMAND /usr/bin/python3 -m fontTools.subset ${SSI_FONT_SOURCE}
            --unicodes=U+0020-007E,U+00A0-00FF,U+2013-2014,U+2018-201D,U+2022,U+2026,U+2212
            --layout-features= --no-hinting --desubroutinize ${font_flavor} --output-file=${SSI_FONT_FILE}
    DEPENDS ${SSI_FONT_SOURCE} ${CMAKE_CURRENT_LIST_FILE}
    COMMENT "Subsetting the UI font"
    VERBATIM)
add_custom_command(
    OUTPUT ${SSI_FONT_CPP}
    COMMAND ${CMAKE_COMMAND} -DINPUT=${SSI_FONT_FILE} -DOUTPUT=${SSI_FONT_CPP}
            -P ${PROJECT_SOURCE_DIR}/cmake/embed_file.cmake
    DEPENDS ${SSI_FONT_FILE} ${PROJECT_SOURCE_DIR}/cmake/embed_file.cmake
    COMMENT "Embedding the UI font"
    VERBATIM)
add_library(ssi_font STATIC ${SSI_FONT_CPP})
