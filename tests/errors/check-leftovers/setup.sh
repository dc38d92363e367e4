mkdir -p .rapport/tmp && echo 'name = "half"' > .rapport/tmp/.tmp-x1y2z3.toml
