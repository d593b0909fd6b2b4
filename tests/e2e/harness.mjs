// Shared by the browser tests and the benchmark: a loopback static server for dist/ and
// Debian's Chromium driven by playwright-core.
import { createServer } from 'node:http';
import { access, cp, mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { after, before } from 'node:test';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

export const root = resolve(new URL('../..', import.meta.url).pathname);
export const dist = join(root, 'dist');
export const buildDir = join(root, 'build');

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.png': 'image/png',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8',
};

// Serves `directory` on 127.0.0.1 at a free port; returns { url, close, requests }. `headers`
// are added to every response (the benchmark's cross-origin isolation). With `compress`, each
// file goes out as a static host would send it: brotli when the browser accepts it, else gzip.
export async function serve(directory = dist, { headers = {}, compress = false } = {}) {
  const requests = [];
  const encodings = { br: (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
                      gzip: (body) => gzipSync(body, { level: 9 }) };
  const encoded = new Map();  // "encoding file" -> body: brotli -q 11 of ssi.wasm takes a second
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    requests.push(path);
    const file = normalize(join(directory, path === '/' ? 'index.html' : path));
    if (!file.startsWith(directory)) {
      response.writeHead(403).end();
      return;
    }
    try {
      let body = await readFile(file);
      const encoding = compress ? ['br', 'gzip'].find((e) => (request.headers['accept-encoding'] ?? '').includes(e)) : null;
      if (encoding) {
        const key = `${encoding} ${file}`;
        if (!encoded.has(key)) encoded.set(key, encodings[encoding](body));
        body = encoded.get(key);
      }
      response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream',
                                'Cache-Control': 'no-store', ...(encoding ? { 'Content-Encoding': encoding, Vary: 'Accept-Encoding' } : {}),
                                ...headers });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise((done) => server.close(done)),
  };
}

// A benchmark program's "--name value" arguments, as { name: value }.
export function commandOptions(argv = process.argv.slice(2)) {
  return Object.fromEntries(argv.flatMap((arg, i) => (arg.startsWith('--') ? [[arg.slice(2), argv[i + 1]]] : [])));
}

// Debian's Chromium, headless, with the flags that render WebGL2 here and keep it off the network.
export const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
export async function launch() {
  // playwright gives every launch a fresh, empty profile of its own.
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

// A page that records console errors and failed requests, opened on `url`, ready when the
// calculator has drawn its first frame.
export async function openCalculator(browser, url, { width = 1280, height = 800, scale = 1, touch = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale,
                                              hasTouch: touch, isMobile: touch });
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(url);
  await page.waitForFunction(() => window.SSI?.getState()?.frames > 0, null, { timeout: 30000 });
  return { page, context, problems };
}

// Everything that goes wrong on `page` from now on, as a growing list of lines: console errors,
// page errors, failed requests and HTTP errors. A test may expect some console errors (a regular
// expression) and some aborted requests (their URLs: navigations the page itself replaced).
export function watchProblems(page, { expectedConsole = null, aborted = [] } = {}) {
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !expectedConsole?.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    const why = request.failure()?.errorText ?? '';
    if (why === 'net::ERR_ABORTED' && aborted.includes(request.url())) return;
    problems.push(`request failed: ${request.url()} ${why}`);
  });
  page.on('response', (response) => { if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`); });
  return problems;
}

// Stops a test file early, with what to do, when the site has not been built.
export async function requireSite() {
  await access(join(dist, 'ssi.wasm')).catch(() => {
    throw new Error('dist/ssi.wasm is missing: build the site with scripts/build.sh web');
  });
}

// Waits until the frame loop has gone to sleep: no frame for `quiet` ms.
export async function settle(page, quiet = 600) {
  let last = -1;
  for (let i = 0; i < 50; ++i) {
    const frames = await page.evaluate(() => window.SSI.getState().frames);
    if (frames === last) return frames;
    last = frames;
    await page.waitForTimeout(quiet);
  }
  throw new Error('the frame loop never went idle');
}

// Reload in the same context (storage persists) and wait for the first frame.
export async function reload(page) {
  await page.reload();
  await page.waitForFunction(() => window.SSI?.getState()?.frames > 0, null, { timeout: 30000 });
  // storage.js has read what was stored (see the iframe test: the first frames may come first).
  await page.waitForFunction(() => window.SSI.getState().storage !== 'unknown', null, { timeout: 5000 });
}

// Scrolls the column of `id` (the wheel over it, else over the right column) until
// SSI.controls() reports it visible and wholly inside the viewport, with the same position two
// frames running. Returns its rect.
export async function reveal(page, id) {
  const viewport = page.viewportSize();
  let last = null;
  for (let i = 0; i < 80; ++i) {
    const c = (await page.evaluate(() => window.SSI.controls())).find((control) => control.id === id);
    const inside = c && c.visible && c.y >= 0 && c.y + c.height <= viewport.height && c.width > 0;
    if (inside) {
      if (last && last.x === c.x && last.y === c.y) return c;
      last = c;
      await page.waitForTimeout(80);
      continue;
    }
    last = null;
    let delta = 500;
    if (c && c.y < 0) delta = Math.max(-600, c.y - 150);
    else if (c && c.y + c.height > viewport.height) delta = Math.min(600, c.y + c.height - viewport.height + 150);
    const { left, top } = await canvasOrigin(page);
    await page.mouse.move(left + (c ? c.x + c.width / 2 : viewport.width * 0.7), top + viewport.height / 2);
    await page.mouse.wheel(0, delta);
    await page.waitForTimeout(80);
  }
  throw new Error(`${id} never became visible inside the viewport`);
}

export async function canvasOrigin(page) {
  const box = await page.locator('#canvas').boundingBox();
  return { left: box.x, top: box.y };
}

// Clicks `id` at `at` (fraction of its width, default the centre) once it is in view.
export async function clickControl(page, id, { at = 0.5 } = {}) {
  const c = await reveal(page, id);
  const { left, top } = await canvasOrigin(page);
  await page.mouse.click(left + c.x + c.width * at, top + c.y + c.height / 2);
  await page.waitForTimeout(80);
  return c;
}

// Focuses a text field (clicking near its left edge: labelled fields' rects include the label),
// replaces its text and confirms with Enter.
export async function typeInto(page, id, text, { at = 0.1, enter = true } = {}) {
  await clickControl(page, id, { at });
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text, { delay: 10 });
  if (enter) await page.keyboard.press('Enter');
  await page.waitForTimeout(80);
}

// Other work rebuilds dist/ at any time; a page that loads ssi.js from one build and ssi.wasm
// from another hangs. Tests that run long serve this: a copy of dist/ taken while it was quiet
// (nothing written for 5 s, nothing written during the copy). Returns the copy's folder.
export async function snapshotDist() {
  // Every file, in sub-folders too (i18n/).
  const stamps = async () => {
    const names = (await readdir(dist, { recursive: true })).sort();
    return Promise.all(names.map(async (name) => [name, (await stat(join(dist, name))).mtimeMs]));
  };
  const deadline = Date.now() + 240000;
  for (;;) {
    const before = await stamps();
    const newest = Math.max(...before.map(([, time]) => time));
    if (Date.now() - newest >= 5000) {
      const copy = await mkdtemp(join(tmpdir(), 'ssi-dist-'));
      await cp(dist, copy, { recursive: true });
      if (JSON.stringify(await stamps()) === JSON.stringify(before)) return copy;
      await rm(copy, { recursive: true, force: true });
    }
    if (Date.now() > deadline) throw new Error('dist/ kept changing for 4 minutes: a build is running');
    await new Promise((done) => setTimeout(done, 2000));
  }
}

// For a test file's describe(): a snapshot of dist/ served on loopback and a browser, made before
// its tests and closed after them. `prepare(folder)` may add files to the copy first.
export function servedSite({ prepare = null } = {}) {
  const site = { browser: null, server: null, copy: null };
  before(async () => {
    await requireSite();
    site.copy = await snapshotDist();
    if (prepare) await prepare(site.copy);
    site.server = await serve(site.copy);
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
    if (site.copy) await rm(site.copy, { recursive: true, force: true });
  });
  return site;
}
