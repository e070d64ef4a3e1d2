//! Disassembly listings (insta snapshots) and robustness on unverified images.

use vm::bytecode::*;

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

fn o(op: Op) -> (Op, u16) {
    (op, 0)
}

fn code(name: u16, code: Vec<u8>, max_stack: u16) -> CodeObject {
    CodeObject {
        name,
        filename: 1,
        first_line: 1,
        argcount: 0,
        kwonlyargcount: 0,
        posonlyargcount: 0,
        flags: 0,
        local_names: vec![],
        max_stack,
        code,
        lines: vec![LineEntry { pc: 0, line: 1 }],
        handlers: vec![],
    }
}

/// `x = -1; def f(x, y): ...; print(f(x, 2.5))` with a try/except in `f`.
fn sample() -> Image {
    use Op::*;
    let module = asm(&[
        (LoadSmallInt, 0xffff),
        (StoreGlobal, 3),
        (LoadConst, 6),
        (LoadNone, 0),
        (MakeFunction, 1),
        (StoreGlobal, 2),
        (LoadGlobal, 4),
        (LoadGlobal, 2),
        (LoadGlobal, 3),
        (LoadConst, 5),
        (Call, 2),
        (Call, 1),
        o(PopTop),
        o(LoadNone),
        o(ReturnValue),
    ]);
    let f = asm(&[
        (LoadFast, 0),       // 0
        (PopJumpIfFalse, 9), // 2
        (LoadConst, 2),      // 5
        o(ReturnValue),      // 8
        (LoadFast, 0),       // 9
        (LoadFast, 1),       // 11
        (BinaryOp, 6),       // 13
        o(ReturnValue),      // 15
        o(PopTop),           // 16
        (LoadConst, 3),      // 17
        o(ReturnValue),      // 20
    ]);
    let mut fco = code(2, f, 2);
    fco.first_line = 3;
    fco.argcount = 1; // plus the `*args` slot
    fco.flags = CODE_VARARGS;
    fco.local_names = vec![3, 5];
    fco.lines = vec![
        LineEntry { pc: 0, line: 4 },
        LineEntry { pc: 9, line: 6 },
        LineEntry { pc: 16, line: 8 },
    ];
    fco.handlers = vec![Handler {
        start: 9,
        end: 16,
        target: 16,
        depth: 0,
    }];
    Image {
        names: ["<module>", "app.py", "f", "x", "print", "y"]
            .map(String::from)
            .to_vec(),
        consts: vec![
            Const::None,
            Const::Int(1),
            Const::Str("it's \"hi\"\n".into()),
            Const::Tuple(vec![1, 2, 0]),
            Const::Code(1),
            Const::Float(2.5),
            Const::Tuple(vec![5]),
            Const::BigInt {
                negative: true,
                magnitude: vec![0, 0, 1],
            },
            Const::Float(1e100),
            Const::Ellipsis,
        ],
        codes: vec![code(0, module, 4), fco],
        modules: vec![],
    }
}

#[test]
fn sample_listing() {
    let img = sample();
    Program::verify(img.clone()).unwrap();
    insta::assert_snapshot!(disassemble(&img));
}

#[test]
fn consts_listing() {
    let mut img = sample();
    let mut ins = vec![];
    for i in 0..img.consts.len() as u16 {
        ins.push((Op::LoadConst, i));
        ins.push(o(Op::PopTop));
    }
    ins.push(o(Op::LoadNone));
    ins.push(o(Op::ReturnValue));
    img.codes[0].code = asm(&ins);
    insta::assert_snapshot!(disassemble(&img));
}

#[test]
fn unverified_images_disassemble_without_panicking() {
    let mut img = sample();
    img.codes[1]
        .code
        .extend_from_slice(&[0xee, Op::LoadConst as u8, 0x99]);
    img.codes[1].name = 99;
    img.codes[1].local_names.push(200);
    // Cyclic and deeply shared tuples.
    img.consts.push(Const::Tuple(vec![10, 10]));
    for i in 11..200u16 {
        img.consts.push(Const::Tuple(vec![i - 1; 1000]));
    }
    img.consts.push(Const::Str("x".repeat(10_000)));
    let text = disassemble(&img);
    assert!(text.contains(".byte 0xee"), "{text}");
    assert!(
        text.contains("LoadConst        <truncated operand>"),
        "{text}"
    );
    let mut ins = vec![];
    for i in 0..img.consts.len() as u16 {
        ins.push((Op::LoadConst, i));
    }
    img.codes[0].code = asm(&ins);
    let text = disassemble(&img);
    assert!(text.lines().all(|l| l.len() < 200), "{text}");
}
