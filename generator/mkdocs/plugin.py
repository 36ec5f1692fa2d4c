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
from mkdocs.plugins import BasePlugin
from mkdocs.utils.meta import YAML_RE

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


class BriefgenPlugin(BasePlugin[BriefgenConfig]):  # type: ignore[no-untyped-call]
    serving = False
    """True under ``mkdocs serve`` (the plugin lives across its rebuilds)."""
    front: cache.FrontMatterStore
    """Front matter read before, by the digest of its YAML text."""
    remembered: dict[str, dict[str, Any]]
    """The front matter of pages handed to MkDocs without theirs, until MkDocs reads them."""
    read_before = 0
    """How many pages of this build had their front matter read before."""

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

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
        log.debug(f"briefgen: front matter of {self.read_before} page(s) read before")
        if not self.config.search_index:
            return
        from generator.site.search import index_site

        try:
            index_site(Path(config.site_dir))
        except Problem as exc:
            raise PluginError(str(exc)) from exc
