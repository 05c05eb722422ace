//! Values with the place in the file they were written, in the file's coordinates even
//! when only a piece of the file is parsed.
//!
//! Takes serde-saphyr's `Spanned<T>`; gives [`Spanned<T>`] whose [`Location`] is shifted
//! by the [`Origin`] of the piece being parsed. A rule file that does not deserialize
//! whole is parsed again item by item (see `rules::recover`), each item on its own, so
//! that one bad item does not hide the next; the locations of what those items hold must
//! still point into the whole file. serde-saphyr cannot start counting at a given line
//! and byte, and padding each piece with the whitespace of everything before it would
//! make re-parsing quadratic in the file's size, so the offset travels beside the
//! deserializer, in a thread-local set for the duration of one parse: derived
//! `Deserialize` impls cannot be handed a seed. The text being parsed travels the same
//! way, so that a scalar can be read as it was written ([`written_at`]: `0x10`, not 16).
//! This module does not parse anything.

use std::cell::{Cell, RefCell};

/// Where a piece of text starts in its file: lines and bytes before it, and columns
/// before it on its first line that the piece is not padded with.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Origin {
    pub(crate) lines: u64,
    pub(crate) columns: u64,
    pub(crate) bytes: u64,
}

thread_local! {
    static ORIGIN: Cell<Origin> = const {
        Cell::new(Origin {
            lines: 0,
            columns: 0,
            bytes: 0,
        })
    };
    /// The text being parsed (a copy: a thread-local cannot borrow it).
    static SOURCE: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Runs `f` with [`Spanned`] locations shifted by `origin` and `text` as the text being
/// parsed, then restores the previous ones (also if `f` unwinds).
pub(super) fn with_origin<R>(origin: Origin, text: &str, f: impl FnOnce() -> R) -> R {
    struct Restore(Origin, String);
    impl Drop for Restore {
        fn drop(&mut self) {
            ORIGIN.with(|o| o.set(self.0));
            SOURCE.with(|s| std::mem::swap(&mut *s.borrow_mut(), &mut self.1));
        }
    }
    let source = SOURCE.with(|s| std::mem::replace(&mut *s.borrow_mut(), text.to_owned()));
    let _restore = Restore(ORIGIN.with(|o| o.replace(origin)), source);
    f()
}

/// The plain scalar at `at` in the text being parsed, as written (`0x10`, `1.0`): `None`
/// when it is not one (quoted, a block, a collection), or no text is being parsed (a
/// parse that did not go through [`with_origin`]).
pub(super) fn written_at(at: serde_saphyr::Location) -> Option<String> {
    let span = at.span();
    let start = usize::try_from(span.byte_offset()?).ok()?;
    let end = start.checked_add(usize::try_from(span.byte_len()?).ok()?)?;
    SOURCE.with(|s| {
        s.borrow()
            .get(start..end)
            .filter(|t| {
                !t.is_empty()
                    && !t.starts_with(['"', '\'', '|', '>', '[', '{', '&', '*', '!'])
                    && !t.contains(['\n', '\r'])
            })
            .map(str::to_owned)
    })
}

/// The place a value was written: 1-based line and column (0 when unknown), byte range.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Location {
    line: u64,
    column: u64,
    byte_offset: Option<u64>,
    byte_len: Option<u64>,
}

impl Location {
    pub fn line(&self) -> u64 {
        self.line
    }

    pub fn column(&self) -> u64 {
        self.column
    }

    pub fn byte_offset(&self) -> Option<u64> {
        self.byte_offset
    }

    pub fn byte_len(&self) -> Option<u64> {
        self.byte_len
    }

    fn from_saphyr(loc: serde_saphyr::Location, origin: Origin) -> Self {
        let span = loc.span();
        let known = loc.line() > 0;
        Location {
            line: if known { loc.line() + origin.lines } else { 0 },
            column: if loc.line() == 1 {
                loc.column() + origin.columns
            } else {
                loc.column()
            },
            byte_offset: span.byte_offset().map(|b| b + origin.bytes),
            byte_len: span.byte_len(),
        }
    }
}

/// A value and where it was written (`referenced`: for an alias, the alias).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Spanned<T> {
    pub value: T,
    pub referenced: Location,
}

impl<'de, T: serde::Deserialize<'de>> serde::Deserialize<'de> for Spanned<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let spanned = serde_saphyr::Spanned::<T>::deserialize(deserializer)?;
        let origin = ORIGIN.with(Cell::get);
        Ok(Spanned {
            value: spanned.value,
            referenced: Location::from_saphyr(spanned.referenced, origin),
        })
    }
}

/// The value alone, as serde-saphyr writes its `Spanned` (the JSON Schemas' defaults are
/// written this way).
impl<T: serde::Serialize> serde::Serialize for Spanned<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_are_shifted_by_the_origin_and_restored_after() {
        let text = "  a\n";
        let at = |origin| {
            with_origin(origin, text, || {
                serde_saphyr::from_str::<Spanned<String>>(text)
                    .unwrap()
                    .referenced
            })
        };
        let plain = at(Origin::default());
        assert_eq!(
            (plain.line(), plain.column(), plain.byte_offset()),
            (1, 3, Some(2))
        );
        let shifted = at(Origin {
            lines: 4,
            columns: 7,
            bytes: 100,
        });
        assert_eq!(
            (shifted.line(), shifted.column(), shifted.byte_offset()),
            (5, 10, Some(102))
        );
        assert_eq!(ORIGIN.with(Cell::get), Origin::default());
    }
}
