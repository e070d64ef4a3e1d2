// The board view: the board outline from its description, LEDs lit by pin
// level or PWM duty, clickable buttons and pins (momentary, to ground),
// and a slider per ADC input.
const BOARD_H = 250;
const CELL_W = 51;
const CELL_H = 18;

export class BoardView {
  constructor(canvas, sliders, handlers) {
    this.canvas = canvas;
    this.ctx = canvas.getContext("2d");
    this.slidersEl = sliders;
    this.handlers = handlers;
    this.snap = null;
    this.hit = [];
    this.held = null;
    canvas.addEventListener("pointerdown", (e) => this.down(e));
    const up = () => this.up();
    canvas.addEventListener("pointerup", up);
    canvas.addEventListener("pointerleave", up);
  }

  setSpec(spec) {
    this.spec = spec;
    this.pins = spec.pins;
    const cols = Math.floor(this.canvas.width / CELL_W);
    const rows = Math.ceil(this.pins.length / cols);
    this.canvas.height = BOARD_H + 12 + rows * CELL_H + 4;
    this.slidersEl.textContent = "";
    for (const p of spec.pins.filter((p) => p.adc !== null)) {
      const label = document.createElement("label");
      const input = document.createElement("input");
      Object.assign(input, { type: "range", min: 0, max: spec.adc.vref, step: 0.01, value: spec.adc.vref / 2 });
      input.dataset.adc = p.adc;
      const text = document.createElement("span");
      const show = () => (text.textContent = `ADC${p.adc} ${p.name} ${Number(input.value).toFixed(2)} V`);
      input.oninput = () => {
        show();
        this.handlers.adc(p.adc, Number(input.value));
      };
      show();
      // The slider's position is what the ADC reads from the start.
      this.handlers.adc(p.adc, Number(input.value));
      label.append(text, input);
      this.slidersEl.append(label);
    }
    // The MCP3008 each run attaches on SPI (its inputs start at 0 V).
    const adc = spec.spi_adc;
    for (let ch = 0; adc && ch < adc.channels; ch++) {
      const label = document.createElement("label");
      const input = document.createElement("input");
      Object.assign(input, { type: "range", min: 0, max: spec.adc.vref, step: 0.01, value: 0 });
      input.dataset.spiChannel = ch;
      const text = document.createElement("span");
      const show = () =>
        (text.textContent = `MCP3008 SPI${adc.bus} ${adc.cs_name} CH${ch} ${Number(input.value).toFixed(2)} V`);
      input.oninput = () => {
        show();
        this.handlers.spi(adc.bus, adc.cs, ch, Number(input.value));
      };
      show();
      label.append(text, input);
      this.slidersEl.append(label);
    }
    this.reset();
  }

  reset() {
    this.snap = null;
    this.draw();
  }

  update(snap) {
    this.snap = snap;
    if (!this.pending) {
      this.pending = true;
      requestAnimationFrame(() => {
        this.pending = false;
        this.draw();
      });
    }
  }

  level(pin) {
    return this.snap ? this.snap.pins[pin] ?? null : null;
  }

  /** 0..1: how bright an LED on `pin` is. */
  brightness(led) {
    const pwm = this.snap && this.snap.pwm[led.pin];
    let on = pwm ? pwm[1] / 65535 : this.level(led.pin) === 1 ? 1 : 0;
    if (led.active_low) on = 1 - on;
    return on;
  }

  draw() {
    const { ctx, canvas, spec } = this;
    if (!spec) return;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    this.hit = [];
    const scale = Math.min((canvas.width - 20) / spec.width, (BOARD_H - 20) / spec.height);
    const ox = (canvas.width - spec.width * scale) / 2;
    const oy = 10;
    const at = (x, y) => [ox + x * scale, oy + y * scale];
    ctx.fillStyle = spec.name === "pico" ? "#1f6f3a" : "#274b7a";
    ctx.fillRect(ox, oy, spec.width * scale, spec.height * scale);
    ctx.fillStyle = "#ddd";
    ctx.font = "11px monospace";
    ctx.fillText(spec.name, ox + 4, oy + spec.height * scale - 6);
    for (const p of spec.pins) {
      if (p.x === null || p.y === null) continue;
      const [x, y] = at(p.x, p.y);
      ctx.fillStyle = this.pinColor(p.id);
      ctx.fillRect(x - 3, y - 3, 6, 6);
    }
    const leds = [];
    for (const led of spec.leds) {
      const [x, y] = at(led.x, led.y);
      const b = this.brightness(led);
      leds.push(`${led.name}=${b.toFixed(2)}`);
      ctx.beginPath();
      ctx.arc(x, y, 7, 0, 2 * Math.PI);
      ctx.fillStyle = "#333";
      ctx.fill();
      ctx.strokeStyle = "#eee";
      ctx.lineWidth = 1.5;
      ctx.stroke();
      if (b > 0) {
        ctx.globalAlpha = b;
        ctx.fillStyle = led.color;
        ctx.shadowColor = led.color;
        ctx.shadowBlur = 18 * b;
        ctx.fill();
        ctx.globalAlpha = 1;
        ctx.shadowBlur = 0;
      }
      ctx.fillStyle = "#eee";
      ctx.fillText(led.name, x + 10, y + 4);
    }
    canvas.dataset.leds = leds.join(" ");
    for (const btn of spec.buttons) {
      const [x, y] = at(btn.x, btn.y);
      ctx.beginPath();
      ctx.arc(x, y, 9, 0, 2 * Math.PI);
      ctx.fillStyle = this.held && this.held.pin === btn.pin ? "#777" : "#bbb";
      ctx.fill();
      ctx.fillStyle = "#eee";
      ctx.fillText(btn.name, x - 14, y + 20);
      this.hit.push({ x: x - 10, y: y - 10, w: 20, h: 20, pin: btn.pin, drive: btn.active_low ? "low" : "high" });
    }
    // Every pin as a cell: its level, and a momentary press to ground.
    const cols = Math.floor(canvas.width / CELL_W);
    spec.pins.forEach((p, i) => {
      const x = (i % cols) * CELL_W + 2;
      const y = BOARD_H + 12 + Math.floor(i / cols) * CELL_H;
      ctx.fillStyle = this.pinColor(p.id);
      ctx.fillRect(x, y, CELL_W - 3, CELL_H - 3);
      ctx.fillStyle = "#000";
      ctx.fillText(p.name, x + 3, y + 11);
      this.hit.push({ x, y, w: CELL_W - 3, h: CELL_H - 3, pin: p.id, drive: "low" });
    });
  }

  pinColor(pin) {
    const pwm = this.snap && this.snap.pwm[pin];
    if (pwm) return `rgb(${Math.round(90 + 165 * (pwm[1] / 65535))}, 120, 60)`;
    if (this.held && this.held.pin === pin) return "#e5c07b";
    const l = this.level(pin);
    return l === 1 ? "#e06c75" : l === 0 ? "#5c6370" : "#3a3d43";
  }

  down(e) {
    const r = this.canvas.getBoundingClientRect();
    const x = ((e.clientX - r.left) * this.canvas.width) / r.width;
    const y = ((e.clientY - r.top) * this.canvas.height) / r.height;
    const h = this.hit.find((h) => x >= h.x && x < h.x + h.w && y >= h.y && y < h.y + h.h);
    if (!h) return;
    this.held = h;
    this.handlers.press(h.pin, h.drive);
    this.draw();
  }

  up() {
    if (!this.held) return;
    this.handlers.press(this.held.pin, "release");
    this.held = null;
    this.draw();
  }
}
