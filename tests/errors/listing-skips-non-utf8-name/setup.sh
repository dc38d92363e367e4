printf 'name = "Café"\n' > "customers/caf$(printf '\351').toml"
