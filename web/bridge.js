// The page side of the calculator: configures the Emscripten module, wakes the sleeping frame
// loop on input, and exposes window.SSI. Loaded before ssi.js.
'use strict';

(function () {
  const canvas = document.getElementById('canvas');
  const status = document.getElementById('status');

  const Module = {
    canvas: canvas,
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    onRuntimeInitialized: () => {
      status.hidden = true;
      startWakeListeners();
    },
    onAbort: (what) => {
      status.hidden = false;
      status.textContent = 'The calculator stopped: ' + what;
    },
    onStateChanged: () => {},
  };
  window.Module = Module;

  // The frame loop pauses when nothing changes; any input wakes it. A touch also tells the
  // program where the finger is before GLFW reports the press (capture phase runs first).
  function startWakeListeners() {
    const wake = () => Module._ssi_wake();
    const pointer = (event) => {
      if (event.target !== canvas) return wake();
      const rect = canvas.getBoundingClientRect();
      const point = event.touches ? event.changedTouches[0] : event;
      Module._ssi_pointer(point.clientX - rect.left, point.clientY - rect.top, event.touches ? 1 : 0);
    };
    const options = { capture: true, passive: true };
    for (const type of ['touchstart', 'touchmove', 'mousedown', 'mousemove']) {
      window.addEventListener(type, pointer, options);
    }
    for (const type of ['touchend', 'touchcancel', 'mouseup', 'wheel', 'keydown', 'keyup', 'resize',
                        'focus', 'blur', 'mouseleave', 'visibilitychange']) {
      window.addEventListener(type, wake, options);
    }
    // Browser zoom and moving to another screen change the device pixel ratio without a resize.
    const watchRatio = () => {
      matchMedia('(resolution: ' + devicePixelRatio + 'dppx)').addEventListener('change', () => {
        wake();
        watchRatio();
      }, { once: true });
    };
    watchRatio();
    // Keyboard focus inside an iframe: focusing the canvas on press lets the keys reach it.
    canvas.addEventListener('mousedown', () => canvas.focus());
    canvas.addEventListener('touchstart', () => canvas.focus(), { passive: true });
    canvas.focus();
  }

  function readState() {
    if (!Module.calledRun) return null;  // still loading
    return JSON.parse(Module.UTF8ToString(Module._ssi_state_json()));
  }

  // window.SSI: documented in README.md.
  window.SSI = {
    // The calculator's state with the values as displayed.
    getState: readState,
    // Where each metric's control is drawn, in CSS pixels from the canvas's top left:
    // [{ id, x, y, width, height, visible }]. For tooling and tests.
    controls() {
      return Module.calledRun ? JSON.parse(Module.UTF8ToString(Module._ssi_controls_json())) : [];
    },
    // Sets metrics as a user would: { <metric id>: number, or null for unknown }.
    // Out-of-range values are clamped. Returns what was applied, clamped and ignored.
    setInputs(inputs) {
      const report = { applied: [], clamped: [], ignored: [] };
      if (!inputs || typeof inputs !== 'object' || Array.isArray(inputs)) {
        report.ignored.push({ key: String(inputs), reason: 'not an object of metric ids' });
        return report;
      }
      for (const [id, raw] of Object.entries(inputs)) {
        const known = raw !== null;
        const value = known ? Number(raw) : 0;
        if (known && (typeof raw !== 'number' && typeof raw !== 'string')) {
          report.ignored.push({ key: id, reason: 'not a number' });
          continue;
        }
        const status = Module.ccall('ssi_set_input', 'number', ['string', 'number', 'number'],
                                    [id, value, known ? 1 : 0]);
        if (status === -1) report.ignored.push({ key: id, reason: 'unknown metric' });
        else if (status === 2) report.ignored.push({ key: id, reason: 'not a number' });
        else if (status === 1) report.clamped.push(id);
        else report.applied.push(id);
      }
      return report;
    },
  };
})();
