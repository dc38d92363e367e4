complete --keep-order --exclusive --command rapport --arguments "(COMPLETE=fish rapport -- (commandline --current-process --tokenize --cut-at-cursor) (commandline --current-token))"
