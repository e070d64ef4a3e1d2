// Runs scripts off the main thread, so `while True: pass` never freezes the
// tab; Stop asks through the mailbox and, failing that, the page terminates
// this worker and starts a fresh one.
import init, { run } from "./pkg/playground_web.js";
import * as mb from "./mailbox.js";

const ready = init({ module_or_path: new URL("./pkg/playground_web_bg.wasm", import.meta.url) });

self.onmessage = async (e) => {
  const msg = e.data;
  if (msg.type !== "run") return;
  await ready;
  const result = runScript(msg.source, msg.board, msg.sab);
  flush(true);
  self.postMessage({ type: "done", result: JSON.parse(result) });
};

ready.then(() => self.postMessage({ type: "ready" }));

let consoleBuf = "";
let traceBuf = [];
let lastFlush = 0;
let lastSnap = null;

function flush(force) {
  const now = performance.now();
  if (!force && now - lastFlush < 30) return;
  lastFlush = now;
  if (consoleBuf || traceBuf.length || lastSnap) {
    self.postMessage({ type: "out", console: consoleBuf, trace: traceBuf, snap: lastSnap });
    consoleBuf = "";
    traceBuf = [];
    lastSnap = null;
  }
}

function runScript(source, board, sab) {
  const v = sab ? mb.views(sab) : null;
  let inputVersion = 0;
  const applied = { pins: {}, adc: {}, spi: {}, uart: 0 };
  // Pacing: virtual time `v0` was at wall time `t0`.
  let t0 = performance.now();
  let v0 = 0;
  let stepUntil = -1;
  const host = {
    console(text) {
      consoleBuf += text;
      flush(false);
    },
    trace(at, source, text) {
      traceBuf.push([at, source, text]);
      if (traceBuf.length > 5000) flush(true);
    },
    poll(snapJson) {
      const snap = JSON.parse(snapJson);
      lastSnap = snap;
      flush(false);
      if (!v) return pace(snap.now_ns, 1000, () => false) ? '{"stop":true}' : "{}";
      const { ctrl } = v;
      // Paused: wait here (Step lets 10 ms of virtual time through).
      if (Atomics.load(ctrl, mb.PAUSED) && snap.now_ns >= stepUntil) {
        flush(true);
        for (;;) {
          if (Atomics.load(ctrl, mb.STOP)) break;
          if (!Atomics.load(ctrl, mb.PAUSED)) break;
          if (Atomics.load(ctrl, mb.STEPS) > 0) {
            Atomics.sub(ctrl, mb.STEPS, 1);
            stepUntil = snap.now_ns + 10e6;
            break;
          }
          Atomics.wait(ctrl, mb.WAKE, Atomics.load(ctrl, mb.WAKE), 200);
        }
        t0 = performance.now();
        v0 = snap.now_ns;
      }
      const speed = Atomics.load(ctrl, mb.SPEED);
      const stopped = () => Atomics.load(ctrl, mb.STOP) !== 0;
      if (stepUntil < 0 || snap.now_ns >= stepUntil) {
        if (pace(snap.now_ns, speed, stopped, ctrl)) return '{"stop":true}';
      }
      const inputs = [];
      const version = Atomics.load(ctrl, mb.INPUT_VERSION);
      if (version !== inputVersion) {
        inputVersion = version;
        const state = mb.readInputs(sab);
        for (const [pin, drive] of Object.entries(state.pins || {})) {
          if (applied.pins[pin] !== drive) inputs.push({ pin: Number(pin), drive });
          applied.pins[pin] = drive;
        }
        for (const [ch, volts] of Object.entries(state.adc || {})) {
          if (applied.adc[ch] !== volts) inputs.push({ adc: Number(ch), volts });
          applied.adc[ch] = volts;
        }
        for (const [key, volts] of Object.entries(state.spi || {})) {
          const [spi, cs, channel] = key.split(":").map(Number);
          if (applied.spi[key] !== volts) inputs.push({ spi, cs, channel, volts });
          applied.spi[key] = volts;
        }
        const uart = state.uart || [];
        for (let i = applied.uart; i < uart.length; i++) inputs.push({ uart: uart[i][0], data: uart[i][1] });
        applied.uart = uart.length;
      }
      return JSON.stringify({ stop: stopped(), inputs });
    },
  };

  // Sleeps until the wall clock catches up with virtual time `nowNs` at
  // `speed`/1000; returns true if a stop was requested meanwhile.
  function pace(nowNs, speed, stopped, ctrl) {
    if (!speed) return stopped();
    for (;;) {
      if (stopped()) return true;
      const due = t0 + (nowNs - v0) / 1e6 / (speed / 1000);
      const wait = due - performance.now();
      // Behind the wall clock: keep going, and do not burst to catch up.
      if (wait < -200) {
        t0 = performance.now();
        v0 = nowNs;
      }
      if (wait <= 0) return false;
      // More than a second behind (a slow machine): catch up, don't burst.
      if (wait > 1000) {
        t0 = performance.now();
        v0 = nowNs;
        return false;
      }
      flush(false);
      if (ctrl) Atomics.wait(ctrl, mb.WAKE, Atomics.load(ctrl, mb.WAKE), Math.min(wait, 50));
      else while (performance.now() < due) { /* no SharedArrayBuffer: spin */ }
    }
  }

  return run(source, board, host);
}
