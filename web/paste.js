// Pasting LinkedIn's SSI page: Ctrl/Cmd+V anywhere on the page while no text field is being
// edited, the "Paste from LinkedIn" button (the clipboard where the browser lets the page read
// it, else a paste box), or a saved page dropped on the window. What was pasted goes to the
// program as text only (src/app/ssi_page.hpp reads it): nothing pasted is ever put in this page.
'use strict';

(function () {
  const limit = 2 * 1024 * 1024;  // max_paste_bytes in src/app/ssi_page.hpp
  let ready = false;

  // The text goes through the program's heap, not its stack: a paste can be megabytes. A paste
  // over the limit is refused unread; only its size goes in, for the message.
  function paste(text, html, bytes) {
    if (!ready) return { ok: false, problem: 'loading', message: 'The calculator is still loading.' };
    text = typeof text === 'string' ? text : '';
    html = typeof html === 'string' && html.length <= limit ? html : '';
    if (text.length > limit) {
      bytes = Module.lengthBytesUTF8(text);
      text = '';
    }
    const strings = [text, html].map((value) => {
      const size = Module.lengthBytesUTF8(value) + 1;
      const pointer = Module._malloc(size);
      Module.stringToUTF8(value, pointer, size);
      return pointer;
    });
    try {
      return JSON.parse(Module.UTF8ToString(Module._ssi_paste(strings[0], strings[1], bytes || 0)));
    } finally {
      strings.forEach((pointer) => Module._free(pointer));
    }
  }
  // SSI.pasteText(text, html?): the same path as a real paste; what was read, or why not.
  SSI.pasteText = (text, html) => paste(text, html, 0);

  const editable = (element) => element && (element.isContentEditable || element.tagName === 'TEXTAREA' ||
    (element.tagName === 'INPUT' && /^(text|search|email|url|tel|password|number|)$/.test(element.type)));

  function fromClipboard(data) {
    return paste(data.getData('text/plain'), data.getData('text/html'), 0);
  }

  // The paste box, for browsers that do not let the page read the clipboard: a normal paste
  // (Ctrl+V, or a long press then Paste on a phone) into a real text field.
  let box = null;
  function openBox() {
    if (!box) {
      box = document.createElement('dialog');
      box.className = 'paste-box';
      box.innerHTML = '<label for="paste-area"></label><textarea id="paste-area" rows="6" autocomplete="off"' +
        ' autocapitalize="off" spellcheck="false"></textarea><div><button type="button" value="read"></button>' +
        '<button type="button" value="cancel"></button></div>';
      const area = box.querySelector('textarea');
      const close = () => {
        box.close();
        document.getElementById('canvas').focus();
      };
      area.addEventListener('paste', (event) => {
        if (!event.clipboardData) return;  // the text lands in the field; Read takes it
        event.preventDefault();
        close();
        fromClipboard(event.clipboardData);
      });
      box.querySelector('[value=read]').addEventListener('click', () => {
        const text = area.value;
        close();
        paste(text, '', 0);
      });
      box.querySelector('[value=cancel]').addEventListener('click', close);
      document.body.append(box);
    }
    box.querySelector('label').textContent = SSI.text('ui.paste_box_label');
    box.querySelector('[value=read]').textContent = SSI.text('ui.paste_box_read');
    box.querySelector('[value=cancel]').textContent = SSI.text('ui.paste_box_cancel');
    box.querySelector('textarea').value = '';
    box.showModal();
    box.querySelector('textarea').focus();
  }

  // The button: read the clipboard (text and HTML) where the browser allows it; where it asks
  // too long, refuses, or has no such API (Firefox, plain http, sandboxed frames): the box.
  Module.requestPaste = async () => {
    try {
      if (!navigator.clipboard || !navigator.clipboard.read) throw new Error('no clipboard access');
      const items = await Promise.race([
        navigator.clipboard.read(),
        new Promise((resolve, reject) => setTimeout(() => reject(new Error('no answer')), 3000)),
      ]);
      const parts = { 'text/plain': '', 'text/html': '' };
      for (const item of items) {
        for (const type of Object.keys(parts)) {
          if (item.types.includes(type)) parts[type] = await (await item.getType(type)).text();
        }
      }
      if (!parts['text/plain'] && !parts['text/html']) throw new Error('empty clipboard');
      paste(parts['text/plain'], parts['text/html'], 0);
    } catch {
      openBox();
    }
  };

  SSI.on('ready', () => {
    ready = true;
    // Ctrl/Cmd+V on the page: a text field (ImGui's or the page's) keeps its own paste.
    document.addEventListener('paste', (event) => {
      if (editable(event.target) || Module._ssi_text_editing() || !event.clipboardData) return;
      event.preventDefault();
      fromClipboard(event.clipboardData);
    });
    // A saved page dropped on the window is read like a paste; CSV and JSON are history imports.
    window.addEventListener('dragover', (event) => {
      if (event.dataTransfer && Array.from(event.dataTransfer.types).includes('Files')) event.preventDefault();
    });
    window.addEventListener('drop', async (event) => {
      const file = event.dataTransfer && event.dataTransfer.files[0];
      if (!file) return;
      event.preventDefault();
      if (/\.(csv|json)$/i.test(file.name)) {
        Module.importFile(file);
      } else if (file.size > limit) {
        paste('', '', file.size);
      } else {
        const text = await file.text();
        if (/\.html?$/i.test(file.name)) paste('', text, 0);
        else paste(text, '', 0);
      }
    });
  });
})();
