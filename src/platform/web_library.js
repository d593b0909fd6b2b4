// C++ -> page calls, linked into ssi.js with --js-library.
mergeInto(LibraryManager.library, {
  // The state changed (a slider moved, setInputs was called): the page mirrors it out.
  ssi_js_state_changed: function () {
    if (typeof Module['onStateChanged'] === 'function') Module['onStateChanged']();
  },
  // Sizes the canvas's backing store and tells GLFW. glfwSetWindowSize would instead go
  // fullscreen when the size happens to equal the screen's (Emscripten 3.1.6's GLFW).
  ssi_js_set_canvas_size__deps: ['$Browser'],
  ssi_js_set_canvas_size: function (width, height) {
    Browser.setCanvasSize(width, height);
  },
});
