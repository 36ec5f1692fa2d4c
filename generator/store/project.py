"""The project on disk: seeds in, content/ out, and the checks that keep them in step.

This is the only module (with ``pagefile.write_atomic``) that touches the file system
for pages. ``Project.plan`` reads and parses everything once and computes what
``content/`` should hold; ``apply`` writes it without ever overwriting an editor's
change; ``problems`` reports everything wrong with a plan, in memory, in one pass.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from generator.parse.capitals import Gazetteer
from generator.problems import Problem, in_order
from generator.site.limits import check_limits
from generator.site.listings import members
from generator.site.pages import (
    SOURCES_DIR,
    TOPIC,
    EventSource,
    build_site,
    listing_page,
    source_path,
    topic_page,
)
from generator.site.paths import name_problem, shown_name
from generator.site.people import People, identity_key
from generator.site.schema import schema_text
from generator.store import cache
from generator.store.merge import has_base, merge, with_zone_base
from generator.store.pagefile import (
    Page,
    dumps,
    edited_by_hand,
    fill_zones,
    is_generated,
    keep_comments,
    loads,
    write_atomic,
)
from generator.store.published import RECORD, record_text, recorded, vanished
from generator.store.site_config import CONFIG_NAME, SiteConfig, site_config_for
from generator.store.site_settings import MKDOCS_CONFIG, settings_for

CONTENT = "content"
SEEDS = "seeds"

TEMPORARY = re.compile(r"^\..+\.tmp$")
"""Temporary files of an interrupted write (``pagefile.write_atomic``)."""


MAX_PAGE_BYTES = 4_000_000
"""Largest page file read from content/ (a generated page of a seed at its limits is
well below)."""


@dataclass
class Plan:
    """What content/ should hold, and what stands in the way."""

    texts: dict[str, str]
    """The file text of every page that briefgen writes, by path under content/."""
    sources: dict[str, bytes]
    """Files published as they are (seed copies, the JSON Schema), by path."""
    pages: dict[str, Page] = field(default_factory=dict)
    """Every page content/ holds once the plan is applied (written, kept and hand-written)."""
    kept: list[str] = field(default_factory=list)
    """Generated paths left alone because an editor changed them."""
    blocked: list[str] = field(default_factory=list)
    """Generated paths where a hand-written page stands."""
    orphans: list[str] = field(default_factory=list)
    unresolved: list[Problem] = field(default_factory=list)
    page_errors: list[Problem] = field(default_factory=list)
    existing: dict[str, Page] = field(default_factory=dict)
    """The pages content/ held when the plan was made."""
    events: list[EventSource] = field(default_factory=list)
    collisions: list[str] = field(default_factory=list)
    """New events whose URL another event already holds (they get a suffix)."""
    overrides: list[tuple[str, list[str]]] = field(default_factory=list)
    """Generated pages with front-matter values an editor newly changed (kept)."""
    upstream: list[str] = field(default_factory=list)
    """Edited pages whose seed text changed since the edit (the editor's body is kept)."""
    published_before: set[str] = field(default_factory=set)
    """Pages recorded as published by earlier runs (``content/.published.txt``)."""
    zone_edits: list[Problem] = field(default_factory=list)
    """Text written inside a generated zone (those pages are not rewritten)."""
    untagged: list[Problem] = field(default_factory=list)
    """Points of published events that no topic names (notices, not errors)."""
    removals: list[str] = field(default_factory=list)
    """Derived files no page calls for any more (unedited listing pages, calendars of
    gone events): ingest deletes them, check reports them."""
    lookalikes: list[Problem] = field(default_factory=list)
    """People whose name is not another's but gives the same address (warnings)."""
    held: list[Problem] = field(default_factory=list)
    """Edited person pages whose name or bio a seed would change (warnings; kept)."""


class Project:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.content = root / CONTENT
        self.seeds_dir = root / SEEDS

    def _point_line(self, plan: Plan, problem: Problem) -> int | None:
        """The line of the point a problem names (``point 'p-3'``) in its page file."""
        anchor = re.search(r"point '(p-\d{1,4})'", problem.message)
        text = plan.texts.get(problem.path)
        if text is None:
            try:
                text = (self.content / problem.path).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                text = ""
        if anchor:
            needle = f'anchor: "{anchor.group(1)}"'
            for number, line in enumerate(text.splitlines(), start=1):
                if needle in line:
                    return number
        return problem.line

    def config(self) -> SiteConfig:
        return site_config_for(self.root / CONFIG_NAME)

    def gazetteer(self) -> Gazetteer:
        return self.config().gazetteer

    def seed_files(self) -> list[Path]:
        """The seeds, in name order; raise a ``Problem`` for a symlink or a refused name."""
        if self.seeds_dir.is_symlink():
            raise Problem(SEEDS, None, "is a symbolic link; seeds/ must be a real folder")
        if not self.seeds_dir.is_dir():
            return []
        seeds = []
        for path in sorted(self.seeds_dir.iterdir()):
            shown = f"{SEEDS}/{shown_name(path.name)}"
            if path.is_symlink():
                raise Problem(shown, None, "is a symbolic link; copy the file into seeds/")
            if not (path.is_file() and path.suffix == ".txt"):
                continue
            problem = name_problem(path.name)
            if problem:
                raise Problem(shown, None, problem)
            seeds.append(path)
        return seeds

    def relative(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return str(path)

    def parse_seeds(self, files: Iterable[Path]) -> list[EventSource]:
        """Parse seeds; raise the first ``Problem`` (nothing is written after one)."""
        # The parser and the checks are imported where they run, so that the commands
        # that find nothing to do (a replayed build, MkDocs' plugin) start quickly.
        from generator.parse.body import parse
        from generator.parse.source import read_source

        gz = self.gazetteer()
        config = self.root / CONFIG_NAME
        gazetteer_digest = cache.tree_digest(config, base=self.root)
        events = []
        stored = False
        for path in files:
            name = self.relative(path)
            text = read_source(path, name)
            key = cache.parse_key(name, text.encode("utf-8", "surrogateescape"), gazetteer_digest)
            event = cache.load_parsed(key)
            if event is None:
                event = parse(text, source=name, gazetteer=gz)
                cache.store_parsed(key, event)
                stored = True
            check_limits(event, name)
            events.append(EventSource(event, name, text=text))
        if stored:
            cache.prune_parsed()
        return events

    def content_files(self) -> tuple[list[Path], list[Problem]]:
        """Every page file under content/, and a problem for each symlink, refused name
        and leftover temporary file (symlinks are never followed)."""
        if self.content.is_symlink():
            return [], [Problem(CONTENT, None, "is a symbolic link; content/ must be a folder")]
        files: list[Path] = []
        problems: list[Problem] = []
        if not self.content.is_dir():
            return files, problems
        for folder, dirs, names in os.walk(self.content, followlinks=False):
            base = Path(folder)
            for name in sorted(dirs + names):
                path = base / name
                shown = f"{CONTENT}/{shown_name(path.relative_to(self.content).as_posix())}"
                if path.is_symlink():
                    problems.append(
                        Problem(shown, None, "is a symbolic link; replace it with the file itself")
                    )
                elif TEMPORARY.match(name):
                    problems.append(
                        Problem(shown, None, "leftover of an interrupted write; delete it")
                    )
                elif name in names and name.endswith(".md"):
                    problem = name_problem(name)
                    if problem:
                        problems.append(Problem(shown, None, problem))
                    else:
                        files.append(path)
                elif name in dirs and name_problem(name):
                    problems.append(Problem(shown, None, f"folder {name_problem(name)}"))
            dirs[:] = sorted(d for d in dirs if not (base / d).is_symlink())
        return sorted(files), problems

    def recorded_slugs(
        self, existing: Mapping[str, Page], seeds: list[Path]
    ) -> tuple[dict[str, str], dict[str, str]]:
        """seed -> the slug its event was published under, read from content/. A seed
        that was renamed (its bytes equal the published copy of a seed that is gone)
        keeps its event's slug and its published copy (the second mapping)."""
        recorded: dict[str, str] = {}
        copies: dict[str, str] = {}
        by_copy: dict[str, str] = {}
        for path, page in existing.items():
            generated = page.meta.get("generated")
            if page.meta.get("type") != "event" or not isinstance(generated, dict):
                continue
            slug = path.removeprefix("events/").removesuffix(".md")
            source = page.meta.get("source")
            for seed in generated.get("sources") or []:
                recorded.setdefault(str(seed), slug)
                if isinstance(source, str):
                    copies.setdefault(str(seed), source)
            if isinstance(source, str):
                by_copy[source] = slug
        names = {self.relative(p) for p in seeds}
        claimed = {copies[s] for s in names if s in copies}
        gone = {source: slug for source, slug in by_copy.items() if source not in claimed}
        for seed in seeds:
            name = self.relative(seed)
            if name in recorded or not gone:
                continue
            data = seed.read_bytes()
            for source, slug in sorted(gone.items()):
                copy = self.content / source
                if copy.is_file() and not copy.is_symlink() and copy.read_bytes() == data:
                    recorded[name] = slug
                    copies[name] = source
                    break
        return recorded, copies

    @staticmethod
    def recorded_people(existing: Mapping[str, Page]) -> dict[str, str]:
        """identity key -> the slug of the generated people page that holds that name (its
        ``name`` and every spelling under ``names``), read from content/."""
        recorded: dict[str, str] = {}
        for path, page in sorted(existing.items()):
            if page.meta.get("type") != "person" or not isinstance(
                page.meta.get("generated"), dict
            ):
                continue
            slug = path.removeprefix("people/").removesuffix(".md")
            names = page.meta.get("names")
            for name in [page.meta.get("name"), *(names if isinstance(names, list) else [])]:
                key = identity_key(name) if isinstance(name, str) else ""
                if key:
                    recorded.setdefault(key, slug)
        return recorded

    def load_content(self) -> tuple[dict[str, Page], list[Problem]]:
        pages: dict[str, Page] = {}
        known = cache.FrontMatterStore(self.root)
        paths, errors = self.content_files()
        for path in paths:
            rel_path = path.relative_to(self.content).as_posix()
            shown = f"{CONTENT}/{rel_path}"
            if path.stat().st_size > MAX_PAGE_BYTES:
                errors.append(Problem(shown, None, f"page is larger than {MAX_PAGE_BYTES:,} bytes"))
                continue
            try:
                text = path.read_text(encoding="utf-8")
            except (UnicodeDecodeError, OSError) as exc:
                errors.append(Problem(shown, 1, f"cannot read page ({exc})"))
                continue
            try:
                page = loads(text, shown, known)
            except Problem as exc:
                errors.append(exc)
                continue
            page.path = rel_path
            pages[rel_path] = page
        known.save()
        return pages, errors

    def plan(
        self,
        only: Sequence[str] | None = None,
        force: Iterable[str] = (),
        keep: Iterable[str] = (),
    ) -> Plan:
        """Compute content/ from the seeds and the editors' pages, parsing each seed once.
        Pure apart from reading."""
        from generator.site.exports import exports
        from generator.site.links import link
        from generator.site.validate import valid_meta, validate_pages

        seeds = self.seed_files()
        sources = self.parse_seeds(seeds)
        config = self.config()
        existing, errors = self.load_content()
        slugs, copies = self.recorded_slugs(existing, seeds)
        sources = [EventSource(s.event, s.seed, copies.get(s.seed), s.text) for s in sources]
        people = People(config.people, self.recorded_people(existing))
        built = build_site(sources, config.gazetteer, slugs, config.taxonomy, people)
        generated = built.pages
        broken = {e.path.removeprefix(f"{CONTENT}/") for e in errors}
        forced = {f.removeprefix(f"{CONTENT}/") for f in force}
        keeping = {f.removeprefix(f"{CONTENT}/") for f in keep}
        for page, line, message in validate_pages(generated.values()):
            # a generated page that check would reject is never written
            raise Problem(f"{CONTENT}/{page.path}", line, f"generated page refused: {message}")
        selected = None if not only else set(only)
        plan = Plan({}, {}, page_errors=errors, existing=existing, events=sources)
        plan.collisions = [
            f"{seed}: events/{wanted}.md belongs to another event; this one is published "
            f"at events/{got}.md"
            for seed, (wanted, got) in sorted(built.collisions.items())
        ]
        plan.lookalikes = built.lookalikes
        final: dict[str, Page] = dict(existing)

        def place(path: str, page: Page) -> None:
            old = existing.get(path)
            if path in broken and path not in forced:
                plan.kept.append(path)
                return
            if old is not None and not is_generated(old):
                plan.blocked.append(path)
                return
            if old is not None and path not in forced and has_base(old):
                guarded = _GUARDED.get(str(page.meta["type"]), ())
                merged = merge(old, page, keep_body=path in keeping, guarded=guarded)
                if merged.page is None:
                    plan.kept.append(path)
                    plan.zone_edits += [
                        Problem(
                            f"{CONTENT}/{path}", line,
                            f"text inside the generated zone '{zone}' was changed; it is "
                            f"rewritten on every run, so write it outside the "
                            f"<!-- briefgen:{zone} --> markers (this page was not rewritten)",
                        )
                        for zone, line in merged.zone_edits
                    ]  # fmt: skip
                    return
                page = merged.page
                if merged.held and path not in keeping:
                    plan.held.append(_held(path, old, page, merged.held, built.givers))
                if merged.new_overrides:
                    plan.overrides.append((path, merged.new_overrides))
                if merged.upstream_changed:
                    plan.upstream.append(path)
            elif old is not None and path not in forced and edited_by_hand(old):
                plan.kept.append(path)  # written before bases were recorded
                return
            if (
                old is not None
                and selected is not None
                and page.meta["type"] in ("event", "theme", "source")
                and not selected & set(page.meta["generated"]["sources"])
            ):
                return
            final[path] = page

        for path, page in list(generated.items()):
            place(path, page)
        # pages no seed produces any more are on their way out: they call for no topic
        # page and belong to no list
        leaving = {p for p, page in existing.items() if is_generated(page) and p not in generated}
        # topics an editor gave a point in front matter get their page too
        used = {
            t
            for path, page in final.items()
            if path not in leaving
            and page.meta.get("type") == "theme"
            and isinstance(page.meta.get("points"), list)
            for point in page.meta["points"]
            if isinstance(point, dict) and isinstance(point.get("topics"), list)
            for t in point["topics"]
        }
        every_seed = sorted(s.seed for s in sources)
        for topic in config.taxonomy.topics:
            path = TOPIC.path(topic.id)
            if topic.id in used and path not in generated:
                generated[path] = topic_page(topic, every_seed or [CONFIG_NAME])
                place(path, generated[path])
        # the filtered lists the pages call for, a page per PAGE_SIZE entries
        checked = {
            path: Page(page.path, valid_meta(page.meta), page.body)
            for path, page in final.items()
            if path not in leaving
        }
        for listing in members(checked).values():
            name = _listing_name(listing.kind, listing.value, checked)
            for number in range(1, listing.pages + 1):
                page = listing_page(listing, number, name, every_seed)
                generated[page.path] = page
                place(page.path, page)
        for path, page in existing.items():
            if is_generated(page) and path not in generated:
                if page.meta.get("type") in DERIVED and errors:
                    continue  # made from pages that cannot be read now: decided once fixed
                if page.meta.get("type") in DERIVED and not edited_by_hand(page):
                    plan.removals.append(path)  # derived, unedited: nothing to lose
                    final.pop(path, None)
                else:
                    plan.orphans.append(path)
        settings = settings_for(self.root)
        result = link(final, settings.url)
        plan.unresolved = [
            Problem(f"{CONTENT}/{u.path}", u.line, u.message) for u in result.unresolved
        ]
        untouchable = set(plan.kept) | set(plan.blocked)
        for path, page in sorted(final.items()):
            if path in generated and path not in untouchable:
                zones = result.zones.get(path)
                filled = fill_zones(page.body, zones) if zones is not None else page.body
                page = with_zone_base(
                    Page(page.path, page.meta, filled, page.meta_lines, page.front_text)
                )
                text = dumps(page)
                old = existing.get(path)
                plan.texts[path] = keep_comments(old.front_text, text) if old else text
            plan.pages[path] = page  # editors' pages and kept pages are never rewritten
        plan.untagged = [
            Problem(f"{CONTENT}/{u.path}", self._point_line(plan, u), u.message)
            for u in result.untagged
        ]
        for seed in seeds:
            name = self.relative(seed)
            plan.sources[copies.get(name, f"{SOURCES_DIR}/{seed.name}")] = seed.read_bytes()
        plan.sources["editors/front-matter.schema.json"] = schema_text().encode("utf-8")
        kept = {path: page for path, page in result.checked.items() if path not in plan.orphans}
        plan.sources.update(
            exports(kept, result.counts, settings.url, settings.name, settings.description)
        )
        events = self.content / "events"
        if events.is_dir():
            for calendar in sorted(events.glob("*.ics")):
                path = f"events/{calendar.name}"
                event_page = path.removesuffix(".ics") + ".md"
                gone = path not in plan.sources and event_page not in plan.pages
                if gone and not calendar.is_symlink():  # its event page is gone
                    plan.removals.append(path)
        plan.published_before = recorded(self.content)
        plan.sources[RECORD] = record_text(plan.published_before, set(plan.pages))
        published = self.content / SOURCES_DIR
        if published.is_dir():
            for copy in sorted(published.glob("*.txt")):
                path = f"{SOURCES_DIR}/{copy.name}"
                if path not in plan.sources:
                    plan.orphans.append(path)
        return plan


def _list_of(value: object) -> list[object]:
    return value if isinstance(value, list) else []


_GUARDED = {"person": ("title", "name", "description", "bios")}
"""Keys a seed may not change on a page an editor changed (``merge``): who a person is."""


def _held(
    path: str, old: Page, new: Page, keys: list[str], givers: Mapping[str, Mapping[str, list[str]]]
) -> Problem:
    """The warning for an edited person page whose name or bio a seed would change."""
    given = givers.get(path, {})
    seeds: list[str] = []
    if {"title", "name"} & set(keys):
        seeds += given.get("", [])
    if "bios" in keys or keys == ["description"]:
        before = _list_of(old.meta.get("bios"))
        for bio, from_seeds in given.items():
            if bio and bio not in before:
                seeds += from_seeds
    seeds = sorted(set(seeds)) or sorted(new.meta["generated"]["sources"])
    what = (
        " and ".join(
            w for w, ks in (("name", {"title", "name"}), ("bio", {"bios"})) if ks & set(keys)
        )
        or "description"
    )
    shown = f"{CONTENT}/{path}"
    return Problem(
        shown, None,
        f"{', '.join(seeds)} would change the {what} an editor wrote; the editor's page is "
        f"kept. Take the seed's with 'briefgen ingest --force {shown}' or keep yours with "
        f"'briefgen ingest --keep {shown}'",
    )  # fmt: skip


def _listing_name(kind: str, value: str, pages: Mapping[str, Page]) -> str:
    """What a filtered list is filtered by, as readers see it."""
    if kind in ("capital", "topic", "institution"):
        page_type = "topic" if kind == "topic" else "capital"
        for page in pages.values():
            if page.meta.get("id") == f"{page_type}:{value}":
                return str(page.meta.get("title") or value)
    if kind == "role":
        return f"{value}s"
    if kind == "initial":
        return value.upper() if len(value) == 1 else value
    return value


DERIVED = ("listing",)
"""Page types made from other pages only: once unused and unedited, ingest removes them."""


@dataclass
class IngestReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0


def apply(project: Project, plan: Plan) -> IngestReport:
    """Write the plan's pages and source copies; only files whose bytes change are written."""
    report = IngestReport()
    files = {path: text.encode("utf-8") for path, text in plan.texts.items()}
    files.update(plan.sources)
    for path, data in sorted(files.items()):
        target = project.content / path
        shown = f"{CONTENT}/{path}"
        _refuse_links(project, target, shown)
        if target.exists():
            if target.read_bytes() == data:
                report.unchanged += 1
                continue
            report.updated.append(shown)
        else:
            report.created.append(shown)
        try:
            write_atomic(target, data)
        except OSError as exc:
            raise Problem(shown, None, f"cannot write ({exc.strerror or exc})") from None
    for path in sorted(plan.removals):
        target = project.content / path
        shown = f"{CONTENT}/{path}"
        _refuse_links(project, target, shown)
        try:
            target.unlink(missing_ok=True)
        except OSError as exc:
            raise Problem(shown, None, f"cannot remove ({exc.strerror or exc})") from None
        report.removed.append(shown)
    return report


def _refuse_links(project: Project, target: Path, shown: str) -> None:
    """Raise a ``Problem`` when writing ``target`` would go through a symlink."""
    here = target
    while here != project.root and here != here.parent:
        if here.is_symlink():
            raise Problem(shown, None, "would be written through a symbolic link; refused")
        here = here.parent


def remove_temporaries(project: Project) -> list[str]:
    """Delete leftovers of interrupted writes in content/; return what was removed."""
    removed = []
    for problem in project.content_files()[1]:
        path = project.root / problem.path
        if TEMPORARY.match(path.name) and path.is_file() and not path.is_symlink():
            path.unlink()
            removed.append(problem.path)
    return removed


def problems(project: Project, plan: Plan, applied: bool = False) -> list[Problem]:
    """Every problem with the plan's pages, in one pass and in memory.

    ``applied``: the plan was just written, so content/ holds ``plan.pages`` and is in
    step with seeds/ by construction; otherwise the files on disk are compared with it.
    """
    from generator.site.validate import validate_pages

    found: list[Problem] = []
    pages = plan.pages if applied else plan.existing
    found += [
        Problem(f"{CONTENT}/{p.path}", line, message)
        for p, line, message in validate_pages(pages.values())
    ]
    found += plan.unresolved
    found += plan.zone_edits
    found += vanished(project.root, plan.published_before, set(pages))
    for path in plan.orphans:
        if path in plan.existing:
            sources = ", ".join(plan.existing[path].meta["generated"].get("sources") or [])
            origin = f"generated from {sources or 'a seed'}, which no longer produces it"
        else:
            origin = f"a copy of {SEEDS}/{path.removeprefix(SOURCES_DIR + '/')}, which is gone"
        found.append(
            Problem(
                f"{CONTENT}/{path}", 1,
                f"orphan: {origin}; delete the file or restore the seed",
            )
        )  # fmt: skip
    if not applied:
        found += [
            Problem(f"{CONTENT}/{path}", None, "no longer part of the site: run 'briefgen "
                    "ingest' to remove it")
            for path in plan.removals
        ]  # fmt: skip
    for path in plan.blocked:
        found.append(
            Problem(f"{CONTENT}/{path}", 1, "hand-written page stands where a generated page goes")
        )
    if not applied:
        stale = _out_of_sync(project, plan)
        if stale and (plan.page_errors or found):
            # with broken pages the plan is not what content/ will be: say it once
            stale = [
                Problem(
                    CONTENT, None,
                    f"{len(stale)} generated file(s) out of step, some because of the "
                    "problems above; fix those, then run 'briefgen ingest'",
                )
            ]  # fmt: skip
        found += stale
    return causes_first(project, plan.page_errors, found)


_ID_LINE = re.compile(r"^id:\s*[\"']?([a-z]+:[^\"'\s]+)", re.M)


def causes_first(project: Project, unreadable: list[Problem], rest: list[Problem]) -> list[Problem]:
    """Unreadable pages first; the problems they cause (references to the ids they hold)
    folded into them as "and N more caused by this"."""
    causes: list[Problem] = []
    rest = in_order(rest)
    for error in in_order(unreadable):
        ids: list[str] = []
        with contextlib.suppress(OSError, UnicodeDecodeError):
            ids = _ID_LINE.findall((project.root / error.path).read_text(encoding="utf-8"))
        marks = [f"'{i}'" for i in ids] + [
            f"capital '{i.removeprefix('capital:')}'" for i in ids if i.startswith("capital:")
        ]
        caused = [p for p in rest if any(mark in p.message for mark in marks)]
        rest = [p for p in rest if p not in caused]
        more = f" (and {len(caused)} more caused by this)" if caused else ""
        causes.append(Problem(error.path, error.line, error.message + more))
    return causes + rest


def _out_of_sync(project: Project, plan: Plan) -> list[Problem]:
    found = []
    for path, text in sorted(plan.texts.items()):
        if path in plan.kept or path in plan.blocked:
            continue
        target = project.content / path
        shown = f"{CONTENT}/{path}"
        if not target.exists():
            found.append(Problem(shown, None, "missing: run 'briefgen ingest' to generate it"))
        elif target.read_bytes() != text.encode("utf-8"):
            found.append(Problem(shown, 1, "out of sync with seeds/: run 'briefgen ingest'"))
    for path, data in sorted(plan.sources.items()):
        target = project.content / path
        if path == RECORD:
            continue  # a record of what was published, not a copy of anything
        if not target.exists() or target.read_bytes() != data:
            found.append(
                Problem(
                    f"{CONTENT}/{path}", None, "published copy out of sync: run 'briefgen ingest'"
                )
            )
    return found


def drafts(plan: Plan) -> list[Problem]:
    """Draft events (not published), each with what its editor has to supply."""
    found = []
    for path, page in sorted(plan.pages.items()):
        if page.meta.get("type") != "event" or page.meta.get("draft") is not True:
            continue
        lacks = [k for k in ("title", "date") if not _supplied(plan, path, k)]
        what = " and ".join(lacks) or "nothing more"
        found.append(
            Problem(
                f"{CONTENT}/{path}", page.meta_lines.get("draft"),
                f"draft, not published: its seed gives no {what}; write "
                f"{' and '.join(f'{k}:' for k in lacks) or 'nothing'} in this front matter, "
                "then set draft: false" if lacks else "draft, not published: set draft: false "
                "to publish it",
            )
        )  # fmt: skip
    return found


def _supplied(plan: Plan, path: str, key: str) -> bool:
    """Whether the event at ``path`` has ``key`` from its seed or from an editor."""
    page = plan.pages[path]
    generated = page.meta.get("generated")
    overrides = generated.get("overrides") if isinstance(generated, dict) else None
    if isinstance(overrides, list) and key in overrides:
        return True
    source = next(
        (s for s in plan.events if page.meta.get("source") == (s.copy or source_path(s.seed))),
        None,
    )
    if source is None:
        return bool(page.meta.get(key))
    return (source.event.title if key == "title" else source.event.date) is not None


@dataclass
class CheckResult:
    problems: list[Problem]
    pages: int
    """How many pages were read."""
    upstream: list[str] = field(default_factory=list)
    """Edited pages whose seed text changed since (warnings)."""
    drafts: list[Problem] = field(default_factory=list)
    """Draft events, not published (warnings)."""
    people: list[Problem] = field(default_factory=list)
    """Look-alike names and seeds that would change an edited person page (warnings)."""
    untagged: list[Problem] = field(default_factory=list)
    """Points no topic names (notices)."""


def check(project: Project) -> CheckResult:
    """Every problem in content/ (and its sync with seeds/), planned once."""
    try:
        plan = project.plan()
    except Problem as exc:
        return CheckResult([exc], 0)
    return CheckResult(
        problems(project, plan),
        len(plan.existing),
        plan.upstream,
        drafts(plan),
        in_order(plan.held + plan.lookalikes),
        plan.untagged,
    )


def inputs_digest(project: Project) -> str:
    """Digest of everything ``ingest`` and ``check`` read: seeds/, content/, the site's
    two configuration files, and the generator's code and libraries."""
    root = project.root
    files = cache.tree_digest(
        project.seeds_dir,
        project.content,
        root / CONFIG_NAME,
        root / MKDOCS_CONFIG,
        base=root,
    )
    return cache.code_version() + ":" + files


def passed_check(project: Project, digest: str) -> bool:
    """Whether content/ with the inputs of ``digest`` was checked and found clean: by
    ``check``, or in memory as written by ``ingest`` or ``build`` (``settled``)."""
    return _passed(cache.load_state(project.root), digest)


def settled(project: Project, digest: str) -> bool:
    """Whether content/ with the inputs of ``digest`` is exactly what ``ingest`` writes
    (a run would write nothing) and was found clean."""
    state = cache.load_state(project.root)
    return state.get("settled") == digest and _passed(state, digest)


def _passed(state: Mapping[str, object], digest: str) -> bool:
    record = state.get("check")
    if isinstance(record, dict) and record.get("digest") == digest:
        return bool(record.get("status") == 0)
    return bool(state.get("settled") == digest)


def record_settled(project: Project, digest: str) -> None:
    """Remember that content/ with these inputs is what ``ingest`` writes, checked clean."""
    cache.save_state(project.root, {"settled": digest})
