//! The fields of a type, as its input names them: those it takes ([`fields_of`], from its
//! derived `Deserialize`) and those it requires ([`required_of`], from its derived JSON
//! Schema), so that the lists that unknown keys and missing fields are checked against
//! cannot drift from the types. Reads no YAML.

use serde::de::{self, Deserialize, Deserializer, Visitor};

/// The fields of a struct `T` derives `Deserialize` for, as its input names them.
pub(crate) fn fields_of<'de, T: Deserialize<'de>>() -> &'static [&'static str] {
    let mut fields: &'static [&'static str] = &[];
    let _ = T::deserialize(Fields(&mut fields));
    fields
}

/// The fields a struct `T` must have, as its input names them: those its JSON Schema
/// requires (derived from the same serde attributes: not `Option`, not `default`), so
/// that the list cannot drift from the type either. Worked out once per type.
pub(crate) fn required_of<T: schemars::JsonSchema + 'static>() -> &'static [&'static str] {
    use std::any::TypeId;
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock, PoisonError};
    static KNOWN: OnceLock<Mutex<HashMap<TypeId, &'static [&'static str]>>> = OnceLock::new();
    let mut known = KNOWN
        .get_or_init(Mutex::default)
        .lock()
        .unwrap_or_else(PoisonError::into_inner);
    known.entry(TypeId::of::<T>()).or_insert_with(|| {
        let schema = schemars::SchemaGenerator::default().into_root_schema_for::<T>();
        let required = schema.get("required").and_then(|r| r.as_array());
        // Leaked once per type, as `fields_of` gives serde's `'static` list.
        let names: Vec<&'static str> = required
            .into_iter()
            .flatten()
            .filter_map(|name| name.as_str())
            .map(|name| &*Box::leak(name.to_owned().into_boxed_str()))
            .collect();
        Box::leak(names.into_boxed_slice())
    })
}

/// A deserializer that only notes the fields a struct asks for.
struct Fields<'a>(&'a mut &'static [&'static str]);

impl<'de> Deserializer<'de> for Fields<'_> {
    type Error = de::value::Error;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
        Err(de::Error::custom("not a struct"))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Self::Error> {
        *self.0 = fields;
        Err(de::Error::custom("fields noted"))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
        byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map enum
        identifier ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize, schemars::JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        name: String,
        #[serde(rename = "in")]
        in_: Option<u32>,
        #[serde(default)]
        flag: bool,
    }

    #[test]
    fn fields_come_from_the_type() {
        assert_eq!(fields_of::<Doc>(), ["name", "in", "flag"]);
        assert_eq!(required_of::<Doc>(), ["name"]);
    }
}
