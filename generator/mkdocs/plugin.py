"""The briefgen MkDocs plugin (``plugins: [briefgen]`` in ``mkdocs.yml``).

Everything readers and crawlers see (fact boxes, JSON-LD, cross-links) is already in the
Markdown of ``content/``, so a build without this plugin (Zensical's, say) shows the same
pages. The plugin adds two things to an MkDocs build:

- it checks ``content/`` against ``seeds/`` and the schema before building, so that a
  plain ``mkdocs build`` fails (with ``path:line: message`` lines) on a stale or broken
  page instead of publishing it;
- it hands Material's templates the title and description of each page escaped, because
  MkDocs' Jinja environment does not autoescape and Material prints them as they are.
  The values are ``Markup``, so a template that escapes them again (``| e``, as the
  page-type templates in ``theme/`` do) prints them once, and the same templates escape
  plain strings in a build without the plugin.

After the build it indexes the site for search with Pagefind (``site/pagefind/``, see
``generator.site.search``), so ``mkdocs build`` and ``briefgen build`` both publish a
working search; a renderer that runs no plugins needs ``briefgen search-index`` after it.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape
from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.utils.meta import YAML_RE

from generator.mkdocs import parallel
from generator.problems import Problem
from generator.store import cache
from generator.store.project import (
    Plan,
    Project,
    apply,
    inputs_digest,
    passed_check,
    problems,
    record_settled,
    remove_temporaries,
    settled,
)
from generator.store.site_config import CONFIG_NAME

log = logging.getLogger("mkdocs.plugins.briefgen")

SKIP_CHECK = "BRIEFGEN_CHECKED"
JOBS = "BRIEFGEN_JOBS"
"""How many processes render pages (overrides the ``jobs`` setting)."""
MAX_JOBS = 8
MAX_HEAD = 64_000
"""How much of a page is read to find its draft status (front matter comes first)."""
DRAFT_FOLDERS = ("events/", "themes/", "sources/")
"""Where pages of an event live (the event, its themes, its source viewer)."""
_DRAFT = re.compile(r"^draft: true\s*$", re.M)
_ID = re.compile(r'^id: "(event:[^"]+)"', re.M)
_EVENT = re.compile(r'^event: "(event:[^"]+)"', re.M)
"""Set by ``briefgen build``, which has just checked the plan it wrote."""


class BriefgenConfig(Config):  # type: ignore[no-untyped-call]
    check = config_options.Type(bool, default=True)
    """Check content/ (schema, references, sync with seeds/) before building."""
    regenerate_on_serve = config_options.Type(bool, default=True)
    """Under ``mkdocs serve``: watch seeds/ and site_config.yml and regenerate content/
    (as ``briefgen ingest`` does) before each rebuild, so the preview follows the seeds."""
    search_index = config_options.Type(bool, default=True)
    """After the build, index the site for search with Pagefind (``site/pagefind/``)."""
    root = config_options.Optional(config_options.Type(str))
    """The briefgen project folder (default: the folder of mkdocs.yml)."""
    jobs = config_options.Type(int, default=0)
    """How many processes render the pages of a build (``generator.mkdocs.parallel``):
    0 for one per core (at most 8), 1 to render in MkDocs' own process only. The
    ``BRIEFGEN_JOBS`` environment variable overrides it."""


class BriefgenPlugin(BasePlugin[BriefgenConfig]):  # type: ignore[no-untyped-call]
    serving = False
    """True under ``mkdocs serve`` (the plugin lives across its rebuilds)."""
    front: cache.FrontMatterStore
    """Front matter read before, by the digest of its YAML text."""
    remembered: dict[str, dict[str, Any]]
    """The front matter of pages handed to MkDocs without theirs, until MkDocs reads them."""
    read_before = 0
    """How many pages of this build had their front matter read before."""
    dirty = False
    """``--dirty``: MkDocs renders only some pages, so no workers share them."""
    workers = 0
    """How many forked workers render pages in this build, besides MkDocs' own process."""
    markdown_workers: parallel.Workers | None = None
    template_workers: parallel.Workers | None = None
    nav: Any = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"
        self.dirty = dirty

    def on_config(self, config: Any) -> Any:
        project = Project(Path(self.config.root or Path(config.config_file_path).parent))
        if self.serving and self.config.regenerate_on_serve:
            config.watch.extend(
                str(path)
                for path in (project.seeds_dir, project.root / CONFIG_NAME)
                if path.exists() and str(path) not in config.watch
            )
            if settled(project, inputs_digest(project)):
                return config  # content/ is what ingest would write, and it was checked
            written = self._regenerate(project)
            if written is not None and self.config.check and not os.environ.get(SKIP_CHECK):
                found = problems(project, written, applied=True)  # checked as written
                if not found and not written.overrides and not written.upstream:
                    record_settled(project, inputs_digest(project))
                self._report(found)
                return config
        if (
            self.config.check
            and not os.environ.get(SKIP_CHECK)
            and not passed_check(project, inputs_digest(project))
        ):
            try:
                found = problems(project, project.plan())
            except Problem as exc:
                found = [exc]
            self._report(found)
        return config

    def _regenerate(self, project: Project) -> Plan | None:
        """What ``briefgen ingest`` does, reported in MkDocs' log; the plan it wrote."""
        try:
            remove_temporaries(project)
            plan = project.plan()
            if plan.unresolved:
                for problem in plan.unresolved:
                    log.error(str(problem))
                return None
            report = apply(project, plan)
        except Problem as exc:
            log.error(str(exc))
            return None
        for path in report.created + report.updated:
            log.info(f"briefgen: regenerated {path}")
        return plan

    def _report(self, found: list[Problem]) -> None:
        for problem in found:
            log.error(str(problem))
        if found:
            raise PluginError(
                f"briefgen: {len(found)} problem(s) in content/; run 'briefgen check'"
            )

    def on_files(self, files: Any, config: Any) -> Any:
        """Draft events (``draft: true``), their themes and their source viewers are not
        published: MkDocs builds them only under ``serve``."""
        from mkdocs.structure.files import InclusionLevel

        heads: dict[Any, str] = {}
        for file in files:
            if file.src_uri.startswith(DRAFT_FOLDERS) and file.src_uri.endswith(".md"):
                with open(file.abs_src_path, encoding="utf-8", errors="replace") as stream:
                    heads[file] = stream.read(MAX_HEAD)
        drafts = {
            match[1]
            for head in heads.values()
            if _DRAFT.search(head) and (match := _ID.search(head))
        }
        for file, head in heads.items():
            event = _EVENT.search(head)
            if _DRAFT.search(head) or (event and event[1] in drafts):
                file.inclusion = InclusionLevel.DRAFT
        return files

    def on_pre_build(self, *, config: Any) -> None:
        root = Path(self.config.root or Path(config.config_file_path).parent)
        self.front = cache.FrontMatterStore(root)
        self.remembered = {}
        self.read_before = 0
        self._stop_workers()
        self.workers = self._worker_count()

    def _worker_count(self) -> int:
        """Workers for this build: none under ``serve`` (its server runs threads, and it
        builds drafts) or ``--dirty``, nor where a build cannot be forked."""
        if self.serving or self.dirty or not parallel.can_fork():
            return 0
        setting = os.environ.get(JOBS, "").strip()
        try:
            jobs = int(setting) if setting else self.config.jobs
        except ValueError:
            raise PluginError(
                f"briefgen: {JOBS}={setting!r} is not a number of processes (0: one per core)"
            ) from None
        if jobs < 0:
            raise PluginError(f"briefgen: jobs must be 0 (one per core) or more, not {jobs}")
        return max(0, min(jobs or parallel.available_cores(), MAX_JOBS) - 1)

    @event_priority(-100)
    def on_nav(self, nav: Any, *, config: Any, files: Any) -> Any:
        self.nav = nav  # the navigation every page's template is rendered with
        return nav

    def on_pre_page(self, page: Any, *, config: Any, files: Any) -> Any:
        """With workers, the first page starts them on their share of the Markdown; a page
        of theirs is then rendered by taking their result (``_rendered_by_worker``)."""
        if not self.workers or parallel.IN_WORKER:
            return page
        if self.markdown_workers is None:
            self.markdown_workers = parallel.Workers(
                [file.src_uri for file in _included(files)],
                lambda key: _render_markdown(key, config, files),
                self.workers,
            )
        if page.file.src_uri in self.markdown_workers:
            page.render = lambda config, files: self._rendered_by_worker(page, config, files)
        return page

    def _rendered_by_worker(self, page: Any, config: Any, files: Any) -> None:
        """``Page.render``, from a worker's result (rendered here if there is none)."""
        del page.render
        assert self.markdown_workers is not None
        got = self.markdown_workers.take(page.file.src_uri)
        if got is None:
            page.render(config, files)
            return
        (content, toc, title, anchors, links), records = got
        parallel.relog(records)
        page.content, page.toc, page.present_anchor_ids = content, toc, anchors
        page._title_from_render = title
        if links is not None:
            page.links_to_anchors = {files.get_file_from_path(u): v for u, v in links.items()}

    @event_priority(-100)
    def on_env(self, env: Any, *, config: Any, files: Any) -> Any:
        """With workers, the first page's template starts them on their share of the
        templates (every page is rendered by now); a page of theirs then gets its HTML."""
        if self.markdown_workers is not None:
            self.markdown_workers.close()
        if not self.workers or parallel.IN_WORKER:
            return env
        get_template = env.get_template

        def get_page_template(name: Any, parent: Any = None, globals: Any = None) -> Any:
            template = get_template(name, parent, globals)
            page = config._current_page
            if page is None or parallel.IN_WORKER:
                return template
            if self.template_workers is None:
                pages = _included(files)
                by_key = {file.src_uri: file.page for file in pages}
                self.template_workers = parallel.Workers(
                    list(by_key),
                    lambda key: _render_template(
                        by_key[key], page, config, pages, self.nav, get_template
                    ),
                    self.workers,
                    keep=2 * (self.workers + 1),  # this process writes every page as well
                )
            if page.file.src_uri in self.template_workers:
                return _RenderedByWorker(template, self.template_workers, page.file.src_uri)
            return template

        env.get_template = get_page_template
        return env

    def _stop_workers(self) -> None:
        markdown, templates = self.markdown_workers, self.template_workers
        for workers in (markdown, templates):
            if workers is not None:
                workers.close()
        if markdown is not None and templates is not None:
            log.debug(
                f"briefgen: {markdown.total} pages rendered in {self.workers + 1} processes, "
                f"workers rendered {markdown.taken} pages' Markdown and {templates.taken} templates"
            )
        self.markdown_workers = self.template_workers = None

    def on_build_error(self, *, error: Exception) -> None:
        self._stop_workers()

    def on_shutdown(self) -> None:
        self._stop_workers()

    def on_page_read_source(self, *, page: Any, config: Any) -> str | None:
        """A page whose front matter ``briefgen`` has read before (the same YAML text, by
        digest) is handed to MkDocs with that front matter already read, instead of
        MkDocs parsing it again (the same data: only front matter made of JSON's types is
        remembered, see ``FrontMatterStore``)."""
        if not self.front.before:
            return None
        try:
            source: str = page.file.content_string
        except (OSError, ValueError):
            return None  # MkDocs reads it again and reports the error
        match = YAML_RE.match(source)
        found = self.front.get(match.group(1)) if match is not None else None
        if match is None or found is None:
            return source
        self.remembered[page.file.src_uri] = found[0]
        self.read_before += 1
        return "---\n{}\n---\n" + source[match.end() :]

    def on_page_markdown(self, markdown: str, page: Any, **_: Any) -> str:
        remembered = self.remembered.pop(page.file.src_uri, None)
        if remembered is not None:
            page.meta = remembered
        for key in ("title", "description", "subtitle"):
            value = page.meta.get(key)
            if value is not None:  # any shape: check refuses non-strings, this never prints one raw
                page.meta[key] = Markup(escape(value if isinstance(value, str) else str(value)))
        return markdown

    def on_post_build(self, *, config: Any) -> None:
        """Index the built site for search (Pagefind, ``generator.site.search``)."""
        self._stop_workers()
        log.debug(f"briefgen: front matter of {self.read_before} page(s) read before")
        if not self.config.search_index:
            return
        from generator.site.search import index_site

        try:
            index_site(Path(config.site_dir))
        except Problem as exc:
            raise PluginError(str(exc)) from exc


def _included(files: Any) -> Any:
    """The pages a build renders, in MkDocs' order (``mkdocs build``: no drafts)."""
    from mkdocs.structure.files import InclusionLevel

    return files.documentation_pages(inclusion=InclusionLevel.is_included)


def _render_markdown(key: str, config: Any, files: Any) -> tuple[Any, ...]:
    """In a worker: what MkDocs' ``_populate_page`` does up to and with ``Page.render``;
    what rendering set on the page."""
    from mkdocs.structure.pages import Page

    file = files.get_file_from_path(key)
    if file.page is None and file.inclusion.is_not_in_nav():
        Page(None, file, config)
    page = file.page
    config._current_page = page
    try:
        page = config.plugins.on_pre_page(page, config=config, files=files)
        page.read_source(config)
        page.markdown = config.plugins.on_page_markdown(
            page.markdown, page=page, config=config, files=files
        )
        parallel.forget_logs()  # logged by the parent too, which runs the events above
        page.render(config, files)
    finally:
        config._current_page = None
    links = page.__dict__.get("links_to_anchors")
    if links is not None:
        links = {file.src_uri: dict(anchors) for file, anchors in links.items()}
    return page.content, page.toc, page._title_from_render, page.present_anchor_ids, links


def _render_template(
    page: Any, forked_at: Any, config: Any, pages: Any, nav: Any, get_template: Any
) -> str:
    """In a worker: what MkDocs' ``_build_page`` does up to and with the template."""
    from mkdocs.commands.build import get_context

    forked_at.active = False  # the page MkDocs was building when the worker was forked
    config._current_page = page
    page.active = True
    try:
        context = get_context(nav, pages, config, page)
        template = get_template(page.meta.get("template", "main.html"))
        context = config.plugins.on_page_context(context, page=page, config=config, nav=nav)
        parallel.forget_logs()
        output: str = template.render(context)
        return output
    finally:
        page.active = False
        config._current_page = None


class _RenderedByWorker:
    """A page's template whose HTML a worker renders."""

    def __init__(self, template: Any, workers: parallel.Workers, key: str) -> None:
        self.template, self.workers, self.key = template, workers, key

    def render(self, context: Any) -> str:
        got = self.workers.take(self.key)
        if got is None:
            output: str = self.template.render(context)
            return output
        output, records = got
        parallel.relog(records)
        return output
