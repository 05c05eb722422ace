//! One column per field, one field per column: `--map` (or `coverage --label-column`)
//! giving a field two columns, and two fields read from one column, said as errors.
//! Takes field and column names; reads nothing.

/// Sets each of `pairs`, the `field=column` arguments of `flag`, with `set` (which gives
/// the field and the column); a field given two columns, which would silently read the
/// last, is the error `twice` makes of the message naming both (one given the same
/// column twice is only said twice). For `--map` and `coverage --label-column` alike.
pub(crate) fn each_field_once<E>(
    flag: &str,
    pairs: &[String],
    mut set: impl FnMut(&str) -> Result<(String, String), E>,
    twice: impl Fn(String) -> E,
) -> Result<(), E> {
    let mut read: Vec<(String, String, &str)> = Vec::new();
    for pair in pairs {
        let (field, column) = set(pair)?;
        if let Some((.., earlier)) = read.iter().find(|(f, c, _)| *f == field && *c != column) {
            // `date_order` and `delimiter` are settings, not fields: one export writes
            // one order, and separates its fields one way.
            let message = if field == "date_order" {
                format!(
                    "`date_order` is given twice, in `{flag} {earlier}` and `{flag} {pair}`; an export writes its dates in one order"
                )
            } else if field == "delimiter" {
                format!(
                    "`delimiter` is given twice, in `{flag} {earlier}` and `{flag} {pair}`; an export separates its fields one way"
                )
            } else {
                format!(
                    "`{field}` is given two columns, in `{flag} {earlier}` and `{flag} {pair}`; a field is read from one column"
                )
            };
            return Err(twice(message));
        }
        read.push((field, column, pair));
    }
    Ok(())
}

/// Two of `fields` (field, the column it is read from) read from one column, said (one
/// would read the other's value), each with where it was given (`at`: `m.yaml:2:3`,
/// `` `--map text=body` ``) when known; `None` when each has a column of its own. For
/// the transcript mapping and `coverage --label-column` alike.
pub(crate) fn shared_column<'a>(
    fields: &[(&str, &str)],
    at: impl Fn(&str) -> Option<&'a str>,
) -> Option<String> {
    let named = |field: &str| match at(field) {
        Some(place) => format!("`{field}` ({place})"),
        None => format!("`{field}`"),
    };
    fields.iter().enumerate().find_map(|(i, (a, column))| {
        let (b, _) = fields[i + 1..].iter().find(|(_, other)| other == column)?;
        Some(format!(
            "{} and {} are both read from column `{column}`; each field needs a column of its own",
            named(a),
            named(b)
        ))
    })
}
