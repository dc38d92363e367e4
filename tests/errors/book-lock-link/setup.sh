mkdir -p .rapport && ln -s ../../elsewhere-lock .rapport/lock
