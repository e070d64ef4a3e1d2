//! `docs/bytecode.md` contains exactly the opcode table generated from
//! `vm/src/bytecode/op.rs`, so the document cannot drift from the code.
//!
//! After changing the ISA, regenerate it with
//! `FERRITE_BLESS=1 cargo test -p vm --test docs`.

use std::path::Path;

const BEGIN: &str = "<!-- BEGIN GENERATED ISA TABLE: edit vm/src/bytecode/op.rs, then run `FERRITE_BLESS=1 cargo test -p vm --test docs` -->";
const END: &str = "<!-- END GENERATED ISA TABLE -->";

#[test]
fn bytecode_md_has_the_generated_isa_table() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/bytecode.md");
    let doc = std::fs::read_to_string(&path).expect("read docs/bytecode.md");
    let (before, rest) = doc
        .split_once(BEGIN)
        .expect("docs/bytecode.md lacks the BEGIN marker");
    let (current, after) = rest
        .split_once(END)
        .expect("docs/bytecode.md lacks the END marker");
    assert!(
        !after.contains(BEGIN) && !after.contains(END),
        "markers appear twice"
    );
    let want = format!("\n\n{}\n", vm::bytecode::isa_markdown());
    if current == want {
        return;
    }
    if std::env::var("FERRITE_BLESS").as_deref() == Ok("1") {
        std::fs::write(&path, format!("{before}{BEGIN}{want}{END}{after}"))
            .expect("write docs/bytecode.md");
        eprintln!("rewrote the ISA table in {}", path.display());
    } else {
        panic!(
            "docs/bytecode.md's ISA table is out of date with vm/src/bytecode/op.rs; \
             run `FERRITE_BLESS=1 cargo test -p vm --test docs` and commit the result"
        );
    }
}
