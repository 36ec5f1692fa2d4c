"""The ``briefgen`` command line. Library code raises its own errors; only this module
turns them into one-line messages and exit codes (0 ok, 1 problems in the input, 2 usage).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from generator.problems import EXIT_OK, EXIT_PROBLEMS, Problem
from generator.site.build import run_mkdocs, source_date_epoch
from generator.site.schema import schema_text
from generator.store import cache
from generator.store.project import (
    Plan,
    Project,
    apply,
    causes_first,
    check,
    drafts,
    inputs_digest,
    passed_check,
    problems,
    record_settled,
    remove_temporaries,
)
from generator.store.site_config import CONFIG_NAME, find_root, gazetteer_for
from generator.store.site_settings import settings_for


def _error(message: str) -> None:
    print(f"Error: {message}", file=sys.stderr)


def cmd_parse(args: argparse.Namespace) -> int:
    # The parser is imported where it runs: the other commands start without it.
    from generator.parse.body import parse
    from generator.parse.json_view import event_to_json
    from generator.parse.source import read_source

    path = Path(args.file)
    root = find_root(Path(args.root) if args.root else None, near=path)
    gazetteer = gazetteer_for(root / CONFIG_NAME)
    text = read_source(path)
    event = parse(text, source=path.name, gazetteer=gazetteer)
    data = event_to_json(event, gazetteer)
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        _print_summary(data)
    for item in data["unclassified"]:
        start = item["lines"][0]
        print(f"{path}:{start}: unclassified text kept: {item['text'][:70]}", file=sys.stderr)
    return EXIT_OK


def _print_summary(data: dict[str, object]) -> None:
    sections = data["sections"]
    assert isinstance(sections, list)
    print(f"title:     {data['title']}")
    print(f"date:      {data['date']}")
    print(f"location:  {data['location']}")
    print(f"sections:  {len(sections)} ({sum(len(s['points']) for s in sections)} points)")
    for key in ("speakers", "discussants", "moderators", "unclassified"):
        value = data[key]
        assert isinstance(value, list)
        print(f"{key + ':':<11}{len(value)}")


def _project(args: argparse.Namespace) -> Project:
    return Project(find_root(Path(args.root) if args.root else None))


def _seed_names(project: Project, seeds: Sequence[str]) -> list[str]:
    names = []
    for seed in seeds:
        path = Path(seed)
        resolved = path.resolve()
        if not path.is_file():
            raise Problem(seed, None, "no such file")
        if resolved.parent != project.seeds_dir.resolve():
            raise Problem(seed, None, "seeds must be in the project's seeds/ folder")
        names.append(project.relative(path))
    return names


def _clean(project: Project) -> None:
    for path in remove_temporaries(project):
        print(f"removed   {path} (left by an interrupted write)")


def cmd_ingest(args: argparse.Namespace) -> int:
    project = _project(args)
    if not (args.seeds or args.force or args.keep):
        replayed = _replayed(project, "ingest", inputs_digest(project))
        if replayed is not None:
            return replayed - 1
    _clean(project)
    plan = project.plan(
        only=_seed_names(project, args.seeds), force=args.force or (), keep=args.keep or ()
    )
    return _ingest(project, plan)[0]


def _ingest(project: Project, plan: Plan) -> tuple[int, str | None, list[Problem]]:
    """Write the plan and report it: the exit status; when the run settled content/ (a
    run right after it would write nothing and print the same warnings), the digest of
    the inputs it left, under which that output is remembered; and the problems ``check``
    would find in what was written (checked in memory, remembered when there are none)."""

    if plan.unresolved:
        for problem in causes_first(project, plan.page_errors, plan.unresolved):
            print(problem, file=sys.stderr)
        _error("dangling references; nothing was written")
        return EXIT_PROBLEMS, None, []
    report = apply(project, plan)
    again: list[tuple[int, str]] = []  # what the next run, with nothing changed, prints

    def say(line: object, err: bool = False, repeats: bool = True) -> None:
        print(line, file=sys.stderr if err else sys.stdout)
        if repeats:
            again.append((2 if err else 1, f"{line}\n"))

    for collision in plan.collisions:
        say(f"warning   {collision}")
    for path in report.created:
        say(f"created   {path}", repeats=False)
    for path in report.removed:
        say(f"removed   {path}", repeats=False)
    for path in report.updated:
        say(f"updated   {path}", repeats=False)
    for path, keys in plan.overrides:
        say(
            f"override  content/{path}: {', '.join(keys)} (your value is kept; delete the key "
            "to take the generated one again)",
            repeats=False,
        )
    for path in plan.upstream:
        say(f"warning   {upstream_message(path)}")
    settled = not plan.overrides and not plan.upstream
    for problem in plan.held + plan.lookalikes:
        say(f"warning   {problem}")
    for problem in plan.zone_edits:
        say(problem, err=True)
    for path in plan.kept:
        if any(p.path == f"content/{path}" for p in plan.zone_edits + plan.page_errors):
            continue
        say(
            f"kept      content/{path} (changed by an editor; to take the regenerated page: "
            f"briefgen ingest --force content/{path})"
        )
    for path in plan.blocked:
        say(f"skipped   content/{path} (a hand-written page stands there)")
    for draft in drafts(plan):
        say(f"draft     {draft.path}: {draft.message.split(': ', 1)[1]}")
    for path in plan.orphans:
        say(f"orphan    content/{path} (its seed no longer produces it; see briefgen check)")
    for error in plan.page_errors:
        say(f"unreadable {error}", err=True)
    for source in plan.events:
        for item in source.event.unclassified:
            where = f"{source.seed}:{item.lines.start}"
            say(f"unclassified {where}: {item.text[:70]} (kept on the event page)")
    if plan.zone_edits:
        _error("text written inside generated zones; those pages were not rewritten")
        return EXIT_PROBLEMS, None, []
    files = report.unchanged + len(report.created) + len(report.updated)
    if not report.created and not report.updated and not report.removed:
        say(f"ingest: nothing to do ({report.unchanged} files unchanged)", repeats=False)
    else:
        say(
            f"ingest: {len(report.created)} created, {len(report.updated)} updated, "
            f"{report.unchanged} unchanged, {len(plan.kept)} kept",
            repeats=False,
        )
    again.append((1, f"ingest: nothing to do ({files} files unchanged)\n"))
    found = problems(project, plan, applied=True)
    if not settled:
        cache.save_state(project.root, {"ingest": None})
        return EXIT_OK, None, found
    digest = inputs_digest(project)
    _remember(project, "ingest", digest, again, EXIT_OK)
    if not found:
        record_settled(project, digest)  # and what build would check: nothing
    return EXIT_OK, digest, found


class _Tee(io.TextIOBase):
    """A stream that writes through to ``stream`` and keeps what was written."""

    def __init__(self, stream: TextIO, number: int, log: list[tuple[int, str]]) -> None:
        self.stream, self.number, self.log = stream, number, log

    def write(self, text: str) -> int:
        self.stream.write(text)
        self.log.append((self.number, text))
        return len(text)

    def flush(self) -> None:
        self.stream.flush()


def _remember(
    project: Project, command: str, digest: str, output: list[tuple[int, str]], status: int
) -> None:
    """Record what ``command`` prints and returns when its inputs have ``digest``."""
    record = {"digest": digest, "output": output, "status": status}
    cache.save_state(project.root, {command: record})


def _replayed(project: Project, command: str, digest: str) -> int | None:
    """When ``command`` ran on inputs with this very digest before, print what it printed
    and return its exit status (+1, so that 0 is not falsy); else None."""
    record = cache.load_state(project.root).get(command)
    if not isinstance(record, dict) or record.get("digest") != digest:
        return None
    output, status = record.get("output"), record.get("status")
    if not isinstance(output, list) or not isinstance(status, int):
        return None
    for item in output:
        if isinstance(item, list) and len(item) == 2 and isinstance(item[1], str):
            (sys.stderr if item[0] == 2 else sys.stdout).write(item[1])
    return status + 1


def cmd_check(args: argparse.Namespace) -> int:
    project = _project(args)
    digest = inputs_digest(project)
    replayed = _replayed(project, "check", digest)
    if replayed is not None:
        return replayed - 1
    log: list[tuple[int, str]] = []
    with (
        contextlib.redirect_stdout(_Tee(sys.stdout, 1, log)),
        contextlib.redirect_stderr(_Tee(sys.stderr, 2, log)),
    ):
        status = _check(project)
    _remember(project, "check", digest, log, status)
    return status


def _check(project: Project) -> int:
    result = check(project)
    found, count = result.problems, result.pages
    for problem in found:
        print(problem)
    for path in result.upstream:
        print(f"content/{path}:1: warning: {upstream_message(path).split(': ', 1)[1]}",
              file=sys.stderr)  # fmt: skip
    for draft in result.drafts:
        print(f"{draft.path}:{draft.line}: warning: {draft.message}", file=sys.stderr)
    for point in result.untagged:
        print(f"{point.path}:{point.line}: notice: {point.message}", file=sys.stderr)
    if result.untagged:
        print(f"check: {len(result.untagged)} point(s) without a topic", file=sys.stderr)
    for problem in result.people:
        print(f"{problem.path}: warning: {problem.message}", file=sys.stderr)
    for warning in settings_for(project.root).warnings():
        print(warning, file=sys.stderr)
    if found:
        print(f"check: {len(found)} problem(s) in content/", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"check: {count} pages OK, in sync with seeds/")
    return EXIT_OK


def upstream_message(path: str) -> str:
    return (
        f"content/{path}: its seed's text changed since you edited this page; take the new "
        f"text with 'briefgen ingest --force content/{path}' or keep yours with "
        f"'briefgen ingest --keep content/{path}'"
    )


def cmd_schema(args: argparse.Namespace) -> int:
    if args.export:
        from generator.site.exports import export_schema_text

        sys.stdout.write(export_schema_text())
    else:
        sys.stdout.write(schema_text())
    return EXIT_OK


def cmd_build(args: argparse.Namespace) -> int:
    project = _project(args)
    digest: str | None = inputs_digest(project)
    if not (passed_check(project, str(digest)) and _replayed(project, "ingest", str(digest))):
        _clean(project)
        plan = project.plan()  # parsed and planned once; checked in memory
        status, digest, found = _ingest(project, plan)
        if status != EXIT_OK:
            return status
        if found:
            for problem in found:
                print(problem)
            return EXIT_PROBLEMS
    return _build_site(project, args.site_dir, digest, args.jobs)


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of processes") from None
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"{value!r}: at least 1 process renders the pages")
    return jobs


def _build_site(project: Project, site_dir: str, digest: str | None, jobs: int | None) -> int:
    """``mkdocs build`` into ``site_dir``, unless it holds the build of these very inputs
    (content/, theme/, mkdocs.yml, the build date, the libraries) untouched since."""
    root = project.root
    epoch = source_date_epoch(root)
    site = (root / site_dir).resolve()
    key = f"site:{site}"
    inputs = None
    if digest is not None:
        theme = cache.tree_digest(root / "theme", base=root)
        inputs = f"{digest}:{theme}:{epoch}"
        record = cache.load_state(root).get(key)
        if (
            isinstance(record, dict)
            and record.get("inputs") == inputs
            and site.is_dir()
            and record.get("site") == cache.stat_digest(site)
        ):
            print(f"build: {site_dir}/ is current (built from these very inputs); not rebuilt")
            return EXIT_OK
    cache.save_state(root, {key: None})  # the site is about to change
    status = run_mkdocs(root, site_dir, epoch, jobs)
    if status == EXIT_OK and inputs is not None and site.is_dir():
        cache.save_state(root, {key: {"inputs": inputs, "site": cache.stat_digest(site)}})
    return status


def cmd_search_index(args: argparse.Namespace) -> int:
    from generator.site.search import index_site

    project = _project(args)
    site = project.root / args.site_dir
    if not (site / "index.html").is_file():
        _error(f"{args.site_dir}: no built site to index; build it first")
        return EXIT_PROBLEMS
    index_site(site)
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefgen",
        description="Turn event-summary source texts into a cross-linked MkDocs site.",
    )
    parser.add_argument(
        "--root", help="project folder (default: nearest folder with site_config.yml)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = commands.add_parser(
        "parse",
        help="parse one source text and print what was found",
        description="Parse one source text. With --json, print the event model as JSON.",
    )
    p.add_argument("file", metavar="FILE", help="a source text (UTF-8)")
    p.add_argument("--json", action="store_true", help="print the parsed event as JSON")
    p.set_defaults(handler=cmd_parse)

    p = commands.add_parser(
        "ingest",
        help="write or update content/ from the seeds",
        description="Generate pages from seeds/ into content/ and fill their cross-links. "
        "Pages an editor changed are kept and named; hand-written pages are never touched.",
    )
    p.add_argument("seeds", nargs="*", metavar="SEED", help="seeds to regenerate (default: all)")
    p.add_argument(
        "--force",
        action="append",
        metavar="PATH",
        help="take the regenerated page, dropping an editor's changes to it (repeatable)",
    )
    p.add_argument(
        "--keep",
        action="append",
        metavar="PATH",
        help="keep an edited page's text although its seed's text changed since (repeatable)",
    )
    p.set_defaults(handler=cmd_ingest)

    p = commands.add_parser(
        "check",
        help="validate content/ and its sync with seeds/",
        description="Validate every page's front matter and references, and that generated "
        "pages match seeds/. Prints one 'path:line: message' per problem; exit 1 if any.",
    )
    p.set_defaults(handler=cmd_check)

    p = commands.add_parser(
        "build",
        help="ingest, check, then mkdocs build --strict",
        description="Regenerate content/, check it, and build the site with mkdocs --strict.",
    )
    p.add_argument("--site-dir", default="site", help="output folder (default: site)")
    p.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=None,
        metavar="N",
        help="processes that render the pages (default: one per core; 1: no workers)",
    )
    p.set_defaults(handler=cmd_build, seeds=[], force=None, keep=None)

    p = commands.add_parser(
        "search-index",
        help="index a built site for search (Pagefind)",
        description="Index the built site for search with Pagefind, into SITE_DIR/pagefind/. "
        "mkdocs build does this through the briefgen plugin; run it after a renderer that "
        "runs no plugins (zensical build).",
    )
    p.add_argument("--site-dir", default="site", help="the built site (default: site)")
    p.set_defaults(handler=cmd_search_index)

    p = commands.add_parser(
        "schema",
        help="print the front-matter JSON Schema",
        description="Print the JSON Schema of page front matter "
        "(committed as schema/front-matter.schema.json).",
    )
    p.add_argument(
        "--export",
        action="store_true",
        help="print the schema of the JSON export instead (schema/export.schema.json)",
    )
    p.set_defaults(handler=cmd_schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        result: int = args.handler(args)
        return result
    except Problem as exc:
        _error(str(exc))
        return EXIT_PROBLEMS
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
