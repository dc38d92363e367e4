mkdir rapport.toml
