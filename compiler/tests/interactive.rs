//! Running what `compile_program` and `compile_interactive` produce on the
//! VM: module globals, and prompt inputs sharing `__main__`'s globals.

use compiler::{compile_interactive, compile_program, Loader};
use std::collections::HashMap;
use vm::bytecode::Program;
use vm::hal::{Clock, Console};
use vm::{Config, Vm};

struct Board(String);

impl Console for Board {
    fn write_str(&mut self, text: &str) {
        self.0.push_str(text);
    }
}

impl Clock for Board {
    fn now_ns(&mut self) -> u64 {
        0
    }
    fn wait_until_ns(&mut self, _: u64) -> bool {
        false
    }
}

impl vm::hal::Gpio for Board {}
impl vm::hal::Pwm for Board {}
impl vm::hal::Adc for Board {}
impl vm::hal::Uart for Board {}
impl vm::hal::I2c for Board {}
impl vm::hal::Spi for Board {}
impl vm::hal::Events for Board {}

struct Files(HashMap<String, String>);

impl Loader for Files {
    fn load(&mut self, path: &str) -> Result<Option<String>, String> {
        Ok(self.0.get(path).cloned())
    }
}

fn files(list: &[(&str, &str)]) -> Files {
    Files(
        list.iter()
            .map(|(p, s)| (p.to_string(), s.to_string()))
            .collect(),
    )
}

#[test]
fn modules_have_their_own_globals() {
    let mut fs = files(&[
        (
            "main.py",
            "import m\nx = 'main'\nprint(x, m.x, m.get())\nm.x = 'set'\nprint(m.get())\n",
        ),
        ("m.py", "x = 'm'\ndef get():\n    return x\n"),
    ]);
    let image = compile_program("main.py", &mut fs).expect("compiles");
    let program = Program::verify(image).expect("verifies");
    let mut vm = Vm::new(program, Board(String::new()), Config::default());
    vm.run().expect("runs");
    assert_eq!(vm.board().0, "main m m\nset\n");
}

#[test]
fn prompt_inputs_share_globals_and_echo_expressions() {
    let mut fs = files(&[("m.py", "def twice(n):\n    return 2 * n\n")]);
    let first = compiler::compile("", "<stdin>").expect("compiles");
    let mut image = first.clone();
    let mut vm = Vm::new(
        Program::verify(first).expect("verifies"),
        Board(String::new()),
        Config::default(),
    );
    vm.run().expect("runs");
    for input in [
        "x = 20\n",
        "x + 1\n",
        "import m\n",
        "m.twice(x)\n",
        "1/0\n",
        "None\n",
        "x\n",
    ] {
        let (next, entry) =
            compile_interactive(&image, input, "<stdin>", "", &mut fs).expect("compiles");
        image = next.clone();
        vm.extend(Program::verify(next).expect("verifies"))
            .expect("extends");
        let r = vm.run_unit(entry);
        assert_eq!(r.is_err(), input == "1/0\n", "{input}");
    }
    assert_eq!(vm.board().0, "21\n40\n20\n");
    // A program not compiled against the running one is refused.
    let other = compiler::compile("y = 1\n", "<other>").expect("compiles");
    assert!(vm
        .extend(Program::verify(other).expect("verifies"))
        .is_err());
}
