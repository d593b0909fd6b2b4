// A visually hidden mirror of the canvas for screen readers and keyboards: one labelled
// control per metric, kept in sync both ways, and a live region that reads the score out
// after changes.
'use strict';

(function () {
  const mirror = document.getElementById('mirror');
  const live = document.getElementById('live');
  const controls = new Map();  // metric id -> { input, unknown }
  let language = '';
  let announceTimer = 0;

  function build(metrics) {
    mirror.replaceChildren();
    controls.clear();
    let group = null;
    let pillar = '';
    for (const metric of metrics) {
      if (metric.pillar !== pillar) {
        pillar = metric.pillar;
        group = document.createElement('fieldset');
        const legend = document.createElement('legend');
        legend.textContent = pillar;
        group.append(legend);
        mirror.append(group);
      }
      const label = document.createElement('label');
      const input = document.createElement('input');
      input.id = 'mirror-' + metric.id;
      input.dataset.metric = metric.id;
      if (metric.checkbox) {
        input.type = 'checkbox';
      } else {
        input.type = 'range';
        input.min = metric.min;
        input.max = metric.max;
        input.step = metric.step;
      }
      label.htmlFor = input.id;
      label.textContent = metric.label;
      input.title = metric.help;
      input.addEventListener('input', () => {
        const value = input.type === 'checkbox' ? (input.checked ? 1 : 0) : Number(input.value);
        SSI.setInputs({ [metric.id]: value });
      });
      const unknown = document.createElement('input');
      unknown.type = 'checkbox';
      unknown.id = 'mirror-unknown-' + metric.id;
      const unknownLabel = document.createElement('label');
      unknownLabel.htmlFor = unknown.id;
      unknownLabel.textContent = metric.label + ': ' + SSI.text('ui.unknown');
      unknown.addEventListener('change', () => {
        SSI.setInputs({ [metric.id]: unknown.checked ? null : Number(input.value) });
      });
      const row = document.createElement('div');
      row.append(label, input, unknownLabel, unknown);
      group.append(row);
      controls.set(metric.id, { input, unknown });
    }
  }

  // Values and labels follow the canvas; rebuilt when the language changes.
  function sync() {
    const metrics = SSI.metrics();
    const state = SSI.getState();
    if (!state) return;
    if (state.language !== language || controls.size !== metrics.length) {
      language = state.language;
      build(metrics);
    }
    for (const metric of metrics) {
      const { input, unknown } = controls.get(metric.id);
      if (input.type === 'checkbox') {
        input.checked = metric.value >= 0.5;  // its checked state is its value: no valuetext
      } else {
        if (Number(input.value) !== metric.value) input.value = metric.value;
        input.setAttribute('aria-valuetext', metric.text);
      }
      input.disabled = !metric.known;
      unknown.checked = !metric.known;
    }
  }

  // Read the score out once the user pauses, not at every step of a slider; and any new
  // notice (what a link, the storage or a host page sent that could not be used).
  let noticesRead = '';
  function announce() {
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => {
      const notices = (SSI.getState()?.notices ?? []).join('. ');
      const fresh = notices && notices !== noticesRead ? ' ' + notices : '';
      noticesRead = notices;
      live.textContent = SSI.summary() + fresh;
    }, 600);
  }

  SSI.on('ready', () => {
    sync();
    if (SSI.getState()?.notices?.length) announce();
  });
  SSI.on('change', () => {
    sync();
    announce();
  });
})();
