// The printed report: a clean page built from the DOM, not the canvas's pixels, from what the
// program describes (ui/take_away.cpp: headings, numbers and lines in the user's language).
// Loaded after the first frame (web/bridge.js); built before each print (Ctrl/Cmd+P, the "Print
// report" button); style.css shows it only in print.
'use strict';

window.SSIReport = (() => {
  const element = (tag, text, className) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  };
  const section = (heading, ...children) => {
    const node = element('section');
    node.append(element('h2', heading), ...children.filter(Boolean));
    return node;
  };
  const list = (lines, tag = 'ul') => {
    const node = element(tag);
    lines.forEach((line) => node.append(element('li', line)));
    return node;
  };

  // The totals of the history as a line chart (inline SVG: an image that needs no request).
  function chart(rows) {
    if (rows.length < 2) return null;
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 600 160');
    svg.setAttribute('role', 'img');
    const totals = rows.map((row) => row[row.length - 1]);
    const points = totals.map((total, i) => `${20 + (560 * i) / (totals.length - 1)},${150 - 1.4 * total}`).join(' ');
    for (const y of [0, 25, 50, 75, 100]) {
      const line = document.createElementNS(ns, 'line');
      Object.entries({ x1: 20, x2: 580, y1: 150 - 1.4 * y, y2: 150 - 1.4 * y, class: 'grid' }).forEach(([k, v]) => line.setAttribute(k, v));
      svg.append(line);
    }
    const path = document.createElementNS(ns, 'polyline');
    path.setAttribute('points', points);
    path.setAttribute('class', 'trend');
    svg.append(path);
    svg.setAttribute('aria-label', totals.join(', '));
    return svg;
  }

  function table(history) {
    if (!history.rows.length) return null;
    const node = element('table');
    const head = element('tr');
    history.columns.forEach((name) => head.append(element('th', name)));
    node.append(element('thead'));
    node.firstChild.append(head);
    const body = element('tbody');
    history.rows.forEach((row) => {
      const tr = element('tr');
      row.forEach((cell) => tr.append(element('td', String(cell))));
      body.append(tr);
    });
    node.append(body);
    return node;
  }

  // Replaces the report in the page with one for `report` (the program's description).
  function build(report) {
    document.getElementById('report')?.remove();
    const root = element('article');
    root.id = 'report';
    const header = element('header');
    header.append(element('h1', report.title), element('p', report.date, 'date'));
    root.append(...[header,
      section(report.score.heading, element('p', report.score.total, 'total'), list(report.score.lines),
              report.score.note ? element('p', report.score.note) : null),
      section(report.goal.heading, element('p', report.goal.summary), checklist(report.goal.checklist),
              report.goal.note ? element('p', report.goal.note, 'note') : null),
      section(report.tips.heading, list(report.tips.lines)),
      section(report.rank.heading, list(report.rank.lines)),
      report.history.rows.length ? section(report.history.heading, chart(report.history.rows), table(report.history)) : null,
      element('p', report.estimate, 'note')].filter(Boolean));
    document.body.append(root);
    return root;
  }

  // The plan as boxes to tick on paper.
  function checklist(lines) {
    const node = element('ul', undefined, 'checklist');
    lines.forEach((line) => node.append(element('li', line)));
    return node;
  }

  return { build };
})();
