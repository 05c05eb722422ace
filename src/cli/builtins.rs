//! `handoff lint --builtin NAME`: a built-in detector's name → what it matches, printed
//! for rule authors, who have the binary and not the source: a lexicon's phrases with
//! their weights, its threshold and negation; for `shouting` and `repeat`, which match
//! no phrases, their settings' defaults. Reads no rules.

use std::fmt::Write as _;

use super::{ExitStatus, Io};
use crate::rules::builtin::{RepeatSettings, ShoutingSettings, lexicon};
use crate::rules::schema::Builtin;

/// Every built-in detector, as rule files name them.
const BUILTINS: [Builtin; 5] = [
    Builtin::Frustration,
    Builtin::HumanRequest,
    Builtin::BotFallback,
    Builtin::Shouting,
    Builtin::Repeat,
];

/// Prints what the built-in `name` (`frustration`, `human-request` too) matches; an
/// unknown name is an error with the names and a "did you mean".
pub(super) fn print(name: &str, io: &mut Io<'_>) -> anyhow::Result<ExitStatus> {
    let written = name.trim().to_ascii_lowercase().replace('-', "_");
    let Some(builtin) = BUILTINS.into_iter().find(|b| b.as_str() == written) else {
        let names = BUILTINS.map(Builtin::as_str);
        // A name cut short (`frust`, `human`) is no typo of one: the one it begins.
        let hint = crate::diag::did_you_mean(&written, names)
            .map(|s| format!("did you mean `{s}`? "))
            .unwrap_or_default();
        anyhow::bail!(
            "unknown built-in `{name}`: {hint}the built-ins are {}",
            names.join(", ")
        );
    };
    let text = describe(builtin);
    io.stdout.write_all(text.as_bytes())?;
    Ok(ExitStatus::Success)
}

/// What `builtin` matches, in lines.
fn describe(builtin: Builtin) -> String {
    let name = builtin.as_str();
    let Some(lexicon) = lexicon(builtin) else {
        return match builtin {
            Builtin::Shouting => {
                let s = ShoutingSettings::default();
                format!(
                    "{name}: no phrases; a message of at least {} letters (`min_letters`), {}% of them capitals (`min_share: {}`)\n",
                    s.min_letters,
                    (s.min_share * 100.0).round(),
                    s.min_share
                )
            }
            _ => {
                let r = RepeatSettings::default();
                format!(
                    "{name}: no phrases; a customer's message sent again, (nearly) word for word, of at least {} words (`min_words`), {} of them not stop words (`min_content_words`)\n",
                    r.min_words, r.min_content_words
                )
            }
        };
    };
    let mut s = format!(
        "{name}: {} phrases, threshold {}, negation {} (a phrase's weight counts toward the threshold; spell a phrase as here under `exclude:`, or under `phrases:` to change its weight)\nweight  phrase\n",
        lexicon.phrases.len(),
        lexicon.threshold,
        if lexicon.negation { "on" } else { "off" }
    );
    for (phrase, weight) in lexicon.phrases {
        let _ = writeln!(s, "{weight:>6}  {phrase}");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    /// R007 told users to spell a phrase "as the lexicon does (src/rules/builtin.rs)",
    /// which only the source has: the binary prints each built-in.
    #[test]
    fn every_builtin_is_described() {
        let frustration = describe(Builtin::Frustration);
        assert!(frustration.starts_with("frustration: "), "{frustration}");
        assert!(
            frustration.contains("\n     2  ridiculous\n"),
            "{frustration}"
        );
        for builtin in BUILTINS {
            let text = describe(builtin);
            assert!(text.starts_with(builtin.as_str()), "{text}");
            assert_eq!(
                lexicon(builtin).is_none(),
                text.contains("no phrases"),
                "{text}"
            );
        }
    }
}
