//! Any bytes as rapport.toml: reading never panics and every problem renders.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use rapport::book::settings::parse_settings;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        for d in parse_settings(text, Path::new("rapport.toml")).diagnostics {
            let _ = d.render();
        }
    }
});
