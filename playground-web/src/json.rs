//! The JSON the page and the worker exchange with the module.

use hardware_models::spec::BoardSpec;
use hardware_models::stimulus::Drive;
use hardware_models::trace::Level;
use hardware_models::{BoardSnapshot, LiveInput};
use serde_json::{json, Value};

pub(crate) fn string_array<'a>(items: impl Iterator<Item = &'a str>) -> String {
    Value::Array(items.map(|s| Value::String(s.into())).collect()).to_string()
}

pub(crate) fn examples(list: &[(&str, &str)]) -> String {
    Value::Array(
        list.iter()
            .map(|(name, source)| json!({ "name": name, "source": source }))
            .collect(),
    )
    .to_string()
}

/// What a board view needs: geometry, pins with their PWM/ADC, LEDs, buttons.
pub(crate) fn board(spec: &BoardSpec) -> String {
    let pins: Vec<Value> = spec
        .pins
        .iter()
        .map(|p| {
            json!({
                "id": p.id,
                "name": p.name,
                "aliases": p.aliases,
                "pwm": p.pwm.map(|c| format!("{}{}", c.slice, if c.channel == 0 { 'A' } else { 'B' })),
                "adc": p.adc,
                "x": p.position.map(|(x, _)| x),
                "y": p.position.map(|(_, y)| y),
            })
        })
        .collect();
    let leds: Vec<Value> = spec
        .leds
        .iter()
        .map(|l| {
            json!({
                "name": l.name, "pin": l.pin, "color": l.color,
                "active_low": l.active_low, "x": l.position.0, "y": l.position.1,
            })
        })
        .collect();
    let buttons: Vec<Value> = spec
        .buttons
        .iter()
        .map(|b| {
            json!({
                "name": b.name, "pin": b.pin, "active_low": b.active_low,
                "x": b.position.0, "y": b.position.1,
            })
        })
        .collect();
    json!({
        "name": spec.name,
        "description": spec.description,
        "width": spec.width,
        "height": spec.height,
        "instruction_ns": spec.instruction_ns,
        "adc": { "bits": spec.adc.bits, "vref": spec.adc.vref },
        "pins": pins,
        "leds": leds,
        "buttons": buttons,
        "uarts": spec.uarts.iter().map(|u| u.id).collect::<Vec<_>>(),
        // The MCP3008 every run attaches (`SimBoard::attach_demo_devices`).
        "spi_adc": spec.demo_spi_adc().map(|(bus, cs)| json!({
            "bus": bus, "cs": cs, "cs_name": spec.pin_name(cs), "channels": 8,
        })),
    })
    .to_string()
}

fn level(l: Level) -> Value {
    match l {
        Level::Low => json!(0),
        Level::High => json!(1),
        Level::Floating => Value::Null,
    }
}

/// `{"now_ns", "pins": {id: 0|1|null}, "pwm": {id: [hz, duty]}, "adc": {ch: volts}}`.
pub(crate) fn snapshot(s: &BoardSnapshot) -> String {
    let pins: serde_json::Map<String, Value> = s
        .pins
        .iter()
        .map(|(p, l)| (p.to_string(), level(*l)))
        .collect();
    let pwm: serde_json::Map<String, Value> = s
        .pwm
        .iter()
        .map(|(p, hz, duty)| (p.to_string(), json!([hz, duty])))
        .collect();
    let adc: serde_json::Map<String, Value> = s
        .adc_volts
        .iter()
        .map(|(ch, v)| (ch.to_string(), json!(v)))
        .collect();
    json!({ "now_ns": s.now_ns as f64, "pins": pins, "pwm": pwm, "adc": adc }).to_string()
}

/// Reads the page's reply to a poll: whether to stop, and the inputs.
/// Unknown or malformed inputs are skipped: the page is not trusted to be
/// in step with the board.
pub(crate) fn parse_poll(reply: &str, spec: &BoardSpec) -> (bool, Vec<LiveInput>) {
    let Ok(v) = serde_json::from_str::<Value>(reply) else {
        return (false, Vec::new());
    };
    let stop = v["stop"].as_bool().unwrap_or(false);
    let mut inputs = Vec::new();
    for i in v["inputs"].as_array().into_iter().flatten() {
        if let Some(pin) = i["pin"].as_u64() {
            let Ok(pin) = u16::try_from(pin) else {
                continue;
            };
            if spec.pin(pin).is_none() {
                continue;
            }
            let drive = match i["drive"].as_str() {
                Some("low") => Drive::Low,
                Some("high") => Drive::High,
                Some("release") => Drive::Release,
                _ => continue,
            };
            inputs.push(LiveInput::Pin { pin, drive });
        } else if let (Some(ch), Some(volts)) = (i["adc"].as_u64(), i["volts"].as_f64()) {
            let Ok(channel) = u8::try_from(ch) else {
                continue;
            };
            inputs.push(LiveInput::AdcVolts { channel, volts });
        } else if let (Some(bus), Some(cs), Some(ch), Some(volts)) = (
            i["spi"].as_u64(),
            i["cs"].as_u64(),
            i["channel"].as_u64(),
            i["volts"].as_f64(),
        ) {
            let (Ok(bus), Ok(cs), Ok(channel)) =
                (u8::try_from(bus), u16::try_from(cs), u8::try_from(ch))
            else {
                continue;
            };
            inputs.push(LiveInput::SpiVolts {
                bus,
                cs,
                channel,
                volts,
            });
        } else if let (Some(id), Some(text)) = (i["uart"].as_u64(), i["data"].as_str()) {
            let Ok(id) = u8::try_from(id) else { continue };
            inputs.push(LiveInput::UartRx {
                id,
                data: text.as_bytes().to_vec(),
            });
        }
    }
    (stop, inputs)
}

pub(crate) fn compile_error_value(e: &compiler::CompileError) -> Value {
    json!({
        "kind": e.kind.name(),
        "message": e.message,
        "line": e.line,
        "column": e.column,
        "end_column": e.end_column,
    })
}

pub(crate) fn compile_error(e: &compiler::CompileError) -> String {
    compile_error_value(e).to_string()
}

pub(crate) fn run_compile_error(e: &compiler::CompileError) -> String {
    json!({ "status": "compile_error", "compile": compile_error_value(e) }).to_string()
}

pub(crate) fn run_ok(now_ns: u64, vcd: &str) -> String {
    json!({ "status": "ok", "now_ns": now_ns as f64, "vcd": vcd }).to_string()
}

pub(crate) fn run_failed(error: &str, now_ns: u64, vcd: &str) -> String {
    json!({ "status": "error", "error": error, "now_ns": now_ns as f64, "vcd": vcd }).to_string()
}
