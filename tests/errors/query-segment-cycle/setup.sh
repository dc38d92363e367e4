sed -i 's/^\[segments\]$/[segments]\na = "segment = b and stage = customer"\nb = "revenue > 0 or segment = a"/' rapport.toml
