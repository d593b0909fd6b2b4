// Typing into the calculator's fields: a real text input follows the ImGui field being edited
// (the program reports it: Module.textField), so that a phone opens its keyboard, and every
// keyboard reaches the field: accents, dead keys, IME composition, autocorrect, paste, copy,
// cut, undo and the caret keys are the browser's own. Whatever the input holds goes to the
// program (ssi_text_input), which puts it in the field; Enter, Escape and Tab go to ImGui.
'use strict';

(function () {
  const canvas = document.getElementById('canvas');
  const input = document.createElement('input');
  input.type = 'text';
  input.className = 'text-input';
  input.id = 'text-input';
  input.tabIndex = -1;  // reached through the calculator's fields, not on its own
  for (const [name, value] of [['autocomplete', 'off'], ['autocorrect', 'off'], ['autocapitalize', 'off'],
                               ['spellcheck', 'false'], ['enterkeyhint', 'done'], ['aria-label', '']]) {
    input.setAttribute(name, value);
  }
  input.hidden = true;  // shown, invisibly, over the field being edited (style.css)
  canvas.parentElement.append(input);

  let ready = false;
  let editing = false;
  let composing = false;
  let numeric = false;

  // UTF-16 positions of the input <-> UTF-8 byte offsets of the program.
  const bytesBefore = (index) => Module.lengthBytesUTF8(input.value.slice(0, index));
  const indexAt = (bytes) => {
    let index = 0;
    while (index < input.value.length && bytesBefore(index) < bytes) ++index;
    return index;
  };

  function send() {
    if (!ready || !editing) return;
    // A number typed with a decimal comma (French and Spanish keyboards) reads as a point.
    const text = numeric ? input.value.replace(/,/g, '.') : input.value;
    Module.ccall('ssi_text_input', null, ['string', 'number', 'number'],
                 [text, bytesBefore(input.selectionStart ?? 0), bytesBefore(input.selectionEnd ?? 0)]);
  }

  function focusCanvas() {
    if (document.activeElement === input) canvas.focus({ preventScroll: true });
  }

  // The program: a field started, moved, changed its text or caret, or ended.
  Module.textField = (field) => {
    editing = field.editing;
    if (!editing) {
      focusCanvas();
      input.hidden = true;
      return;
    }
    const box = canvas.getBoundingClientRect();
    Object.assign(input.style, {
      left: box.left + field.x + 'px', top: box.top + field.y + 'px',
      width: Math.max(field.width, 1) + 'px', height: Math.max(field.height, 1) + 'px',
    });
    input.setAttribute('aria-label', field.label);
    numeric = field.numeric;
    input.inputMode = numeric ? 'decimal' : 'text';
    input.hidden = false;
    if (!composing) {  // never rewrite the input under an IME composition
      if (input.value !== field.text) input.value = field.text;
      input.setSelectionRange(indexAt(field.selectStart), indexAt(field.selectEnd));
    }
    if (document.activeElement !== input) input.focus({ preventScroll: true });
  };

  input.addEventListener('input', send);
  input.addEventListener('select', send);
  input.addEventListener('compositionstart', () => { composing = true; });
  input.addEventListener('compositionend', () => {
    composing = false;
    send();
  });
  // Caret moves with the arrows, Home, End or a long press: the field's caret follows.
  document.addEventListener('selectionchange', () => {
    if (document.activeElement === input && !composing) send();
  });
  // Another part of the page took the focus (the paste box, a screen reader's control): the
  // edit ends. The canvas taking it is a click in the calculator, which ImGui sees itself.
  input.addEventListener('blur', (event) => {
    if (ready && editing && document.hasFocus() && event.relatedTarget !== canvas) Module._ssi_text_stop();
  });

  // Keys typed into the input are the input's: GLFW (which listens on the window, capturing)
  // must not see them too. Registered before the program starts, so this runs first.
  const keys = { Enter: 0, Escape: 1, Tab: 2 };
  const ownKeys = (event) => {
    if (event.target !== input) return;
    event.stopImmediatePropagation();
    if (event.type !== 'keydown' || event.isComposing || !(event.key in keys)) return;
    event.preventDefault();
    if (event.key === 'Enter') send();  // the text as it is now, then the key
    Module._ssi_text_key(event.key === 'Tab' && event.shiftKey ? 3 : keys[event.key]);
  };
  for (const type of ['keydown', 'keypress', 'keyup']) window.addEventListener(type, ownKeys, true);

  // A press on the canvas focuses it, so keys reach the calculator inside an iframe, except on
  // a text field: there, the input takes the focus at once, inside the tap, which is when a
  // phone agrees to open its keyboard (the program then fills it in).
  function press(event) {
    if (!ready) return;
    const point = event.changedTouches ? event.changedTouches[0] : event;
    const box = canvas.getBoundingClientRect();
    const onField = Module._ssi_text_field_at(point.clientX - box.left, point.clientY - box.top);
    if (!onField) {
      if (event.type !== 'touchend') canvas.focus({ preventScroll: true });
    } else if (event.type === 'mousedown') {
      event.preventDefault();  // a click in the field: the focus stays where it is
    } else if (event.type === 'touchend') {
      input.hidden = false;
      input.focus({ preventScroll: true });
    }
  }
  canvas.addEventListener('mousedown', press);
  canvas.addEventListener('touchstart', press, { passive: true });
  canvas.addEventListener('touchend', press, { passive: true });

  // What is pasted anywhere: ImGui's own Ctrl+V reads it (the program has no clipboard).
  document.addEventListener('paste', (event) => {
    const text = event.clipboardData && event.clipboardData.getData('text/plain');
    if (ready && text) Module.ccall('ssi_clipboard_text', null, ['string'], [text.slice(0, 65536)]);
  }, true);

  SSI.on('ready', () => { ready = true; });
})();
