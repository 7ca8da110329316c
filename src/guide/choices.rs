//! `Choices<T>`: which of an answer's options the visitor ticked, as a bit set.
//!
//! A `BTreeSet` per kind of answer cost 34 KB of raw WebAssembly, 5.7 KB brotli (tree code and
//! a stable sort for each of the five types); every option list here is short, so one bit per
//! option does.

use std::fmt;
use std::marker::PhantomData;

/// An option list with at most 64 values, each with a position in the list.
pub trait Listed: Copy + 'static {
    /// Every value, in the order the visitor sees them.
    const ALL: &'static [Self];
    /// The value's position in `ALL`.
    fn index(self) -> usize;
}

/// The ticked options of one question. Iterates in the order the visitor sees them.
pub struct Choices<T> {
    bits: u64,
    kind: PhantomData<T>,
}

impl<T: Listed> Choices<T> {
    pub const fn new() -> Self {
        Choices {
            bits: 0,
            kind: PhantomData,
        }
    }

    fn bit(item: T) -> u64 {
        const { assert!(T::ALL.len() <= 64, "Choices holds at most 64 options") };
        1 << item.index()
    }

    pub fn contains(&self, item: T) -> bool {
        self.bits & Self::bit(item) != 0
    }

    /// Tick `item`; false if it was already ticked.
    pub fn insert(&mut self, item: T) -> bool {
        let was = self.contains(item);
        self.bits |= Self::bit(item);
        !was
    }

    /// Untick `item`; false if it was not ticked.
    pub fn remove(&mut self, item: T) -> bool {
        let was = self.contains(item);
        self.bits &= !Self::bit(item);
        was
    }

    /// Tick `item` if it was not ticked, untick it if it was.
    pub fn toggle(&mut self, item: T) {
        self.bits ^= Self::bit(item);
    }

    pub fn clear(&mut self) {
        self.bits = 0;
    }

    pub fn is_empty(&self) -> bool {
        self.bits == 0
    }

    pub fn len(&self) -> usize {
        self.bits.count_ones() as usize
    }

    /// The ticked options, in the order the visitor sees them.
    pub fn iter(&self) -> impl Iterator<Item = T> + '_ {
        T::ALL.iter().copied().filter(|item| self.contains(*item))
    }
}

impl<T: Listed> Default for Choices<T> {
    fn default() -> Self {
        Self::new()
    }
}

// Written out rather than derived: a derive would ask `T` for the same traits.
impl<T> Clone for Choices<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Choices<T> {}

impl<T> PartialEq for Choices<T> {
    fn eq(&self, other: &Self) -> bool {
        self.bits == other.bits
    }
}

impl<T> Eq for Choices<T> {}

impl<T: Listed + fmt::Debug> fmt::Debug for Choices<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl<T: Listed> FromIterator<T> for Choices<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        let mut set = Self::new();
        for item in items {
            set.insert(item);
        }
        set
    }
}

/// Written as the list of ticked options, in the order the visitor sees them.
impl<T: Listed + serde::Serialize> serde::Serialize for Choices<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl<'de, T: Listed + serde::Deserialize<'de>> serde::Deserialize<'de> for Choices<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Vec::<T>::deserialize(deserializer)?.into_iter().collect())
    }
}
