//! Parsing `str.format` templates, following CPython 3.11's
//! `Objects/stringlib/unicode_format.h`.
//!
//! [`FormatParser`] yields [`Piece`]s lazily so the VM can render each field
//! before parsing the next, which keeps CPython's error order (in
//! `'{0}{'.format()` the `IndexError` wins over the syntax error).  For each
//! [`Field`] the VM then:
//! 1. resolves the argument with [`Field::arg`] (auto-numbering state is
//!    shared through an [`AutoNumber`], also across nested specs);
//! 2. looks it up (`Replacement index 0 out of range for positional args
//!    tuple` / `KeyError`), then applies [`Field::accessors`] in order;
//! 3. applies the conversion (check it with [`conversion_error`]);
//! 4. if [`Field::spec_has_fields`], renders the spec itself as a template
//!    with the same arguments and `AutoNumber` (CPython allows one level of
//!    nesting: deeper gives [`MAX_RECURSION_MESSAGE`]), then formats.

use super::format_spec::FormatError;
use super::unicode_tables::decimal_value;
use alloc::format;

/// CPython's message when specs nest more than two levels deep.
pub const MAX_RECURSION_MESSAGE: &str = "Max string recursion exceeded";

/// One piece of a template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Literal text to copy (a slice of the template: `{{`/`}}` escapes
    /// are already reduced to one brace).
    Literal(&'a str),
    /// A replacement field.
    Field(Field<'a>),
}

/// A replacement field `{name!conv:spec}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field<'a> {
    /// The raw field name (`0`, `name`, `0[1].x`, or empty).
    pub name: &'a str,
    /// The conversion character after `!`, not yet validated.
    pub conversion: Option<char>,
    /// The raw format spec after `:`.
    pub spec: &'a str,
    /// Whether `spec` contains `{`: it must be rendered as a template first.
    pub spec_has_fields: bool,
}

/// The argument a field refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldArg<'a> {
    /// A positional argument (explicit or auto-numbered).
    Index(usize),
    /// A keyword argument.
    Name(&'a str),
}

/// One `.attr` or `[key]` step after the argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Accessor<'a> {
    /// `.name`
    Attr(&'a str),
    /// `[123]`: an all-digits key is an integer index.
    Index(usize),
    /// `[key]`: any other key is a string.
    Key(&'a str),
}

/// Automatic (`{}`) versus manual (`{0}`) numbering state, shared by a
/// template and the templates nested in its specs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AutoNumber {
    state: Option<bool>, // Some(true) = automatic, Some(false) = manual
    next: usize,
}

impl AutoNumber {
    /// A fresh state for one `str.format` call.
    pub fn new() -> Self {
        Self::default()
    }
}

/// Iterator over the pieces of a template; yields at most one error, then
/// stops.
#[derive(Clone, Debug)]
pub struct FormatParser<'a> {
    rest: &'a str,
}

impl<'a> FormatParser<'a> {
    /// Starts parsing `template`.
    pub fn new(template: &'a str) -> Self {
        FormatParser { rest: template }
    }

    fn parse_field(&mut self) -> Result<Field<'a>, FormatError> {
        let s = self.rest;
        let mut iter = s.char_indices();
        let mut name_end = None;
        let mut term = None;
        while let Some((i, c)) = iter.next() {
            match c {
                '{' => return Err(FormatError::value("unexpected '{' in field name")),
                '[' => {
                    // Skip to the next ']' (not consumed here).
                    let mut look = iter.clone();
                    loop {
                        match look.clone().next() {
                            Some((_, ']')) | None => break,
                            Some(_) => {
                                look.next();
                            }
                        }
                    }
                    iter = look;
                }
                '}' | ':' | '!' => {
                    name_end = Some(i);
                    term = Some(c);
                    break;
                }
                _ => {}
            }
        }
        let (Some(name_end), Some(term)) = (name_end, term) else {
            return Err(FormatError::value("expected '}' before end of string"));
        };
        let name = &s[..name_end];
        let mut field = Field {
            name,
            conversion: None,
            spec: "",
            spec_has_fields: false,
        };
        let mut pos = name_end + 1;
        if term == '}' {
            self.rest = &s[pos..];
            return Ok(field);
        }
        if term == '!' {
            let mut it = s[pos..].chars();
            let Some(conv) = it.next() else {
                return Err(FormatError::value(
                    "end of string while looking for conversion specifier",
                ));
            };
            field.conversion = Some(conv);
            pos += conv.len_utf8();
            if let Some(c) = it.next() {
                pos += c.len_utf8();
                if c == '}' {
                    self.rest = &s[pos..];
                    return Ok(field);
                }
                if c != ':' {
                    return Err(FormatError::value(
                        "expected ':' after conversion specifier",
                    ));
                }
            }
        }
        let mut count = 1;
        for (i, c) in s[pos..].char_indices() {
            match c {
                '{' => {
                    field.spec_has_fields = true;
                    count += 1;
                }
                '}' => {
                    count -= 1;
                    if count == 0 {
                        field.spec = &s[pos..pos + i];
                        self.rest = &s[pos + i + 1..];
                        return Ok(field);
                    }
                }
                _ => {}
            }
        }
        Err(FormatError::value("unmatched '{' in format spec"))
    }
}

impl<'a> Iterator for FormatParser<'a> {
    type Item = Result<Piece<'a>, FormatError>;

    fn next(&mut self) -> Option<Self::Item> {
        let s = self.rest;
        if s.is_empty() {
            return None;
        }
        let brace = s.find(['{', '}']);
        let Some(at) = brace else {
            self.rest = "";
            return Some(Ok(Piece::Literal(s)));
        };
        let c = s.as_bytes()[at];
        let after = &s[at + 1..];
        let doubled = after.as_bytes().first() == Some(&c);
        if c == b'}' && !doubled {
            self.rest = "";
            return Some(Err(FormatError::value(
                "Single '}' encountered in format string",
            )));
        }
        if c == b'{' && after.is_empty() {
            self.rest = "";
            return Some(Err(FormatError::value(
                "Single '{' encountered in format string",
            )));
        }
        if doubled {
            self.rest = &after[1..];
            return Some(Ok(Piece::Literal(&s[..at + 1])));
        }
        if at > 0 {
            // Yield the literal first; the field follows on the next call.
            self.rest = &s[at..];
            return Some(Ok(Piece::Literal(&s[..at])));
        }
        self.rest = after;
        match self.parse_field() {
            Ok(f) => Some(Ok(Piece::Field(f))),
            Err(e) => {
                self.rest = "";
                Some(Err(e))
            }
        }
    }
}

/// CPython's `get_integer` on a field name part: `Ok(None)` if it is empty
/// or not all decimal digits.
fn name_integer(s: &str) -> Result<Option<usize>, FormatError> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: u64 = 0;
    for c in s.chars() {
        let Some(d) = decimal_value(c) else {
            return Ok(None);
        };
        let d = d as u64;
        if acc > (i64::MAX as u64 - d) / 10 {
            return Err(FormatError::value(
                "Too many decimal digits in format string",
            ));
        }
        acc = acc * 10 + d;
    }
    usize::try_from(acc)
        .map(Some)
        .map_err(|_| FormatError::value("Too many decimal digits in format string"))
}

impl<'a> Field<'a> {
    fn split(&self) -> (&'a str, &'a str) {
        let at = self.name.find(['.', '[']).unwrap_or(self.name.len());
        self.name.split_at(at)
    }

    /// Resolves which argument the field names, updating `auto`
    /// (CPython's `field_name_split`).  Errors: `cannot switch from manual
    /// field specification to automatic field numbering` and the reverse,
    /// `Too many decimal digits in format string`.
    pub fn arg(&self, auto: &mut AutoNumber) -> Result<FieldArg<'a>, FormatError> {
        let (first, _) = self.split();
        let index = name_integer(first)?;
        let empty = first.is_empty();
        if empty || index.is_some() {
            let state = *auto.state.get_or_insert(empty);
            if state && !empty {
                return Err(FormatError::value(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            if !state && empty {
                return Err(FormatError::value(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
        }
        if empty {
            let i = auto.next;
            auto.next += 1;
            return Ok(FieldArg::Index(i));
        }
        Ok(match index {
            Some(i) => FieldArg::Index(i),
            None => FieldArg::Name(first),
        })
    }

    /// The `.attr` / `[key]` chain after the argument, parsed lazily (errors
    /// surface when reached, as in CPython): `Only '.' or '[' may follow ']'
    /// in format field specifier`, `Empty attribute in format string`,
    /// `Missing ']' in format string`.
    pub fn accessors(&self) -> Accessors<'a> {
        Accessors {
            rest: self.split().1,
        }
    }
}

/// Iterator over a field's accessor chain; see [`Field::accessors`].
#[derive(Clone, Debug)]
pub struct Accessors<'a> {
    rest: &'a str,
}

impl<'a> Iterator for Accessors<'a> {
    type Item = Result<Accessor<'a>, FormatError>;

    fn next(&mut self) -> Option<Self::Item> {
        let s = self.rest;
        let c = s.chars().next()?;
        let body = &s[c.len_utf8()..];
        let result = match c {
            '.' => {
                let end = body.find(['.', '[']).unwrap_or(body.len());
                self.rest = &body[end..];
                let name = &body[..end];
                if name.is_empty() {
                    Err(FormatError::value("Empty attribute in format string"))
                } else {
                    Ok(Accessor::Attr(name))
                }
            }
            '[' => match body.find(']') {
                None => Err(FormatError::value("Missing ']' in format string")),
                Some(end) => {
                    self.rest = &body[end + 1..];
                    let key = &body[..end];
                    if key.is_empty() {
                        Err(FormatError::value("Empty attribute in format string"))
                    } else {
                        name_integer(key).map(|i| match i {
                            Some(i) => Accessor::Index(i),
                            None => Accessor::Key(key),
                        })
                    }
                }
            },
            _ => Err(FormatError::value(
                "Only '.' or '[' may follow ']' in format field specifier",
            )),
        };
        if result.is_err() {
            self.rest = "";
        }
        Some(result)
    }
}

/// The message for an invalid conversion character (anything but `r`, `s`,
/// `a`), or `None` if it is valid.
pub fn conversion_error(c: char) -> Option<FormatError> {
    match c {
        'r' | 's' | 'a' => None,
        c if (c as u32) > 32 && (c as u32) < 127 => Some(FormatError::value(format!(
            "Unknown conversion specifier {}",
            c
        ))),
        c => Some(FormatError::value(format!(
            "Unknown conversion specifier \\x{:x}",
            c as u32
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::{String, ToString};
    use alloc::vec::Vec;

    /// Renders pieces as a compact description, or the first error.
    fn describe(t: &str) -> String {
        let mut out = Vec::new();
        let mut auto = AutoNumber::new();
        for p in FormatParser::new(t) {
            match p {
                Ok(Piece::Literal(l)) => out.push(format!("L{:?}", l)),
                Ok(Piece::Field(f)) => match f.arg(&mut auto) {
                    Ok(a) => out.push(format!(
                        "F{:?}{:?}{:?}{:?}",
                        a, f.conversion, f.spec, f.spec_has_fields
                    )),
                    Err(e) => return e.message().to_string(),
                },
                Err(e) => return e.message().to_string(),
            }
        }
        out.join(" ")
    }

    #[test]
    fn pieces() {
        assert_eq!(describe("a{{b}}c"), "L\"a{\" L\"b}\" L\"c\"");
        assert_eq!(
            describe("x{}{}"),
            "L\"x\" FIndex(0)None\"\"false FIndex(1)None\"\"false"
        );
        assert_eq!(describe("{0!r:>{1}}"), "FIndex(0)Some('r')\">{1}\"true");
        assert_eq!(describe("{name}"), "FName(\"name\")None\"\"false");
        assert_eq!(describe("}"), "Single '}' encountered in format string");
        assert_eq!(describe("{"), "Single '{' encountered in format string");
        assert_eq!(describe("{0"), "expected '}' before end of string");
        assert_eq!(
            describe("{}{0}"),
            "cannot switch from automatic field numbering to manual field specification"
        );
        assert_eq!(
            describe("{0}{}"),
            "cannot switch from manual field specification to automatic field numbering"
        );
    }

    #[test]
    fn accessors() {
        let f = Field {
            name: "0[1].x[key]",
            conversion: None,
            spec: "",
            spec_has_fields: false,
        };
        let v: Vec<_> = f.accessors().collect();
        assert_eq!(
            v,
            [
                Ok(Accessor::Index(1)),
                Ok(Accessor::Attr("x")),
                Ok(Accessor::Key("key"))
            ]
        );
    }
}
