//! Parsing memory sizes such as `65536`, `64k` and `2M` (binary multiples,
//! as MicroPython's `-X heapsize=` does).

/// Parses a byte count with an optional `k`, `M` or `G` suffix (×1024ⁿ).
pub fn parse_size(text: &str) -> Result<usize, String> {
    let hint = "expected a byte count like 65536, 64k or 2M";
    let t = text.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (digits, suffix) = t.split_at(split);
    if digits.is_empty() {
        return Err(format!("'{text}' is not a size; {hint}"));
    }
    let shift = match suffix {
        "" | "b" | "B" => 0,
        "k" | "K" | "kb" | "KB" | "KiB" => 10,
        "m" | "M" | "mb" | "MB" | "MiB" => 20,
        "g" | "G" | "gb" | "GB" | "GiB" => 30,
        _ => return Err(format!("unknown size suffix '{suffix}'; {hint}")),
    };
    let n: usize = digits
        .parse()
        .map_err(|_| format!("'{text}' is too large"))?;
    let bytes = n
        .checked_mul(1usize << shift)
        .ok_or_else(|| format!("'{text}' is too large"))?;
    if bytes == 0 {
        return Err("the size must be greater than 0".into());
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn plain_and_suffixed() {
        assert_eq!(parse_size("65536"), Ok(65536));
        assert_eq!(parse_size("64k"), Ok(65536));
        assert_eq!(parse_size("64K"), Ok(65536));
        assert_eq!(parse_size("2M"), Ok(2 << 20));
        assert_eq!(parse_size("1G"), Ok(1 << 30));
        assert_eq!(parse_size("512KiB"), Ok(512 << 10));
    }

    #[test]
    fn rejects_nonsense_clearly() {
        assert!(parse_size("").unwrap_err().contains("not a size"));
        assert!(parse_size("k").unwrap_err().contains("not a size"));
        assert!(parse_size("-5").unwrap_err().contains("not a size"));
        assert!(parse_size("64q").unwrap_err().contains("suffix 'q'"));
        assert!(parse_size("1.5M").unwrap_err().contains("suffix"));
        assert!(parse_size("0").unwrap_err().contains("greater than 0"));
        assert!(parse_size("99999999999999999999999")
            .unwrap_err()
            .contains("too large"));
        assert!(parse_size("99999999999999G")
            .unwrap_err()
            .contains("too large"));
    }
}
