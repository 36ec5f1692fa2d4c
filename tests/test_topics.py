"""Topics across events: tagging, the topic pages, the topic x capital matrix, the notices
for untagged points, and an editor's correction of a point's topics."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.problems import Problem
from generator.site.links import TOPIC_QUOTES
from generator.site.topics import Taxonomy, Topic, config_problems
from generator.store.site_config import load_config
from tests.conftest import ARCHIVE_SEEDS
from tests.sitecheck import Site
from tests.support import ROOT, SEED, briefgen, make_project

SEEDS = ARCHIVE_SEEDS  # the seeds of the shared archive site (tests.conftest)

TAXONOMY = Taxonomy(
    [
        Topic("sanctions", "Sanctions", ("sanction", "export control")),
        Topic("alliances", "Alliances", ("ally", "alliance")),
        Topic("technology", "Technology", ("AI", "半导体")),
    ]
)


def test_tags_come_from_the_heading_the_label_and_the_text() -> None:
    assert TAXONOMY.tags("Alliance Commitments", None, "Nothing else.") == ["alliances"]
    assert TAXONOMY.tags(None, "Pressure", "Beijing was sanctioned twice.") == ["sanctions"]
    assert TAXONOMY.tags(None, None, "New export controls on AI chips.") == [
        "sanctions",
        "technology",
    ]
    assert TAXONOMY.tags(None, None, "中国的半导体产业") == ["technology"]


def test_tags_are_whole_words() -> None:
    assert TAXONOMY.tags(None, None, "They really said it.") == []  # not "ally", not "AI"
    assert TAXONOMY.tags(None, None, "The allies met.") == []  # "allies" is not "ally" + s
    assert TAXONOMY.tags(None, None, "The ALLY met.") == ["alliances"]


def test_topics_config_errors_name_the_entry() -> None:
    topics = [
        {"id": "Sanctions", "name": "S"},
        {"id": "trade", "name": ""},
        {"id": "trade", "name": "Trade", "words": "tariff"},
        {"id": "beijing", "name": "B", "colour": "red"},
    ]
    assert config_problems(topics, {"beijing"}) == [
        "topic #1: 'id' must be lowercase letters, digits and hyphens",
        "topic #2: 'name' must be a non-empty string",
        "topic #3: duplicate id 'trade'",
        "topic #3: 'words' must be a list of strings",
        "topic #4: id 'beijing' is also a capital's id",
        "topic #4: unknown key(s) colour",
    ]


def test_a_broken_topics_list_stops_the_run_with_the_file_named(tmp_path: Path) -> None:
    config = yaml.safe_load((ROOT / "site_config.yml").read_text(encoding="utf-8"))
    config["topics"] = "sanctions"
    path = tmp_path / "site_config.yml"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    with pytest.raises(Problem) as raised:
        load_config(path)
    assert str(raised.value).endswith("'topics' must be a list")
    assert str(raised.value).startswith(str(path))


@pytest.fixture(scope="module")
def project(archive: Path) -> tuple[Path, Site]:
    return archive, Site(archive / "site")


def theme_pages(root: Path) -> dict[str, dict[str, Any]]:
    """Front matter of every theme page of a published event, by path under content/."""
    drafts = set()
    for page in (root / "content" / "events").glob("*.md"):
        text = page.read_text(encoding="utf-8")
        if "\ndraft: true\n" in text:
            drafts.add(re.search(r'^id: "([^"]+)"', text, re.M).group(1))  # type: ignore[union-attr]
    out = {}
    for page in sorted((root / "content" / "themes").rglob("*.md")):
        if page.name == "index.md":
            continue
        meta = yaml.safe_load(page.read_text(encoding="utf-8").split("---\n")[1])
        if meta["event"] not in drafts:
            out[page.relative_to(root / "content").as_posix()] = meta
    return out


def test_every_point_has_a_topic_or_check_lists_it(project: tuple[Path, Site]) -> None:
    root, _ = project
    untagged = {
        (path, point["anchor"])
        for path, meta in theme_pages(root).items()
        for point in meta["points"]
        if point.get("kind") == "point" and not point["topics"]
    }
    result = briefgen(root, "check")
    assert result.returncode == 0
    notices = {
        (m.group(1), m.group(2))
        for m in re.finditer(r"^content/(\S+?):\d+: notice: point '(p-\d+)'", result.stderr, re.M)
    }
    assert notices == untagged
    assert f"check: {len(untagged)} point(s) without a topic" in result.stderr
    tagged = sum(1 for meta in theme_pages(root).values() for p in meta["points"] if p["topics"])
    assert tagged > 3 * len(untagged)  # the shipped taxonomy names most points


def test_each_topic_page_shows_exactly_the_points_tagged_with_it(
    project: tuple[Path, Site],
) -> None:
    """Every passage a topic page shows is tagged with the topic and voiced by the capital
    it is shown under; each capital's count is the model's; the latest are quoted."""
    root, site = project
    themes = theme_pages(root)
    topics = {t for meta in themes.values() for p in meta["points"] for t in p["topics"]}
    assert len(topics) >= 8
    for topic in topics:
        article = site.soups[f"topics/{topic}/index.html"].select_one("article")
        assert article is not None
        expected: Counter[str] = Counter()
        tagged: dict[str, set[tuple[str, str]]] = {}
        for path, meta in themes.items():
            for point in meta["points"]:
                if topic in point["topics"]:
                    for voice in point["voiced_by"] or ["no-capital"]:
                        expected[voice] += 1
                        tagged.setdefault(voice, set()).add(
                            (path.removesuffix(".md"), point["anchor"])
                        )
        shown: Counter[str] = Counter()
        for heading in article.select("h2[id]"):
            group = str(heading.get("id"))
            count = re.search(r"\((\d+)\)", heading.get_text())
            assert count is not None
            shown[group] = int(count.group(1))
            quoted = 0
            for sibling in heading.find_next_siblings():
                if sibling.name == "h2":
                    break
                links = sibling.select("li > a") if sibling.name == "ul" else []
                for link in [a for a in links if "#p-" in str(a.get("href"))]:
                    theme, anchor = str(link.get("href")).split("#")
                    assert (theme.removeprefix("../../").rstrip("/"), anchor) in tagged[group]
                    quoted += 1
            assert 1 <= quoted <= min(TOPIC_QUOTES, expected[group]), (topic, group)
        assert shown == expected, topic


def test_matrix_cells_count_what_each_capital_voiced_on_each_topic(
    project: tuple[Path, Site],
) -> None:
    root, site = project
    counts: Counter[tuple[str, str]] = Counter()
    for meta in theme_pages(root).values():
        for point in meta["points"]:
            for topic in point["topics"]:
                for capital in point["voiced_by"]:
                    counts[(topic, capital)] += 1
    table = site.soups["matrix/index.html"].select_one("article table")
    assert table is not None
    header = [th.get_text(strip=True) for th in table.select("thead th")][1:]
    capitals = {c.get_text(strip=True): str(c.get("href")) for c in table.select("thead th a")}
    checked = 0
    for row in table.select("tbody tr"):
        cells = row.select("td")
        topic = str(cells[0].select_one("a").get("href")).split("/")[-2]  # type: ignore[union-attr]
        for name, cell in zip(header, cells[1:], strict=True):
            capital = capitals[name].rstrip("/").split("/")[-1]
            expected = counts[(topic, capital)]
            assert cell.get_text(strip=True) == (str(expected) if expected else "–")
            link = cell.select_one("a")
            if expected:
                assert link is not None and str(link.get("href")).endswith(f"#{capital}")
                checked += 1
    assert checked > 20
    assert site.broken_links() == []  # every cell lands on its capital's part of a topic


def test_an_editor_retags_a_point(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p", [SEED])
    assert briefgen(root, "ingest").returncode == 0
    theme = next((root / "content" / "themes").rglob("03-opportunities-*.md"))
    text = theme.read_text(encoding="utf-8")
    meta = yaml.safe_load(text.split("---\n")[1])
    point = next(p for p in meta["points"] if p["label"] == "Contingency Planning")
    assert "human-rights" not in point["topics"]
    anchor = f'anchor: "{point["anchor"]}"'
    start = text.index("  topics:\n", text.index(anchor))
    end = text.index("  lines:\n", start)
    text = text[:start] + '  topics:\n  - "human-rights"\n' + text[end:]
    theme.write_text(text, encoding="utf-8")
    result = briefgen(root, "ingest")
    assert result.returncode == 0, result.stdout + result.stderr
    page = (root / "content" / "topics" / "human-rights.md").read_text(encoding="utf-8")
    assert "Contingency Planning" in page
    assert briefgen(root, "check").returncode == 0
    # a topic the taxonomy does not have is an error naming the page
    theme.write_text(
        theme.read_text(encoding="utf-8").replace('- "human-rights"', '- "astrology"', 1),
        encoding="utf-8",
    )
    result = briefgen(root, "check")
    assert result.returncode == 1
    assert "topics: unknown topic 'astrology' (the topics are listed in site_config.yml)" in (
        result.stdout
    )


_SITE_TOPICS = Taxonomy(
    [
        Topic(str(e["id"]), str(e["name"]), tuple(str(w) for w in e.get("words") or ()))
        for e in load_config(ROOT / "site_config.yml")["topics"]
    ]
)
_WORDS = [w for t in _SITE_TOPICS.topics for w in t.words]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_WORDS).map(lambda w: st.sampled_from([w, w.upper(), w.title()])),
            st.just(st.sampled_from(["ſanctions", "KOREA", "nuclearised", "-trade-", "é"])),
            st.just(st.text(max_size=12)),
        ).flatmap(lambda s: s),
        max_size=8,
    )
)
def test_tags_equal_every_topic_pattern_run_on_the_text(parts: list[str]) -> None:
    """The quick look for a word first never drops a topic its pattern would find."""
    text = " ".join(parts)
    expected = [topic for topic, pattern, _ in _SITE_TOPICS._patterns if pattern.search(text)]
    assert _SITE_TOPICS.tags(text) == expected
