// The service worker: the site's files, cached on the first visit, open the calculator without
// the network. The build writes dist/sw.js from this file, with the version (a hash of every
// file below) and the list. A new deployment changes the version, so the browser's update check
// installs the new worker, which caches the new files in a cache of its own and takes over; the
// page says so (web/offline.js). Same origin only: any other request is left to the network.
const version = '@VERSION@';
const files = [@FILES@];
const cacheName = 'ssi-calculator-' + version;
const scope = new URL('./', self.location).href;

self.addEventListener('install', (event) => {
  // 'reload' skips the HTTP cache, so the new version never caches an old file.
  event.waitUntil(caches.open(cacheName)
    .then((cache) => cache.addAll(files.map((file) => new Request(file, { cache: 'reload' }))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((name) => name.startsWith('ssi-calculator-') && name !== cacheName)
                                      .map((name) => caches.delete(name))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // The page itself, whatever its query (?embed, ?lang...): the cached index.html.
  const path = url.href.slice(0, url.href.length - url.search.length - url.hash.length);
  const page = request.mode === 'navigate' && (path === scope || path === scope + 'index.html');
  const file = page ? 'index.html' : path.startsWith(scope) ? path.slice(scope.length) : null;
  if (file === null || !files.includes(file)) return;
  event.respondWith(caches.open(cacheName)
    .then((cache) => cache.match(file))
    .then((cached) => cached || fetch(request)));
});
