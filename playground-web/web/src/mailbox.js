// The SharedArrayBuffer mailbox between the page and the worker running a
// script. The page writes; the worker reads it each time the board polls
// (every few milliseconds of virtual time), even while `vm.run()` is busy.
export const WAKE = 0; // bumped (and notified) on every change
export const STOP = 1; // 1: end the run at the next safe point
export const PAUSED = 2; // 1: the board waits in its poll
export const STEPS = 3; // pending Step presses while paused
export const INPUT_VERSION = 4; // bumped when the input state changes
export const INPUT_LEN = 5; // bytes of input-state JSON
export const SPEED = 6; // virtual time per wall time, × 1000 (0 = as fast as possible)
const HEADER = 64;
const DATA = 1 << 16;

export function create() {
  if (typeof SharedArrayBuffer === "undefined" || !globalThis.crossOriginIsolated) return null;
  const sab = new SharedArrayBuffer(HEADER + DATA);
  new Int32Array(sab, 0, 16)[SPEED] = 1000;
  return sab;
}

export function views(sab) {
  return { ctrl: new Int32Array(sab, 0, 16), data: new Uint8Array(sab, HEADER, DATA) };
}

export function wake(ctrl) {
  Atomics.add(ctrl, WAKE, 1);
  Atomics.notify(ctrl, WAKE);
}

export function writeInputs(sab, state) {
  const { ctrl, data } = views(sab);
  const bytes = new TextEncoder().encode(JSON.stringify(state));
  if (bytes.length > data.length) return;
  data.set(bytes);
  Atomics.store(ctrl, INPUT_LEN, bytes.length);
  Atomics.add(ctrl, INPUT_VERSION, 1);
  wake(ctrl);
}

export function readInputs(sab) {
  const { ctrl, data } = views(sab);
  const len = Atomics.load(ctrl, INPUT_LEN);
  // TextDecoder refuses views of shared memory: copy out first.
  const copy = data.slice(0, len);
  return JSON.parse(new TextDecoder().decode(copy) || "{}");
}
