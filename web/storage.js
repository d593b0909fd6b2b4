// The browser's storage for saved scenarios and readings and the work in progress, written so
// that nothing is ever lost: each write goes to a new key, then the pointer switches to it, then
// the old key goes; the program merges the document with what other tabs stored before each
// write (app/storage.hpp). Data that cannot be read at start is kept under a backup key and
// offered for download. Where storage is blocked (sandboxed iframes) the app works without it;
// where it is full, it says so and what was stored stays whole.
'use strict';

(function () {
  const prefix = 'ssi-calculator:';
  // Two things are kept, each under a pointer to its current data key: the saved document
  // (scenarios and readings) and the work in progress (working.hpp).
  const documentPointer = prefix + 'current';
  const workingPointer = prefix + 'working';
  const documentData = prefix + 'data:';
  const workingData = prefix + 'work:';

  // The storage, or null where it is blocked. Not probed by writing: a full storage still reads.
  function storage() {
    try {
      const store = window.localStorage;  // throws in sandboxed frames
      store.getItem(documentPointer);
      return store;
    } catch {
      return null;
    }
  }

  // The text a pointer points to; '' when there is none.
  function read(store, pointer) {
    try {
      const key = store.getItem(pointer);
      return key ? store.getItem(key) ?? '' : '';
    } catch {
      return '';
    }
  }

  // The safe write: the new value under a new key, then the pointer switches to it (readers see
  // the old value or the new one, whole), then the old key goes. False when the browser refuses
  // (its quota is full, or storage is blocked): the old value is still there, whole.
  function write(pointer, dataPrefix, text) {
    const store = storage();
    if (!store) return false;
    const next = dataPrefix + Date.now().toString(36) + Math.random().toString(36).slice(2, 6);
    try {
      const previous = store.getItem(pointer);
      store.setItem(next, text);
      store.setItem(pointer, next);
      if (previous && previous !== next && previous.startsWith(dataPrefix)) store.removeItem(previous);
      return true;
    } catch {
      try { store.removeItem(next); } catch { /* nothing was written */ }
      return false;
    }
  }

  // Data keys no pointer points to, left by two tabs switching a pointer at the same moment,
  // once they are a minute old (their name says when they were written).
  function sweep(store) {
    const current = [store.getItem(documentPointer), store.getItem(workingPointer)];
    const stale = [];
    for (let i = 0; i < store.length; ++i) {
      const key = store.key(i);
      for (const dataPrefix of [documentData, workingData]) {
        if (!key.startsWith(dataPrefix) || current.includes(key)) continue;
        const written = parseInt(key.slice(dataPrefix.length, dataPrefix.length + 8), 36);
        if (Date.now() - written > 60000) stale.push(key);
      }
    }
    stale.forEach((key) => store.removeItem(key));
  }

  // At start, before the first frame (the program asks): the saved document and the kept work
  // go to the program, which opens the page from them or from the link.
  Module.openStorage = () => {
    const open = (document, working, backupKey, available) =>
      Module.ccall('ssi_open_page', 'number', ['string', 'string', 'string', 'number'], [document, working, backupKey, available]);
    const store = storage();
    if (!store) return open('', '', '', 0);
    let raw = '';
    try {
      const dataKey = store.getItem(documentPointer) || '';
      raw = dataKey ? store.getItem(dataKey) ?? '' : '';
      // A pointer to a key that is not ours, or to nothing: unreadable too.
      if (dataKey && (!dataKey.startsWith(documentData) || raw === '')) raw = raw || 'missing data under ' + dataKey.slice(0, 60);
      sweep(store);
    } catch {
      raw = '';
    }
    const backupKey = prefix + 'backup:' + new Date().toISOString();
    if (open(raw, read(store, workingPointer), backupKey, 1)) {
      try {
        store.setItem(backupKey, raw);
        store.removeItem(documentPointer);  // start afresh; the backup stays until the user removes it
      } catch { /* full: the data stays where it was, untouched */ }
    }
  };

  // The document as stored now, for the program to merge with before it writes (two tabs).
  Module.readStored = () => {
    const store = storage();
    return store ? read(store, documentPointer) : '';
  };
  // Called by the program with the merged document. Returns true when stored.
  Module.store = (json) => write(documentPointer, documentData, json);

  // Another tab (or a same-origin embed) wrote the document: the program merges it and shows it.
  window.addEventListener('storage', (event) => {
    if (event.key === documentPointer && Module._ssi_storage_changed) Module._ssi_storage_changed();
  });

  // The work in progress, a moment after each change and whenever the page is hidden or left.
  let workingTimer = 0;
  let workingKept = null;
  function keepWorking() {
    clearTimeout(workingTimer);
    workingTimer = 0;
    if (!storage()) return;
    const text = Module.UTF8ToString(Module._ssi_working_json());
    if (text === workingKept) return;
    const stored = write(workingPointer, workingData, text);
    if (stored) workingKept = text;
    Module._ssi_working_stored(stored ? 1 : 0);
  }
  SSI.on('ready', () => {
    workingKept = Module.UTF8ToString(Module._ssi_working_json());
    SSI.on('change', () => {
      clearTimeout(workingTimer);
      workingTimer = setTimeout(keepWorking, 300);
    });
    window.addEventListener('pagehide', keepWorking);
    document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') keepWorking(); });
  });

  function save(filename, mime, content) {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([content], { type: mime }));
    link.download = filename;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  }
  Module.download = save;
  Module.downloadBackup = (key) => {
    const store = storage();
    const content = store ? store.getItem(key) : null;
    if (content !== null) save('ssi-calculator-unreadable-data.txt', 'text/plain', content);
  };

  // Import: a file picked or dropped (web/paste.js); the text goes to the program, which reports
  // row by row. Through the heap, not the stack: a history can be megabytes.
  Module.importFile = async (file) => {
    const text = file.size > 16 * 1024 * 1024 ? '' : await file.text();
    const size = Module.lengthBytesUTF8(text) + 1;
    const pointer = Module._malloc(size);
    Module.stringToUTF8(text, pointer, size);
    try {
      Module.ccall('ssi_import_text', null, ['string', 'number'], [file.name, pointer]);
    } finally {
      Module._free(pointer);
    }
  };
  Module.pickImport = () => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.csv,.json,.txt,text/csv,application/json';
    input.addEventListener('change', () => {
      const file = input.files && input.files[0];
      if (file) Module.importFile(file);
    });
    input.click();
  };

})();
