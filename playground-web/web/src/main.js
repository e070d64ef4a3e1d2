// The playground page: editor, board view, console, waveform, sharing.
import { EditorView, basicSetup } from "codemirror";
import { keymap } from "@codemirror/view";
import { python } from "@codemirror/lang-python";
import { linter, lintGutter, setDiagnostics } from "@codemirror/lint";
import { deflateSync, inflateSync, strToU8, strFromU8 } from "fflate";
import init, { check, board_json, boards, examples_json } from "./pkg/playground_web.js";
import * as mb from "./mailbox.js";
import { BoardView } from "./boardview.js";
import { Waveform } from "./waveform.js";

const $ = (id) => document.getElementById(id);
const statusEl = $("status");
const consoleEl = $("console");

function setStatus(text, error = false) {
  statusEl.textContent = text;
  statusEl.classList.toggle("error", error);
}

// --- Share links: #code=<deflate-raw + base64url>&board=NAME -------------

function b64url(bytes) {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function unb64url(text) {
  const s = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export function encodeScript(source) {
  return b64url(deflateSync(strToU8(source), { level: 9 }));
}

export function decodeScript(code) {
  return strFromU8(inflateSync(unb64url(code)));
}

function fromHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  let source = null;
  try {
    if (params.get("code")) source = decodeScript(params.get("code"));
  } catch {
    setStatus("the link's script could not be decoded", true);
  }
  return { source, board: params.get("board") };
}

// --- Compile errors in the editor -----------------------------------------

function diagnostic(doc, err) {
  const line = doc.line(Math.min(Math.max(err.line, 1), doc.lines));
  let from = Math.min(line.from + Math.max(err.column - 1, 0), line.to);
  let to = err.end_column ? Math.min(line.from + err.end_column - 1, line.to) : line.to;
  // At the end of the line (an unfinished expression): mark its last character.
  if (from === line.to && line.to > line.from) from = line.to - 1;
  if (to <= from) to = Math.min(from + 1, line.to);
  return { from, to: Math.max(to, from), severity: "error", message: `${err.kind}: ${err.message}`, source: `line ${err.line}` };
}

function lintSource(view) {
  const text = view.state.doc.toString();
  const res = check(text);
  if (!res) return [];
  return [diagnostic(view.state.doc, JSON.parse(res))];
}

// --- The page ---------------------------------------------------------------

async function main() {
  await init({ module_or_path: new URL("./pkg/playground_web_bg.wasm", import.meta.url) });
  const examples = JSON.parse(examples_json());
  const boardNames = JSON.parse(boards());
  const linked = fromHash();

  const boardSel = $("board");
  for (const b of boardNames) boardSel.add(new Option(b, b));
  if (linked.board && boardNames.includes(linked.board)) boardSel.value = linked.board;
  const exSel = $("examples");
  for (const ex of examples) exSel.add(new Option(ex.name + ".py", ex.name));

  const view = new EditorView({
    parent: $("editor"),
    doc: linked.source ?? examples[0].source,
    extensions: [
      basicSetup,
      python(),
      lintGutter(),
      linter(lintSource, { delay: 250 }),
      keymap.of([{ key: "Mod-Enter", run: () => (start(), true) }]),
    ],
  });

  exSel.onchange = () => {
    const ex = examples.find((e) => e.name === exSel.value);
    if (ex) view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: ex.source } });
    exSel.value = "";
  };

  // Board view, inputs and waveform.
  const sab = mb.create();
  const inputs = { pins: {}, adc: {}, spi: {}, uart: [] };
  const sendInputs = () => sab && mb.writeInputs(sab, inputs);
  const boardView = new BoardView($("boardview"), $("sliders"), {
    press(pin, drive) {
      inputs.pins[pin] = drive;
      sendInputs();
    },
    adc(ch, volts) {
      inputs.adc[ch] = volts;
      sendInputs();
    },
    spi(bus, cs, channel, volts) {
      inputs.spi[`${bus}:${cs}:${channel}`] = volts;
      sendInputs();
    },
  });
  const wave = new Waveform($("wave"));
  const loadBoard = () => {
    boardView.setSpec(JSON.parse(board_json(boardSel.value)));
    wave.reset(boardView.spec);
  };
  boardSel.onchange = loadBoard;
  loadBoard();

  // The worker: one kept ready; after Stop it is terminated and replaced.
  let worker = null;
  let workerReady = null;
  let running = false;
  let vcd = null;
  let stopTimer = null;
  const spawn = () => {
    worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
    workerReady = new Promise((resolve) => {
      worker.onmessage = (e) => {
        if (e.data.type === "ready") resolve();
        else onWorker(e.data);
      };
    });
  };
  spawn();

  const buttons = (run) => {
    $("run").disabled = run;
    $("stop").disabled = !run;
    $("pause").disabled = !run || !sab;
    $("step").disabled = !run || !sab;
    $("vcd").disabled = run || !vcd;
  };

  const print = (text, cls) => {
    const atBottom = consoleEl.scrollTop + consoleEl.clientHeight >= consoleEl.scrollHeight - 4;
    if (cls) {
      const span = document.createElement("span");
      span.className = cls;
      span.textContent = text;
      consoleEl.append(span);
    } else consoleEl.append(text);
    if (atBottom) consoleEl.scrollTop = consoleEl.scrollHeight;
  };

  const showTime = (ns) => ($("time").textContent = `t = ${(ns / 1e9).toFixed(3)} s`);

  function onWorker(msg) {
    if (msg.type === "out") {
      if (msg.console) print(msg.console);
      if (msg.trace.length) wave.add(msg.trace);
      if (msg.snap) {
        boardView.update(msg.snap);
        showTime(msg.snap.now_ns);
      }
    } else if (msg.type === "done") {
      finished(msg.result);
    }
  }

  function finished(result) {
    clearTimeout(stopTimer);
    running = false;
    if (result.status === "compile_error") {
      const err = result.compile;
      view.dispatch(setDiagnostics(view.state, [diagnostic(view.state.doc, err)]));
      print(`main.py:${err.line}:${err.column}: ${err.kind}: ${err.message}\n`, "err");
      setStatus(`${err.kind} on line ${err.line}`, true);
    } else if (result.status === "error") {
      print(result.error, "err");
      setStatus("uncaught exception", true);
    } else {
      setStatus(stopping ? "stopped" : "finished");
    }
    if (result.now_ns !== undefined) {
      showTime(result.now_ns);
      wave.end(result.now_ns);
    }
    vcd = result.vcd || null;
    buttons(false);
  }

  let stopping = false;
  async function start() {
    if (running) return;
    running = true;
    stopping = false;
    vcd = null;
    buttons(true);
    consoleEl.textContent = "";
    wave.reset(boardView.spec);
    boardView.reset();
    setStatus("running");
    if (sab) {
      const { ctrl } = mb.views(sab);
      Atomics.store(ctrl, mb.STOP, 0);
      Atomics.store(ctrl, mb.PAUSED, 0);
      Atomics.store(ctrl, mb.STEPS, 0);
      $("pause").textContent = "Pause";
      sendInputs();
    }
    await workerReady;
    worker.postMessage({ type: "run", source: view.state.doc.toString(), board: boardSel.value, sab });
  }

  function stop() {
    if (!running) return;
    stopping = true;
    if (sab) {
      const { ctrl } = mb.views(sab);
      Atomics.store(ctrl, mb.STOP, 1);
      mb.wake(ctrl);
    }
    // A script that never reaches a safe point (or no mailbox): end the
    // worker outright and start a fresh one.
    stopTimer = setTimeout(() => {
      if (!running) return;
      worker.terminate();
      spawn();
      print("\n[stopped]\n", "sys");
      finished({ status: "ok" });
    }, sab ? 60 : 0);
  }

  $("run").onclick = start;
  $("stop").onclick = stop;
  $("pause").onclick = () => {
    const { ctrl } = mb.views(sab);
    const paused = Atomics.load(ctrl, mb.PAUSED) ? 0 : 1;
    Atomics.store(ctrl, mb.PAUSED, paused);
    mb.wake(ctrl);
    $("pause").textContent = paused ? "Resume" : "Pause";
    setStatus(paused ? "paused" : "running");
  };
  $("step").onclick = () => {
    const { ctrl } = mb.views(sab);
    if (!Atomics.load(ctrl, mb.PAUSED)) $("pause").click();
    Atomics.add(ctrl, mb.STEPS, 1);
    mb.wake(ctrl);
  };
  $("share").onclick = async () => {
    const code = encodeScript(view.state.doc.toString());
    history.replaceState(null, "", `#board=${boardSel.value}&code=${code}`);
    try {
      await navigator.clipboard.writeText(location.href);
      setStatus("link copied");
    } catch {
      setStatus("link in the address bar");
    }
  };
  $("vcd").onclick = () => {
    if (!vcd) return;
    const a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([vcd], { type: "text/plain" }));
    a.download = "ferrite.vcd";
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  buttons(false);
  setStatus(sab ? "ready" : "ready (no cross-origin isolation: live input and pause are off)");
  // For the end-to-end tests.
  window.ferrite = { view, start, stop, isolated: !!sab };
}

main().catch((e) => {
  setStatus("failed to load: " + e, true);
  throw e;
});
