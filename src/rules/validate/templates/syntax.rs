//! Where a template's syntax error is: its source and the parser's error → the byte
//! range of the offending token, so that `T001` points at it instead of underlining the
//! whole template. minijinja's error carries its line only (the range needs the engine's
//! `debug` feature, which this build leaves out), so the token is found again: the
//! shortest run of the template's tokens that fails the same way ends with it. An error
//! at the end of the input points at what was left open (`{% if`, `{{`); one the lexer
//! raises (a string or comment not closed) at where the lexer stopped.

use std::ops::Range;

use minijinja::machinery::{Token, parse, tokenize};
use minijinja::syntax::SyntaxConfig;

/// Where in `source` the error `err` of parsing it is, and whether that is something
/// left open at the end of the template (`{% if` with no `endif`); `None` when it cannot
/// be told.
pub(super) fn offending(source: &str, err: &minijinja::Error) -> Option<(Range<usize>, bool)> {
    let mut tokens = Vec::new();
    let mut lexer_stopped = false;
    for token in tokenize(source, false, SyntaxConfig::default()) {
        match token {
            Ok((token, span)) => {
                tokens.push((token, span.start_offset as usize..span.end_offset as usize));
            }
            Err(_) => {
                lexer_stopped = true;
                break;
            }
        }
    }
    let detail = err.detail();
    let fails_alike = |end: usize| {
        parse(&source[..end], "bridge", SyntaxConfig::default())
            .err()
            .is_some_and(|e| e.detail() == detail && e.line() == err.line())
    };
    // The parser reads tokens as it goes: an error before where the lexer stopped is the
    // one reported, and a run of the tokens before that fails alike.
    let found = |tokens: &[(Token<'_>, Range<usize>)]| {
        // Once a run of tokens holds the offending one it fails alike; a shorter run
        // ends the input early, or parses.
        let first = tokens.partition_point(|(_, range)| !fails_alike(range.end));
        tokens.get(first).map(|(_, range)| (range.clone(), false))
    };
    if lexer_stopped {
        // Else the lexer's error: at the first character after the last token.
        return found(&tokens).or_else(|| {
            let from = tokens.last().map_or(0, |(_, r)| r.end);
            let rest = source.get(from..)?;
            let start = from + rest.len() - rest.trim_start().len();
            let width = source.get(start..)?.chars().next()?.len_utf8();
            Some((start..start + width, false))
        });
    }
    if detail?.starts_with("unexpected end of input") {
        return left_open(&tokens).map(|r| (r, true));
    }
    found(&tokens)
}

/// What is left open at the end of `tokens`: a `{{` or `{%` with no end, else the
/// keyword of the innermost block statement with no `end…` (`if` of `{% if x %}`).
fn left_open(tokens: &[(Token<'_>, Range<usize>)]) -> Option<Range<usize>> {
    let mut open: Vec<Range<usize>> = Vec::new();
    let mut tag: Option<Range<usize>> = None;
    for (i, (token, range)) in tokens.iter().enumerate() {
        match token {
            Token::VariableStart | Token::BlockStart => tag = Some(range.clone()),
            Token::VariableEnd | Token::BlockEnd => tag = None,
            Token::Ident(word) if i > 0 && matches!(tokens[i - 1].0, Token::BlockStart) => {
                let word = *word;
                if word.starts_with("end") {
                    open.pop();
                } else if BLOCKS.contains(&word) && !(word == "set" && assigns(&tokens[i..])) {
                    open.push(range.clone());
                }
            }
            _ => {}
        }
    }
    tag.or_else(|| open.pop())
}

/// What closes `open`, a token [`offending`] found left open: `}}` a `{{`, `%}` a `{%`,
/// `{% endif %}` an `if`.
pub(super) fn closer(open: &str) -> String {
    match open {
        "{{" => "}}".to_owned(),
        "{%" => "%}".to_owned(),
        keyword => format!("{{% end{keyword} %}}"),
    }
}

/// Statements closed by an `end…` of their own.
const BLOCKS: &[&str] = &[
    "if",
    "for",
    "with",
    "filter",
    "autoescape",
    "block",
    "set",
    "macro",
    "call",
];

/// Whether the `{% set …` whose tokens start `tokens` assigns (`set x = 1`), which has
/// no `endset`, rather than captures (`{% set x %}…{% endset %}`).
fn assigns(tokens: &[(Token<'_>, Range<usize>)]) -> bool {
    tokens
        .iter()
        .take_while(|(t, _)| !matches!(t, Token::BlockEnd))
        .any(|(t, _)| matches!(t, Token::Assign))
}

#[cfg(test)]
mod tests {
    use super::offending;

    /// The offending token's text, and whether it is left open.
    fn at(source: &str) -> Option<(&str, bool)> {
        let env = minijinja::Environment::new();
        let err = env.template_from_str(source).expect_err("fails");
        offending(source, &err).map(|(r, open)| (&source[r], open))
    }

    #[test]
    fn the_offending_token_is_found() {
        assert_eq!(at("Hi, I'm {{ agent }."), Some(("}", false)));
        assert_eq!(
            at("Hi {{ agent }} {% if x %} {{ y + }} {% endif %}"),
            Some(("}}", false))
        );
        assert_eq!(at("{{ a b }}"), Some(("b", false)));
        assert_eq!(at("{{ x(1,) ) }}"), Some((")", false)));
        assert_eq!(
            at("{{ agent }}{% if x %}{% endfor %}"),
            Some(("endfor", false))
        );
        assert_eq!(at("{{ customer.name | }}"), Some(("}}", false)));
        // Byte offsets, after text that is not ASCII.
        assert_eq!(at("Héllo “you” {{ agent + }}"), Some(("}}", false)));
        // Where the lexer stopped.
        assert_eq!(at("{{ agent }} {{ 'abc }}"), Some(("'", false)));
        assert_eq!(at("hi {# unclosed"), Some(("{", false)));
        // An error the parser meets before where the lexer stops is the one it reports.
        assert_eq!(at("{{ a b }} {{ 'abc }}"), Some(("b", false)));
    }

    #[test]
    fn what_is_left_open_at_the_end() {
        assert_eq!(at("{% if x %} hi"), Some(("if", true)));
        assert_eq!(
            at("a\n{% for x in y %}{% if x %}{{ x }}{% endif %}"),
            Some(("for", true))
        );
        assert_eq!(
            at("{% set g = 1 %}{% with a = 1 %}{{ g }}"),
            Some(("with", true))
        );
        assert_eq!(at("{% set g %}x"), Some(("set", true)));
        assert_eq!(at("Hi {{ agent"), Some(("{{", true)));
        assert_eq!(super::closer("if"), "{% endif %}");
        assert_eq!(super::closer("{{"), "}}");
    }
}
