sed -i 's/^\[segments\]$/[segments]\nvip = "reveune >= 10000"/' rapport.toml
