// The page end to end in headless Debian Chromium, driven by playwright-core.
// `cargo xtask web-test` serves dist/ and sets PLAYGROUND_URL.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const URL_ = process.env.PLAYGROUND_URL ?? "http://127.0.0.1:8080/";
const SCREENSHOT = process.env.PLAYGROUND_SCREENSHOT ?? "playground-screenshot.png";
let context;
let profile;

before(async () => {
  profile = mkdtempSync(join(tmpdir(), "ferrite-chromium-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run"],
    viewport: { width: 1280, height: 800 },
  });
});

after(async () => {
  await context?.close();
  rmSync(profile, { recursive: true, force: true });
});

async function open(url = URL_) {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForFunction(() => /^ready/.test(document.getElementById("status").textContent), null, { timeout: 20000 });
  page.errors = errors;
  return page;
}

async function setSource(page, text) {
  await page.evaluate((t) => {
    const v = window.ferrite.view;
    v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: t } });
  }, text);
}

const leds = (page) => page.$eval("#boardview", (c) => c.dataset.leds);
const consoleText = (page) => page.$eval("#console", (c) => c.textContent);

test("the page loads cross-origin isolated with the blink example", async () => {
  const page = await open();
  assert.equal(await page.evaluate(() => window.crossOriginIsolated), true);
  assert.match(await page.evaluate(() => window.ferrite.view.state.doc.toString()), /led.toggle\(\)/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("blink: the LED goes on and off; prints reach the console; screenshot", async () => {
  const page = await open();
  await page.selectOption("#examples", "blink");
  await page.click("#run");
  await page.waitForFunction(() => document.getElementById("boardview").dataset.leds === "LED=1.00");
  await page.waitForFunction(() => document.getElementById("boardview").dataset.leds === "LED=0.00", null, { timeout: 3000 });
  await page.waitForFunction(() => document.getElementById("boardview").dataset.leds === "LED=1.00", null, { timeout: 3000 });
  await page.screenshot({ path: SCREENSHOT });
  await page.click("#stop");
  await page.waitForFunction(() => !document.getElementById("run").disabled);
  // The recorded waveform comes back for the VCD download.
  assert.equal(await page.$eval("#vcd", (b) => b.disabled), false);

  await setSource(page, 'import time\nfor i in range(3):\n    print("tick", i)\n    time.sleep_ms(10)\nprint("done")\n');
  await page.click("#run");
  await page.waitForFunction(() => document.getElementById("status").textContent === "finished");
  assert.equal(await consoleText(page), "tick 0\ntick 1\ntick 2\ndone\n");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("an SPI slider sets what the MCP3008 in spi_adc.py reads", async () => {
  const page = await open();
  await page.$eval('input[data-spi-channel="0"]', (s) => {
    s.value = "1.65";
    s.dispatchEvent(new Event("input"));
  });
  await page.selectOption("#examples", "spi_adc");
  await page.click("#run");
  await page.waitForFunction(() => document.getElementById("status").textContent === "finished", null, { timeout: 20000 });
  assert.match(await consoleText(page), /^pot: {2}512 = 1650 mV\n/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a syntax error is marked at its line", async () => {
  const page = await open();
  await setSource(page, "x = 1\n\ny = 1 +\nprint(y)\n");
  // The linter marks it as you type ...
  await page.waitForSelector(".cm-lintRange-error", { state: "attached" });
  const line = await page.$$eval(".cm-line", (lines) => lines.findIndex((l) => l.querySelector(".cm-lintRange-error")) + 1);
  assert.equal(line, 3);
  assert.equal(await page.$$eval(".cm-gutter-lint .cm-lint-marker-error", (m) => m.length), 1);
  // ... and Run reports it.
  await page.click("#run");
  await page.waitForFunction(() => /SyntaxError on line 3/.test(document.getElementById("status").textContent));
  assert.match(await consoleText(page), /main\.py:3:\d+: SyntaxError/);
  await page.close();
});

test("Stop ends an endless loop within 100 ms and the tab stays responsive", async () => {
  const page = await open();
  await setSource(page, "while True:\n    pass\n");
  await page.click("#run");
  await page.waitForTimeout(500);
  // The main thread is free while the loop runs.
  assert.equal(await page.evaluate(() => 6 * 7), 42);
  const ms = await page.evaluate(() => new Promise((resolve) => {
    const run = document.getElementById("run");
    const t0 = performance.now();
    const obs = new MutationObserver(() => {
      if (!run.disabled) {
        obs.disconnect();
        resolve(performance.now() - t0);
      }
    });
    obs.observe(run, { attributes: true });
    document.getElementById("stop").click();
  }));
  assert.ok(ms < 100, `stop took ${ms} ms`);
  // It can run again at once.
  await setSource(page, 'print("again")\n');
  await page.click("#run");
  await page.waitForFunction(() => document.getElementById("status").textContent === "finished");
  assert.equal(await consoleText(page), "again\n");
  await page.close();
});

test("Pause holds virtual time; Step lets 10 ms through", async () => {
  const page = await open();
  await page.selectOption("#examples", "blink");
  await page.click("#run");
  await page.waitForFunction(() => /t = 0\.[2-9]/.test(document.getElementById("time").textContent));
  await page.click("#pause");
  await page.waitForTimeout(300);
  const t = async () => Number(/t = ([\d.]+)/.exec(await page.$eval("#time", (e) => e.textContent))[1]);
  const paused = await t();
  await page.waitForTimeout(300);
  assert.equal(await t(), paused);
  await page.click("#step");
  await page.waitForFunction((p) => Number(/t = ([\d.]+)/.exec(document.getElementById("time").textContent)[1]) > p, paused);
  const stepped = await t();
  assert.ok(stepped - paused > 0.004 && stepped - paused < 0.02, `${paused} -> ${stepped}`);
  await page.click("#stop");
  await page.waitForFunction(() => !document.getElementById("run").disabled);
  await page.close();
});

test("a button press on the board view reaches the running script", async () => {
  const page = await open();
  await page.selectOption("#examples", "button_irq");
  await page.click("#run");
  await page.waitForTimeout(300);
  // GP14's cell in the pin grid (8 cells of 51 px a row, below the board).
  const box = await page.$eval("#boardview", (c) => {
    const r = c.getBoundingClientRect();
    return { x: r.left, y: r.top };
  });
  const [x, y] = [box.x + (14 % 8) * 51 + 20, box.y + 250 + 12 + 18 + 8];
  // The script ignores a press in its first 50 ms of virtual time (its
  // debounce starts at start-up), and a loaded machine may start the worker
  // late: press again, up to three times, until one is counted.
  const counted = () => /press \d+ at/.test(document.getElementById("console").textContent);
  for (let attempt = 0; attempt < 3 && !(await page.evaluate(counted)); attempt++) {
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.waitForTimeout(100);
    await page.mouse.up();
    await page.waitForFunction(counted, null, { timeout: 700 }).catch(() => {});
  }
  assert.ok(await page.evaluate(counted), "a press reached the script's Pin.irq handler");
  await page.click("#stop");
  await page.close();
});

test("a shared link reproduces the script and the board", async () => {
  const page = await open();
  const script = 'print("shared ✓", 6 * 7)\n# ' + "x".repeat(300) + "\n";
  await setSource(page, script);
  await page.selectOption("#board", "lm3s6965");
  await page.click("#share");
  const link = page.url();
  assert.match(link, /#board=lm3s6965&code=[A-Za-z0-9_-]+$/);
  assert.ok(link.length < 400, "compressed");
  await page.close();
  const again = await open(link);
  assert.equal(await again.evaluate(() => window.ferrite.view.state.doc.toString()), script);
  assert.equal(await again.$eval("#board", (s) => s.value), "lm3s6965");
  await again.click("#run");
  await again.waitForFunction(() => document.getElementById("status").textContent === "finished");
  assert.equal(await consoleText(again), "shared ✓ 42\n");
  await again.close();
});

test("once loaded, the page works offline", async () => {
  const page = await open();
  await page.evaluate(() => navigator.serviceWorker.ready);
  // Let the service worker finish caching.
  await page.waitForFunction(async () => (await caches.keys()).length > 0 && (await (await caches.open((await caches.keys())[0])).keys()).length > 5);
  await context.setOffline(true);
  try {
    await page.reload();
    await page.waitForFunction(() => /^ready/.test(document.getElementById("status").textContent), null, { timeout: 20000 });
    await setSource(page, 'print("offline")\n');
    await page.click("#run");
    await page.waitForFunction(() => document.getElementById("status").textContent === "finished");
    assert.equal(await consoleText(page), "offline\n");
  } finally {
    await context.setOffline(false);
  }
  await page.close();
});
