//! Names packed into one byte string, for tables that would otherwise
//! spend a 8-byte `&str` on each entry (the built-ins, the opcodes). Built
//! at compile time.

/// Total length of `list`'s strings.
pub(crate) const fn total_len(list: &[&str]) -> usize {
    let (mut n, mut i) = (0, 0);
    while i < list.len() {
        n += list[i].len();
        i += 1;
    }
    n
}

/// `list`'s strings one after another (`N` is [`total_len`]).
pub(crate) const fn pack<const N: usize>(list: &[&str]) -> [u8; N] {
    let mut out = [0u8; N];
    let (mut at, mut i) = (0, 0);
    while i < list.len() {
        let b = list[i].as_bytes();
        let mut j = 0;
        while j < b.len() {
            out[at] = b[j];
            at += 1;
            j += 1;
        }
        i += 1;
    }
    out
}

/// Where each string of `list` ends in [`pack`]'s output (`N` is
/// `list.len()`); string `i` starts where string `i - 1` ends.
pub(crate) const fn ends<const N: usize>(list: &[&str]) -> [u16; N] {
    let mut out = [0u16; N];
    let (mut n, mut i) = (0, 0);
    while i < N {
        n += list[i].len();
        out[i] = n as u16;
        i += 1;
    }
    out
}

/// String `i` of a packed table, as bytes (empty past its end).
pub(crate) fn entry(packed: &'static [u8], ends: &[u16], i: usize) -> &'static [u8] {
    let start = match i {
        0 => 0,
        _ => ends.get(i - 1).map_or(usize::MAX, |&e| e as usize),
    };
    let end = ends.get(i).map_or(0, |&e| e as usize);
    packed.get(start..end).unwrap_or(&[])
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIST: &[&str] = &["print", "", "len", "é"];
    static PACKED: [u8; total_len(LIST)] = pack(LIST);
    static ENDS: [u16; 4] = ends(LIST);

    #[test]
    fn every_entry_reads_back() {
        assert_eq!(&PACKED, b"printlen\xc3\xa9");
        for (i, s) in LIST.iter().enumerate() {
            assert_eq!(entry(&PACKED, &ENDS, i), s.as_bytes());
        }
        assert_eq!(entry(&PACKED, &ENDS, 4), b"");
    }
}
