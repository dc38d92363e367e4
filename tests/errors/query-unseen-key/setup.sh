mkdir -p customers && printf 'name = "Anna"\nstage = "lead"\n' > customers/anna.toml
