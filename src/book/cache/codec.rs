//! The cache's binary form of one customer, and back.
//!
//! Hand-written rather than derived (serde + bincode/postcard) for three
//! reasons: reading decodes straight into the reused record of a bulk read
//! (its strings refilled, no allocation per customer, see
//! [`fast::Reusable::refill`]); reading builds only the [`Parts`] a command
//! asked for, skipping the rest by its length prefix without decoding it, as
//! the file reader does; and the model types stay free of serialization
//! derives. The stored fields are written as the field table
//! ([`crate::model::fields::STORED`]) lists them, so a field added there is
//! cached with no change here (the cache is keyed to a fingerprint of this
//! code and of the table, see `build.rs`); every field of the other types is
//! written by destructuring, so a field added to them fails to compile here
//! until it is encoded (and [`super::FORMAT`] is raised).
//!
//! Measured against serde + postcard on a mirror of the same records
//! (`cargo bench --bench cache_codec`, 2,000 customers of the generated
//! 100,000-customer book, medians of 3 criterion rounds, 2026-12-03):
//! decoding, what every cached read does, is 1.5× as fast with every part
//! built into the reused record (1.4–2.3× between rounds) and 5.4× with the
//! parts of `stage = customer and revenue > 1000` (2.9–6.8×); the entries
//! are 18% smaller (702 KB against 854 KB). Encoding, done only for the
//! files that changed when the cache is rewritten, is the slower one: 0.53×
//! postcard's speed (0.5–1.0×).
//!
//! The layout, little-endian, integers as LEB128 varints (signed ones
//! zigzagged):
//!
//! ```text
//! customer  = len(card) card  len(maps) maps  len(deals) deals  len(history) history
//! card      = { stored field }, in the order of the field table
//! maps      = map(fields) map(extra)
//! deals     = count { title key value stage opened closed lost_reason map(extra) }
//! history   = count { date kind amount nps len(details) details }
//! details   = summary ref csat ces from to resolved owner priority map(extra)
//! ```
//!
//! Kinds and stages (an interaction's, a deal's, and the customer's, the
//! field whose rule is [`Rule::Stage`]) are most often one of a few words,
//! written as their number (`word`). An optional string is `0` (none) or `len + 1` and the
//! bytes; optional
//! small values start with a tag byte, 0 for none.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

use crate::model::customer::{Deal, Interaction, Kind, Value};
use crate::model::fast::{self, Parts, Strings};
use crate::model::fields::{Rule, STORED, Slot};
use crate::model::{Customer, Money, When};

/// The words most kinds and stages are, written as their number: the
/// interaction kinds and lifecycle stages of a new book and the deal
/// stages. Only ever appended to (with [`super::FORMAT`] raised), at most
/// 250.
const WORDS: &[&str] = &[
    "purchase",
    "call",
    "email",
    "meeting",
    "support",
    "note",
    "survey",
    "stage",
    "lead",
    "prospect",
    "customer",
    "churned",
    "qualified",
    "proposal",
    "negotiation",
    "won",
    "lost",
];

/// Appends the binary form of `c` to `out`; the id is not written (the
/// cache keys entries by file name).
pub fn encode(c: &Customer, out: &mut Vec<u8>) {
    let Customer {
        id: _,
        fields,
        deals,
        interactions,
        extra,
        ..
    } = c;
    let mut w = Writer::default();
    section(out, &mut w, |w| {
        for f in STORED {
            match f.slot {
                Slot::Name => w.str(&c.name),
                Slot::Kind => w.byte(match c.kind {
                    None => 0,
                    Some(Kind::Person) => 1,
                    Some(Kind::Company) => 2,
                }),
                Slot::Text(get, _) if f.rule == Rule::Stage => w.opt_word(get(c).as_deref()),
                Slot::Text(get, _) => w.opt_str(get(c).as_deref()),
                Slot::List(get, _) => {
                    let list = get(c);
                    w.uint(list.len() as u64);
                    for t in list {
                        w.str(t);
                    }
                }
                Slot::Money(get, _) => w.opt_money(*get(c)),
                Slot::Date(get, _) => w.opt_date(*get(c)),
                Slot::When(get, _) => w.opt_when(*get(c)),
                Slot::Bool(get, _) => w.byte(match get(c) {
                    None => 0,
                    Some(false) => 1,
                    Some(true) => 2,
                }),
            }
        }
    });
    section(out, &mut w, |w| {
        w.map(fields);
        w.map(extra);
    });
    section(out, &mut w, |w| {
        w.uint(deals.len() as u64);
        for d in deals {
            let Deal {
                title,
                key,
                value,
                stage,
                opened,
                closed,
                lost_reason,
                extra,
            } = d;
            w.str(title);
            w.opt_str(key.as_deref());
            w.opt_money(*value);
            w.word(stage);
            w.opt_date(*opened);
            w.opt_date(*closed);
            w.opt_str(lost_reason.as_deref());
            w.map(extra);
        }
    });
    section(out, &mut w, |w| {
        w.uint(interactions.len() as u64);
        let mut details = Writer::default();
        for i in interactions {
            let Interaction {
                date,
                kind,
                amount,
                summary,
                reference,
                nps,
                csat,
                ces,
                from,
                to,
                resolved,
                owner,
                priority,
                extra,
            } = i;
            w.when(*date);
            w.word(kind);
            w.opt_money(*amount);
            w.opt_small(*nps);
            details.0.clear();
            details.opt_str(summary.as_deref());
            details.opt_str(reference.as_deref());
            details.opt_small(*csat);
            details.opt_small(*ces);
            details.opt_word(from.as_deref());
            details.opt_word(to.as_deref());
            details.opt_when(*resolved);
            details.opt_str(owner.as_deref());
            details.opt_str(priority.as_deref());
            details.map(extra);
            w.uint(details.0.len() as u64);
            w.0.extend_from_slice(&details.0);
        }
    });
}

/// Writes what `write` writes into `scratch` to `out` as one section: its
/// length, then its bytes.
fn section(out: &mut Vec<u8>, scratch: &mut Writer, write: impl FnOnce(&mut Writer)) {
    scratch.0.clear();
    write(scratch);
    put_uint(out, scratch.0.len() as u64);
    out.extend_from_slice(&scratch.0);
}

/// Appends `n` as a LEB128 varint.
fn put_uint(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// Decodes the customer in `bytes` into `record`, building only `parts`
/// as [`fast::Reusable::read`] does; None when the bytes are not a
/// customer (a cache that is not what it claims to be).
pub fn decode<'r>(
    bytes: &[u8],
    parts: Parts,
    record: &'r mut fast::Reusable,
) -> Option<&'r mut Customer> {
    record.refill(|c, st| {
        let mut r = Reader { s: bytes, i: 0 };
        let card = r.section()?;
        let maps = r.section()?;
        let deals = r.section()?;
        let history = r.section()?;
        if r.i != bytes.len() {
            return None;
        }
        read_card(&mut Reader { s: card, i: 0 }, parts, c, st)?;
        if parts.contains(Parts::FIELDS) || parts.contains(Parts::EXTRA) {
            let mut r = Reader { s: maps, i: 0 };
            r.map(parts.contains(Parts::FIELDS).then_some(&mut c.fields), st)?;
            r.map(parts.contains(Parts::EXTRA).then_some(&mut c.extra), st)?;
        }
        if parts.contains(Parts::DEALS) {
            read_deals(&mut Reader { s: deals, i: 0 }, c, st)?;
        }
        if parts.contains(Parts::INTERACTIONS) {
            read_history(&mut Reader { s: history, i: 0 }, parts, c, st)?;
        } else {
            c.interactions.clear();
        }
        Some(())
    })
}

fn read_card(r: &mut Reader<'_>, parts: Parts, c: &mut Customer, st: &mut Strings) -> Option<()> {
    for f in STORED {
        let keep = parts.contains(f.parts);
        match f.slot {
            Slot::Name => r.text(keep.then_some(&mut c.name), st)?,
            Slot::Kind => {
                let kind = match r.byte()? {
                    0 => None,
                    1 => Some(Kind::Person),
                    2 => Some(Kind::Company),
                    _ => return None,
                };
                if keep {
                    c.kind = kind;
                }
            }
            Slot::Text(_, put) if f.rule == Rule::Stage => r.opt_word(keep.then(|| put(c)), st)?,
            Slot::Text(_, put) => r.opt_text(keep.then(|| put(c)), st)?,
            Slot::List(_, put) => {
                let n = r.count()?;
                for _ in 0..n {
                    if keep {
                        put(c).push(st.make(r.str()?));
                    } else {
                        r.text(None, st)?;
                    }
                }
            }
            Slot::Money(_, put) => {
                let m = r.opt_money()?;
                if keep {
                    *put(c) = m;
                }
            }
            Slot::Date(_, put) => {
                let d = r.opt_date()?;
                if keep {
                    *put(c) = d;
                }
            }
            Slot::When(_, put) => {
                let w = r.opt_when()?;
                if keep {
                    *put(c) = w;
                }
            }
            Slot::Bool(_, put) => {
                let b = match r.byte()? {
                    0 => None,
                    1 => Some(false),
                    2 => Some(true),
                    _ => return None,
                };
                if keep {
                    *put(c) = b;
                }
            }
        }
    }
    (r.i == r.s.len()).then_some(())
}

fn read_deals(r: &mut Reader<'_>, c: &mut Customer, st: &mut Strings) -> Option<()> {
    let n = r.count()?;
    c.deals.reserve(n);
    for _ in 0..n {
        let title = st.make(r.str()?);
        let mut key = None;
        r.opt_text(Some(&mut key), st)?;
        let value = r.opt_money()?;
        let stage = st.make(r.word()?);
        let opened = r.opt_date()?;
        let closed = r.opt_date()?;
        let mut lost_reason = None;
        r.opt_text(Some(&mut lost_reason), st)?;
        let mut extra = BTreeMap::new();
        r.map(Some(&mut extra), st)?;
        c.deals.push(Deal {
            title,
            key,
            value,
            stage,
            opened,
            closed,
            lost_reason,
            extra,
        });
    }
    (r.i == r.s.len()).then_some(())
}

fn read_history(
    r: &mut Reader<'_>,
    parts: Parts,
    c: &mut Customer,
    st: &mut Strings,
) -> Option<()> {
    let moves = parts.contains(Parts::STAGE_MOVES);
    let details = parts.has_other_details();
    let n = r.count()?;
    if c.interactions.capacity() == 0 {
        c.interactions.reserve_exact(n.max(8));
    }
    for k in 0..n {
        let date = r.when()?;
        let kind = st.make(r.word()?);
        // The previous customer's emptied interactions are overwritten in
        // place: an interaction is a few hundred bytes, not to be built on
        // the stack and copied.
        let i = match c.interactions.get_mut(k) {
            Some(i) => {
                i.date = date;
                i.kind = kind;
                i.summary = None;
                i.reference = None;
                i.csat = None;
                i.ces = None;
                i.from = None;
                i.to = None;
                i.resolved = None;
                i.owner = None;
                i.priority = None;
                if !i.extra.is_empty() {
                    i.extra.clear();
                }
                i
            }
            None => {
                c.interactions.push(Interaction::new(date, kind));
                c.interactions.last_mut()?
            }
        };
        i.amount = r.opt_money()?;
        i.nps = r.opt_small()?;
        let body = r.section()?;
        if details || moves {
            let d = &mut Reader { s: body, i: 0 };
            d.opt_text(details.then_some(&mut i.summary), st)?;
            d.opt_text(details.then_some(&mut i.reference), st)?;
            let csat = d.opt_small()?;
            let ces = d.opt_small()?;
            d.opt_word(moves.then_some(&mut i.from), st)?;
            d.opt_word(moves.then_some(&mut i.to), st)?;
            let resolved = d.opt_when()?;
            d.opt_text(details.then_some(&mut i.owner), st)?;
            d.opt_text(details.then_some(&mut i.priority), st)?;
            d.map(details.then_some(&mut i.extra), st)?;
            if details {
                i.csat = csat;
                i.ces = ces;
                i.resolved = resolved;
            }
            if d.i != body.len() {
                return None;
            }
        }
    }
    c.interactions.truncate(n);
    (r.i == r.s.len()).then_some(())
}

/// Appends values to a buffer.
#[derive(Default)]
struct Writer(Vec<u8>);

impl Writer {
    fn byte(&mut self, b: u8) {
        self.0.push(b);
    }

    fn uint(&mut self, n: u64) {
        put_uint(&mut self.0, n);
    }

    fn wide(&mut self, mut n: u128) {
        while n >= 0x80 {
            self.0.push((n as u8) | 0x80);
            n >>= 7;
        }
        self.0.push(n as u8);
    }

    fn int(&mut self, n: i64) {
        self.uint(((n << 1) ^ (n >> 63)) as u64);
    }

    fn str(&mut self, s: &str) {
        self.uint(s.len() as u64);
        self.0.extend_from_slice(s.as_bytes());
    }

    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            None => self.uint(0),
            Some(s) => {
                self.uint(s.len() as u64 + 1);
                self.0.extend_from_slice(s.as_bytes());
            }
        }
    }

    /// A string that is most often one of [`WORDS`]: its number (from 1),
    /// or 0 and the string.
    fn word(&mut self, s: &str) {
        match WORDS.iter().position(|w| *w == s) {
            Some(i) => self.byte(i as u8 + 1),
            None => {
                self.byte(0);
                self.str(s);
            }
        }
    }

    /// An optional word: 0 for none, 1 and the string, or 2 + its number.
    fn opt_word(&mut self, s: Option<&str>) {
        match s {
            None => self.byte(0),
            Some(s) => match WORDS.iter().position(|w| *w == s) {
                Some(i) => self.byte(i as u8 + 2),
                None => {
                    self.byte(1);
                    self.str(s);
                }
            },
        }
    }

    fn opt_money(&mut self, m: Option<Money>) {
        match m {
            None => self.byte(0),
            Some(m) => {
                self.byte(1);
                let c = m.cents();
                self.wide(((c << 1) ^ (c >> 127)) as u128);
            }
        }
    }

    /// A date or 0 for none (no date is 0).
    fn opt_date(&mut self, d: Option<NaiveDate>) {
        match d {
            None => self.uint(0),
            Some(d) => self.date(d),
        }
    }

    /// A date as its year and its day of the year, `year << 9 | ordinal`
    /// (never 0, as the ordinal starts at 1): chrono builds a date from
    /// these far faster than from a day number.
    fn date(&mut self, d: NaiveDate) {
        self.int(i64::from(d.year()) << 9 | i64::from(d.ordinal()));
    }

    fn when(&mut self, w: When) {
        match w {
            When::Date(d) => {
                self.byte(1);
                self.date(d);
            }
            When::DateTime(dt) => {
                self.byte(2);
                self.date(dt.date());
                self.uint(u64::from(dt.time().num_seconds_from_midnight()));
                self.uint(u64::from(dt.time().nanosecond()));
            }
        }
    }

    fn opt_when(&mut self, w: Option<When>) {
        match w {
            None => self.byte(0),
            Some(w) => self.when(w),
        }
    }

    fn opt_small(&mut self, n: Option<u8>) {
        match n {
            None => self.byte(0),
            Some(n) => {
                self.byte(1);
                self.byte(n);
            }
        }
    }

    fn map(&mut self, map: &BTreeMap<String, Value>) {
        self.uint(map.len() as u64);
        for (k, v) in map {
            self.str(k);
            self.value(v);
        }
    }

    fn value(&mut self, v: &Value) {
        match v {
            Value::String(s) => {
                self.byte(1);
                self.str(s);
            }
            Value::Integer(n) => {
                self.byte(2);
                self.int(*n);
            }
            Value::Float(x) => {
                self.byte(3);
                self.0.extend_from_slice(&x.to_bits().to_le_bytes());
            }
            Value::Bool(b) => {
                self.byte(4);
                self.byte(u8::from(*b));
            }
            Value::Date(w) => {
                self.byte(5);
                self.when(*w);
            }
            Value::List(items) => {
                self.byte(6);
                self.uint(items.len() as u64);
                for item in items {
                    self.value(item);
                }
            }
            Value::Table(t) => {
                self.byte(7);
                self.map(t);
            }
        }
    }
}

/// Reads values from a buffer; every read is bounds-checked, so bytes that
/// are not a customer give None, never a panic.
struct Reader<'a> {
    s: &'a [u8],
    i: usize,
}

/// How deep lists and tables nest in a value the reader accepts (the file
/// readers stop far earlier).
const MAX_DEPTH: u32 = 64;

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.s.get(self.i)?;
        self.i += 1;
        Some(b)
    }

    fn uint(&mut self) -> Option<u64> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            n |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Some(n);
            }
        }
        None
    }

    fn wide(&mut self) -> Option<u128> {
        let mut n = 0u128;
        for shift in (0..128).step_by(7) {
            let b = self.byte()?;
            n |= u128::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Some(n);
            }
        }
        None
    }

    fn int(&mut self) -> Option<i64> {
        let n = self.uint()?;
        Some(((n >> 1) as i64) ^ -((n & 1) as i64))
    }

    /// A count of items, each at least a byte long (so a corrupt count
    /// cannot reserve more than the buffer holds).
    fn count(&mut self) -> Option<usize> {
        let n = usize::try_from(self.uint()?).ok()?;
        (n <= self.s.len() - self.i).then_some(n)
    }

    fn bytes(&mut self, len: usize) -> Option<&'a [u8]> {
        let end = self.i.checked_add(len)?;
        let b = self.s.get(self.i..end)?;
        self.i = end;
        Some(b)
    }

    fn section(&mut self) -> Option<&'a [u8]> {
        let len = usize::try_from(self.uint()?).ok()?;
        self.bytes(len)
    }

    fn str(&mut self) -> Option<&'a str> {
        let len = usize::try_from(self.uint()?).ok()?;
        std::str::from_utf8(self.bytes(len)?).ok()
    }

    /// Reads a string into `slot` when there is one to fill, else skips
    /// it (unchecked: it is checked when it is read).
    fn text(&mut self, slot: Option<&mut String>, st: &mut Strings) -> Option<()> {
        match slot {
            Some(slot) => *slot = st.make(self.str()?),
            None => {
                let len = usize::try_from(self.uint()?).ok()?;
                self.bytes(len)?;
            }
        }
        Some(())
    }

    fn opt_str(&mut self) -> Option<Option<&'a str>> {
        match usize::try_from(self.uint()?).ok()? {
            0 => Some(None),
            n => std::str::from_utf8(self.bytes(n - 1)?).ok().map(Some),
        }
    }

    /// Reads an optional string into `slot` when there is one to fill,
    /// else skips it.
    fn opt_text(&mut self, slot: Option<&mut Option<String>>, st: &mut Strings) -> Option<()> {
        match slot {
            Some(slot) => {
                if let Some(s) = self.opt_str()? {
                    *slot = Some(st.make(s));
                }
            }
            None => {
                let len = usize::try_from(self.uint()?).ok()?;
                self.bytes(len.saturating_sub(1))?;
            }
        }
        Some(())
    }

    /// A word (see [`Writer::word`]); a known word needs no checking.
    fn word(&mut self) -> Option<&'a str> {
        match self.byte()? {
            0 => self.str(),
            n => WORDS.get(usize::from(n) - 1).copied(),
        }
    }

    /// Reads an optional word into `slot` when there is one to fill.
    fn opt_word(&mut self, slot: Option<&mut Option<String>>, st: &mut Strings) -> Option<()> {
        let word = match self.byte()? {
            0 => None,
            1 => Some(self.str()?),
            n => Some(*WORDS.get(usize::from(n) - 2)?),
        };
        if let (Some(slot), Some(word)) = (slot, word) {
            *slot = Some(st.make(word));
        }
        Some(())
    }

    fn opt_money(&mut self) -> Option<Option<Money>> {
        match self.byte()? {
            0 => Some(None),
            1 => {
                let n = self.wide()?;
                let cents = ((n >> 1) as i128) ^ -((n & 1) as i128);
                Some(Some(Money::from_cents(cents)))
            }
            _ => None,
        }
    }

    fn day(n: i64) -> Option<NaiveDate> {
        NaiveDate::from_yo_opt(i32::try_from(n >> 9).ok()?, (n & 511) as u32)
    }

    fn opt_date(&mut self) -> Option<Option<NaiveDate>> {
        match self.int()? {
            0 => Some(None),
            n => Self::day(n).map(Some),
        }
    }

    fn date(&mut self) -> Option<NaiveDate> {
        Self::day(self.int()?)
    }

    fn when_tagged(&mut self, tag: u8) -> Option<When> {
        match tag {
            1 => Some(When::Date(self.date()?)),
            2 => {
                let date = self.date()?;
                let secs = u32::try_from(self.uint()?).ok()?;
                let nanos = u32::try_from(self.uint()?).ok()?;
                let time = NaiveTime::from_num_seconds_from_midnight_opt(secs, nanos)?;
                Some(When::DateTime(NaiveDateTime::new(date, time)))
            }
            _ => None,
        }
    }

    fn when(&mut self) -> Option<When> {
        let tag = self.byte()?;
        self.when_tagged(tag)
    }

    fn opt_when(&mut self) -> Option<Option<When>> {
        match self.byte()? {
            0 => Some(None),
            tag => self.when_tagged(tag).map(Some),
        }
    }

    fn opt_small(&mut self) -> Option<Option<u8>> {
        match self.byte()? {
            0 => Some(None),
            1 => self.byte().map(Some),
            _ => None,
        }
    }

    /// Reads a map into `into` when there is one to fill; skips it
    /// otherwise (still checking it).
    fn map(
        &mut self,
        mut into: Option<&mut BTreeMap<String, Value>>,
        st: &mut Strings,
    ) -> Option<()> {
        let n = self.count()?;
        for _ in 0..n {
            let key = self.str()?;
            let value = self.value(st, 0)?;
            if let Some(map) = into.as_deref_mut() {
                map.insert(st.make(key), value);
            }
        }
        Some(())
    }

    fn value(&mut self, st: &mut Strings, depth: u32) -> Option<Value> {
        if depth > MAX_DEPTH {
            return None;
        }
        Some(match self.byte()? {
            1 => Value::String(st.make(self.str()?)),
            2 => Value::Integer(self.int()?),
            3 => {
                let b: [u8; 8] = self.bytes(8)?.try_into().ok()?;
                Value::Float(f64::from_bits(u64::from_le_bytes(b)))
            }
            4 => match self.byte()? {
                0 => Value::Bool(false),
                1 => Value::Bool(true),
                _ => return None,
            },
            5 => Value::Date(self.when()?),
            6 => {
                let n = self.count()?;
                let mut items = Vec::with_capacity(n);
                for _ in 0..n {
                    items.push(self.value(st, depth + 1)?);
                }
                Value::List(items)
            }
            7 => {
                let mut t = BTreeMap::new();
                let n = self.count()?;
                for _ in 0..n {
                    let key = st.make(self.str()?);
                    t.insert(key, self.value(st, depth + 1)?);
                }
                Value::Table(t)
            }
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests;
