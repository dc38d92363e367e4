mkdir -p customers .rapport/tmp
printf 'name = "Anna"\nstage = "lead"\n' > customers/anna.toml
printf 'name = "x"\n' > .rapport/tmp/.tmp-x.toml
printf 'rapport journal 1\n.tmp-x.toml\t../rapport.toml\n' > .rapport/journal
