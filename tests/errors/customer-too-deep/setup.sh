python3 -c "print('name = \"Anna\"\nx = ' + '{a=' * 100000 + '1' + '}' * 100000)" > customers/anna.toml
