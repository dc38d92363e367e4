git init -q . && git add rapport.toml && git commit -qm init
