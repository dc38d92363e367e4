ln -s /etc/passwd customers/passwd.toml
