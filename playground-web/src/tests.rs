//! Host-side tests of what does not need a JavaScript host.

use super::*;
use hardware_models::stimulus::Drive;

#[test]
fn every_example_is_embedded_and_compiles() {
    assert_eq!(EXAMPLES[0].0, "blink");
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../examples");
    let on_disk = std::fs::read_dir(dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "py")
        })
        .count();
    assert_eq!(EXAMPLES.len(), on_disk);
    for (name, source) in EXAMPLES {
        assert_eq!(check(source), "", "{name}.py");
    }
}

#[test]
fn board_json_describes_the_builtin_boards() {
    for name in BOARDS {
        let v: serde_json::Value = serde_json::from_str(&board_json(name).unwrap()).unwrap();
        assert_eq!(v["name"], *name);
        assert!(!v["pins"].as_array().unwrap().is_empty());
        assert_eq!(v["leds"][0]["name"], "LED");
    }
    assert!(board_json("nope").is_none());
}

#[test]
fn check_gives_the_line() {
    let v: serde_json::Value = serde_json::from_str(&check("a = 1\nb = (1,\n")).unwrap();
    assert_eq!(v["kind"], "SyntaxError");
    assert!(v["line"].as_u64().unwrap() >= 2);
}

#[test]
fn poll_replies_become_live_inputs() {
    let spec = BoardSpec::builtin("pico").unwrap();
    let (stop, inputs) = json::parse_poll(
        r#"{"stop":false,"inputs":[{"pin":14,"drive":"low"},{"pin":999,"drive":"low"},
            {"pin":3,"drive":"sideways"},{"adc":0,"volts":1.5},{"uart":0,"data":"hi"},{"what":1},
            {"spi":0,"cs":17,"channel":2,"volts":0.5},{"spi":0,"cs":70000,"channel":2,"volts":0.5}]}"#,
        &spec,
    );
    assert!(!stop);
    assert_eq!(
        inputs,
        vec![
            LiveInput::Pin {
                pin: 14,
                drive: Drive::Low
            },
            LiveInput::AdcVolts {
                channel: 0,
                volts: 1.5
            },
            LiveInput::UartRx {
                id: 0,
                data: b"hi".to_vec()
            },
            LiveInput::SpiVolts {
                bus: 0,
                cs: 17,
                channel: 2,
                volts: 0.5
            },
        ]
    );
    assert!(json::parse_poll(r#"{"stop":true}"#, &spec).0);
    assert_eq!(json::parse_poll("garbage", &spec), (false, vec![]));
}

#[test]
fn tracebacks_show_the_source_line() {
    let exc = vm::Uncaught {
        traceback: vec![vm::TraceEntry {
            filename: FILENAME.into(),
            line: 2,
            function: "<module>".into(),
        }],
        type_name: "ZeroDivisionError".into(),
        message: "division by zero".into(),
    };
    assert_eq!(
        traceback(&exc, "x = 1\n  y = 1 // 0  \n"),
        "Traceback (most recent call last):\n  File \"main.py\", line 2, in <module>\n    y = 1 // 0\nZeroDivisionError: division by zero\n"
    );
}

#[test]
fn a_stop_flag_ends_an_endless_loop() {
    let source = "while True:\n    pass\n";
    let stop = Rc::new(Cell::new(false));
    let flag = Rc::clone(&stop);
    let mut board = SimBoard::capturing();
    board.set_live(
        Box::new(move |snap| {
            if snap.now_ns >= 50_000_000 {
                flag.set(true);
            }
            Vec::new()
        }),
        POLL_INTERVAL_NS,
    );
    let mut vm = vm::Vm::new(
        compile(source).unwrap(),
        Stoppable::new(board, stop),
        vm::Config::default(),
    );
    assert!(vm.run().is_ok());
    let now = vm.board().inner().clock().now_ns();
    assert!((50_000_000..60_000_000).contains(&now), "{now}");
}
