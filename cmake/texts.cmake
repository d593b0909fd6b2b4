# The texts: assets/i18n/<language>.json, one file per language of SSI_LANGUAGES, turned into the
# program's tables by src/tools/texts.py, which also fails the build on a missing key, a key no
# code uses, or placeholders that differ between languages (see its header).
# The languages of the product, the first the fallback: adding one is a file in assets/i18n and
# its id here.
set(SSI_LANGUAGES en fr es)

# Also included by tests/fuzz (a project of its own), hence paths from this file.
get_filename_component(ssi_root ${CMAKE_CURRENT_LIST_DIR}/.. ABSOLUTE)
set(SSI_TEXTS_TOOL ${ssi_root}/src/tools/texts.py)
set(SSI_TEXTS_DIR ${CMAKE_BINARY_DIR}/generated/texts)
file(MAKE_DIRECTORY ${SSI_TEXTS_DIR})

# The language list and the keys are needed by every file that includes app/translations.hpp, so
# they are written when CMake configures (a change to a language file configures again).
execute_process(
    COMMAND /usr/bin/python3 ${SSI_TEXTS_TOOL} --dir ${ssi_root}/assets/i18n
            --languages-list ${SSI_LANGUAGES} --languages ${SSI_TEXTS_DIR}/texts_languages.inc
            --keys ${SSI_TEXTS_DIR}/texts_keys.inc
    RESULT_VARIABLE status ERROR_VARIABLE problems)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "${problems}")
endif()
list(TRANSFORM SSI_LANGUAGES PREPEND ${ssi_root}/assets/i18n/ OUTPUT_VARIABLE ssi_language_files)
list(TRANSFORM ssi_language_files APPEND .json)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
    ${SSI_TEXTS_TOOL} ${ssi_language_files})

# The tables, and for the web build the other languages' text files in dist/i18n/.
file(GLOB ssi_text_files CONFIGURE_DEPENDS ${ssi_root}/assets/i18n/*.json)
file(GLOB_RECURSE ssi_text_users CONFIGURE_DEPENDS
    ${ssi_root}/src/*.cpp ${ssi_root}/src/*.hpp ${ssi_root}/web/*.js)
set(ssi_texts_outputs ${SSI_TEXTS_DIR}/texts_table.inc ${SSI_TEXTS_DIR}/texts_first_only.inc)
set(ssi_texts_lines)
if(EMSCRIPTEN)
    set(ssi_texts_lines --lines ${SSI_DIST_DIR}/i18n)
    foreach(language ${SSI_LANGUAGES})
        if(NOT language STREQUAL "en")
            list(APPEND ssi_texts_outputs ${SSI_DIST_DIR}/i18n/${language}.txt)
        endif()
    endforeach()
endif()
add_custom_command(OUTPUT ${SSI_TEXTS_DIR}/texts.stamp
    COMMAND /usr/bin/python3 ${SSI_TEXTS_TOOL} --dir ${ssi_root}/assets/i18n
            --languages-list ${SSI_LANGUAGES}
            --sources ${ssi_root}/src ${ssi_root}/web
            --table ${SSI_TEXTS_DIR}/texts_table.inc --first-only ${SSI_TEXTS_DIR}/texts_first_only.inc
            ${ssi_texts_lines}
    COMMAND ${CMAKE_COMMAND} -E touch ${SSI_TEXTS_DIR}/texts.stamp
    BYPRODUCTS ${ssi_texts_outputs}
    DEPENDS ${SSI_TEXTS_TOOL} ${ssi_text_files} ${ssi_text_users}
    COMMENT "Checking the texts and writing their tables"
    VERBATIM)
add_custom_target(ssi_texts_tables DEPENDS ${SSI_TEXTS_DIR}/texts.stamp)
