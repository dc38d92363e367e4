# Messages on stderr: errors, warnings and notes of import/export and the commands.
