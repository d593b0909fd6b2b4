// Writes one language's texts as the page fetches them (dist/i18n/<lang>.txt, one
// "key<TAB>text" line each; core::load_texts reads them): the served page's ssi.js carries only
// the English texts, so a first visit downloads one language. Run by the web build under node.
//
// Usage: text_file <fr|es> <output file>
#include <cstdio>
#include <string>

#include "core/translations.hpp"

int main(int argc, char** argv) {
    using namespace ssi::core;
    const auto language = argc == 3 ? parse_language(argv[1]) : std::nullopt;
    if (!language) {
        std::fputs("usage: text_file <fr|es> <output file>\n", stderr);
        return 2;
    }
    const std::string file = text_file(*language);
    std::FILE* out = std::fopen(argv[2], "wb");
    if (!out || std::fwrite(file.data(), 1, file.size(), out) != file.size() || std::fclose(out) != 0) {
        std::fprintf(stderr, "text_file: cannot write %s\n", argv[2]);
        return 1;
    }
    return 0;
}
