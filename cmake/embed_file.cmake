# cmake -DINPUT=file -DOUTPUT=file.cpp -P embed_file.cmake
# Writes the bytes of INPUT as `ssi::assets::ui_font` (a std::span of unsigned char).
file(READ "${INPUT}" hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" bytes "${bytes}")
file(WRITE "${OUTPUT}" "// Generated from ${INPUT}: do not edit.\n#include <cstddef>\nnamespace ssi::assets {\nextern const unsigned char ui_font[];\nextern const std::size_t ui_font_size;\nalignas(4) const unsigned char ui_font[] = {\n${bytes}\n};\nconst std::size_t ui_font_size = sizeof ui_font;\n}\n")
