// The score card: a 1200 x 627 picture (LinkedIn's link-preview shape) drawn at 2x, from what
// the program describes (ui/score_card.cpp: numbers, words and the theme's colours). Loaded on
// first use, after the calculator is drawn (web/bridge.js's SSI.scoreCard). Nothing is fetched.
'use strict';

window.SSICard = (() => {
  const font = (size, weight = 400) => `${weight} ${size}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;

  function roundRect(g, x, y, w, h, r) {
    g.beginPath();
    g.moveTo(x + r, y);
    g.arcTo(x + w, y, x + w, y + h, r);
    g.arcTo(x + w, y + h, x, y + h, r);
    g.arcTo(x, y + h, x, y, r);
    g.arcTo(x, y, x + w, y, r);
    g.closePath();
  }

  // The total on a half gauge, as the calculator draws it.
  function gauge(g, card, cx, cy, radius) {
    const c = card.colors;
    g.lineCap = 'round';
    g.lineWidth = radius * 0.2;
    g.strokeStyle = c.track;
    g.beginPath();
    g.arc(cx, cy, radius, Math.PI, 2 * Math.PI);
    g.stroke();
    g.strokeStyle = c.total;
    g.beginPath();
    g.arc(cx, cy, radius, Math.PI, Math.PI * (1 + Math.max(0.005, Math.min(card.total, 100) / 100)));
    g.stroke();
    g.fillStyle = c.total;
    g.textAlign = 'center';
    g.textBaseline = 'alphabetic';
    g.font = font(radius * 0.72, 700);
    g.fillText(String(card.total), cx, cy - radius * 0.05);
    g.fillStyle = c.muted;
    g.font = font(radius * 0.18);
    g.fillText('/ 100', cx, cy + radius * 0.22);
  }

  // Text cut with "…" to fit `width`.
  function fitted(g, text, width) {
    if (g.measureText(text).width <= width) return text;
    while (text.length > 1 && g.measureText(text + '…').width > width) text = text.slice(0, -1);
    return text + '…';
  }

  function draw(card) {
    const scale = card.scale;
    const canvas = document.createElement('canvas');
    canvas.width = card.width * scale;
    canvas.height = card.height * scale;
    const g = canvas.getContext('2d');
    g.scale(scale, scale);
    const c = card.colors;
    const W = card.width;
    const H = card.height;

    g.fillStyle = c.page;
    g.fillRect(0, 0, W, H);
    g.fillStyle = c.accent;
    g.fillRect(0, 0, W, 10);
    roundRect(g, 40, 50, W - 80, H - 100, 24);
    g.fillStyle = c.card;
    g.fill();

    g.textBaseline = 'alphabetic';
    g.textAlign = 'left';
    g.fillStyle = c.text;
    g.font = font(40, 700);
    g.fillText(fitted(g, card.title, 760), 80, 122);
    g.textAlign = 'right';
    g.fillStyle = c.muted;
    g.font = font(26);
    g.fillText(card.date, W - 80, 120);

    gauge(g, card, 270, 380, 160);
    if (card.change) {
      g.textAlign = 'center';
      g.fillStyle = card.change_sign > 0 ? c.positive : card.change_sign < 0 ? c.negative : c.muted;
      g.font = font(30, 600);
      g.fillText(fitted(g, card.change, 400), 270, 470);
    }

    // The four pillars, each out of 25.
    const left = 500;
    const width = W - 80 - 40 - left;
    card.pillars.forEach((pillar, i) => {
      const y = 190 + i * 86;
      const value = pillar.text + ' / 25';
      g.font = font(28, 700);
      const valueWidth = g.measureText(value).width;
      g.textAlign = 'right';
      g.fillStyle = pillar.color;
      g.fillText(value, left + width, y);
      g.textAlign = 'left';
      g.fillStyle = c.text;
      g.font = font(24);
      g.fillText(fitted(g, pillar.name, width - valueWidth - 20), left, y);
      roundRect(g, left, y + 14, width, 16, 8);
      g.fillStyle = c.track;
      g.fill();
      roundRect(g, left, y + 14, Math.max(16, width * Math.min(pillar.value, 25) / 25), 16, 8);
      g.fillStyle = pillar.color;
      g.fill();
    });

    g.textAlign = 'right';
    g.fillStyle = c.muted;
    g.font = font(22, 600);
    g.fillText(card.footer, W - 80, H - 80);
    const room = W - 160 - g.measureText(card.footer).width - 40;
    g.textAlign = 'left';
    let size = 22;
    do g.font = font(size); while (g.measureText(card.estimate).width > room && --size > 16);
    g.fillText(fitted(g, card.estimate, room), 80, H - 80);
    return new Promise((done, fail) => canvas.toBlob((blob) => (blob ? done(blob) : fail(new Error('no image'))), 'image/png'));
  }

  return { draw };
})();
