mkdir -p customers
python3 - <<'PY'
import random, datetime
rng = random.Random(7)
start = datetime.date(2025, 1, 1)
for n in range(60):
    day = start + datetime.timedelta(days=rng.randrange(0, 90))
    lines = [f'name = "Customer {n}"\n']
    alive = rng.random()
    mean = rng.lognormvariate(3.5, 0.8)
    while day < datetime.date(2026, 11, 23):
        lines.append(f'\n[[interactions]]\ndate = {day}\nkind = "purchase"\namount = {max(1, rng.gammavariate(4, mean / 4)):.2f}\n')
        if rng.random() > alive:
            break
        day += datetime.timedelta(days=rng.randrange(7, 120))
    open(f"customers/c{n:02}.toml", "w").write("".join(lines))
PY
