//! Images that pass the verifier but misuse values the verifier cannot see
//! (types on the stack) must raise a Python exception, never panic.

use vm::bytecode::*;
use vm::hal::{Clock, Console};
use vm::{Config, Vm};

struct NullBoard(String);

impl Console for NullBoard {
    fn write_str(&mut self, text: &str) {
        self.0.push_str(text);
    }
}

impl Clock for NullBoard {
    fn now_ns(&mut self) -> u64 {
        0
    }
    fn wait_until_ns(&mut self, _: u64) -> bool {
        false
    }
}

impl vm::hal::Gpio for NullBoard {}
impl vm::hal::Pwm for NullBoard {}
impl vm::hal::Adc for NullBoard {}
impl vm::hal::Uart for NullBoard {}
impl vm::hal::I2c for NullBoard {}
impl vm::hal::Spi for NullBoard {}
impl vm::hal::Events for NullBoard {}

fn asm(ins: &[(Op, u16)]) -> Vec<u8> {
    let mut out = Vec::new();
    for &(op, arg) in ins {
        out.push(op as u8);
        match op.arg_kind() {
            ArgKind::None => {}
            ArgKind::U8 => out.push(arg as u8),
            ArgKind::U16 => out.extend_from_slice(&arg.to_le_bytes()),
        }
    }
    out
}

/// Runs a one-code-object module; names: 0 `<module>`, 1 file, 2 `print`.
fn run(ins: &[(Op, u16)], consts: Vec<Const>, max_stack: u16) -> Result<String, vm::Uncaught> {
    let image = Image {
        names: vec!["<module>".into(), "hostile.py".into(), "print".into()],
        consts,
        codes: vec![CodeObject {
            name: 0,
            filename: 1,
            first_line: 1,
            argcount: 0,
            kwonlyargcount: 0,
            posonlyargcount: 0,
            flags: 0,
            local_names: vec![],
            max_stack,
            code: asm(ins),
            lines: vec![LineEntry { pc: 0, line: 1 }],
            handlers: vec![],
        }],
        modules: vec![],
    };
    let program = Program::verify(image).expect("the image itself is well-formed");
    let mut vm = Vm::new(program, NullBoard(String::new()), Config::default());
    vm.run().map(|_| vm.board().0.clone())
}

#[test]
fn callkw_with_more_names_than_arguments_is_a_system_error() {
    let consts = vec![
        Const::Str("sep".into()),
        Const::Str("end".into()),
        Const::Tuple(vec![0, 1]),
    ];
    let r = run(
        &[
            (Op::LoadGlobal, 2),
            (Op::LoadSmallInt, 1),
            (Op::LoadConst, 2),
            (Op::CallKw, 1),
            (Op::ReturnValue, 0),
        ],
        consts,
        3,
    );
    assert_eq!(r.unwrap_err().type_name, "SystemError");
}

#[test]
fn callkw_whose_names_are_not_a_tuple_of_str_is_a_system_error() {
    let r = run(
        &[
            (Op::LoadGlobal, 2),
            (Op::LoadSmallInt, 1),
            (Op::LoadSmallInt, 7),
            (Op::CallKw, 1),
            (Op::ReturnValue, 0),
        ],
        vec![],
        3,
    );
    assert_eq!(r.unwrap_err().type_name, "SystemError");
}

#[test]
fn a_valid_keyword_call_still_works() {
    let consts = vec![
        Const::Str("end".into()),
        Const::Tuple(vec![0]),
        Const::Str("!".into()),
    ];
    let r = run(
        &[
            (Op::LoadGlobal, 2),
            (Op::LoadSmallInt, 5),
            (Op::LoadConst, 2),
            (Op::LoadConst, 1),
            (Op::CallKw, 2),
            (Op::ReturnValue, 0),
        ],
        consts,
        4,
    );
    assert_eq!(r.unwrap(), "5!");
}

#[test]
fn make_function_with_odd_defaults_and_calling_non_callables_raise() {
    // defaults = 3 (not a tuple), kwdefaults = "x" (not a dict): the function
    // simply has no defaults; calling an int is a TypeError.
    let r = run(
        &[
            (Op::LoadSmallInt, 3),
            (Op::LoadSmallInt, 4),
            (Op::Call, 0),
            (Op::ReturnValue, 0),
        ],
        vec![],
        2,
    );
    let e = r.unwrap_err();
    assert_eq!(
        (e.type_name.as_str(), e.message.as_str()),
        ("TypeError", "'int' object is not callable")
    );
}

#[test]
fn raising_a_non_exception_is_a_type_error() {
    let r = run(&[(Op::LoadSmallInt, 3), (Op::RaiseVarargs, 1)], vec![], 1);
    let e = r.unwrap_err();
    assert_eq!(e.message, "exceptions must derive from BaseException");
}

#[test]
fn reraise_of_a_non_exception_is_a_type_error() {
    let r = run(&[(Op::LoadSmallInt, 3), (Op::Reraise, 0)], vec![], 1);
    assert_eq!(r.unwrap_err().type_name, "TypeError");
}

#[test]
fn list_append_on_a_non_list_is_a_system_error() {
    let r = run(
        &[
            (Op::LoadSmallInt, 3),
            (Op::LoadSmallInt, 4),
            (Op::ListAppend, 0),
            (Op::ReturnValue, 0),
        ],
        vec![],
        2,
    );
    assert_eq!(r.unwrap_err().type_name, "SystemError");
}
