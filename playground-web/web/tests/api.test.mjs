// The WebAssembly API in Node: the same module the page loads, from dist/
// (`cargo xtask web` builds it; `cargo xtask web-test` runs this).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

const root = new URL("../../../", import.meta.url);
const dist = new URL("dist/", root);
const wasm = await import(new URL("pkg/playground_web.js", dist));
wasm.initSync({ module: readFileSync(new URL("pkg/playground_web_bg.wasm", dist)) });
const example = (name) => readFileSync(new URL(`examples/${name}.py`, root), "utf8");

/** Runs `source` with a host that stops at `untilNs` and feeds `inputs(now)`. */
function run(source, { board = "pico", untilNs = 5e9, inputs = () => [] } = {}) {
  let out = "";
  const trace = [];
  const host = {
    console: (t) => (out += t),
    trace: (at, source, text) => trace.push([at, source, text]),
    poll(snapJson) {
      const snap = JSON.parse(snapJson);
      return JSON.stringify({ stop: snap.now_ns >= untilNs, inputs: inputs(snap.now_ns, snap) });
    },
  };
  const result = JSON.parse(wasm.run(source, board, host));
  return { result, out, trace };
}

test("boards and their descriptions", () => {
  assert.deepEqual(JSON.parse(wasm.boards()), ["pico", "lm3s6965"]);
  const pico = JSON.parse(wasm.board_json("pico"));
  assert.equal(pico.leds[0].name, "LED");
  assert.equal(pico.pins.find((p) => p.id === pico.leds[0].pin).name, "GP25");
  assert.deepEqual(pico.pins.filter((p) => p.adc !== null).map((p) => p.name), ["GP26", "GP27", "GP28"]);
  const lm = JSON.parse(wasm.board_json("lm3s6965"));
  assert.equal(lm.buttons.length, 5);
  assert.equal(wasm.board_json("nope"), undefined);
});

test("the examples are embedded, blink first", () => {
  const examples = JSON.parse(wasm.examples_json());
  assert.equal(examples[0].name, "blink");
  assert.equal(examples[0].source, example("blink"));
  assert.ok(examples.length >= 9);
});

test("check reports compile errors with line and column", () => {
  assert.equal(wasm.check("print(1)\n"), "");
  const err = JSON.parse(wasm.check("x = 1\n\ny = 1 +\n"));
  assert.equal(err.kind, "SyntaxError");
  assert.equal(err.line, 3);
  const ni = JSON.parse(wasm.check("a = 1\n\nz = a + 1j\n"));
  assert.equal(ni.kind, "NotImplementedError");
  assert.equal(ni.line, 3);
  assert.equal(ni.column, 9);
});

test("hello runs to the end", () => {
  const { result, out } = run(example("hello"));
  assert.equal(result.status, "ok");
  assert.match(out, /Hello/);
});

test("blink toggles the LED every 500 ms until stopped, with a VCD", () => {
  const { result, trace } = run(example("blink"), { untilNs: 2e9 });
  assert.equal(result.status, "ok");
  const led = trace.filter(([, s, t]) => s === "gpio" && t.startsWith("GP25 = "));
  assert.deepEqual(led.map(([at, , t]) => [Math.round(at / 1e6), t.slice(-1)]).slice(0, 4), [
    [0, "0"], [0, "1"], [500, "0"], [1000, "1"],
  ]);
  assert.ok(result.now_ns >= 2e9 && result.now_ns < 2.1e9);
  assert.match(result.vcd, /\$var wire 1 \S+ GP25 \$end/);
});

test("live input: a button press reaches Pin.irq", () => {
  const { result, out } = run(example("button_irq"), {
    untilNs: 4e9,
    inputs: (now) => (now >= 1e9 && now < 1.2e9 ? [{ pin: 14, drive: "low" }] : now >= 1.2e9 ? [{ pin: 14, drive: "release" }] : []),
  });
  assert.equal(result.status, "ok");
  assert.match(out, /press 1 at 100\d ms/);
  assert.match(out, /total presses: 1/);
});

test("live input: the ADC reads a slider's volts", () => {
  const { out } = run(example("adc_read"), { inputs: () => [{ adc: 0, volts: 1.65 }] });
  assert.match(out, /1\.65 V/);
});

test("live input: the MCP3008 on SPI0 reads its slider; the TMP102 answers on I2C0", () => {
  const pico = JSON.parse(wasm.board_json("pico"));
  assert.deepEqual(pico.spi_adc, { bus: 0, cs: 17, cs_name: "GP17", channels: 8 });
  const spi = run(example("spi_adc"), { untilNs: 1e9, inputs: () => [{ spi: 0, cs: 17, channel: 0, volts: 1.65 }] });
  assert.equal(spi.result.status, "ok");
  assert.match(spi.out, /pot: {2}512 = 1650 mV/);
  assert.ok(spi.trace.some(([, source, text]) => source === "spi" && text.startsWith("SPI0 cs=GP17")));
  const i2c = run(example("i2c_temperature"), { untilNs: 1.5e9 });
  assert.match(i2c.out, /devices: \[72\]\ntemperature: 20\.00 C/);
});

test("an uncaught exception comes back as a traceback", () => {
  const { result } = run("def f():\n    return 1 // 0\nf()\n");
  assert.equal(result.status, "error");
  assert.match(result.error, /File "main.py", line 2, in f\n    return 1 \/\/ 0\nZeroDivisionError/);
});

test("a compile error from run carries its position", () => {
  const { result } = run("while True\n    pass\n");
  assert.equal(result.status, "compile_error");
  assert.equal(result.compile.line, 1);
});

test("an endless loop stops when the host says so", () => {
  const { result } = run("while True:\n    pass\n", { untilNs: 0.1e9 });
  assert.equal(result.status, "ok");
});
