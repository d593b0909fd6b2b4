// Offline and installable (see web/sw.js): the service worker is registered once the calculator
// is drawn, so it never delays the first frame. Only a served page has one: a file:// page and a
// sandboxed frame (an opaque origin) cannot, and work as before.
(function () {
  'use strict';
  let container = null;
  try {
    if (location.protocol === 'https:' || location.protocol === 'http:') container = navigator.serviceWorker || null;
  } catch {
    container = null;  // an opaque origin throws on reading navigator.serviceWorker
  }
  if (!container || self.origin === 'null') return;
  SSI.on('ready', () => setTimeout(() => {
    // A page already served by a worker that another version replaces: it runs the old files
    // until reloaded, and says so. (The first worker taking over the first visit is not news.)
    const served = !!container.controller;
    container.addEventListener('controllerchange', () => {
      if (served) SSI.notify(SSI.text('ui.updated'));
    });
    container.register('sw.js').catch(() => {});  // without it the page works as before, online
  }, 1000));
})();
