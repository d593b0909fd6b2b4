// The font atlas on the web: the browser rasterises the glyphs, ImGui places them.
//
// ImGui's own rasteriser (stb_truetype, about 12 KB of wasm gzipped) would duplicate what every
// browser already has. The web build defines IMGUI_ENABLE_FREETYPE (cmake/imgui.cmake), so
// ImFontAtlas::Build() asks ImGuiFreeType::GetBuilderForFreeType() for its builder and
// stb_truetype is never compiled; this file is that builder. On the web the font's "bytes" are a
// CSS font-family list of system fonts (cmake/font.cmake): nothing to download or decode. A 2D
// canvas measures each glyph, the atlas is packed here in rows, and one canvas pass draws every
// glyph, whose alpha becomes the atlas texture. The native build keeps stb_truetype and Roboto,
// so headless tests need no browser.
#include "imgui.h"
#include "imgui_internal.h"
#include "misc/freetype/imgui_freetype.h"

#include <algorithm>
#include <vector>

extern "C" {
// Makes the font family (UTF-8, not terminated) the canvas's; metrics[0] = ascent / (ascent + descent), metrics[1] =
// CSS pixels of font-size per ImGui pixel (ImGui's size is ascent + descent, like stb_truetype's
// ScaleForPixelHeight).
void ssi_js_font_open(const unsigned char* bytes, int size, double* metrics);
// For each codepoint at css_pixels: advance, left, top, right, bottom (from the pen position on
// the baseline, y down), 5 floats each.
void ssi_js_font_measure(double css_pixels, const unsigned* codepoints, int count, float* out);
// Draws glyphs (codepoint, css pixels, x, baseline y: 4 floats each) and writes the alpha of a
// width x height canvas into pixels.
void ssi_js_font_render(const float* glyphs, int count, int width, int height, unsigned char* pixels);
}

namespace {

struct Placed {
    ImFont* font;
    const ImFontConfig* config;
    unsigned codepoint;
    float advance, left, top, right, bottom;  // in pixels, from the pen on the baseline
    int x = 0, y = 0, width = 0, height = 0;  // the box in the atlas, padding included
};

// C1 controls and DEL have no glyph worth drawing in any font.
bool drawable(unsigned codepoint) { return codepoint >= 0x20 && !(codepoint >= 0x7F && codepoint < 0xA0); }

// Rows left to right, top to bottom, in the order given: a few hundred glyphs of four sizes
// fill a 512-pixel-wide atlas well enough without sorting.
int pack_rows(std::vector<ImFontAtlasCustomRect*>& extras, std::vector<Placed>& glyphs, int width, int padding) {
    int x = padding, y = padding, row = 0;
    auto place = [&](int w, int h, int& out_x, int& out_y) {
        if (x + w + padding > width) {
            x = padding;
            y += row + padding;
            row = 0;
        }
        out_x = x;
        out_y = y;
        x += w + padding;
        row = std::max(row, h);
    };
    for (ImFontAtlasCustomRect* rect : extras) {
        int rect_x = 0, rect_y = 0;
        place(rect->Width, rect->Height, rect_x, rect_y);
        rect->X = static_cast<unsigned short>(rect_x);
        rect->Y = static_cast<unsigned short>(rect_y);
    }
    for (Placed& glyph : glyphs) place(glyph.width, glyph.height, glyph.x, glyph.y);
    return y + row + padding;
}

bool build_with_browser(ImFontAtlas* atlas) {
    ImFontAtlasBuildInit(atlas);
    atlas->TexID = ImTextureID{};
    atlas->TexWidth = atlas->TexHeight = 0;
    atlas->TexUvScale = ImVec2(0.0f, 0.0f);
    atlas->TexUvWhitePixel = ImVec2(0.0f, 0.0f);
    atlas->ClearTexData();
    ImFontAtlasUpdateConfigDataPointers(atlas);

    std::vector<Placed> glyphs;
    std::vector<float> css_pixels;  // per ConfigData entry
    const void* opened = nullptr;
    double metrics[2] = {1900.0 / 2400.0, 2048.0 / 2400.0};  // Roboto's, if the browser cannot say
    for (ImFontConfig& config : atlas->ConfigData) {
        if (config.FontData != opened) {
            ssi_js_font_open(static_cast<const unsigned char*>(config.FontData), config.FontDataSize, metrics);
            opened = config.FontData;
        }
        const float ascent_share = static_cast<float>(metrics[0]);
        const float css = config.SizePixels * static_cast<float>(metrics[1]);
        css_pixels.push_back(css);
        // ImGui's rounding of the vertical metrics, as its stb_truetype builder does.
        ImFontAtlasBuildSetupFont(atlas, config.DstFont, &config, ImTrunc(config.SizePixels * ascent_share + 1.0f),
                                  ImTrunc(-config.SizePixels * (1.0f - ascent_share) - 1.0f));

        std::vector<unsigned> codepoints;
        const ImWchar* ranges = config.GlyphRanges ? config.GlyphRanges : atlas->GetGlyphRangesDefault();
        for (const ImWchar* range = ranges; range[0] && range[1]; range += 2)
            for (unsigned c = range[0]; c <= range[1]; ++c)
                if (drawable(c)) codepoints.push_back(c);
        std::vector<float> measured(codepoints.size() * 5);
        ssi_js_font_measure(css, codepoints.data(), static_cast<int>(codepoints.size()), measured.data());
        for (std::size_t i = 0; i < codepoints.size(); ++i) {
            const float* m = &measured[i * 5];
            Placed glyph{config.DstFont, &config, codepoints[i], m[0], m[1], m[2], m[3], m[4]};
            // One pixel of margin each side: canvas antialiasing reaches past the measured box.
            glyph.width = m[3] > m[1] ? static_cast<int>(m[3] - m[1]) + 2 : 0;
            glyph.height = m[4] > m[2] ? static_cast<int>(m[4] - m[2]) + 2 : 0;
            glyphs.push_back(glyph);
        }
    }

    std::vector<ImFontAtlasCustomRect*> extras;
    for (ImFontAtlasCustomRect& rect : atlas->CustomRects) extras.push_back(&rect);
    atlas->TexWidth = atlas->TexDesiredWidth > 0 ? atlas->TexDesiredWidth : 512;
    const int used_height = pack_rows(extras, glyphs, atlas->TexWidth, atlas->TexGlyphPadding);
    // Only the rows the glyphs use: WebGL2 takes any texture height, and every row more is canvas
    // pixels to read back and texels to upload (rounded up to a power of two: 512 rows
    // instead of 275 at x1).
    atlas->TexHeight = used_height;
    atlas->TexUvScale = ImVec2(1.0f / static_cast<float>(atlas->TexWidth), 1.0f / static_cast<float>(atlas->TexHeight));
    const std::size_t texels = static_cast<std::size_t>(atlas->TexWidth) * static_cast<std::size_t>(atlas->TexHeight);
    atlas->TexPixelsAlpha8 = static_cast<unsigned char*>(IM_ALLOC(texels));

    std::vector<float> draws;
    for (const Placed& glyph : glyphs) {
        if (glyph.width == 0) continue;
        const float origin_x = static_cast<float>(glyph.x + 1) - glyph.left;
        const float baseline_y = static_cast<float>(glyph.y + 1) - glyph.top;
        draws.insert(draws.end(),
                     {static_cast<float>(glyph.codepoint),
                      css_pixels[static_cast<std::size_t>(glyph.config - atlas->ConfigData.Data)], origin_x, baseline_y});
    }
    ssi_js_font_render(draws.data(), static_cast<int>(draws.size() / 4), atlas->TexWidth, atlas->TexHeight,
                       atlas->TexPixelsAlpha8);

    for (const Placed& glyph : glyphs) {
        // Boxes in pixels from the line's top left, as ImGui's builders give them.
        const float x0 = glyph.left - 1.0f + glyph.config->GlyphOffset.x;
        const float y0 = glyph.top - 1.0f + glyph.config->GlyphOffset.y + IM_ROUND(glyph.font->Ascent);
        const float w = static_cast<float>(glyph.width), h = static_cast<float>(glyph.height);
        const float u0 = static_cast<float>(glyph.x) * atlas->TexUvScale.x,
                    v0 = static_cast<float>(glyph.y) * atlas->TexUvScale.y;
        const float u1 = u0 + w * atlas->TexUvScale.x, v1 = v0 + h * atlas->TexUvScale.y;
        glyph.font->AddGlyph(glyph.config, static_cast<ImWchar>(glyph.codepoint), x0, y0, x0 + w, y0 + h, u0, v0, u1, v1,
                             glyph.advance);
    }
    ImFontAtlasBuildFinish(atlas);
    return true;
}

}  // namespace

const ImFontBuilderIO* ImGuiFreeType::GetBuilderForFreeType() {
    static ImFontBuilderIO builder{build_with_browser};
    return &builder;
}
