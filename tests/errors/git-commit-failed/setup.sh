git init -q . && git add -A && git commit -qm init && printf '#!/bin/sh\necho refused by the pre-commit hook >&2\nexit 1\n' > .git/hooks/pre-commit && chmod +x .git/hooks/pre-commit
