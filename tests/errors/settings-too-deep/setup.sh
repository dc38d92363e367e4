python3 -c "print('x = ' + '[' * 100000 + ']' * 100000)" > rapport.toml
