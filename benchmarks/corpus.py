"""A synthetic archive for benchmarks: N distinct, realistic event texts, deterministic by
seed. Each event has 1-4 themes of 2-6 points, 3-10 people drawn from a recurring pool,
capitals and topics mixed, a date within 20 years, and one of several page shapes."""

from __future__ import annotations

import random
from pathlib import Path

CAPITALS = [("Beijing", "Chinese"), ("Washington", "U.S."), ("Seoul", "South Korean"),
            ("Tokyo", "Japanese"), ("Pyongyang", "North Korean"), ("Moscow", "Russian"),
            ("New Delhi", "Indian"), ("Brussels", "European")]  # fmt: skip
TOPICS = ["sanctions", "alliances", "maritime security", "trade", "denuclearisation",
          "crisis communication", "export controls", "energy security", "climate finance",
          "human rights", "supply chains", "cyber norms"]  # fmt: skip
HEADINGS = ["Outlook for {t}", "{T} and Regional Order", "Rethinking {t}", "The Politics of {t}",
            "{T} after the Summit", "Managing {t}"]  # fmt: skip
FIRST = ["Ada", "Li", "Jon", "Mina", "Omar", "Sara", "Ken", "Hana", "Ivan", "Priya", "Wei",
         "Lena", "Tomas", "Yuki", "Chen", "Dara", "Eli", "Nora", "Raj", "Sun"]  # fmt: skip
LAST = ["Park", "Wang", "Ruiz", "Sato", "Kim", "Berg", "Okafor", "Liu", "Meyer", "Haddad",
        "Novak", "Ito", "Zhao", "Singh", "Cohen", "Moreau", "Lee", "Petrov", "Silva",
        "Tan"]  # fmt: skip
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip


def _point(rng: random.Random, topic: str) -> str:
    voice, voice_adj = rng.choice(CAPITALS)
    about, _ = rng.choice(CAPITALS)
    label = rng.choice(["Costs", "Signals", "Red Lines", "Channels", "Timing", "Leverage",
                        "Trust", "Rules", "Incentives", "Capacity"])  # fmt: skip
    return (
        f"  • {label}: A {voice_adj} participant said {voice} sees {topic} as a test of "
        f"{about}'s intentions, adding that {rng.randint(2, 9)} years of talks have not "
        f"settled the question of {rng.choice(TOPICS)}."
    )


def event_text(n: int, rng: random.Random, pool: list[str]) -> str:
    year = 2005 + n % 20
    month = MONTHS[rng.randrange(12)]
    day = rng.randint(1, 28)
    place, _ = rng.choice(CAPITALS)
    topic = rng.choice(TOPICS)
    title = rng.choice(HEADINGS).format(t=topic, T=topic.title()) + f" ({n})"
    people = rng.sample(pool, rng.randint(3, 10))
    host = people[0]
    lines = [title, "", f"{month} {day}, {year}" if n % 3 else f"{day} {month} {year}", place, ""]
    if n % 4 == 0:
        lines += ["Speakers:", *[f"{p}, Senior Fellow, Institute {n % 17}" for p in people[:2]], ""]
    lines += [f"Institute {n % 17}'s {host} hosted a roundtable on {topic} with experts from "
              f"{place} and {rng.choice(CAPITALS)[0]}.", ""]  # fmt: skip
    for t in range(rng.randint(1, 4)):
        lines += [
            rng.choice(HEADINGS).format(t=TOPICS[(n + t) % 12], T=TOPICS[(n + t) % 12].title()),
            "",
        ]
        lines += [_point(rng, topic) for _ in range(rng.randint(2, 6))] + [""]
    lines += ["Discussants: " + ", ".join(people[2:] or people), ""]
    return "\n".join(lines)


def write_corpus(folder: Path, count: int, seed: int = 7) -> list[Path]:
    """Write ``count`` seeds into ``folder`` (deterministic for a given seed)."""
    rng = random.Random(seed)
    pool = [f"{first} {last}" for first in FIRST for last in LAST]
    rng.shuffle(pool)
    pool = pool[: max(40, count // 2)]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"event-{n:04d}.txt"
        path.write_text(event_text(n, rng, pool), encoding="utf-8")
        paths.append(path)
    return paths
