// The browser's storage for saved scenarios and readings, written so that nothing is ever lost:
// each write goes to a new key, then the pointer switches to it, then the old key goes. Data
// that cannot be read at start is kept under a backup key and offered for download. Where
// storage is blocked or full (private windows, partitioned iframes), the app works without it.
'use strict';

(function () {
  const prefix = 'ssi-calculator:';
  const pointerKey = prefix + 'current';

  function storage() {
    try {
      const store = window.localStorage;  // throws in sandboxed frames
      const probe = prefix + 'probe';
      store.setItem(probe, '1');
      store.removeItem(probe);
      return store;
    } catch {
      return null;
    }
  }

  function load() {
    const store = storage();
    if (!store) return Module.ccall('ssi_load_saved', 'number', ['string', 'string', 'number'], ['', '', 0]);
    let raw = '';
    let dataKey = '';
    try {
      dataKey = store.getItem(pointerKey) || '';
      raw = dataKey ? store.getItem(dataKey) ?? '' : '';
      // A pointer to a key that is not ours, or to nothing: unreadable too.
      if (dataKey && (!dataKey.startsWith(prefix + 'data:') || raw === '')) raw = raw || 'missing data under ' + dataKey.slice(0, 60);
    } catch {
      raw = '';
    }
    const backupKey = prefix + 'backup:' + new Date().toISOString();
    const unreadable = Module.ccall('ssi_load_saved', 'number', ['string', 'string', 'number'], [raw, backupKey, 1]);
    if (unreadable) {
      try {
        store.setItem(backupKey, raw);
        store.removeItem(pointerKey);  // start afresh; the backup stays until the user removes it
      } catch { /* full: the data stays where it was, untouched */ }
    }
  }

  // Called by the program when the saved document changed. Returns true when stored.
  Module.store = (json) => {
    const store = storage();
    if (!store) return false;
    try {
      const previous = store.getItem(pointerKey);
      const next = prefix + 'data:' + Date.now().toString(36) + Math.random().toString(36).slice(2, 6);
      store.setItem(next, json);          // 1. the new value under a new key
      store.setItem(pointerKey, next);    // 2. switch: readers now see the new value, whole
      if (previous && previous !== next && previous.startsWith(prefix + 'data:')) store.removeItem(previous);  // 3.
      return true;
    } catch {
      return false;  // quota exceeded or blocked: the old value is still whole
    }
  };

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

  SSI.on('ready', load);
})();
