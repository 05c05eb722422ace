//! Words for a shell: a string → itself when a POSIX shell reads it back as written, else
//! in single quotes (a `'` inside as `'\''`), for hints whose commands are copied.

/// `word` as a shell reads it back whole: `end user=customer` → `'end user=customer'`,
/// `it's=x` → `'it'\''s=x'`; `Support-Team=agent` as it is.
pub(crate) fn shell_word(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_alphanumeric() || "-_=.,/:@+%^".contains(c));
    if plain {
        word.to_owned()
    } else {
        format!("'{}'", word.replace('\'', "'\\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::shell_word;

    #[test]
    fn words_a_shell_would_split_or_expand_are_quoted() {
        assert_eq!(shell_word("Support-Team=agent"), "Support-Team=agent");
        assert_eq!(shell_word("end user=customer"), "'end user=customer'");
        assert_eq!(shell_word("it's me=customer"), "'it'\\''s me=customer'");
        assert_eq!(shell_word("dir/#x.csv#"), "'dir/#x.csv#'");
        assert_eq!(shell_word("x.csv~"), "'x.csv~'");
        assert_eq!(shell_word("$HOME"), "'$HOME'");
        assert_eq!(shell_word(""), "''");
    }
}
