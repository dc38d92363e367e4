cat > ../editor.sh <<'EOF'
echo 'owner = "juris"' >> customers/anna.toml
printf 'name = "Anna B."\n' > "$1"
EOF
