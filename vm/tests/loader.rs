//! The loader: decode(encode(img)) round-trips, corrupt bytes are rejected
//! without panicking, and each verifier rule reports its specific error.

use proptest::prelude::*;
use vm::bytecode::*;

// ---------------------------------------------------------------- helpers

/// Assembles `(op, arg)` pairs into bytes, using each opcode's operand width.
fn asm(ins: &[(Op, u16)]) -> Vec<u8> {
    let mut out = Vec::new();
    for &(op, arg) in ins {
        out.push(op as u8);
        match op.arg_kind() {
            ArgKind::None => assert_eq!(arg, 0, "{} takes no operand", op.name()),
            ArgKind::U8 => out.push(u8::try_from(arg).unwrap()),
            ArgKind::U16 => out.extend_from_slice(&arg.to_le_bytes()),
        }
    }
    out
}

/// Opcodes without operands, for brevity.
fn o(op: Op) -> (Op, u16) {
    (op, 0)
}

const MODULE: u16 = 0;
const FILE: u16 = 1;
const F: u16 = 2;
const X: u16 = 3;
const PRINT: u16 = 4;

fn code(name: u16, code: Vec<u8>, max_stack: u16) -> CodeObject {
    CodeObject {
        name,
        filename: FILE,
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

/// A small valid program: a module defining and calling `f(x)`, where `f`
/// branches, loops over nothing and has an exception handler.
fn sample() -> Image {
    use Op::*;
    let module = asm(&[
        (LoadConst, 1),      // 0: 1
        (StoreGlobal, X),    // 3
        o(LoadNone),         // 6: defaults
        o(LoadNone),         // 7: kwdefaults
        (MakeFunction, 1),   // 8
        (StoreGlobal, F),    // 10
        (LoadGlobal, PRINT), // 13
        (LoadGlobal, F),     // 16
        (LoadGlobal, X),     // 19
        (Call, 1),           // 22
        (Call, 1),           // 24
        o(PopTop),           // 26
        o(LoadNone),         // 27
        o(ReturnValue),      // 28
    ]);
    let f = asm(&[
        (LoadFast, 0),       // 0
        (PopJumpIfFalse, 9), // 2
        (LoadConst, 2),      // 5: 'hi'
        o(ReturnValue),      // 8
        (LoadFast, 0),       // 9   (protected 9..13)
        (LoadConst, 1),      // 11
        o(BinaryAdd),        // 14
        o(ReturnValue),      // 15
        o(PopTop),           // 16: handler, depth 0 + exc
        (LoadConst, 3),      // 17: (1, 'hi')
        o(ReturnValue),      // 20
    ]);
    let mut fco = code(F, f, 2);
    fco.first_line = 3;
    fco.argcount = 1;
    fco.local_names = vec![X];
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
        names: ["<module>", "app.py", "f", "x", "print"]
            .map(String::from)
            .to_vec(),
        consts: vec![
            Const::None,
            Const::Int(1),
            Const::Str("hi".into()),
            Const::Tuple(vec![1, 2]),
            Const::Code(1),
            Const::Float(1.5),
            Const::BigInt {
                negative: true,
                magnitude: vec![0, 0, 1],
            },
            Const::True,
            Const::False,
            Const::Ellipsis,
        ],
        codes: vec![code(MODULE, module, 3), fco],
        modules: vec![],
    }
}

/// Rewrites the header's body length and CRC so a mutated body gets past the checksum.
fn fix_header(bytes: &mut [u8]) {
    let body_len = (bytes.len() - HEADER_LEN) as u32;
    bytes[8..12].copy_from_slice(&body_len.to_le_bytes());
    let crc = crc32fast::hash(&bytes[HEADER_LEN..]);
    bytes[12..16].copy_from_slice(&crc.to_le_bytes());
}

/// A single-code-object image running `ins` with `max_stack`.
fn one(ins: &[(Op, u16)], max_stack: u16) -> Image {
    let mut img = sample();
    img.codes.truncate(1);
    img.consts.retain(|c| !matches!(c, Const::Code(_)));
    img.codes[0] = code(MODULE, asm(ins), max_stack);
    img
}

/// The verifier's error for a code object, as `(code index, pc, error)`.
fn code_err(img: Image) -> (usize, Option<usize>, CodeError) {
    match Program::verify(img) {
        Err(LoadError::Code {
            code, pc, error, ..
        }) => (code, pc, error),
        other => panic!("expected a code-object error, got {other:?}"),
    }
}

fn const_err(img: Image) -> (usize, ConstError) {
    match Program::verify(img) {
        Err(LoadError::Const { index, error }) => (index, error),
        other => panic!("expected a constant error, got {other:?}"),
    }
}

fn bytes_err(bytes: &[u8]) -> LoadError {
    load(bytes).expect_err("image should be rejected")
}

// ---------------------------------------------------------------- round trip and corruption

#[test]
fn sample_round_trips_and_verifies() {
    let img = sample();
    let bytes = encode(&img);
    assert_eq!(decode(&bytes).unwrap(), img);
    let program = load(&bytes).unwrap();
    assert_eq!(program.image(), &img);
    assert_eq!(Program::verify(img.clone()).unwrap().into_image(), img);
    assert_eq!(code_name(&img, 1), Some("f"));
    assert_eq!(code_name(&img, 9), None);
}

#[test]
fn every_prefix_is_truncated() {
    let bytes = encode(&sample());
    for n in 0..bytes.len() {
        match load(&bytes[..n]) {
            Err(LoadError::Truncated { .. }) => {}
            other => panic!("prefix of {n} bytes: {other:?}"),
        }
    }
}

#[test]
fn every_single_byte_change_is_rejected() {
    let bytes = encode(&sample());
    for i in 0..bytes.len() {
        for x in 1..=255u8 {
            let mut b = bytes.clone();
            b[i] ^= x;
            let err = bytes_err(&b);
            if i >= HEADER_LEN || (12..16).contains(&i) {
                assert!(
                    matches!(err, LoadError::ChecksumMismatch { .. }),
                    "byte {i}: {err}"
                );
            }
        }
    }
}

#[test]
fn every_body_byte_change_with_fixed_checksum_never_panics() {
    let bytes = encode(&sample());
    let mut rejected = 0;
    for i in HEADER_LEN..bytes.len() {
        for x in [
            0x00, 0x01, 0x02, 0x07, 0x10, 0x3c, 0x3d, 0x7f, 0x80, 0xfe, 0xff,
        ] {
            let mut b = bytes.clone();
            b[i] = x;
            fix_header(&mut b);
            if let Err(e) = load(&b) {
                rejected += 1;
                assert!(!e.to_string().is_empty());
            }
            // Dropping or inserting a byte shifts everything after it.
            let mut b = bytes.clone();
            b.insert(i, x);
            fix_header(&mut b);
            let _ = load(&b);
        }
        let mut b = bytes.clone();
        b.remove(i);
        fix_header(&mut b);
        assert!(load(&b).is_err(), "removing byte {i} still loads");
    }
    assert!(rejected > 0);
}

#[test]
fn huge_counts_do_not_allocate() {
    // A body claiming 4 billion names (and nothing else).
    let mut b = encode(&sample())[..HEADER_LEN].to_vec();
    b.extend_from_slice(&u32::MAX.to_le_bytes());
    fix_header(&mut b);
    assert_eq!(
        bytes_err(&b),
        LoadError::Truncated {
            offset: 20,
            what: "name length"
        }
    );
    // A code object claiming a 4 GB code section.
    let mut img = sample();
    img.codes.truncate(1);
    img.codes[0].code = vec![Op::LoadNone as u8, Op::ReturnValue as u8];
    img.codes[0].lines.clear();
    let mut b = encode(&img);
    let at = b.len() - 4 - 2 - 4 - 4 - 4; // module count, code bytes, code length, lines, handlers
    b[at..at + 4].copy_from_slice(&u32::MAX.to_le_bytes());
    fix_header(&mut b);
    assert!(matches!(
        bytes_err(&b),
        LoadError::Truncated { what: "code", .. }
    ));
}

fn any_const() -> impl Strategy<Value = Const> {
    prop_oneof![
        Just(Const::None),
        Just(Const::True),
        Just(Const::False),
        Just(Const::Ellipsis),
        any::<i64>().prop_map(Const::Int),
        (any::<bool>(), prop::collection::vec(any::<u32>(), 0..4)).prop_map(
            |(negative, magnitude)| Const::BigInt {
                negative,
                magnitude
            }
        ),
        any::<f64>().prop_map(Const::Float),
        ".{0,8}".prop_map(Const::Str),
        prop::collection::vec(any::<u16>(), 0..4).prop_map(Const::Tuple),
        any::<u16>().prop_map(Const::Code),
    ]
}

fn any_code() -> impl Strategy<Value = CodeObject> {
    (
        (
            any::<u16>(),
            any::<u16>(),
            any::<u32>(),
            any::<u8>(),
            any::<u8>(),
            any::<u8>(),
        ),
        prop::collection::vec(0u16..8, 0..4),
        any::<u16>(),
        prop::collection::vec(any::<u8>(), 0..40),
        prop::collection::vec((any::<u16>(), any::<u32>()), 0..3),
        prop::collection::vec(
            (any::<u16>(), any::<u16>(), any::<u16>(), any::<u16>()),
            0..3,
        ),
    )
        .prop_map(
            |(h, local_names, max_stack, code, lines, handlers)| CodeObject {
                name: h.0,
                filename: h.1,
                first_line: h.2,
                argcount: h.3,
                kwonlyargcount: h.4,
                posonlyargcount: 0,
                flags: h.5,
                local_names,
                max_stack,
                code,
                lines: lines
                    .into_iter()
                    .map(|(pc, line)| LineEntry { pc, line })
                    .collect(),
                handlers: handlers
                    .into_iter()
                    .map(|(start, end, target, depth)| Handler {
                        start,
                        end,
                        target,
                        depth,
                    })
                    .collect(),
            },
        )
}

fn any_image() -> impl Strategy<Value = Image> {
    (
        prop::collection::vec(".{0,6}", 0..6),
        prop::collection::vec(any_const(), 0..6),
        prop::collection::vec(any_code(), 0..3),
    )
        .prop_map(|(names, consts, codes)| Image {
            names,
            consts,
            codes,
            modules: vec![],
        })
}

/// Code made mostly of real opcodes with small operands, so the verifier's
/// deeper checks (jumps, stack depths, handlers) get exercised.
fn plausible_code() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec((0..Op::ALL.len(), 0u16..24), 1..24).prop_map(|ins| {
        let ins: Vec<(Op, u16)> = ins
            .into_iter()
            .map(|(i, arg)| {
                let op = Op::ALL[i];
                (
                    op,
                    if op.arg_kind() == ArgKind::None {
                        0
                    } else {
                        arg
                    },
                )
            })
            .collect();
        asm(&ins)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn random_bytes_never_panic(mut bytes in prop::collection::vec(any::<u8>(), 0..300), header in any::<bool>()) {
        if header && bytes.len() >= HEADER_LEN {
            bytes[..8].copy_from_slice(&encode(&sample())[..8]);
            fix_header(&mut bytes);
        }
        let _ = load(&bytes);
    }

    #[test]
    fn mutated_bodies_never_panic(edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..6)) {
        let mut bytes = encode(&sample());
        let body = bytes.len() - HEADER_LEN;
        for (at, value) in edits {
            bytes[HEADER_LEN + at.index(body)] = value;
        }
        fix_header(&mut bytes);
        if let Ok(p) = load(&bytes) {
            let _ = disassemble(p.image());
        }
    }

    #[test]
    fn arbitrary_images_round_trip_and_never_panic(img in any_image()) {
        let bytes = encode(&img);
        let back = decode(&bytes).unwrap();
        prop_assert_eq!(encode(&back), bytes);
        let _ = disassemble(&img);
        if let Err(e) = Program::verify(img) {
            prop_assert!(!e.to_string().is_empty());
        }
    }

    #[test]
    fn plausible_code_never_panics(
        code in plausible_code(),
        max_stack in 0u16..6,
        handler in prop::option::of((0u16..24, 0u16..24, 0u16..24, 0u16..3)),
    ) {
        let mut img = sample();
        let f = &mut img.codes[1];
        f.code = code;
        f.max_stack = max_stack;
        f.lines.clear();
        f.handlers = handler
            .map(|(start, end, target, depth)| Handler { start, end, target, depth })
            .into_iter()
            .collect();
        let _ = disassemble(&img);
        let _ = load(&encode(&img));
    }
}

// ---------------------------------------------------------------- format errors

#[test]
fn wrong_magic() {
    let mut b = encode(&sample());
    b[..4].copy_from_slice(b"\x7fELF");
    let err = bytes_err(&b);
    assert_eq!(err, LoadError::BadMagic { found: *b"\x7fELF" });
    assert!(
        err.to_string()
            .starts_with("not a Ferrite bytecode image (bad magic"),
        "{err}"
    );
}

#[test]
fn wrong_version() {
    let mut b = encode(&sample());
    b[4..6].copy_from_slice(&7u16.to_le_bytes());
    let err = bytes_err(&b);
    assert_eq!(
        err,
        LoadError::UnsupportedVersion {
            found: 7,
            supported: FORMAT_VERSION
        }
    );
    assert!(err.to_string().contains("version 7"), "{err}");
    assert!(err.to_string().contains("reads version 2"), "{err}");
}

#[test]
fn unknown_header_flags() {
    let mut b = encode(&sample());
    b[6] = 0x80;
    assert_eq!(bytes_err(&b), LoadError::UnknownHeaderFlags { flags: 0x80 });
}

#[test]
fn trailing_bytes() {
    let mut b = encode(&sample());
    let len = b.len();
    b.push(0);
    assert_eq!(
        bytes_err(&b),
        LoadError::TrailingBytes {
            offset: len,
            count: 1
        }
    );
    // Extra bytes inside the checksummed body, after the last code object.
    fix_header(&mut b);
    assert_eq!(
        bytes_err(&b),
        LoadError::TrailingBytes {
            offset: len,
            count: 1
        }
    );
}

#[test]
fn checksum_mismatch() {
    let mut b = encode(&sample());
    let last = b.len() - 1;
    b[last] ^= 1;
    assert!(matches!(bytes_err(&b), LoadError::ChecksumMismatch { .. }));
}

/// Encodes `img`, lets `patch` edit the body, and fixes the header.
fn patched(img: &Image, patch: impl FnOnce(&mut Vec<u8>)) -> Vec<u8> {
    let mut b = encode(img);
    patch(&mut b);
    fix_header(&mut b);
    b
}

fn find(hay: &[u8], needle: &[u8]) -> usize {
    hay.windows(needle.len()).position(|w| w == needle).unwrap()
}

#[test]
fn invalid_utf8() {
    let mut img = sample();
    img.names[4] = "pr\u{1}nt".into();
    let b = patched(&img, |b| {
        let at = find(b, b"pr\x01nt");
        b[at + 2] = 0xff;
    });
    let err = bytes_err(&b);
    assert!(
        matches!(err, LoadError::InvalidUtf8 { what: "name", .. }),
        "{err:?}"
    );
}

#[test]
fn bad_const_tag_and_bigint_sign() {
    let mut img = sample();
    img.consts = vec![Const::None, Const::Ellipsis];
    let names_end = HEADER_LEN + 4 + img.names.iter().map(|n| 4 + n.len()).sum::<usize>();
    let b = patched(&img, |b| b[names_end + 4 + 1] = 42);
    assert_eq!(
        bytes_err(&b),
        LoadError::BadConstTag {
            index: 1,
            offset: names_end + 5,
            tag: 42
        }
    );
    img.consts = vec![Const::BigInt {
        negative: false,
        magnitude: vec![1, 2],
    }];
    let b = patched(&img, |b| b[names_end + 4 + 1] = 2);
    assert_eq!(
        bytes_err(&b),
        LoadError::BadBigIntSign {
            offset: names_end + 5,
            byte: 2
        }
    );
}

// ---------------------------------------------------------------- image-level rules

#[test]
fn no_code_objects() {
    let mut img = sample();
    img.codes.clear();
    img.consts.clear();
    assert_eq!(Program::verify(img).unwrap_err(), LoadError::NoCode);
}

#[test]
fn tuple_forward_reference() {
    let mut img = sample();
    img.consts[3] = Const::Tuple(vec![1, 3]);
    assert_eq!(const_err(img), (3, ConstError::TupleForwardRef { item: 3 }));
}

#[test]
fn tuples_nest_too_deep() {
    let mut img = sample();
    img.consts.push(Const::Tuple(vec![]));
    for _ in 0..100 {
        let prev = img.consts.len() as u16 - 1;
        img.consts.push(Const::Tuple(vec![prev]));
    }
    let (_, e) = const_err(img);
    assert!(matches!(e, ConstError::TooDeep { depth: 65 }), "{e:?}");
}

#[test]
fn bad_code_const_and_bigint() {
    let mut img = sample();
    img.consts[4] = Const::Code(2);
    assert_eq!(
        const_err(img),
        (4, ConstError::BadCode { index: 2, codes: 2 })
    );
    let mut img = sample();
    img.consts[6] = Const::BigInt {
        negative: false,
        magnitude: vec![1, 0],
    };
    assert_eq!(const_err(img), (6, ConstError::BigIntNotCanonical));
}

// ---------------------------------------------------------------- code-object header rules

#[test]
fn code_header_rules() {
    let mut img = sample();
    img.codes[1].name = 99;
    assert_eq!(
        code_err(img),
        (
            1,
            None,
            CodeError::BadNameIndex {
                what: "function name",
                index: 99,
                names: 5
            }
        )
    );
    let mut img = sample();
    img.codes[1].local_names = vec![X, 50];
    assert_eq!(
        code_err(img),
        (
            1,
            None,
            CodeError::BadLocalName {
                local: 1,
                index: 50,
                names: 5
            }
        )
    );
    let mut img = sample();
    img.codes[1].local_names = vec![X; 257];
    assert_eq!(
        code_err(img),
        (1, None, CodeError::TooManyLocals { nlocals: 257 })
    );
    let mut img = sample();
    img.codes[1].kwonlyargcount = 1;
    assert_eq!(
        code_err(img),
        (
            1,
            None,
            CodeError::TooManyParams {
                argcount: 1,
                kwonlyargcount: 1,
                nlocals: 1
            }
        )
    );
    let mut img = sample();
    img.codes[1].flags = 0x20;
    assert_eq!(
        code_err(img),
        (1, None, CodeError::UnknownFlags { flags: 0x20 })
    );
    let mut img = sample();
    img.codes[1].flags = CODE_KNOWN_FLAGS;
    // `*args` and `**kwargs` each need a slot after the parameters.
    img.codes[1].local_names = vec![X; 3];
    assert!(Program::verify(img).is_ok());
    let mut img = sample();
    img.codes[1].flags = CODE_KNOWN_FLAGS;
    assert!(matches!(
        code_err(img),
        (1, None, CodeError::TooManyParams { .. })
    ));
    let mut img = sample();
    img.codes[1].code.clear();
    assert_eq!(code_err(img), (1, None, CodeError::EmptyCode));
    let mut img = sample();
    img.codes[1].code = vec![Op::Nop as u8; MAX_CODE_LEN + 1];
    assert_eq!(
        code_err(img),
        (
            1,
            None,
            CodeError::CodeTooLong {
                len: MAX_CODE_LEN + 1
            }
        )
    );
}

// ---------------------------------------------------------------- instruction rules

#[test]
fn bad_opcode_byte() {
    let mut img = one(&[o(Op::LoadNone), o(Op::ReturnValue)], 1);
    img.codes[0].code.insert(1, 0xee);
    assert_eq!(
        code_err(img),
        (0, Some(1), CodeError::BadOpcode { byte: 0xee })
    );
}

#[test]
fn truncated_operand() {
    let mut img = one(&[o(Op::LoadNone), o(Op::ReturnValue)], 1);
    img.codes[0]
        .code
        .extend_from_slice(&[Op::LoadConst as u8, 0]);
    let (_, pc, e) = code_err(img);
    assert_eq!(
        (pc, e),
        (
            Some(2),
            CodeError::TruncatedOperand {
                op: Op::LoadConst,
                len: 4
            }
        )
    );
}

#[test]
fn operand_indices() {
    use Op::*;
    let img = one(&[(LoadConst, 10), o(ReturnValue)], 1);
    assert_eq!(
        code_err(img).2,
        CodeError::BadConst {
            op: LoadConst,
            index: 10,
            consts: 9
        }
    );
    let img = one(&[(LoadGlobal, 5), o(ReturnValue)], 1);
    assert_eq!(
        code_err(img).2,
        CodeError::BadName {
            op: LoadGlobal,
            index: 5,
            names: 5
        }
    );
    let img = one(&[(LoadFast, 0), o(ReturnValue)], 1);
    assert_eq!(
        code_err(img).2,
        CodeError::BadLocal {
            op: LoadFast,
            index: 0,
            nlocals: 0
        }
    );
    let img = one(
        &[o(LoadNone), o(LoadNone), (MakeFunction, 1), o(ReturnValue)],
        2,
    );
    assert_eq!(
        code_err(img).2,
        CodeError::BadCode {
            op: MakeFunction,
            index: 1,
            codes: 1
        }
    );
    let img = one(
        &[o(LoadNone), o(LoadNone), (BinaryOp, 12), o(ReturnValue)],
        2,
    );
    assert_eq!(
        code_err(img),
        (
            0,
            Some(2),
            CodeError::BadSelector {
                op: BinaryOp,
                value: 12,
                bound: 12
            }
        )
    );
    let img = one(&[o(LoadNone), (BuildSlice, 1), o(ReturnValue)], 1);
    assert_eq!(
        code_err(img).2,
        CodeError::BadCount {
            op: BuildSlice,
            value: 1,
            rule: "must be 2 or 3"
        }
    );
    let img = one(&[(RaiseVarargs, 3)], 3);
    assert!(matches!(
        code_err(img).2,
        CodeError::BadCount {
            op: RaiseVarargs,
            value: 3,
            ..
        }
    ));
    let img = one(&[(BuildMap, 40000), o(ReturnValue)], 1);
    assert!(matches!(
        code_err(img).2,
        CodeError::BadCount { op: BuildMap, .. }
    ));
}

#[test]
fn bad_jump_target() {
    let img = one(&[(Op::Jump, 5), o(Op::LoadNone), o(Op::ReturnValue)], 1);
    assert_eq!(
        code_err(img),
        (
            0,
            Some(0),
            CodeError::JumpOutOfRange {
                op: Op::Jump,
                target: 5,
                len: 5
            }
        )
    );
}

#[test]
fn mid_instruction_jump() {
    let img = one(
        &[
            (Op::LoadConst, 0),
            (Op::PopJumpIfTrue, 1),
            o(Op::LoadNone),
            o(Op::ReturnValue),
        ],
        1,
    );
    let err = Program::verify(img).unwrap_err();
    assert_eq!(
        err.to_string(),
        "code object 0 (<module>), pc 3: jump target 1 is not an instruction boundary"
    );
}

// ---------------------------------------------------------------- stack rules

#[test]
fn stack_underflow() {
    let img = one(&[o(Op::LoadNone), o(Op::BinaryAdd), o(Op::ReturnValue)], 1);
    assert_eq!(
        code_err(img),
        (
            0,
            Some(1),
            CodeError::StackUnderflow {
                op: Op::BinaryAdd,
                pops: 2,
                depth: 1
            }
        )
    );
}

#[test]
fn comprehension_appends_reach_only_their_own_stack() {
    use Op::*;
    // A list, then an item: `ListAppendAt 1` is fine, `ListAppendAt 2`
    // would reach below the frame's stack, `ListAppendAt 0` is malformed.
    let ok = one(
        &[
            (BuildList, 0),
            o(LoadNone),
            (ListAppendAt, 1),
            o(ReturnValue),
        ],
        2,
    );
    assert!(Program::verify(ok).is_ok());
    let deep = one(
        &[
            (BuildList, 0),
            o(LoadNone),
            (ListAppendAt, 2),
            o(ReturnValue),
        ],
        2,
    );
    assert_eq!(
        code_err(deep),
        (
            0,
            Some(4),
            CodeError::StackUnderflow {
                op: ListAppendAt,
                pops: 3,
                depth: 2
            }
        )
    );
    let zero = one(
        &[
            (BuildList, 0),
            o(LoadNone),
            (ListAppendAt, 0),
            o(ReturnValue),
        ],
        2,
    );
    assert!(matches!(
        code_err(zero),
        (0, Some(4), CodeError::BadCount { .. })
    ));
}

#[test]
fn set_comprehension_adds_reach_only_their_own_stack() {
    use Op::*;
    // Found by the smoke fuzzer (sim-host/tests/fuzz_corpus.rs): `SetAddAt`
    // once escaped these checks and reached below the stack.
    let with = |n: u16| {
        one(
            &[(BuildSet, 0), o(LoadNone), (SetAddAt, n), o(ReturnValue)],
            2,
        )
    };
    assert!(Program::verify(with(1)).is_ok());
    assert_eq!(
        code_err(with(2)),
        (
            0,
            Some(4),
            CodeError::StackUnderflow {
                op: SetAddAt,
                pops: 3,
                depth: 2
            }
        )
    );
    assert!(matches!(
        code_err(with(0)),
        (0, Some(4), CodeError::BadCount { .. })
    ));
}

#[test]
fn inconsistent_depth_at_join() {
    use Op::*;
    // 0 LoadTrue; 1 PopJumpIfFalse 5; 4 LoadNone; 5 LoadNone; 6 ReturnValue
    let img = one(
        &[
            o(LoadTrue),
            (PopJumpIfFalse, 5),
            o(LoadNone),
            o(LoadNone),
            o(ReturnValue),
        ],
        2,
    );
    let (_, pc, e) = code_err(img);
    assert_eq!(pc, Some(5));
    assert!(matches!(e, CodeError::DepthMismatch { .. }), "{e:?}");
}

#[test]
fn loops_must_be_balanced() {
    use Op::*;
    // A loop that pushes one value per iteration.
    let img = one(&[o(LoadNone), (Jump, 0)], 10);
    let (_, pc, e) = code_err(img);
    assert_eq!(
        (pc, e),
        (Some(0), CodeError::DepthMismatch { first: 0, other: 1 })
    );
}

#[test]
fn max_stack_too_small() {
    let img = one(
        &[
            o(Op::LoadNone),
            o(Op::LoadNone),
            o(Op::PopTop),
            o(Op::ReturnValue),
        ],
        1,
    );
    assert_eq!(
        code_err(img),
        (
            0,
            Some(1),
            CodeError::StackTooDeep {
                depth: 2,
                max_stack: 1
            }
        )
    );
}

#[test]
fn falling_off_the_end() {
    let img = one(&[o(Op::LoadNone), o(Op::PopTop)], 1);
    assert_eq!(
        code_err(img),
        (0, Some(1), CodeError::FallsOffEnd { op: Op::PopTop })
    );
    // A conditional branch as the last instruction falls off too.
    let img = one(&[o(Op::LoadTrue), (Op::PopJumpIfTrue, 0)], 1);
    assert!(matches!(
        code_err(img).2,
        CodeError::FallsOffEnd {
            op: Op::PopJumpIfTrue
        }
    ));
}

#[test]
fn unreachable_code_is_allowed() {
    use Op::*;
    // After the return: garbage stack effects, but valid instructions.
    let img = one(&[o(LoadNone), o(ReturnValue), o(BinaryAdd), o(PopTop)], 1);
    assert!(Program::verify(img).is_ok());
}

#[test]
fn for_loop_and_short_circuit() {
    use Op::*;
    let img = one(
        &[
            (BuildList, 0),         // 0
            o(GetIter),             // 3
            (ForIter, 11),          // 4: iter -> iter item | exhausted: jump with iter popped
            o(PopTop),              // 7
            (Jump, 4),              // 8
            o(LoadTrue),            // 11
            (JumpIfFalseOrPop, 16), // 12
            o(LoadFalse),           // 15
            o(ReturnValue),         // 16
        ],
        2,
    );
    Program::verify(img).unwrap();
}

// ---------------------------------------------------------------- line and exception tables

#[test]
fn line_table_rules() {
    let mut img = sample();
    img.codes[1].lines[1].pc = 20;
    assert_eq!(
        code_err(img),
        (
            1,
            None,
            CodeError::LinesUnsorted {
                entry: 2,
                pc: 16,
                prev: 20
            }
        )
    );
    let mut img = sample();
    img.codes[1].lines[2].pc = 21;
    assert_eq!(
        code_err(img),
        (
            1,
            None,
            CodeError::LinePastEnd {
                entry: 2,
                pc: 21,
                len: 21
            }
        )
    );
}

#[test]
fn handler_range_outside_code() {
    let mut img = sample();
    img.codes[1].handlers[0].end = 22;
    assert_eq!(
        code_err(img),
        (
            1,
            None,
            CodeError::HandlerRange {
                handler: 0,
                start: 9,
                end: 22,
                len: 21
            }
        )
    );
    let mut img = sample();
    img.codes[1].handlers[0].end = 9;
    assert!(matches!(code_err(img).2, CodeError::HandlerRange { .. }));
}

#[test]
fn handler_target_and_depth() {
    let mut img = sample();
    img.codes[1].handlers[0].target = 18;
    assert_eq!(
        code_err(img),
        (
            1,
            None,
            CodeError::HandlerTarget {
                handler: 0,
                target: 18
            }
        )
    );
    let mut img = sample();
    img.codes[1].handlers[0].depth = 3;
    assert_eq!(
        code_err(img),
        (
            1,
            None,
            CodeError::HandlerTooDeep {
                handler: 0,
                depth: 3,
                max_stack: 2
            }
        )
    );
    // Handler depth 1, but the protected instruction at pc 9 runs at depth 0.
    let mut img = sample();
    img.codes[1].handlers[0].depth = 1;
    assert_eq!(
        code_err(img),
        (
            1,
            Some(9),
            CodeError::BelowHandlerDepth {
                handler: 0,
                handler_depth: 1,
                depth: 0
            }
        )
    );
}

#[test]
fn handler_entry_depth_is_checked() {
    use Op::*;
    // The handler target is also reached by normal flow at depth 0, but a
    // handler enters it at depth 1.
    let mut img = one(&[o(LoadNone), o(PopTop), o(LoadNone), o(ReturnValue)], 1);
    img.codes[0].handlers = vec![Handler {
        start: 0,
        end: 1,
        target: 2,
        depth: 0,
    }];
    assert_eq!(
        code_err(img).2,
        CodeError::DepthMismatch { first: 1, other: 0 }
    );
    // Unreachable protected ranges do not enter their handler.
    let mut img = one(&[o(LoadNone), o(ReturnValue), o(Nop), o(BinaryAdd)], 1);
    img.codes[0].handlers = vec![Handler {
        start: 2,
        end: 3,
        target: 3,
        depth: 0,
    }];
    assert!(Program::verify(img).is_ok());
}

#[test]
fn many_overlapping_handlers_are_fast() {
    let n = 30_000u16;
    let mut ins = vec![o(Op::Nop); n as usize];
    ins.push(o(Op::LoadNone));
    ins.push(o(Op::ReturnValue));
    let mut img = one(&ins, 1);
    img.codes[0].handlers = (0..100_000u32)
        .map(|i| Handler {
            start: (i % 7) as u16,
            end: n,
            target: n + 1,
            depth: 0,
        })
        .collect();
    let t = std::time::Instant::now();
    Program::verify(img).unwrap();
    assert!(t.elapsed().as_secs() < 5);
}

// ---------------------------------------------------------------- messages

#[test]
fn display_messages() {
    let msg = |e: LoadError| e.to_string();
    assert_eq!(
        msg(LoadError::Code {
            code: 2,
            name: Some("f".into()),
            pc: Some(14),
            error: CodeError::JumpMidInstruction {
                op: Op::Jump,
                target: 9
            },
        }),
        "code object 2 (f), pc 14: jump target 9 is not an instruction boundary"
    );
    assert_eq!(
        msg(LoadError::Truncated {
            offset: 40,
            what: "constant tag"
        }),
        "truncated image: constant tag at byte 40 runs past the end of the file"
    );
    assert_eq!(
        msg(LoadError::BadMagic { found: *b"\x7fELF" }),
        "not a Ferrite bytecode image (bad magic: expected \"FRRT\", found \\x7fELF)"
    );
    assert_eq!(
        msg(LoadError::UnsupportedVersion {
            found: 3,
            supported: 1
        }),
        "unsupported bytecode format version 3 (this VM reads version 1); \
         recompile the program with a matching compiler"
    );
    assert_eq!(
        msg(LoadError::Const {
            index: 3,
            error: ConstError::TupleForwardRef { item: 5 }
        }),
        "constant 3: tuple item refers to constant 5, which is not an earlier constant"
    );
    let e = Program::verify(one(
        &[o(Op::LoadNone), o(Op::BinaryAdd), o(Op::ReturnValue)],
        1,
    ))
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        "code object 0 (<module>), pc 1: stack underflow: BinaryAdd pops 2 value(s) but the stack holds 1"
    );
    let mut img = sample();
    img.codes[1].name = 77;
    img.codes[1].max_stack = 1;
    img.codes[1].name = F;
    assert_eq!(
        Program::verify(img).unwrap_err().to_string(),
        "code object 1 (f), pc 11: stack depth reaches 2 but max_stack is 1"
    );
    let mut img = sample();
    img.codes[1].name = 77;
    assert_eq!(
        Program::verify(img).unwrap_err().to_string(),
        "code object 1: function name index 77 is out of range (the image has 5 names)"
    );
}

// ---------------------------------------------------------------- soundness

/// Instructions whose operands are all in range (jumps land on instruction
/// starts), so most rejections come from the stack and handler rules.
fn well_formed_code() -> impl Strategy<Value = (Vec<u8>, Vec<usize>)> {
    prop::collection::vec((0..Op::ALL.len(), any::<u16>()), 1..16).prop_map(|mut ins| {
        // End with `return None` so many programs have a way out.
        ins.push((Op::LoadNone as usize, 0));
        ins.push((Op::ReturnValue as usize, 0));
        let mut pcs = Vec::new();
        let mut pc = 0;
        for &(i, _) in &ins {
            pcs.push(pc);
            pc += 1 + Op::ALL[i].arg_kind().len();
        }
        let img = sample();
        let ins: Vec<(Op, u16)> = ins
            .into_iter()
            .map(|(i, seed)| {
                let op = Op::ALL[i];
                let arg = match op.operand() {
                    Operand::None => 0,
                    Operand::Local => 0, // f has one local
                    Operand::Const => seed % img.consts.len() as u16,
                    Operand::Name => seed % img.names.len() as u16,
                    Operand::Code => seed % img.codes.len() as u16,
                    Operand::Select(b) => seed % u16::from(b),
                    Operand::Jump => pcs[seed as usize % pcs.len()] as u16,
                    Operand::Count => match op {
                        Op::BuildSlice => 2 + seed % 2,
                        _ => seed % 3,
                    },
                };
                (op, arg)
            })
            .collect();
        (asm(&ins), pcs)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20000))]

    /// Whatever the verifier accepts runs without stack underflow, without
    /// exceeding max_stack and without leaving the code, along random paths
    /// (branches and exceptions chosen at random).
    #[test]
    fn verified_code_is_safe_to_run(
        (code, pcs) in well_formed_code(),
        max_stack in 0u16..8,
        handler in prop::option::of((any::<prop::sample::Index>(), any::<prop::sample::Index>(), any::<prop::sample::Index>(), 0u16..3)),
        choices in prop::collection::vec(0u8..4, 64),
    ) {
        let mut img = sample();
        let f = &mut img.codes[1];
        f.code = code.clone();
        f.max_stack = max_stack;
        f.lines.clear();
        f.handlers = handler
            .map(|(a, b, t, depth)| {
                let (a, b) = (a.index(pcs.len()), b.index(pcs.len() + 1));
                let end = pcs.get(b).copied().unwrap_or(code.len());
                Handler { start: pcs[a] as u16, end: end as u16, target: pcs[t.index(pcs.len())] as u16, depth }
            })
            .into_iter()
            .collect();
        let Ok(program) = load(&encode(&img)) else { return Ok(()) };
        let f = &program.image().codes[1];
        let (mut pc, mut depth) = (0usize, 0u32);
        for &choice in &choices {
            let (op, arg, next) = decode_at(&f.code, pc).expect("verified pc decodes");
            if choice == 0 {
                // Raise here: the first covering handler catches.
                if let Some(h) = f.handlers.iter().find(|h| (h.start as usize..h.end as usize).contains(&pc)) {
                    prop_assert!(depth >= u32::from(h.depth));
                    depth = u32::from(h.depth) + 1;
                    prop_assert!(depth <= u32::from(f.max_stack));
                    pc = h.target as usize;
                    continue;
                }
                break;
            }
            let taken = matches!(op.flow(), Flow::Jump) || (op.flow() == Flow::Branch && choice == 1);
            let (pops, pushes) = if taken { op.jump_effect(arg) } else { op.stack_effect(arg) };
            prop_assert!(u32::from(pops) <= depth, "{} underflows at pc {}", op.name(), pc);
            depth = depth - u32::from(pops) + u32::from(pushes);
            prop_assert!(depth <= u32::from(f.max_stack));
            if op.flow() == Flow::Exit {
                break;
            }
            pc = if taken { arg as usize } else { next };
            prop_assert!(pc < f.code.len(), "fell off the end");
        }
    }
}

#[test]
fn yields_only_in_generator_code() {
    use Op::*;
    let ins = [o(LoadNone), o(YieldValue), o(ReturnValue)];
    let img = one(&ins, 1);
    assert_eq!(
        code_err(img),
        (
            0,
            Some(1),
            CodeError::YieldOutsideGenerator { op: YieldValue }
        )
    );
    let mut img = one(&[o(LoadNone), o(ReturnValue)], 1);
    img.codes[0].flags = CODE_GENERATOR;
    assert_eq!(code_err(img), (0, None, CodeError::GeneratorModule));
    // In a function flagged as a generator both yields verify.
    let mut img = sample();
    img.codes[1].flags = CODE_GENERATOR;
    img.codes[1].code = asm(&[
        o(LoadNone),
        o(YieldValue),
        o(PopTop),
        o(LoadNone),
        o(GetIter),
        o(LoadNone),
        o(YieldFrom),
        o(ReturnValue),
    ]);
    img.codes[1].max_stack = 2;
    img.codes[1].lines.truncate(1);
    img.codes[1].handlers.clear();
    if let Err(e) = Program::verify(img) {
        panic!("{e}");
    }
}

#[test]
fn module_table_round_trips_and_is_verified() {
    use vm::bytecode::{ModuleEntry, MODULE_PACKAGE};
    let mut img = sample();
    // Code object 1 (`f`) becomes the body of a package named `print`.
    img.codes[1].argcount = 0;
    img.codes[1].kwonlyargcount = 0;
    img.codes[1].flags = 0;
    let entry = ModuleEntry {
        name: 4,
        first: 1,
        count: 1,
        flags: MODULE_PACKAGE,
    };
    img.modules = vec![entry.clone()];
    let decoded = vm::bytecode::decode(&encode(&img)).expect("decodes");
    assert_eq!(decoded.modules, img.modules);
    let bad = |e: ModuleEntry| {
        let mut i = img.clone();
        i.modules = vec![e];
        Program::verify(i).expect_err("rejected").to_string()
    };
    assert!(bad(ModuleEntry {
        first: 0,
        ..entry.clone()
    })
    .contains("main body"));
    assert!(bad(ModuleEntry {
        count: 2,
        ..entry.clone()
    })
    .contains("out of bounds"));
    assert!(bad(ModuleEntry {
        count: 0,
        ..entry.clone()
    })
    .contains("empty"));
    assert!(bad(ModuleEntry {
        flags: 2,
        ..entry.clone()
    })
    .contains("flags"));
    assert!(bad(ModuleEntry {
        name: 99,
        ..entry.clone()
    })
    .contains("name"));
    let mut twice = img.clone();
    twice.modules = vec![entry.clone(), entry];
    assert!(Program::verify(twice).is_err());
}
