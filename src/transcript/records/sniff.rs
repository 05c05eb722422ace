//! The delimiter of an export's first line: takes its bytes, gives the one of `,`, `;`,
//! tab and `|` it holds most of outside quotes (and the runner-up to a comma), for
//! [`super::RecordReader::sniffing`]; or the one Excel's `sep=;` line says.

/// The most bytes of the first line looked at for its delimiter: a header is far
/// shorter, and a first line longer than this (an unclosed quote) is not waited for.
pub(super) const SNIFF_BYTES: usize = 64 * 1024;

/// The delimiters a first line is looked at for, commas first.
const CANDIDATES: [u8; 4] = [b',', b';', b'\t', b'|'];

/// The delimiter the line `bytes` starts with uses: of `,`, `;`, tab and `|`, the one it
/// holds most of outside quotes, `,` on a tie or when it holds none. `None` when the line
/// may go on past `bytes` (not `whole`) and more must be read to tell.
#[cfg(test)]
pub(super) fn delimiter_of_first_line(bytes: &[u8], whole: bool) -> Option<u8> {
    first_line_delimiters(bytes, whole).map(|(delimiter, _)| delimiter)
}

/// The delimiter of the line `bytes` starts with, as `delimiter_of_first_line` gives it,
/// and, when that is `,`, the other delimiter the line holds most of outside quotes, if
/// it holds one: a header that may be separated by it after all (`id;name, first,
/// last;text`).
pub(super) fn first_line_delimiters(bytes: &[u8], whole: bool) -> Option<(u8, Option<u8>)> {
    let mut counts = [0usize; CANDIDATES.len()];
    let mut quoted = false;
    let mut ended = false;
    for &b in bytes {
        match b {
            b'"' => quoted = !quoted,
            b'\r' | b'\n' if !quoted => {
                ended = true;
                break;
            }
            _ if !quoted => {
                if let Some(i) = CANDIDATES.iter().position(|&c| c == b) {
                    counts[i] += 1;
                }
            }
            _ => {}
        }
    }
    if !ended && !whole {
        return None;
    }
    // The first of the most: commas win a tie.
    let most = |from: usize| {
        counts.iter().enumerate().skip(from).fold(
            (0, 0),
            |(bi, bc), (i, &c)| if c > bc { (i, c) } else { (bi, bc) },
        )
    };
    let (best, _) = most(0);
    let also = match most(1) {
        (i, n) if best == 0 && n > 0 => Some(CANDIDATES[i]),
        _ => None,
    };
    Some((CANDIDATES[best], also))
}

/// What the start of an export says of Excel's `sep=` line.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum ExcelSep {
    /// Too few bytes to tell, and more to come.
    More,
    /// No such line.
    None,
    /// `sep=` and one of the delimiters, alone on the line of `len` bytes (its line
    /// break not counted).
    Line { delimiter: u8, len: usize },
}

/// Whether `bytes` (the input from its first record on; `eof`: all of it) starts with
/// the line Excel writes to say its delimiter, `sep=;` (any case; one of `,`, `;`, tab,
/// `|`), alone on its line; or that line quoted, `"sep=;"`, as Excel writes it in some
/// locales (and as a CSV writer quotes a field holding its delimiter); either padded
/// with the delimiter it says to the header's width (`"sep=;";;;`), and trailing
/// spaces left.
pub(super) fn excel_sep(bytes: &[u8], eof: bool) -> ExcelSep {
    const WORD: &[u8] = b"sep=";
    let quoted = bytes.first() == Some(&b'"');
    let word_at = usize::from(quoted);
    // The line's bytes: the quotes, the word and the delimiter.
    let len = WORD.len() + 1 + 2 * usize::from(quoted);
    let head = &bytes[word_at..bytes.len().min(word_at + WORD.len())];
    if !head.eq_ignore_ascii_case(&WORD[..head.len()]) {
        return ExcelSep::None;
    }
    if bytes.len() <= len && !eof {
        return ExcelSep::More;
    }
    let delimiter = bytes.get(word_at + WORD.len());
    let closed = !quoted || bytes.get(len - 1) == Some(&b'"');
    // Padded to the header's width, as a spreadsheet writes its first row's empty
    // cells: `"sep=;";;;` (the delimiter said, repeated).
    let padding = delimiter.map_or(0, |&d| {
        bytes
            .get(len..)
            .unwrap_or_default()
            .iter()
            .take_while(|&&b| b == d)
            .count()
    });
    // And spaces after it, as an editor or a hand leaves them (`sep=; `: cli42 review).
    let spaces = (bytes.get(len + padding..).unwrap_or_default().iter())
        .take_while(|&&b| b == b' ')
        .count();
    let len = len + padding + spaces;
    if padding + spaces > 0 && bytes.len() <= len && !eof {
        return ExcelSep::More;
    }
    match (delimiter, bytes.get(len)) {
        (Some(&d), None | Some(b'\r' | b'\n')) if closed && CANDIDATES.contains(&d) => {
            ExcelSep::Line { delimiter: d, len }
        }
        _ => ExcelSep::None,
    }
}
