//! The customer model: types that can only hold valid values (money exact
//! to the cent, safe ids, real dates), the reader that builds them from a
//! customer file, and the figures derived from them.

pub mod conflict;
pub mod contact;
pub mod customer;
pub mod date;
pub mod dupes;
pub mod duration;
pub mod fast;
pub mod fields;
pub mod figures;
pub mod id;
pub mod money;
pub mod number;
pub mod parse;
pub mod schema;
pub mod translit;

pub use customer::{Customer, Deal, Interaction, Kind, Value};
pub use date::When;
pub use duration::Duration;
pub use figures::Figures;
pub use id::Id;
pub use money::Money;
pub use schema::{FieldDef, FieldType, Schema};
