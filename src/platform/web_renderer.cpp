// ImGui's draw data on the page's WebGL2 canvas. Only ImGui draws on this context, so the GL
// state is set once, when the renderer is made, and never saved or restored: a frame is a clear,
// one upload of each draw list and a scissor and a draw per command. ImGui's own OpenGL backend
// makes about 90 WebGL calls a frame here (it reads, sets and restores the whole state around
// its draws); each call crosses from wasm to JavaScript and into the browser's command buffer.
// (Copying the lists into one upload of each kind made two calls of eight, but the frame slower:
// the copy costs more than the calls it saves.) The font atlas goes up as one byte a texel (the
// browser rasterised it as coverage, web_fonts.cpp), not converted to four.
#include <GLES3/gl3.h>
#include <emscripten/html5.h>

#include <cstdint>
#include <cstdio>

#include "imgui.h"
#include "platform/web_platform.hpp"

namespace ssi::platform {

namespace {

// Positions in ImGui's pixels, mapped to clip space by scale and offset (`transform`); the
// colour's alpha times the atlas's coverage.
constexpr const char* vertex_shader = R"(#version 300 es
uniform vec4 transform;
layout(location = 0) in vec2 position;
layout(location = 1) in vec2 uv;
layout(location = 2) in vec4 color;
out vec2 frag_uv;
out vec4 frag_color;
void main() {
    frag_uv = uv;
    frag_color = color;
    gl_Position = vec4(position * transform.xy + transform.zw, 0.0, 1.0);
})";

constexpr const char* fragment_shader = R"(#version 300 es
precision mediump float;
uniform sampler2D atlas;
in vec2 frag_uv;
in vec4 frag_color;
out vec4 out_color;
void main() {
    out_color = vec4(frag_color.rgb, frag_color.a * texture(atlas, frag_uv).r);
})";

struct Renderer {
    GLuint program = 0;
    GLint transform = -1;
    GLuint vertices = 0;
    GLuint indices = 0;
    GLuint atlas = 0;
    // What the context was last told, so that an unchanged value is not sent again.
    ImVec4 transform_sent{0, 0, 0, 0};
    int viewport_width = -1;
    int viewport_height = -1;
    ImVec4 clear_color{-1, -1, -1, -1};
    ImVec4 scissor{-1, -1, -1, -1};  // x, y from the bottom left, width, height
    GLuint bound_texture = 0;
};
Renderer renderer;

GLuint compile(GLenum kind, const char* source) {
    const GLuint shader = glCreateShader(kind);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    GLint compiled = 0;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &compiled);
    if (!compiled) {
        char log[512] = {};
        glGetShaderInfoLog(shader, sizeof log, nullptr, log);
        std::fprintf(stderr, "SSI: a shader did not compile: %s\n", log);
    }
    return shader;
}

bool operator==(const ImVec4& a, const ImVec4& b) { return a.x == b.x && a.y == b.y && a.z == b.z && a.w == b.w; }

void set_scissor(const ImVec4& box) {
    if (box == renderer.scissor) return;
    renderer.scissor = box;
    glScissor(static_cast<GLint>(box.x), static_cast<GLint>(box.y), static_cast<GLsizei>(box.z), static_cast<GLsizei>(box.w));
}

}  // namespace

void create_renderer() {
    renderer = {};
    // A context lost before it was ever used answers every query with null; the restore comes
    // back here.
    if (emscripten_is_webgl_context_lost(emscripten_webgl_get_current_context())) return;
    const GLuint vertex = compile(GL_VERTEX_SHADER, vertex_shader);
    const GLuint fragment = compile(GL_FRAGMENT_SHADER, fragment_shader);
    renderer.program = glCreateProgram();
    glAttachShader(renderer.program, vertex);
    glAttachShader(renderer.program, fragment);
    glLinkProgram(renderer.program);
    glDeleteShader(vertex);
    glDeleteShader(fragment);
    glUseProgram(renderer.program);
    renderer.transform = glGetUniformLocation(renderer.program, "transform");
    glUniform1i(glGetUniformLocation(renderer.program, "atlas"), 0);

    // One vertex array, bound for good: it holds the attribute layout and the index buffer.
    GLuint vertex_array = 0;
    glGenVertexArrays(1, &vertex_array);
    glBindVertexArray(vertex_array);
    glGenBuffers(1, &renderer.vertices);
    glGenBuffers(1, &renderer.indices);
    glBindBuffer(GL_ARRAY_BUFFER, renderer.vertices);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, renderer.indices);
    constexpr GLsizei stride = sizeof(ImDrawVert);
    glEnableVertexAttribArray(0);
    glEnableVertexAttribArray(1);
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, col)));

    // ImGui's blending, and the scissor test on for good (draw sets the whole canvas to clear it).
    glEnable(GL_BLEND);
    glEnable(GL_SCISSOR_TEST);
    glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
    glActiveTexture(GL_TEXTURE0);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
}

void upload_font_atlas() {
    ImFontAtlas& fonts = *ImGui::GetIO().Fonts;
    unsigned char* pixels = nullptr;
    int width = 0;
    int height = 0;
    fonts.GetTexDataAsAlpha8(&pixels, &width, &height);
    if (renderer.atlas == 0) glGenTextures(1, &renderer.atlas);
    glBindTexture(GL_TEXTURE_2D, renderer.atlas);
    renderer.bound_texture = renderer.atlas;
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    fonts.SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(renderer.atlas)));
}

void draw(const ImDrawData& data, int width, int height, const ImVec4& background) {
    if (width != renderer.viewport_width || height != renderer.viewport_height) {
        renderer.viewport_width = width;
        renderer.viewport_height = height;
        glViewport(0, 0, width, height);
    }
    if (!(background == renderer.clear_color)) {
        renderer.clear_color = background;
        glClearColor(background.x, background.y, background.z, 1.0f);
    }
    // The first command's clip is usually the whole canvas too: no scissor call for it.
    set_scissor(ImVec4(0, 0, static_cast<float>(width), static_cast<float>(height)));
    glClear(GL_COLOR_BUFFER_BIT);
    if (data.DisplaySize.x <= 0 || data.DisplaySize.y <= 0) return;

    const ImVec2 origin = data.DisplayPos;
    const ImVec2 scale = data.FramebufferScale;
    const ImVec4 transform(2.0f / data.DisplaySize.x, -2.0f / data.DisplaySize.y, -1.0f - origin.x * 2.0f / data.DisplaySize.x,
                           1.0f + origin.y * 2.0f / data.DisplaySize.y);
    if (!(transform == renderer.transform_sent)) {
        renderer.transform_sent = transform;
        glUniform4f(renderer.transform, transform.x, transform.y, transform.z, transform.w);
    }
    for (int list = 0; list < data.CmdListsCount; ++list) {
        const ImDrawList& commands = *data.CmdLists[list];
        glBufferData(GL_ARRAY_BUFFER, commands.VtxBuffer.Size * static_cast<GLsizeiptr>(sizeof(ImDrawVert)),
                     commands.VtxBuffer.Data, GL_STREAM_DRAW);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER, commands.IdxBuffer.Size * static_cast<GLsizeiptr>(sizeof(ImDrawIdx)),
                     commands.IdxBuffer.Data, GL_STREAM_DRAW);
        for (const ImDrawCmd& command : commands.CmdBuffer) {
            if (command.UserCallback) {  // the page sets none; ImGui's reset needs nothing here
                if (command.UserCallback != ImDrawCallback_ResetRenderState) command.UserCallback(&commands, &command);
                continue;
            }
            // The clip rectangle in framebuffer pixels, from the bottom left as GL counts.
            const float left = (command.ClipRect.x - origin.x) * scale.x;
            const float top = (command.ClipRect.y - origin.y) * scale.y;
            const float right = (command.ClipRect.z - origin.x) * scale.x;
            const float bottom = (command.ClipRect.w - origin.y) * scale.y;
            if (right <= left || bottom <= top || command.ElemCount == 0) continue;
            set_scissor(ImVec4(left, static_cast<float>(height) - bottom, right - left, bottom - top));
            const auto texture = static_cast<GLuint>(reinterpret_cast<std::uintptr_t>(command.GetTexID()));
            if (texture != renderer.bound_texture) {
                renderer.bound_texture = texture;
                glBindTexture(GL_TEXTURE_2D, texture);
            }
            glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(command.ElemCount),
                           sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                           reinterpret_cast<void*>(command.IdxOffset * sizeof(ImDrawIdx)));
        }
    }
}

}  // namespace ssi::platform
