//! Contacts as vCard (RFC 6350, and the 3.0 and 2.1 forms phones and
//! address books still write): `import --vcard FILE|DIR` and `export
//! --format vcard`.
//!
//! - [`read`]: a `.vcf` file, or a vdir folder of them, into [`Card`]s, each
//!   knowing the line it starts on; a card without a name, a card that never
//!   ends and bytes that are no text refuse the whole import. The content
//!   lines (folding, parameters, QUOTED-PRINTABLE, CHARSET) are read by the
//!   `calcard` crate; this module only splits the file into cards, so that
//!   every problem names its line, and picks the properties rapport keeps.
//! - [`rows`]: cards as the rows of the customer import, so a vCard import
//!   is validated, matched, locked and written by the same passes as a CSV
//!   file ([`crate::csv::import::run_table`]).
//! - [`build`]: a customer as a vCard 4.0 card (UID = the id), for export.
//!
//! The card text itself is written by [`crate::output::vcard`].

pub mod build;
mod card;
pub mod read;
pub mod rows;

pub use card::Card;
