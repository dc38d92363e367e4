# Messages on stderr: errors, warnings and notes of the book, model, query and git layers.
