// A demo host page: embeds the calculator in a sandboxed iframe, sizes the frame from its
// ssi:resize messages (so the frame never scrolls inside) and sets inputs with ssi:set.
// README.md has the copy-paste version of this snippet.
'use strict';

const frame = document.getElementById('ssi');
const calculator = new URL('index.html', location.href);
// Allow this page's origin to set inputs; file:// pages have no origin to allow.
if (location.origin !== 'null') calculator.hash = 'origins=' + location.origin;
frame.src = calculator.href;

window.addEventListener('message', (event) => {
  // A sandboxed frame has an opaque origin ('null'): trust the window, not the origin string.
  if (event.source !== frame.contentWindow) return;
  const message = event.data;
  if (!message || message.version !== 1) return;
  if (message.type === 'ssi:resize' && Number.isFinite(message.height)) {
    frame.style.height = Math.min(Math.max(message.height, 200), 20000) + 'px';
  } else if (message.type === 'ssi:change') {
    document.getElementById('last-change').textContent = 'SSI ' + message.total;
  }
});

document.getElementById('set-active').addEventListener('click', () => {
  frame.contentWindow.postMessage({ type: 'ssi:set', version: 1, inputs: { comments: 35, posts: 3, active_days: 7 } }, '*');
});
