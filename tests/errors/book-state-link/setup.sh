mkdir -p .rapport && ln -s /tmp .rapport/tmp
