//! The fast path for reading many customer files: a single-pass reader for
//! the TOML that customer files are made of, building a [`Customer`]
//! directly, without a syntax tree, spans or diagnostics.
//!
//! It understands the subset of TOML that rapport writes and people write
//! by hand: bare keys, `[address]`-style headers and `[[deals]]` /
//! `[[interactions]]`, basic and literal strings, decimal integers and
//! floats, booleans, dates and local date-times, and arrays of those, with
//! comments anywhere a line may end. Anything else (quoted or dotted keys,
//! inline tables, multi-line strings, exponents, offsets …), and anything
//! wrong, makes it return `None`: the caller then reads the file with
//! [`super::parse::parse_customer`], which handles all of TOML and says
//! what is wrong and where.
//!
//! The contract, tested against the full reader: whenever [`read_customer`]
//! returns a customer, `parse_customer(text, path, None)` returns the same
//! customer. The fast path never accepts a file the full reader rejects.
//!
//! A listing rarely needs every part of a customer: `stage = customer and
//! revenue > 1000` needs the stage and the history, not the address or the
//! summaries of calls. [`read_customer_parts`] checks the whole file just
//! the same, but builds only the [`Parts`] asked for, sparing most of the
//! allocations.
//!
//! It pays its way: on an even sample of 2,000 files of the generated
//! 100,000-customer book it reads 3.9× as fast as the full reader with every
//! part built, 5.7× with the reused record and the parts of `stage =
//! customer and revenue > 1000` (medians of 3 criterion rounds, `cargo bench
//! --bench readers`, 2026-12-03; 3.3–9.1× between rounds on a loaded 2-core
//! machine; see docs/speed.md).

use std::borrow::Cow;

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveTime};

use super::customer::{Deal, Interaction, Kind, Value};
use super::fields::{CUSTOM_TABLE, ENTRY_TABLES, LAYOUT, Layout, STORED, Slot, Stored};
use super::{Customer, Money, When};

/// Reads a customer file on the fast path; None when the file uses TOML
/// beyond the fast path's subset or is not a valid customer file.
pub fn read_customer(text: &str) -> Option<Customer> {
    read_customer_parts(text, Parts::ALL)
}

/// Reads a customer file as [`read_customer`] does, checking all of it,
/// but builds only `parts` of the customer; the rest keeps its default
/// (empty) value. Whether it returns a customer does not depend on `parts`.
pub fn read_customer_parts(text: &str, parts: Parts) -> Option<Customer> {
    let mut record = Reusable::default();
    record.read(text, parts)?;
    Some(std::mem::take(&mut record.customer))
}

/// One customer record read from file after file, reusing its strings and
/// lists: after the first few files, reading allocates (almost) nothing.
/// This is what a thread of a bulk read holds.
#[derive(Debug, Default)]
pub struct Reusable {
    customer: Customer,
    strings: Strings,
}

impl Reusable {
    /// Reads `text` as [`read_customer_parts`] does, into this record; None
    /// when the fast path cannot read the file.
    pub fn read(&mut self, text: &str, parts: Parts) -> Option<&mut Customer> {
        self.strings.reclaim(&mut self.customer);
        self.customer.interactions.clear();
        let mut r = Reader {
            s: text.as_bytes(),
            text,
            i: 0,
            parts,
            strings: &mut self.strings,
            depth: 0,
            layout: &LAYOUT,
        };
        r.document(&mut self.customer).then_some(&mut self.customer)
    }

    /// Empties the record (keeping its strings for reuse) and lets `fill`
    /// build the next customer in it, taking strings from the spares; None
    /// when `fill` fails. This is how the cache decodes into the same
    /// reused records as the reader (`crate::book::cache`). The record's
    /// interactions are left emptied (every string taken, every map empty)
    /// for `fill` to overwrite in place or clear.
    pub fn refill(
        &mut self,
        fill: impl FnOnce(&mut Customer, &mut Strings) -> Option<()>,
    ) -> Option<&mut Customer> {
        self.strings.reclaim(&mut self.customer);
        fill(&mut self.customer, &mut self.strings).map(|()| &mut self.customer)
    }
}

/// Strings taken back from a record, to be filled again.
#[derive(Debug, Default)]
pub struct Strings {
    spare: Vec<String>,
}

impl Strings {
    /// Returns `text` as a String, in a spare one when there is one.
    pub fn make(&mut self, text: &str) -> String {
        match self.spare.pop() {
            Some(mut s) => {
                s.clear();
                s.push_str(text);
                s
            }
            None => text.to_string(),
        }
    }

    /// Keeps a string for reuse.
    fn keep(&mut self, s: String) {
        if s.capacity() > 0 && self.spare.len() < 1024 {
            self.spare.push(s);
        }
    }

    fn keep_opt(&mut self, s: &mut Option<String>) {
        if let Some(s) = s.take() {
            self.keep(s);
        }
    }

    fn keep_value(&mut self, v: Value) {
        match v {
            Value::String(s) => self.keep(s),
            Value::List(items) => items.into_iter().for_each(|i| self.keep_value(i)),
            Value::Table(t) => self.keep_map(t),
            _ => {}
        }
    }

    /// Takes the entries of `map` for reuse, leaving it empty (an empty map
    /// is left alone: even dropping one costs a walk).
    fn keep_map_of(&mut self, map: &mut BTreeMap<String, Value>) {
        if !map.is_empty() {
            self.keep_map(std::mem::take(map));
        }
    }

    fn keep_map(&mut self, map: BTreeMap<String, Value>) {
        if map.is_empty() {
            return;
        }
        for (k, v) in map {
            self.keep(k);
            self.keep_value(v);
        }
    }

    /// Empties `c` back to a default record, keeping its strings and the
    /// capacity of its lists.
    fn reclaim(&mut self, c: &mut Customer) {
        c.id = None;
        for f in STORED {
            match f.slot {
                Slot::Name => self.keep(std::mem::take(&mut c.name)),
                Slot::Kind => c.kind = None,
                Slot::Text(_, put) => self.keep_opt(put(c)),
                Slot::List(_, put) => {
                    for t in put(c).drain(..) {
                        if t.capacity() > 0 && self.spare.len() < 1024 {
                            self.spare.push(t);
                        }
                    }
                }
                Slot::Money(_, put) => *put(c) = None,
                Slot::Date(_, put) => *put(c) = None,
                Slot::When(_, put) => *put(c) = None,
                Slot::Bool(_, put) => *put(c) = None,
            }
        }
        self.keep_map_of(&mut c.fields);
        self.keep_map_of(&mut c.extra);
        // Strings are taken in place, not the entries moved out: an
        // interaction is a few hundred bytes.
        for d in &mut c.deals {
            self.keep(std::mem::take(&mut d.title));
            self.keep(std::mem::take(&mut d.stage));
            self.keep_opt(&mut d.key);
            self.keep_opt(&mut d.lost_reason);
            self.keep_map_of(&mut d.extra);
        }
        c.deals.clear();
        for i in &mut c.interactions {
            self.keep(std::mem::take(&mut i.kind));
            for s in [
                &mut i.summary,
                &mut i.reference,
                &mut i.from,
                &mut i.to,
                &mut i.owner,
                &mut i.priority,
            ] {
                self.keep_opt(s);
            }
            self.keep_map_of(&mut i.extra);
        }
        // The emptied interactions stay, to be refilled in place by the
        // cache's decoder; the reader starts them afresh.
    }
}

/// Parts of a customer record, as a set: what a reader must build.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Parts(u32);

impl Parts {
    pub const NONE: Parts = Parts(0);
    pub const NAME: Parts = Parts(1);
    pub const KIND: Parts = Parts(1 << 1);
    pub const STAGE: Parts = Parts(1 << 2);
    pub const EMAIL: Parts = Parts(1 << 3);
    pub const PHONE: Parts = Parts(1 << 4);
    pub const COMPANY: Parts = Parts(1 << 5);
    pub const OWNER: Parts = Parts(1 << 6);
    pub const TAGS: Parts = Parts(1 << 7);
    pub const SOURCE: Parts = Parts(1 << 8);
    pub const ACQUISITION_COST: Parts = Parts(1 << 9);
    pub const CREATED: Parts = Parts(1 << 10);
    /// `[address]`
    pub const ADDRESS: Parts = Parts(1 << 11);
    /// `[fields]`
    pub const FIELDS: Parts = Parts(1 << 12);
    /// `[next]`
    pub const NEXT: Parts = Parts(1 << 13);
    /// `[consent]`
    pub const CONSENT: Parts = Parts(1 << 14);
    /// Top-level keys rapport does not know.
    pub const EXTRA: Parts = Parts(1 << 15);
    /// `[[deals]]`, whole.
    pub const DEALS: Parts = Parts(1 << 16);
    /// `[[interactions]]`: date, kind, amount and nps, what the figures
    /// are computed from.
    pub const INTERACTIONS: Parts = Parts(1 << 17);
    /// `[[interactions]]`, whole: also summary, ref, csat, ces, from, to,
    /// resolved, owner and unknown keys.
    pub const INTERACTION_DETAILS: Parts = Parts((1 << 17) | (1 << 18) | (1 << 19));
    /// `[[interactions]]` with `from` and `to` too: the stage moves, what a
    /// customer's journey is read from.
    pub const STAGE_MOVES: Parts = Parts((1 << 17) | (1 << 19));
    /// The details of interactions but `from` and `to`.
    const OTHER_DETAILS: Parts = Parts((1 << 17) | (1 << 18));
    /// What [`crate::model::Figures`] needs.
    pub const FIGURES: Parts = Parts((1 << 16) | (1 << 17));
    pub const ALL: Parts = Parts(u32::MAX);

    /// Returns the part numbered `bit`, for a field of its own: parts 20
    /// to 31 are free for fields of [`super::fields::STORED`].
    pub const fn own(bit: u32) -> Parts {
        Parts(1 << bit)
    }

    /// Returns true when the details of interactions but `from` and `to`
    /// are in this set.
    pub fn has_other_details(self) -> bool {
        self.contains(Parts::OTHER_DETAILS)
    }

    /// Returns this set and `other` (usable in constants).
    pub const fn with(self, other: Parts) -> Parts {
        Parts(self.0 | other.0)
    }

    /// Returns true when every part of `other` is in this set.
    pub fn contains(self, other: Parts) -> bool {
        self.0 & other.0 == other.0
    }
}

impl std::ops::BitOr for Parts {
    type Output = Parts;
    fn bitor(self, other: Parts) -> Parts {
        Parts(self.0 | other.0)
    }
}

impl std::ops::BitOrAssign for Parts {
    fn bitor_assign(&mut self, other: Parts) {
        self.0 |= other.0;
    }
}

/// Where the keys being read go.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Section {
    Root,
    /// A table of fields (`[address]`), by its number in the layout.
    Table(u8),
    Fields,
    Deal,
    Interaction,
}

/// A value as read, before it is checked against its key.
enum Val<'a> {
    Str(Cow<'a, str>),
    /// The literal digits, sign included.
    Int(&'a str),
    Float(&'a str),
    Bool(bool),
    When(When),
    Array(Vec<Val<'a>>),
}

struct Reader<'a, 'r> {
    s: &'a [u8],
    text: &'a str,
    i: usize,
    parts: Parts,
    strings: &'r mut Strings,
    /// How many arrays deep the reader is; deeper than [`MAX_DEPTH`] is
    /// left to the full reader, which reports it.
    depth: u32,
    /// How keys find their fields.
    layout: &'static Layout,
}

/// The deepest nesting of arrays the fast path reads; customer files nest
/// one deep, and recursion must never exhaust the stack.
const MAX_DEPTH: u32 = 16;

/// A deal or interaction being read, with what it must have.
struct Entry<T> {
    item: T,
    required: [bool; 2],
}

impl<'a> Reader<'a, '_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn skip_spaces(&mut self) {
        while let Some(b' ' | b'\t') = self.peek() {
            self.i += 1;
        }
    }

    /// Consumes the end of a line: spaces, an optional comment, then a
    /// newline or the end of the text.
    fn end_of_line(&mut self) -> Option<()> {
        // The common case first: the newline right after the value.
        if self.peek() == Some(b'\n') {
            self.i += 1;
            return Some(());
        }
        self.skip_spaces();
        match self.peek() {
            None => Some(()),
            Some(b'\n') => {
                self.i += 1;
                Some(())
            }
            Some(b'\r') if self.s.get(self.i + 1) == Some(&b'\n') => {
                self.i += 2;
                Some(())
            }
            Some(b'#') => {
                self.comment()?;
                self.end_of_line()
            }
            _ => None,
        }
    }

    /// Skips a comment up to (not including) the newline; control
    /// characters other than tab are not allowed in one.
    fn comment(&mut self) -> Option<()> {
        let rest = &self.s[self.i..];
        let mut len = memchr_newline(rest);
        if len < rest.len() && len > 0 && rest[len - 1] == b'\r' {
            len -= 1;
        }
        if rest[..len].iter().any(|&b| is_control(b)) {
            return None;
        }
        self.i += len;
        Some(())
    }

    #[inline]
    fn bare_key(&mut self) -> Option<&'a str> {
        let start = self.i;
        let mut end = start;
        while end < self.s.len() && CLASS[usize::from(self.s[end])] & KEY_BYTE != 0 {
            end += 1;
        }
        self.i = end;
        // Key bytes are ASCII, so the slice falls on character boundaries.
        (end > start).then(|| &self.text[start..end])
    }

    /// Skips to the first byte of `stop` class (or the end).
    #[inline]
    fn skip_until(&mut self, stop: u8) {
        let mut i = self.i;
        while i < self.s.len() && CLASS[usize::from(self.s[i])] & stop == 0 {
            i += 1;
        }
        self.i = i;
    }

    /// Reads the document into `c` (a default record); false when the fast
    /// path cannot read it.
    fn document(&mut self, c: &mut Customer) -> bool {
        self.read_into(c).is_some()
    }

    fn read_into(&mut self, c: &mut Customer) -> Option<()> {
        let mut section = Section::Root;
        let mut seen = Seen::default();
        let mut headers_seen = 0u64;
        let mut has_name = false;
        let mut deal: Option<Entry<Deal>> = None;
        let mut interaction: Option<Entry<Interaction>> = None;
        loop {
            self.skip_spaces();
            match self.peek() {
                None => break,
                Some(b'\n') => self.i += 1,
                Some(b'\r') => {
                    if self.s.get(self.i + 1) != Some(&b'\n') {
                        return None;
                    }
                    self.i += 2;
                }
                Some(b'#') => {
                    self.comment()?;
                }
                Some(b'[') => {
                    finish(c, &mut deal, &mut interaction, self.parts)?;
                    section = self.header()?;
                    seen.clear();
                    let slot = match section {
                        Section::Table(t) => Some(u32::from(t)),
                        // Table 0 is the top level, never a header.
                        Section::Fields => Some(0),
                        _ => None,
                    };
                    if let Some(slot) = slot {
                        if headers_seen & (1 << slot) != 0 {
                            return None;
                        }
                        headers_seen |= 1 << slot;
                    }
                    match section {
                        Section::Deal => {
                            deal = Some(Entry {
                                item: Deal::default(),
                                required: [false; 2],
                            });
                        }
                        Section::Interaction => {
                            interaction = Some(Entry {
                                item: Interaction::new(When::Date(NaiveDate::MIN), ""),
                                required: [false; 2],
                            });
                        }
                        _ => {}
                    }
                }
                Some(_) => {
                    let key = self.bare_key()?;
                    // A field by its number in the table, or an entry's key.
                    let (field, k) = match section {
                        Section::Root => (self.layout.find(0, key), Key::Other),
                        Section::Table(t) => (self.layout.find(t, key), Key::Other),
                        Section::Fields => (None, Key::Other),
                        Section::Deal | Section::Interaction => (None, known_key(key)),
                    };
                    let fresh = match field {
                        Some(i) => seen.first_time_bit(i),
                        None => seen.first_time(key, k),
                    };
                    if !fresh {
                        return None;
                    }
                    if self.s.get(self.i..self.i + 3) == Some(b" = ") {
                        // How rapport (and nearly everyone) writes it.
                        self.i += 3;
                    } else {
                        self.skip_spaces();
                        if self.peek() != Some(b'=') {
                            return None;
                        }
                        self.i += 1;
                    }
                    self.skip_spaces();
                    let value = self.value()?;
                    self.end_of_line()?;
                    let parts = self.parts;
                    let st = &mut *self.strings;
                    match section {
                        Section::Root => match field {
                            Some(i) => {
                                let f = &STORED[i];
                                has_name |= matches!(f.slot, Slot::Name);
                                stored_key(c, f, value, parts.contains(f.parts), st)?;
                            }
                            None => {
                                if self.layout.is_container(key) {
                                    return None;
                                }
                                if let Some(v) =
                                    checked_value(value, parts.contains(Parts::EXTRA), st)?
                                {
                                    c.extra.insert(st.make(key), v);
                                }
                            }
                        },
                        Section::Table(_) => match field {
                            Some(i) => {
                                let f = &STORED[i];
                                stored_key(c, f, value, parts.contains(f.parts), st)?;
                            }
                            None => {
                                checked_value(value, false, st)?;
                            }
                        },
                        Section::Fields => {
                            let v = checked_value(value, parts.contains(Parts::FIELDS), st)?;
                            if let Some(v) = v {
                                c.fields.insert(st.make(key), v);
                            }
                        }
                        Section::Deal => {
                            let keep = parts.contains(Parts::DEALS);
                            deal_key(deal.as_mut()?, key, k, value, keep, st)?;
                        }
                        Section::Interaction => {
                            interaction_key(interaction.as_mut()?, key, k, value, parts, st)?;
                        }
                    }
                }
            }
        }
        finish(c, &mut deal, &mut interaction, self.parts)?;
        has_name.then_some(())
    }

    /// Reads a table header and returns the section it opens.
    fn header(&mut self) -> Option<Section> {
        self.i += 1;
        let array = self.peek() == Some(b'[');
        if array {
            self.i += 1;
        }
        self.skip_spaces();
        let key = self.bare_key()?;
        self.skip_spaces();
        if self.peek() != Some(b']') {
            return None;
        }
        self.i += 1;
        if array {
            if self.peek() != Some(b']') {
                return None;
            }
            self.i += 1;
        }
        self.end_of_line()?;
        let [deals, interactions] = ENTRY_TABLES;
        match array {
            false if key == CUSTOM_TABLE => Some(Section::Fields),
            false => self
                .layout
                .table(key)
                .filter(|t| *t > 0)
                .map(Section::Table),
            true if key == deals => Some(Section::Deal),
            true if key == interactions => Some(Section::Interaction),
            true => None,
        }
    }

    fn value(&mut self) -> Option<Val<'a>> {
        match self.peek()? {
            b'"' => self.basic_string().map(Val::Str),
            b'\'' => self.literal_string().map(|s| Val::Str(Cow::Borrowed(s))),
            b'[' => self.array(),
            b't' => self.word("true").map(|()| Val::Bool(true)),
            b'f' => self.word("false").map(|()| Val::Bool(false)),
            b'0'..=b'9' | b'+' | b'-' => self.number_or_date(),
            _ => None,
        }
    }

    fn word(&mut self, word: &str) -> Option<()> {
        if self.s[self.i..].starts_with(word.as_bytes()) {
            self.i += word.len();
            self.delimited()
        } else {
            None
        }
    }

    /// Checks that a scalar ends here.
    fn delimited(&self) -> Option<()> {
        match self.peek() {
            None | Some(b' ' | b'\t' | b'\n' | b'\r' | b'#' | b',' | b']') => Some(()),
            _ => None,
        }
    }

    fn basic_string(&mut self) -> Option<Cow<'a, str>> {
        if self.s[self.i..].starts_with(b"\"\"\"") {
            return None;
        }
        self.i += 1;
        let start = self.i;
        self.skip_until(BASIC_STOP);
        match self.peek()? {
            b'"' => {
                let s = &self.text[start..self.i];
                self.i += 1;
                return Some(Cow::Borrowed(s));
            }
            b'\\' => {}
            _ => return None,
        }
        // With escapes: build the string.
        let mut out = String::with_capacity(self.i - start + 16);
        out.push_str(&self.text[start..self.i]);
        loop {
            let b = self.peek()?;
            match b {
                b'"' => {
                    self.i += 1;
                    return Some(Cow::Owned(out));
                }
                b'\\' => {
                    self.i += 1;
                    let e = self.peek()?;
                    self.i += 1;
                    match e {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'n' => out.push('\n'),
                        b't' => out.push('\t'),
                        b'r' => out.push('\r'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'u' => out.push(self.unicode_escape(4)?),
                        b'U' => out.push(self.unicode_escape(8)?),
                        _ => return None,
                    }
                }
                _ if is_control(b) => return None,
                _ => {
                    // Copy up to the next quote or backslash.
                    let run_start = self.i;
                    while let Some(b) = self.peek() {
                        if b == b'"' || b == b'\\' || is_control(b) {
                            break;
                        }
                        self.i += 1;
                    }
                    out.push_str(&self.text[run_start..self.i]);
                }
            }
        }
    }

    fn unicode_escape(&mut self, digits: usize) -> Option<char> {
        let hex = self.text.get(self.i..self.i + digits)?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        self.i += digits;
        char::from_u32(u32::from_str_radix(hex, 16).ok()?)
    }

    fn literal_string(&mut self) -> Option<&'a str> {
        if self.s[self.i..].starts_with(b"'''") {
            return None;
        }
        self.i += 1;
        let start = self.i;
        self.skip_until(LITERAL_STOP);
        match self.peek()? {
            b'\'' => {
                let s = &self.text[start..self.i];
                self.i += 1;
                Some(s)
            }
            _ => None,
        }
    }

    fn array(&mut self) -> Option<Val<'a>> {
        if self.depth >= MAX_DEPTH {
            return None;
        }
        self.depth += 1;
        let items = self.array_items();
        self.depth -= 1;
        items
    }

    fn array_items(&mut self) -> Option<Val<'a>> {
        self.i += 1;
        let mut items = Vec::new();
        loop {
            self.skip_blank()?;
            if self.peek()? == b']' {
                self.i += 1;
                return Some(Val::Array(items));
            }
            items.push(self.value()?);
            self.skip_blank()?;
            match self.peek()? {
                b',' => self.i += 1,
                b']' => {
                    self.i += 1;
                    return Some(Val::Array(items));
                }
                _ => return None,
            }
        }
    }

    /// Skips spaces and newlines inside an array; a comment there is left
    /// to the full reader.
    fn skip_blank(&mut self) -> Option<()> {
        loop {
            match self.peek() {
                Some(b' ' | b'\t' | b'\n') => self.i += 1,
                Some(b'\r') if self.s.get(self.i + 1) == Some(&b'\n') => self.i += 2,
                Some(b'#' | b'\r') => return None,
                _ => return Some(()),
            }
        }
    }

    fn number_or_date(&mut self) -> Option<Val<'a>> {
        let start = self.i;
        let rest = &self.s[start..];
        if rest.len() >= 10 && rest[..4].iter().all(u8::is_ascii_digit) && rest[4] == b'-' {
            return self.datetime();
        }
        if matches!(rest[0], b'+' | b'-') {
            self.i += 1;
        }
        let int_start = self.i;
        self.digits();
        let int_digits = &self.s[int_start..self.i];
        if int_digits.is_empty() || (int_digits.len() > 1 && int_digits[0] == b'0') {
            return None;
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            let frac_start = self.i;
            self.digits();
            if self.i == frac_start {
                return None;
            }
            self.delimited()?;
            return Some(Val::Float(&self.text[start..self.i]));
        }
        self.delimited()?;
        Some(Val::Int(&self.text[start..self.i]))
    }

    fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.peek() {
            self.i += 1;
        }
    }

    /// Reads `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS`.
    fn datetime(&mut self) -> Option<Val<'a>> {
        let s = &self.s[self.i..];
        if s[7] != b'-' {
            return None;
        }
        let year = number(&s[0..4])?;
        let month = number(&s[5..7])?;
        let day = number(&s[8..10])?;
        let date = NaiveDate::from_ymd_opt(year as i32, month, day)?;
        self.i += 10;
        if self.peek() == Some(b'T') {
            let t = self.s.get(self.i + 1..self.i + 9)?;
            if t[2] != b':' || t[5] != b':' {
                return None;
            }
            let time =
                NaiveTime::from_hms_opt(number(&t[0..2])?, number(&t[3..5])?, number(&t[6..8])?)?;
            self.i += 9;
            self.delimited()?;
            return Some(Val::When(When::DateTime(date.and_time(time))));
        }
        // `2024-03-01 10:30:00` (a space before the time) is left to the
        // full reader.
        if self.peek() == Some(b' ') && self.s.get(self.i + 1).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        self.delimited()?;
        Some(Val::When(When::Date(date)))
    }
}

/// The keys of one table seen so far, to refuse a key written twice: the
/// keys rapport knows in a bit set, any others in a list.
#[derive(Default)]
struct Seen<'a> {
    known: u64,
    others: Vec<&'a str>,
}

impl<'a> Seen<'a> {
    /// Records `key` (known as `k`); false when the table already has it.
    fn first_time(&mut self, key: &'a str, k: Key) -> bool {
        if k == Key::Other {
            if self.others.contains(&key) {
                return false;
            }
            self.others.push(key);
            return true;
        }
        self.first_time_bit(k as usize)
    }

    /// Records the known key numbered `n` (below 64); false when the table
    /// already has it.
    fn first_time_bit(&mut self, n: usize) -> bool {
        let bit = 1u64 << n;
        let fresh = self.known & bit == 0;
        self.known |= bit;
        fresh
    }

    fn clear(&mut self) {
        self.known = 0;
        self.others.clear();
    }
}

/// The keys rapport knows in deals and interactions; matched once per
/// line, then dispatched on. (The keys of fields are found in
/// [`crate::model::fields::LAYOUT`].)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Key {
    Kind,
    Stage,
    Owner,
    Date,
    Title,
    Value,
    Opened,
    Closed,
    Amount,
    Summary,
    Ref,
    Nps,
    Csat,
    From,
    To,
    Resolved,
    Other,
}

fn known_key(key: &str) -> Key {
    // Dispatch on the length and the first byte, then compare once: this
    // runs for every line of every entry.
    let b = key.as_bytes();
    let is = |word: &[u8]| b == word;
    match (b.len(), b.first().copied().unwrap_or(0)) {
        (4, b'k') if is(b"kind") => Key::Kind,
        (5, b's') if is(b"stage") => Key::Stage,
        (5, b'o') if is(b"owner") => Key::Owner,
        (4, b'd') if is(b"date") => Key::Date,
        (5, b't') if is(b"title") => Key::Title,
        (5, b'v') if is(b"value") => Key::Value,
        (6, b'o') if is(b"opened") => Key::Opened,
        (6, b'c') if is(b"closed") => Key::Closed,
        (6, b'a') if is(b"amount") => Key::Amount,
        (7, b's') if is(b"summary") => Key::Summary,
        (3, b'r') if is(b"ref") => Key::Ref,
        (3, b'n') if is(b"nps") => Key::Nps,
        (4, b'c') if is(b"csat") => Key::Csat,
        (4, b'f') if is(b"from") => Key::From,
        (2, b't') if is(b"to") => Key::To,
        (8, b'r') if is(b"resolved") => Key::Resolved,
        _ => Key::Other,
    }
}

/// Returns the length of `s` up to its first newline.
fn memchr_newline(s: &[u8]) -> usize {
    s.iter().position(|&b| b == b'\n').unwrap_or(s.len())
}

/// Byte classes, looked up rather than computed in the hot loops.
const KEY_BYTE: u8 = 1;
/// Ends a run of a basic string: `"`, `\`, or a byte not allowed there.
const BASIC_STOP: u8 = 2;
/// Ends a run of a literal string: `'`, or a byte not allowed there.
const LITERAL_STOP: u8 = 4;

const CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        if byte.is_ascii_alphanumeric() || byte == b'_' || byte == b'-' {
            t[b] |= KEY_BYTE;
        }
        if is_control(byte) {
            t[b] |= BASIC_STOP | LITERAL_STOP;
        }
        if byte == b'"' || byte == b'\\' {
            t[b] |= BASIC_STOP;
        }
        if byte == b'\'' {
            t[b] |= LITERAL_STOP;
        }
        b += 1;
    }
    t
};

/// Returns true for bytes TOML does not allow in strings and comments
/// (control characters other than tab, and DEL).
const fn is_control(b: u8) -> bool {
    (b < 0x20 && b != b'\t') || b == 0x7f
}

/// Parses a fixed-width run of ASCII digits.
fn number(digits: &[u8]) -> Option<u32> {
    digits.iter().try_fold(0u32, |n, &b| {
        b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
    })
}

/// Closes the deal or interaction being read, refusing one that lacks what
/// it needs.
fn finish(
    c: &mut Customer,
    deal: &mut Option<Entry<Deal>>,
    interaction: &mut Option<Entry<Interaction>>,
    parts: Parts,
) -> Option<()> {
    if let Some(d) = deal.take() {
        if d.required != [true; 2] {
            return None;
        }
        if parts.contains(Parts::DEALS) {
            c.deals.push(d.item);
        }
    }
    if let Some(i) = interaction.take() {
        if i.required != [true; 2] {
            return None;
        }
        if parts.contains(Parts::INTERACTIONS) {
            if c.interactions.capacity() == 0 {
                // Most customers have a handful: one allocation, no regrowth.
                c.interactions.reserve_exact(8);
            }
            c.interactions.push(i.item);
        }
    }
    Some(())
}

/// Stores a checked value when it is kept.
fn set<T>(slot: &mut Option<T>, value: T, keep: bool) {
    if keep {
        *slot = Some(value);
    }
}

/// Checks that a value is a string and stores it when it is kept.
fn text(slot: &mut Option<String>, v: Val<'_>, keep: bool, st: &mut Strings) -> Option<()> {
    let Val::Str(s) = v else { return None };
    if keep {
        *slot = Some(st.make(&s));
    }
    Some(())
}

/// Checks a value of a custom field or unknown key and converts it when it
/// is kept (Some(None) when checked but not kept).
fn checked_value(v: Val<'_>, keep: bool, st: &mut Strings) -> Option<Option<Value>> {
    if keep {
        return to_value(v, st).map(Some);
    }
    fn check(v: &Val<'_>) -> bool {
        match v {
            Val::Int(t) => t.parse::<i64>().is_ok(),
            Val::Array(items) => items.iter().all(check),
            _ => true,
        }
    }
    check(&v).then_some(None)
}

fn string(v: Val<'_>, st: &mut Strings) -> Option<String> {
    match v {
        Val::Str(s) => Some(st.make(&s)),
        _ => None,
    }
}

fn money(v: Val<'_>) -> Option<Money> {
    match v {
        Val::Int(t) | Val::Float(t) => cents(t).or_else(|| Money::parse(t).ok()),
        _ => None,
    }
}

/// Reads the common amounts (`1500`, `-3.25`, `0.10`) straight to cents,
/// as [`Money::parse`] reads them; None for anything else (more digits
/// than an amount holds, more than two decimals), which `Money::parse`
/// then reads or refuses.
fn cents(literal: &str) -> Option<Money> {
    let (negative, digits) = match literal.as_bytes().first()? {
        b'-' => (true, &literal[1..]),
        b'+' => (false, &literal[1..]),
        _ => (false, literal),
    };
    let (whole, frac) = match digits.split_once('.') {
        Some((_, "")) => return None,
        Some(parts) => parts,
        None => (digits, ""),
    };
    if whole.is_empty() || whole.len() > 12 || frac.len() > 2 {
        return None;
    }
    let mut cents: i128 = 0;
    for b in whole.bytes() {
        cents = cents * 10 + i128::from(b.checked_sub(b'0').filter(|d| *d <= 9)?);
    }
    let mut scale = 100;
    for b in frac.bytes() {
        scale /= 10;
        cents = cents * 10 + i128::from(b.checked_sub(b'0').filter(|d| *d <= 9)?);
    }
    let cents = cents * scale;
    Some(Money::from_cents(if negative { -cents } else { cents }))
}

fn date(v: Val<'_>) -> Option<NaiveDate> {
    match v {
        Val::When(When::Date(d)) => Some(d),
        _ => None,
    }
}

fn when(v: Val<'_>) -> Option<When> {
    match v {
        Val::When(w) => Some(w),
        _ => None,
    }
}

fn boolean(v: Val<'_>) -> Option<bool> {
    match v {
        Val::Bool(b) => Some(b),
        _ => None,
    }
}

fn score(v: Val<'_>, range: std::ops::RangeInclusive<u8>) -> Option<u8> {
    match v {
        Val::Int(t) => t
            .parse::<i64>()
            .ok()
            .and_then(|n| u8::try_from(n).ok())
            .filter(|n| range.contains(n)),
        _ => None,
    }
}

/// Converts a value of a custom field or unknown key as the full reader
/// does; an integer beyond i64 is left to the full reader.
fn to_value(v: Val<'_>, st: &mut Strings) -> Option<Value> {
    Some(match v {
        Val::Str(s) => Value::String(st.make(&s)),
        Val::Int(t) => Value::Integer(t.parse().ok()?),
        Val::Float(t) => Value::Float(t.parse().ok()?),
        Val::Bool(b) => Value::Bool(b),
        Val::When(w) => Value::Date(w),
        Val::Array(items) => Value::List(
            items
                .into_iter()
                .map(|i| to_value(i, st))
                .collect::<Option<_>>()?,
        ),
    })
}

/// Checks the value of a stored field and stores it when it is kept.
#[inline]
fn stored_key(
    c: &mut Customer,
    f: &Stored,
    v: Val<'_>,
    keep: bool,
    st: &mut Strings,
) -> Option<()> {
    match f.slot {
        Slot::Name => {
            let Val::Str(name) = v else { return None };
            if name.trim().is_empty() {
                return None;
            }
            if keep {
                c.name = st.make(&name);
            }
        }
        Slot::Kind => {
            let Val::Str(kind) = v else { return None };
            set(&mut c.kind, Kind::parse(&kind)?, keep);
        }
        Slot::Text(_, put) => text(put(c), v, keep, st)?,
        Slot::List(_, put) => {
            let Val::Array(items) = v else { return None };
            if !items.iter().all(|i| matches!(i, Val::Str(_))) {
                return None;
            }
            if keep {
                let list = put(c);
                for item in items {
                    let t = string(item, st)?;
                    list.push(t);
                }
            }
        }
        Slot::Money(_, put) => set(put(c), money(v)?, keep),
        Slot::Date(_, put) => set(put(c), date(v)?, keep),
        Slot::When(_, put) => set(put(c), when(v)?, keep),
        Slot::Bool(_, put) => set(put(c), boolean(v)?, keep),
    }
    Some(())
}

fn deal_key(
    d: &mut Entry<Deal>,
    key: &str,
    k: Key,
    v: Val<'_>,
    keep: bool,
    st: &mut Strings,
) -> Option<()> {
    match k {
        Key::Title => {
            let Val::Str(title) = v else { return None };
            if keep {
                d.item.title = st.make(&title);
            }
            d.required[0] = true;
        }
        Key::Stage => {
            let Val::Str(stage) = v else { return None };
            if keep {
                d.item.stage = st.make(&stage);
            }
            d.required[1] = true;
        }
        Key::Value => set(&mut d.item.value, money(v)?, keep),
        Key::Opened => set(&mut d.item.opened, date(v)?, keep),
        Key::Closed => set(&mut d.item.closed, date(v)?, keep),
        // Rarer keys, matched by name rather than given a `Key` each.
        Key::Other if key == "key" => text(&mut d.item.key, v, keep, st)?,
        Key::Other if key == "lost_reason" => text(&mut d.item.lost_reason, v, keep, st)?,
        _ => {
            if let Some(value) = checked_value(v, keep, st)? {
                d.item.extra.insert(st.make(key), value);
            }
        }
    }
    Some(())
}

fn interaction_key(
    e: &mut Entry<Interaction>,
    key: &str,
    k: Key,
    v: Val<'_>,
    parts: Parts,
    st: &mut Strings,
) -> Option<()> {
    let core = parts.contains(Parts::INTERACTIONS);
    let moves = parts.contains(Parts::STAGE_MOVES);
    let details = parts.contains(Parts::OTHER_DETAILS);
    let i = &mut e.item;
    match k {
        Key::Date => {
            i.date = when(v)?;
            e.required[0] = true;
        }
        Key::Kind => {
            let Val::Str(kind) = v else { return None };
            if core {
                i.kind = st.make(&kind);
            }
            e.required[1] = true;
        }
        Key::Amount => set(&mut i.amount, money(v)?, core),
        Key::Nps => set(&mut i.nps, score(v, 0..=10)?, core),
        Key::Summary => text(&mut i.summary, v, details, st)?,
        Key::Ref => text(&mut i.reference, v, details, st)?,
        Key::Csat => set(&mut i.csat, score(v, 1..=5)?, details),
        Key::Other if key == "ces" => set(&mut i.ces, score(v, 1..=7)?, details),
        Key::From => text(&mut i.from, v, moves, st)?,
        Key::To => text(&mut i.to, v, moves, st)?,
        Key::Resolved => set(&mut i.resolved, when(v)?, details),
        Key::Owner => text(&mut i.owner, v, details, st)?,
        Key::Other if key == "priority" => text(&mut i.priority, v, details, st)?,
        _ => {
            if let Some(value) = checked_value(v, details, st)? {
                i.extra.insert(st.make(key), value);
            }
        }
    }
    Some(())
}

#[cfg(test)]
mod tests;
