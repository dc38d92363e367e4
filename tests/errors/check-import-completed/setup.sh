mkdir -p customers .rapport/tmp
printf 'name = "Anna"\nstage = "customer"\nowner = "petra"\n' > customers/anna.toml
printf 'name = "Juris"\nstage = "lead"\n' > customers/juris.toml
# The import had renamed anna's new file when it was killed; juris's waits.
printf 'name = "Juris"\nstage = "lead"\nowner = "petra"\n' > .rapport/tmp/.tmp-Jq3xZp.toml
printf 'rapport journal 1\n.tmp-Ab12Cd.toml\tcustomers/anna.toml\n.tmp-Jq3xZp.toml\tcustomers/juris.toml\n' > .rapport/journal
