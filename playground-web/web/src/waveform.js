// Pins over virtual time, from the board's trace: `GP25 = 1` (gpio, stim)
// and `PWM GP15 freq=1000 duty=32768` / `PWM GP15 stop` (pwm).
const ROW = 22;
const LABEL = 56;
const MAX_POINTS = 20000;

export class Waveform {
  constructor(canvas) {
    this.canvas = canvas;
    this.ctx = canvas.getContext("2d");
    this.reset();
  }

  reset() {
    this.signals = new Map();
    this.now = 0;
    this.draw();
  }

  push(name, at, value) {
    let s = this.signals.get(name);
    if (!s) this.signals.set(name, (s = []));
    s.push([at, value]);
    if (s.length > MAX_POINTS) s.splice(0, s.length - MAX_POINTS);
  }

  add(entries) {
    for (const [at, source, text] of entries) {
      let m;
      if ((source === "gpio" || source === "stim") && (m = /^(\S+) = ([01z])$/.exec(text))) {
        this.push(m[1], at, m[2] === "z" ? null : Number(m[2]));
      } else if (source === "pwm" && (m = /^PWM (\S+) freq=\d+ duty=(\d+)$/.exec(text))) {
        this.push(m[1], at, { duty: Number(m[2]) / 65535 });
      } else if (source === "pwm" && (m = /^PWM (\S+) stop$/.exec(text))) {
        this.push(m[1], at, null);
      }
      this.now = Math.max(this.now, at);
    }
    this.schedule();
  }

  end(now) {
    this.now = Math.max(this.now, now);
    this.schedule();
  }

  schedule() {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => {
      this.pending = false;
      this.draw();
    });
  }

  draw() {
    const { ctx, canvas } = this;
    const rows = Math.max(this.signals.size, 1);
    const h = Math.max(60, rows * ROW + 24);
    if (canvas.height !== h) canvas.height = h;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.font = "11px monospace";
    const span = Math.max(2e9, 0);
    const t1 = Math.max(this.now, span);
    const t0 = t1 - span;
    const w = canvas.width - LABEL - 6;
    const x = (t) => LABEL + ((Math.max(t, t0) - t0) / span) * w;
    ctx.fillStyle = "#888";
    ctx.fillText(`${(t0 / 1e9).toFixed(1)} s`, LABEL, canvas.height - 4);
    ctx.fillText(`${(t1 / 1e9).toFixed(1)} s`, canvas.width - 48, canvas.height - 4);
    if (!this.signals.size) {
      ctx.fillText("waveforms appear when pins change", LABEL, 24);
      return;
    }
    let row = 0;
    for (const [name, points] of this.signals) {
      const top = 6 + row * ROW;
      const hi = top + 2;
      const lo = top + ROW - 6;
      ctx.fillStyle = "#ccc";
      ctx.fillText(name, 4, lo);
      for (let i = 0; i < points.length; i++) {
        const [at, v] = points[i];
        const next = i + 1 < points.length ? points[i + 1][0] : t1;
        if (next < t0) continue;
        const xa = x(at);
        const xb = x(next);
        if (v !== null && typeof v === "object") {
          ctx.fillStyle = "rgba(240, 163, 94, 0.8)";
          const bar = (lo - hi) * v.duty;
          ctx.fillRect(xa, lo - bar, Math.max(xb - xa, 1), bar);
        } else {
          ctx.strokeStyle = v === null ? "#666" : "#7ee787";
          ctx.beginPath();
          const y = v === null ? (hi + lo) / 2 : v ? hi : lo;
          if (i > 0) {
            const prev = points[i - 1][1];
            if (typeof prev === "number") ctx.moveTo(xa, prev ? hi : lo);
            else ctx.moveTo(xa, y);
          } else ctx.moveTo(xa, y);
          ctx.lineTo(xa, y);
          ctx.lineTo(xb, y);
          ctx.stroke();
        }
      }
      row++;
    }
  }
}
