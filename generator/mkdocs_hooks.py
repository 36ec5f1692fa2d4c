"""MkDocs hooks: escape front-matter text for Material's templates, and hand page-type
templates their data.

MkDocs' Jinja environment does not autoescape, and Material prints ``page.title`` and
``page.meta.description`` as they are. Source text is untrusted, so ``on_page_markdown``
escapes both before any template runs. ``on_page_context`` then computes what the
page-type templates in ``theme/`` show (fact boxes, JSON-LD, link-preview tags) so that
the templates only present data. The site's content is complete Markdown without these
hooks; they add safety and presentation.
"""

from __future__ import annotations

import json
import posixpath
from html import escape
from typing import Any

from markupsafe import Markup

_RAW: dict[str, dict[str, Any]] = {}
"""Front matter as written, by source path (a side table, kept off MkDocs' Page)."""
_PATHS: dict[str, str] = {}
"""Page id -> source path."""


def on_pre_build(config: Any, **_: Any) -> None:
    _RAW.clear()
    _PATHS.clear()


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any, **_: Any) -> str:
    raw = dict(page.meta)
    _RAW[page.file.src_uri] = raw
    if isinstance(raw.get("id"), str):
        _PATHS[raw["id"]] = page.file.src_uri
    for key in ("title", "description"):
        if isinstance(raw.get(key), str):
            page.meta[key] = escape(raw[key])
    return markdown


def _json_ld(data: dict[str, Any]) -> Markup:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    for char, code in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(char, code)
    return Markup(text)


def _url(config: Any, src_uri: str) -> str:
    path = src_uri[: -len(".md")]
    if path == "index" or path.endswith("/index"):
        path = path[: -len("index")]
    else:
        path += "/"
    return str(config["site_url"] or "/").rstrip("/") + "/" + path.lstrip("/")


def _page_dir(page: Any) -> str:
    """The folder a page is served from (``events/x.md`` is served as ``events/x/``)."""
    return posixpath.dirname(str(page.file.src_uri)[: -len(".md")] + "/x")


def _href(page: Any, target_src: str) -> str:
    here = _page_dir(page)
    target = target_src[: -len(".md")]
    target = target[: -len("index")] if target.endswith("index") else target + "/"
    return posixpath.relpath(target, here).rstrip("/") + "/" if target else "./"


def _person(config: Any, person_id: str) -> dict[str, Any] | None:
    src = _PATHS.get(person_id)
    if src is None:
        return None
    meta = _RAW[src]
    person = {
        "@type": "Person",
        "name": meta.get("name") or meta.get("title"),
        "url": _url(config, src),
    }
    return person


def _fact(label: str, value: str, href: str | None = None) -> dict[str, Markup]:
    out = {"label": Markup(escape(label)), "value": Markup(escape(value))}
    if href:
        out["href"] = Markup(escape(href))
    return out


def _event_context(page: Any, config: Any, meta: dict[str, Any]) -> dict[str, Any]:
    facts = []
    if meta.get("date_text") or meta.get("date"):
        facts.append(_fact("Date", str(meta.get("date_text") or meta.get("date"))))
    if meta.get("time"):
        facts.append(_fact("Time", str(meta["time"])))
    if meta.get("location"):
        facts.append(_fact("Place", str(meta["location"])))
    host_src = _PATHS.get(str(meta.get("host")))
    if host_src:
        host = _RAW[host_src]
        name = str(host.get("name") or host.get("title"))
        if meta.get("host_organization"):
            name += f" ({meta['host_organization']})"
        facts.append(_fact("Host", name, _href(page, host_src)))
    if meta.get("source"):
        source = str(meta["source"])
        href = posixpath.relpath(source, _page_dir(page))
        facts.append(_fact("Source text", posixpath.basename(source), href))
    performers = [p for p in (_person(config, i) for i in meta.get("speakers") or []) if p]
    performers += [
        p
        for p in (_person(config, i) for i in meta.get("discussants") or [])
        if p and p not in performers
    ]
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": meta.get("title"),
        "description": meta.get("description"),
        "url": _url(config, page.file.src_uri),
        "eventStatus": "https://schema.org/EventScheduled",
        "performer": performers,
    }
    if meta.get("date"):
        data["startDate"] = meta["date"]
    location = str(meta.get("location") or "")
    if "online" in location.lower() or "virtual" in location.lower():
        data["eventAttendanceMode"] = "https://schema.org/OnlineEventAttendanceMode"
        data["location"] = {"@type": "VirtualLocation", "name": location}
    elif location:
        data["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode"
        data["location"] = {"@type": "Place", "name": location, "address": location}
    organizer = _person(config, str(meta.get("host")))
    if organizer:
        data["organizer"] = organizer
        if meta.get("host_organization"):
            data["organizer"]["affiliation"] = {
                "@type": "Organization",
                "name": meta["host_organization"],
            }
    return {"facts": facts, "jsonld": _json_ld(data), "og_type": "article"}


def _person_context(page: Any, config: Any, meta: dict[str, Any]) -> dict[str, Any]:
    titles: list[str] = []
    roles: list[str] = []
    for appearance in meta.get("appearances") or []:
        titles += [t for t in appearance.get("titles") or [] if t not in titles]
        roles += [r for r in appearance.get("roles") or [] if r not in roles]
    facts = [_fact("Role" if len(titles) == 1 else "Roles", "; ".join(titles))] if titles else []
    facts.append(_fact("Took part as", ", ".join(roles)))
    events = len(meta.get("appearances") or [])
    facts.append(_fact("Events", str(events)))
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Person",
        "name": meta.get("name") or meta.get("title"),
        "url": _url(config, page.file.src_uri),
    }
    if titles:
        data["jobTitle"] = titles[0] if len(titles) == 1 else titles
    if meta.get("bios"):
        data["description"] = meta["bios"][0]
    return {"facts": facts, "jsonld": _json_ld(data), "og_type": "profile"}


def _capital_context(page: Any, config: Any, meta: dict[str, Any]) -> dict[str, Any]:
    facts = [
        _fact("Country", str(meta.get("country", ""))),
        _fact("Points voiced by its participants", str(meta.get("voiced_count", 0))),
        _fact("Points about it", str(meta.get("about_count", 0))),
    ]
    return {"facts": facts, "jsonld": None, "og_type": "website"}


_BUILDERS = {"event": _event_context, "person": _person_context, "capital": _capital_context}


def on_page_context(
    context: dict[str, Any], page: Any, config: Any, nav: Any, **_: Any
) -> dict[str, Any]:
    meta = _RAW.get(page.file.src_uri, {})
    builder = _BUILDERS.get(str(meta.get("type")))
    brief: dict[str, Any] = (
        builder(page, config, meta)
        if builder
        else {"facts": [], "jsonld": None, "og_type": "website"}
    )
    brief["type"] = Markup(escape(str(meta.get("type", "page"))))
    brief["og_title"] = Markup(escape(str(meta.get("title") or config["site_name"])))
    brief["og_description"] = Markup(
        escape(str(meta.get("description") or config["site_description"] or ""))
    )
    brief["og_url"] = Markup(escape(_url(config, page.file.src_uri)))
    content = page.content or ""
    cut = content.find("</h1>")
    if cut != -1 and brief["facts"]:
        brief["head"] = Markup(content[: cut + len("</h1>")])
        brief["rest"] = Markup(content[cut + len("</h1>") :])
    context["brief"] = brief
    return context
