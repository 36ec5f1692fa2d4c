"""Editors' changes and generated parts on one page: a three-way merge.

Every generated page records, under ``generated.base``, a short hash of what briefgen
wrote last time: each front-matter key, the body outside the generated zones, and each
zone. On the next run each part of the page on disk is compared with its base:

- a front-matter value that still matches its base takes the newly generated value; one
  that does not is the editor's *override* and is kept (reported once, when it appears);
  keys an editor added are kept, keys an editor removed stay removed;
- a body (outside the zones) that still matches its base takes the newly generated body;
  an edited one is kept byte for byte, and when the seed's text for the page changed
  since, that is reported until the editor takes it (``--force``) or keeps theirs
  (``--keep``);
- zones are always regenerated; text written inside one is an error naming its line,
  and the page is not rewritten (nothing is reverted silently);
- YAML comments in the front matter are kept;
- on a page an editor changed (any of the above), the *guarded* keys (a person's name and
  bios) do not follow the seeds: when a seed would change them, the editor's page is kept
  as it is and the change is reported (``held``) until the editor takes it (``--force``)
  or keeps theirs (``--keep``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from generator.store.pagefile import Page, empty_zones, zone_texts


def short_hash(value: Any) -> str:
    """A short, stable hash of a front-matter value or a text."""
    text = value if isinstance(value, str) else json.dumps(value, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def has_base(page: Page) -> bool:
    generated = page.meta.get("generated")
    return isinstance(generated, dict) and isinstance(generated.get("base"), dict)


@dataclass
class Merged:
    """The page to write (or None: it must not be rewritten) and what to report."""

    page: Page | None
    new_overrides: list[str] = field(default_factory=list)
    overrides: list[str] = field(default_factory=list)
    body_kept: bool = False
    upstream_changed: bool = False
    """The editor's body is kept although the seed's text for it changed since."""
    zone_edits: list[tuple[str, int]] = field(default_factory=list)
    """(zone, file line) of each zone an editor wrote in."""
    held: list[str] = field(default_factory=list)
    """Guarded keys a seed would change on this edited page (the editor's are kept)."""


def merge(old: Page, new: Page, keep_body: bool = False, guarded: Sequence[str] = ()) -> Merged:
    """Merge the page on disk (``old``, generated before) with the newly generated one
    (``new``, zones empty). ``keep_body``: the editor keeps their body, whatever changed
    upstream (``briefgen ingest --keep``). ``guarded``: keys a seed may not change on a
    page an editor changed."""
    generated = old.meta["generated"]
    base = generated["base"]
    base_keys = base.get("keys") if isinstance(base.get("keys"), dict) else {}
    base_zones = base.get("zones") if isinstance(base.get("zones"), dict) else {}
    edits = [
        (name, old.body_line + line - 1)
        for name, (text, line) in zone_texts(old.body).items()
        if short_hash(text) != base_zones.get(name)
    ]
    if edits:
        return Merged(None, zone_edits=edits)
    meta: dict[str, Any] = {}
    overrides: list[str] = []
    for key, value in new.meta.items():
        if key == "generated":
            continue
        if key in old.meta and short_hash(old.meta[key]) != base_keys.get(key):
            meta[key] = old.meta[key]
            overrides.append(key)
        elif key not in old.meta and key in base_keys:
            overrides.append(key)  # removed by the editor: stays removed
        else:
            meta[key] = value
    added = False
    for key, value in old.meta.items():
        if key not in new.meta and key != "generated" and key not in base_keys:
            meta[key] = value  # added by the editor
            added = True
    old_body = empty_zones(old.body)
    new_body = empty_zones(new.body)
    body_kept = short_hash(old_body) != base.get("body")
    keys = {k: short_hash(v) for k, v in new.meta.items() if k != "generated"}
    held = []
    if body_kept or overrides or added:
        for key in guarded:
            if key in overrides or base_keys.get(key) == keys.get(key):
                continue
            held.append(key)
            meta.pop(key, None)
            if key in old.meta:
                meta[key] = old.meta[key]
            if keep_body:  # decided: the editor's value is an override from now on
                overrides.append(key)
            else:  # still undecided: reported again next time
                keys.pop(key, None)
                if key in base_keys:
                    keys[key] = base_keys[key]
        meta = {k: meta[k] for k in [*new.meta, *old.meta] if k in meta}
    upstream = body_kept and not keep_body and short_hash(new_body) != base.get("body")
    body = old.body if body_kept or held else new.body
    body_base = base.get("body") if upstream or (held and not keep_body) else short_hash(new_body)
    previous = generated.get("overrides") if isinstance(generated.get("overrides"), list) else []
    meta["generated"] = {**new.meta["generated"], "base": {"keys": keys, "body": body_base}}
    if overrides:
        meta["generated"]["overrides"] = sorted(overrides)
    merged = Page(new.path, meta, body, old.meta_lines, old.front_text, old.body_line)
    return Merged(
        merged,
        new_overrides=sorted(set(overrides) - set(previous)),
        overrides=sorted(overrides),
        body_kept=body_kept,
        upstream_changed=upstream and not held,
        held=held,
    )


def with_zone_base(page: Page) -> Page:
    """Record the hashes of a page's (filled) zones in its base, and give a new page its
    base: call on every generated page just before it is written."""
    generated = dict(page.meta["generated"])
    base = dict(generated.get("base") or {})
    if "keys" not in base:
        base["keys"] = {k: short_hash(v) for k, v in page.meta.items() if k != "generated"}
        base["body"] = short_hash(empty_zones(page.body))
    base["zones"] = {name: short_hash(text) for name, (text, _) in zone_texts(page.body).items()}
    generated["base"] = base
    generated.pop("digest", None)
    return Page(
        page.path, {**page.meta, "generated": generated}, page.body, page.meta_lines,
        page.front_text, page.body_line,
    )  # fmt: skip
