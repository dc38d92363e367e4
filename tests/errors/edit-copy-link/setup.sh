mkdir -p .rapport/edit && ln -s ../../../elsewhere.toml .rapport/edit/anna.toml
