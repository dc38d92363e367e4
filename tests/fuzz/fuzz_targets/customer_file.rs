//! Any bytes as a customer file: reading never panics, and a file that reads
//! is rendered back byte for byte by the format-preserving editor when
//! nothing changes, and stays readable after an appended interaction.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use rapport::book::document::CustomerDoc;
use rapport::model::customer::Interaction;
use rapport::model::parse::parse_customer;
use rapport::model::{Schema, When};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let schema = Schema::default();
    let parsed = parse_customer(text, Path::new("customers/x.toml"), Some(&schema));
    for d in &parsed.diagnostics {
        let _ = d.render();
    }
    if parsed.customer.is_none() {
        return;
    }
    let Ok(mut doc) = CustomerDoc::parse(text) else {
        return;
    };
    // An unchanged document renders as read, up to line endings and a final
    // newline (rapport never writes an unchanged document anyway).
    let normal = |s: &str| s.replace("\r\n", "\n").trim_end_matches('\n').to_string();
    let rendered = doc.render();
    assert_eq!(normal(&rendered), normal(text));
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    doc.append_interaction(&Interaction::new(When::Date(day), "call"));
    let after = doc.render();
    let reread = parse_customer(&after, Path::new("customers/x.toml"), None);
    assert!(
        reread.customer.is_some(),
        "appending keeps the file readable:\n{after}"
    );
    let n = parsed.customer.unwrap().interactions.len();
    assert_eq!(reread.customer.unwrap().interactions.len(), n + 1);
});
