mkdir customers/archive.toml
