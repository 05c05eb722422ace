//! The id `explain -c` was given, read as typed and as the table's quoted form
//! (`"a\nb"`, whole or typed in part), and the ids of the input that begin with it: in,
//! an id as typed and the input's ids one by one; out, how near each is and the hint of
//! a "not found". It reads no input and writes nothing.

/// The id `explain -c` was given, and how near a conversation's id is to it (cli42):
/// the id as given; else as the table shows it, in double quotes with its escapes
/// (`"a\nb"`, [`crate::text::untoken`]); else either with its no-break spaces and spaces
/// taken as one another (a copy from a terminal or a document gives one for the other).
#[derive(Debug)]
pub(super) struct Wanted<'a> {
    given: &'a str,
    unquoted: Option<String>,
    /// The start of a quoted id typed only in part (`"a\nb`, no closing quote), unquoted;
    /// or the escape that is none (`\q`), after which nothing is read.
    begun: Option<Result<String, String>>,
}

impl<'a> Wanted<'a> {
    pub(super) fn new(given: &'a str) -> Self {
        let unquoted = crate::text::untoken(given);
        let begun = if unquoted.is_none() {
            quoted_start(given)
        } else {
            None
        };
        Wanted {
            given,
            unquoted,
            begun,
        }
    }

    /// The id meant: unquoted when the table's quoted form was given.
    pub(super) fn meant(&self) -> &str {
        self.unquoted.as_deref().unwrap_or(self.given)
    }

    /// What an id that begins with the one meant begins with: the id meant, and the
    /// unquoted start of a quoted id typed in part (cli43: `"a\nb` got no suggestion),
    /// the raw form kept for ids that begin with a `"` themselves.
    pub(super) fn starts(&self) -> Vec<&str> {
        let mut starts = vec![self.meant()];
        if let Some(Ok(start)) = &self.begun {
            starts.push(start);
        }
        starts
    }

    /// The unquoted start of a quoted id typed in part: an id that is it is the one meant.
    pub(super) fn begun(&self) -> Option<&str> {
        self.begun.as_ref()?.as_ref().ok().map(String::as_str)
    }

    /// `` ; `\q` is not an escape … `` when the quoted form typed has an escape that is none.
    pub(super) fn bad_escape(&self) -> Option<String> {
        let escape = self.begun.as_ref()?.as_ref().err()?;
        Some(format!(
            "; `{escape}` is not an escape of the quoted form (`\\n`, `\\r`, `\\t`, `\\\\`, `\\\"`, `\\u{{…}}`)"
        ))
    }

    /// 0 when `id` is the one given, 1 when it is its unquoted form, 2 or 3 when it is
    /// either but for no-break spaces; `None` when it is none of them.
    pub(super) fn rank(&self, id: &str) -> Option<u8> {
        let spaced = |a: &str, b: &str| a.chars().map(unbreak).eq(b.chars().map(unbreak));
        if id == self.given {
            Some(0)
        } else if self.unquoted.as_deref() == Some(id) {
            Some(1)
        } else if spaced(id, self.given) {
            Some(2)
        } else if self.unquoted.as_deref().is_some_and(|u| spaced(id, u)) {
            Some(3)
        } else {
            None
        }
    }
}

/// A no-break space as a space.
fn unbreak(c: char) -> char {
    if c == '\u{a0}' { ' ' } else { c }
}

/// The start of an id in the table's quoted form, typed in part: `"a\nb` (no closing
/// quote, or an escape cut short at the end, `"a\`, `"a\u{6`) is `a`, a line break and
/// `b`. `Err` with the escape typed when one is none (`\q`, `\x41`, `\u00e8`): what
/// follows is not read, so no id is said to begin with it. `None` when `given` does not
/// open a quote or has a quote of its own inside (no quoted form).
fn quoted_start(given: &str) -> Option<Result<String, String>> {
    let mut rest = given.strip_prefix('"')?;
    let mut out = String::new();
    while let Some(c) = rest.chars().next() {
        rest = &rest[c.len_utf8()..];
        match c {
            '"' => return None,
            '\\' => {
                let Some(e) = rest.chars().next() else {
                    break;
                };
                rest = &rest[e.len_utf8()..];
                let plain = match e {
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    '\\' => '\\',
                    '"' => '"',
                    'u' => match unicode(rest) {
                        Escape::Char(c, after) => {
                            rest = after;
                            c
                        }
                        Escape::CutShort => break,
                        Escape::Bad(len) => {
                            return Some(Err(format!("\\u{}", &rest[..len])));
                        }
                    },
                    other => return Some(Err(format!("\\{other}"))),
                };
                out.push(plain);
            }
            c => out.push(c),
        }
    }
    Some(Ok(out))
}

/// What follows `\u` in a quoted id typed in part.
enum Escape<'a> {
    /// `{e9}`: the char, and the text after the escape.
    Char(char, &'a str),
    /// `{e`, `{`, or nothing: the typing stopped inside the escape.
    CutShort,
    /// No `\u{…}` escape: the length of what of it was typed, up to the char at fault.
    Bad(usize),
}

fn unicode(rest: &str) -> Escape<'_> {
    let Some(body) = rest.strip_prefix('{') else {
        return match rest.chars().next() {
            None => Escape::CutShort,
            Some(c) => Escape::Bad(c.len_utf8()),
        };
    };
    let hex_len = body
        .find(|c: char| !c.is_ascii_hexdigit())
        .unwrap_or(body.len());
    let (hex, after) = body.split_at(hex_len);
    let at_fault = 1 + hex_len + after.chars().next().map_or(0, char::len_utf8);
    if hex.len() > 6 {
        return Escape::Bad(1 + 7);
    }
    let Some(after) = after.strip_prefix('}') else {
        return if after.is_empty() {
            Escape::CutShort
        } else {
            Escape::Bad(at_fault)
        };
    };
    match u32::from_str_radix(hex, 16).ok().and_then(char::from_u32) {
        Some(c) => Escape::Char(c, after),
        None => Escape::Bad(at_fault),
    }
}

/// The ids of the input that begin with the id `explain -c` was given, when none is it:
/// the first [`Starting::KEPT`] and how many in all; and the id that is the start of a
/// quoted id typed in part, which is the one meant.
#[derive(Debug, Default)]
pub(super) struct Starting {
    ids: Vec<String>,
    pub(super) count: usize,
    /// An id equal to the start of a quoted id typed in part (`"ord` typed, `ord` an id):
    /// suggested alone; one equal but for ASCII case if none is equal.
    exact: Option<(bool, String)>,
}

impl Starting {
    const KEPT: usize = 3;

    /// Counts `candidate` if it begins with one of `starts` (ignoring ASCII case), and
    /// keeps it if among the first few; keeps it as the one meant if it is `begun`.
    pub(super) fn offer(&mut self, starts: &[&str], begun: Option<&str>, candidate: &str) {
        if let Some(begun) = begun.filter(|b| !b.is_empty() && b.eq_ignore_ascii_case(candidate)) {
            let same = begun == candidate;
            if self.exact.as_ref().is_none_or(|(was, _)| same && !was) {
                self.exact = Some((same, candidate.to_owned()));
            }
            return;
        }
        let begins = |given: &str| {
            !given.is_empty()
                && candidate.len() > given.len()
                && candidate.is_char_boundary(given.len())
                && candidate[..given.len()].eq_ignore_ascii_case(given)
        };
        if starts.iter().any(|given| begins(given)) {
            self.count += 1;
            if self.ids.len() < Self::KEPT {
                self.ids.push(candidate.to_owned());
            }
        }
    }

    /// Whether there is anything to suggest.
    pub(super) fn any(&self) -> bool {
        self.count > 0 || self.exact.is_some()
    }

    /// `; did you mean `c11-person`?` for one (or for the id a quoted id typed in part
    /// is), `; 4 ids begin with it: `a`, `b`, `c`, …` for more; nothing for none.
    pub(super) fn hint(&self) -> String {
        let quoted = |id: &str| format!("`{}`", crate::text::token(id));
        if let Some((_, exact)) = &self.exact {
            return format!("; did you mean {}?", quoted(exact));
        }
        let shown: Vec<String> = self.ids.iter().map(|id| quoted(id)).collect();
        match self.count {
            0 => String::new(),
            1 => format!("; did you mean {}?", shown[0]),
            n => format!(
                "; {n} ids begin with it: {}{}",
                shown.join(", "),
                if n > shown.len() { ", …" } else { "" }
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Starting, Wanted, quoted_start};

    /// cli43: a quoted id typed in part got no suggestion: its start is read unquoted.
    #[test]
    fn a_quoted_id_typed_in_part_is_read_unquoted() {
        let start = |given| quoted_start(given).and_then(Result::ok);
        assert_eq!(start(r#""a\nb"#).as_deref(), Some("a\nb"));
        assert_eq!(start(r#""a\"#).as_deref(), Some("a"));
        assert_eq!(start(r#""a\u"#).as_deref(), Some("a"));
        assert_eq!(start(r#""a\u{6"#).as_deref(), Some("a"));
        assert_eq!(start(r#""a\u{e9}b"#).as_deref(), Some("aéb"));
        assert_eq!(start(r#""a b"#).as_deref(), Some("a b"));
        assert_eq!(start(r#""\"vip\""#).as_deref(), Some("\"vip\""));
        // The backslash cut short after a whole id: the id, not a quote after it.
        assert_eq!(start(r#""order\n42\"#).as_deref(), Some("order\n42"));
        assert_eq!(start("\"").as_deref(), Some(""));
        assert_eq!(quoted_start("a\\nb"), None);
        assert_eq!(quoted_start(r#""a"b"#), None);
    }

    /// cli43 review: an escape that is none was read as cut short, and ids said to begin
    /// with what came before it (`"order\qzzz`: "2 ids begin with it").
    #[test]
    fn an_escape_that_is_none_is_no_start() {
        let bad = |given| quoted_start(given).and_then(Result::err);
        assert_eq!(bad(r#""order\qzzz"#).as_deref(), Some(r"\q"));
        assert_eq!(bad(r#""order\x41"#).as_deref(), Some(r"\x"));
        assert_eq!(bad(r#""caf\u00e8"#).as_deref(), Some(r"\u0"));
        assert_eq!(bad(r#""caf\u{e8x"#).as_deref(), Some(r"\u{e8x"));
        assert_eq!(bad(r#""caf\u{}"#).as_deref(), Some(r"\u{}"));
        assert_eq!(bad(r#""caf\u{1234567"#).as_deref(), Some(r"\u{1234567"));
        assert_eq!(bad(r#""caf\u{d800}"#).as_deref(), Some(r"\u{d800}"));
        let wanted = Wanted::new(r#""order\qzzz"#);
        assert_eq!(wanted.starts(), [r#""order\qzzz"#]);
        assert!(
            wanted
                .bad_escape()
                .unwrap()
                .contains(r"`\q` is not an escape")
        );
    }

    /// cli43 review: the id equal to the start typed (`"plain-100` and `plain-100`) was
    /// never suggested, only longer ones; ids that begin with a `"` of their own lost
    /// their prefix matches (`"vi` and `"vip"`).
    #[test]
    fn the_id_a_start_is_comes_alone_and_the_raw_form_still_counts() {
        let wanted = Wanted::new(r#""plain-100"#);
        let mut starting = Starting::default();
        for id in ["plain-1000", "plain-100", "plain-1001"] {
            starting.offer(&wanted.starts(), wanted.begun(), id);
        }
        assert_eq!(starting.hint(), "; did you mean `plain-100`?");
        let wanted = Wanted::new(r#""vi"#);
        let mut starting = Starting::default();
        for id in ["\"vip\"", "\"vip\" 2", "vim"] {
            starting.offer(&wanted.starts(), wanted.begun(), id);
        }
        assert_eq!(starting.count, 3);
    }

    /// `explain -c c11` said "not found" with no suggestion where one id began with it.
    #[test]
    fn ids_that_begin_with_the_one_given_are_suggested() {
        let mut one = Starting::default();
        for id in ["c10-x", "C11-person", "c1", "ć11"] {
            one.offer(&["c11"], None, id);
        }
        assert_eq!(one.hint(), "; did you mean `C11-person`?");
        let mut many = Starting::default();
        for id in ["c1-a", "c10-b", "c11-c", "c12-d", "d1"] {
            many.offer(&["c1"], None, id);
        }
        assert_eq!(
            many.hint(),
            "; 4 ids begin with it: `c1-a`, `c10-b`, `c11-c`, …"
        );
        let mut none = Starting::default();
        none.offer(&[""], None, "anything");
        none.offer(&["zz"], None, "z");
        assert_eq!(none.hint(), "");
        assert!(!none.any());
    }
}
