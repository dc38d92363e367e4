ln -s ../nowhere/rapport.toml rapport.toml
