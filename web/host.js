// The calculator inside another site's iframe: tells the host page when it is ready, how tall
// it is and what changed, and accepts inputs, and requests for the score card, from the host
// origins listed in origins= in the link (none by default). Every message carries the protocol
// version.
'use strict';

(function () {
  const protocol = 1;
  const largestMessage = 8 * 1024;  // characters of JSON: far more than 30 metrics need
  const mostInputs = 64;
  if (window.parent === window) return;  // not embedded

  // The parent's origin when the browser tells it; '*' otherwise (the data is only a score).
  function parentOrigin() {
    if (location.ancestorOrigins && location.ancestorOrigins.length) return location.ancestorOrigins[0];
    try {
      if (document.referrer) return new URL(document.referrer).origin;
    } catch { /* an unparsable referrer: fall through */ }
    return '*';
  }
  const target = parentOrigin();
  const post = (message) => window.parent.postMessage({ ...message, version: protocol }, target);

  let lastHeight = 0;
  function postHeight() {
    const height = Math.ceil(SSI.contentHeight());
    if (height > 0 && Math.abs(height - lastHeight) >= 1) {
      lastHeight = height;
      post({ type: 'ssi:resize', height });
    }
  }

  // ssi:change only when the score moved: notices, language or theme are not the host's business.
  let lastScore = '';
  const score = () => {
    const state = SSI.getState();
    return JSON.stringify({ total: state.total, pillars: state.pillars });
  };
  function postChange() {
    const now = score();
    if (now === lastScore) return;
    lastScore = now;
    post({ type: 'ssi:change', ...JSON.parse(now) });
  }

  const notice = (key, origin, detail) =>
    SSI.notify(SSI.text(key).replace('{origin}', origin).replace('{detail}', detail || ''));

  function isPlainObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) &&
           Object.getPrototypeOf(value) === Object.prototype;
  }

  window.addEventListener('message', (event) => {
    const data = event.data;
    // Only messages that claim to be ours are answered; others (extensions, ads) are not our business.
    if (!data || typeof data !== 'object' || typeof data.type !== 'string' || !data.type.startsWith('ssi:')) return;
    const origin = String(event.origin);
    if (!SSI.allowedOrigins().includes(origin)) return notice('ui.message_origin', origin);
    let size = Infinity;
    try { size = JSON.stringify(data).length; } catch { /* cyclic or exotic: too big */ }
    if (size > largestMessage) return notice('ui.message_size', origin);
    if (data.version !== protocol) return notice('ui.message_version', origin, String(data.version).slice(0, 20));
    // The score card for the host to show or share: a PNG Blob back to the asking origin.
    if (data.type === 'ssi:score-card') {
      SSI.scoreCard().then((png) => event.source.postMessage({ type: 'ssi:score-card', version: protocol, png }, origin))
        .catch((error) => notice('ui.message_partly', origin, String(error.message || error).slice(0, 160)));
      return;
    }
    if (data.type !== 'ssi:set') return notice('ui.message_type', origin, data.type.slice(0, 40));
    if (!isPlainObject(data.inputs) || Object.keys(data.inputs).length > mostInputs) {
      return notice('ui.message_shape', origin);
    }
    const report = SSI.setInputs(data.inputs);
    const problems = [...report.ignored.map((item) => item.key + ' (' + item.reason + ')'), ...report.clamped];
    if (problems.length) notice('ui.message_partly', origin, problems.join(', ').slice(0, 160));
  });

  SSI.on('ready', () => {
    lastScore = score();
    post({ type: 'ssi:ready' });
    postHeight();
    new ResizeObserver(postHeight).observe(document.documentElement);
  });
  SSI.on('change', () => {
    postChange();
    postHeight();
  });
})();
