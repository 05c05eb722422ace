//! A file's format `version`: YAML → a [`Version`], a whole number written as one.

/// A file's format `version`: a whole number written as one. serde-saphyr reads a
/// quoted `"1"` as a number where a number is asked for; this asks for any value and
/// refuses text, so the file agrees with its schema (`"type": "integer"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Version(pub u32);

/// In the schemas, the one version there is: an editor flags `version: 2`, which loading
/// refuses (S005), instead of taking any whole number.
impl schemars::JsonSchema for Version {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Version".into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "integer",
            "const": 1,
        })
    }
}

impl PartialEq<u32> for Version {
    fn eq(&self, other: &u32) -> bool {
        self.0 == *other
    }
}

impl std::fmt::Display for Version {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl<'de> serde::Deserialize<'de> for Version {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl serde::de::Visitor<'_> for Visit {
            type Value = Version;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a whole number, unquoted (`version: 1`)")
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Version, E> {
                u32::try_from(v)
                    .map(Version)
                    .map_err(|_| E::invalid_type(serde::de::Unexpected::Unsigned(v), &self))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Version, E> {
                u64::try_from(v)
                    .map_err(|_| E::invalid_type(serde::de::Unexpected::Signed(v), &self))
                    .and_then(|v| self.visit_u64(v))
            }
        }
        d.deserialize_any(Visit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml::{Spanned, YamlErrorKind, from_str};

    /// `version: "1"` was read as 1 although the schema says integer.
    #[test]
    fn a_version_is_a_number_not_text() {
        #[derive(Debug, serde::Deserialize)]
        struct File {
            version: Spanned<Version>,
        }
        assert_eq!(from_str::<File>("version: 1\n").unwrap().version.value, 1);
        for text in ["version: \"1\"\n", "version: '1'\n", "version: -1\n"] {
            let err = from_str::<File>(text).unwrap_err();
            assert_eq!(err.kind, YamlErrorKind::WrongType, "{text}");
            assert!(
                err.message
                    .starts_with("expected a whole number, unquoted (`version: 1`)"),
                "{text}: {}",
                err.message
            );
            assert_eq!((err.line, err.column), (1, 10), "{text}");
        }
    }
}
