//! Delimiters a header may be separated by other than the one it was read with: a
//! header's cells → the delimiter they hold most of, whether splitting at it gives the
//! missing column, and the hint for Excel's `sep=` line naming the wrong one. Shared
//! by the readers of transcripts, contacts and labels files.

/// The hint for a header read with the delimiter `said` by Excel's `sep=` line that
/// holds `holds` instead (`sep=,` above `id;role;text`): remove the line, or (`flag`:
/// a transcript's, which `--map delimiter=` reads) say the delimiter. Contacts and
/// labels files, which take theirs from the file, are told the first only.
pub(crate) fn sep_line_hint(said: u8, holds: u8, flag: bool) -> String {
    use crate::transcript::mapping::{delimiter_name, delimiter_word};
    let shown = match holds {
        b'\t' => "tabs".to_owned(),
        _ => format!("`{}`", delimiter_name(holds)),
    };
    // "tabs separate", "`;` separates".
    let separate = if holds == b'\t' {
        "separate"
    } else {
        "separates"
    };
    let or_flag = if flag {
        format!(
            ", or say so with --map delimiter={} (which wins over it)",
            delimiter_word(holds)
        )
    } else {
        String::new()
    };
    format!(
        "the file's first line, Excel's `sep={}`, says `{}` separates the fields, but the header holds {shown}: if {shown} {separate} them, remove the `sep=` line{or_flag}",
        delimiter_name(said).replace("tab", "\\t"),
        delimiter_name(said)
    )
}

/// The delimiter other than its own (of `,`, `;`, tab, `|`) that the cells of
/// `header` hold most of: the one that separates it, when the delimiter it was read with
/// came from Excel's `sep=` line and is wrong (`sep=,` above `id;role;text`). For a
/// hint only: a quoted cell's delimiter counts too.
pub(crate) fn other_delimiter_in(header: &crate::transcript::records::Record) -> Option<u8> {
    other_delimiter_among(header.iter(), header.delimiter())
}

/// [`other_delimiter_in`] of a header's `cells`, read with `own`: for a contacts or
/// labels file's header too.
pub(crate) fn other_delimiter_among<'a>(
    cells: impl IntoIterator<Item = &'a [u8]>,
    own: u8,
) -> Option<u8> {
    const OTHERS: [u8; 4] = [b',', b';', b'\t', b'|'];
    let mut counts = [0usize; 4];
    for &b in cells.into_iter().flatten() {
        if let Some(i) = OTHERS.iter().position(|&d| d == b && d != own) {
            counts[i] += 1;
        }
    }
    OTHERS
        .into_iter()
        .zip(counts)
        .filter(|&(_, n)| n > 0)
        .max_by_key(|&(d, n)| (n, std::cmp::Reverse(d)))
        .map(|(d, _)| d)
}

/// Whether the header whose `cells` were read with `said`, read again with `holds`
/// (outside quotes), has a column named `wanted` (as [`normalize_field`] names it): the
/// condition for saying `holds` may separate it. `sep=,` over `Mail,"First;Last",Phone`,
/// or a right `sep=;` over `Mail;Name, first;Phone`, get no hint a missing column's
/// absence would not fix. The cells are joined with `said` again, a cell that holds
/// `said` quoted as the file must have quoted it: `sep=;` over
/// `"x;conversation_id,y";role` is no `conversation_id` column read with `,` either. A
/// quote closed mid-cell (`"Mail; work",email` read with `;`, one cell) is quoted whole
/// too: such a header gets no hint rather than a wrong one.
///
/// [`normalize_field`]: crate::transcript::normalize_field
pub(crate) fn other_split_has<'a>(
    cells: impl IntoIterator<Item = &'a [u8]>,
    said: u8,
    holds: u8,
    wanted: &str,
) -> bool {
    let mut line = Vec::new();
    for (i, cell) in cells.into_iter().enumerate() {
        if i > 0 {
            line.push(said);
        }
        // Read as one cell, it was quoted (cli42: joined bare, its quotes lost, a quoted
        // `"conversation_id,x"` was the column `conversation_id` split at the comma).
        if cell.contains(&said) {
            line.push(b'"');
            for &b in cell {
                if b == b'"' {
                    line.push(b'"');
                }
                line.push(b);
            }
            line.push(b'"');
        } else {
            line.extend_from_slice(cell);
        }
    }
    let wanted = crate::transcript::normalize_field(wanted);
    let mut quoted = false;
    line.split(|&b| {
        if b == b'"' {
            quoted = !quoted;
        }
        b == holds && !quoted
    })
    .any(|field| {
        let field = String::from_utf8_lossy(field);
        crate::transcript::normalize_field(field.trim().trim_matches('"')) == wanted
    })
}
