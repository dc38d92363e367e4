ln -s ../profile .gitattributes
