"""People as pages list them: ``Speakers:`` / ``Moderator:`` blocks, headless runs of
name and bio, and the ``event speakers`` trailer of name / role / bio entries."""

from __future__ import annotations

import re

from generator.parse.dates import is_time_slot
from generator.parse.fields import read_field
from generator.parse.line_kinds import (
    CLOSING,
    CONTAINER_HEADINGS,
    DISCLAIMER,
    DISCUSSANT_KW,
    DISCUSSANTS,
    MODERATOR_KW,
    PEOPLE_BLOCK,
    TRAILER,
    SourceLine,
    Unit,
    is_blank,
    looks_like_heading,
    normalise,
)
from generator.parse.model import Lines, Named, Unclassified
from generator.parse.names import (
    is_sentence,
    looks_like_name,
    split_name_role,
    strip_honorific,
)
from generator.parse.people_shapes import (
    Person,
    name_role_line,
    name_then_title,
    people_in_list,
    remarks_run,
)
from generator.parse.state import PersonEntry, State, is_furniture

_INITIAL_NAME = re.compile(r"[A-Z]\.\s?[A-Z][\w'’-]+")
"""``M. Krepon``: an initial and a surname, in a list of names written so (the initial is no
style, "M." for "Monsieur")."""
NAME_THEN_TALK = re.compile(
    r"^(?P<name>(?:(?:Dr|Prof|Mr|Ms|Mrs|Amb)\.?\s+)?[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){1,3})"
    r",\s*[“\"«„][^\n]{8,240}[”\"»“]\s*$"
)
"""``Ruth Balint, “The ‘Unaccompanied child’ in postwar Europe”``: a speaker, then the talk."""
_NAME_COLON_ROLE = re.compile(
    r"^(?P<name>(?:(?:Dr|Prof|Mr|Ms|Mrs|Amb)\.?\s+)?[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){1,3})"
    r"\s*:\s+(?P<role>[A-ZÀ-Ý].{3,400})$"
)
"""``Matt Waldman: Senior Adviser at …``: a name, a colon, its role, under a people label."""
_LISTED = re.compile(r",\s*|\s+(?:and|und|et|y)\s+|\s*&\s*")
"""What separates the names of a list (``A, B and C``)."""


def read_people_block(
    units: list[Unit], index: int, block: re.Match[str], head: Unit, state: State
) -> int:
    """Read a ``Speakers:`` / ``Moderator:`` block; return the index after it."""
    keyword = block.group("kw")
    moderating = bool(MODERATOR_KW.match(keyword))
    label = block.string[: block.start("rest")].strip() if block.group("rest") is not None else ""
    state.furnish("marker", label or keyword + ":", head.start)  # "Speaker 1:" as written
    entries: list[tuple[str, int]] = []
    rest = (block.group("rest") or block.group("bare") or "").strip()
    labelled = remarks_run(head.text) if rest else None
    if labelled is not None:
        # "Moderator: Ms X (CIL), Closing speaker: Professor Y, Panellists: A, B and C"
        state.furnish("people", head.text, head.start)
        for said in labelled:
            state.agenda_people.append(
                PersonEntry(said.written, head.start, head.start, said.role).speaker()
            )
            if said.moderator:
                state.add_moderator(strip_honorific(said.written), Lines(head.start, head.start))
        return index
    groups = [g.strip() for g in re.split(r"\s+[•·]\s+", rest)]
    if len(groups) >= 2:
        # "Moderator: Polly Hemming • Alan Finkel, Joëlle Gergis and Murrawah Johnson": the
        # label's people first, then the others, a bullet between
        split = [[n.strip() for n in _LISTED.split(g)] for g in groups]
        if all(n and looks_like_name(n) for names in split for n in names):
            state.furnish("people", rest, head.start)
            for number, names in enumerate(split):
                for written in names:
                    entry = PersonEntry(written, head.start, head.start).speaker()
                    state.agenda_people.append(entry)
                    if moderating and number == 0:
                        state.add_moderator(strip_honorific(written), Lines(head.start, head.start))
            return index
    names = [n.strip() for n in _LISTED.split(rest)]
    if len(names) >= 2 and all(looks_like_name(n) or _INITIAL_NAME.fullmatch(n) for n in names):
        # "Speaker Dr Jim Roe, Dr Ann Doe, Mr Tom Poe": names only
        state.furnish("people", rest, head.start)
        for written in names:
            state.agenda_people.append(PersonEntry(written, head.start, head.start).speaker())
            if moderating:
                state.add_moderator(strip_honorific(written), Lines(head.start, head.start))
        return index
    if block.group("bare"):
        in_prose = people_in_list(rest)  # "Es diskutieren Dr. A, role, und Prof. Dr. B, role."
        if len(in_prose) >= 2:
            state.furnish("people", rest, head.start)
            for said in in_prose:
                state.agenda_people.append(
                    PersonEntry(said.written, head.start, head.start, said.role).speaker()
                )
            return index
    if rest and _BRACKETED_LIST.match(rest):
        # "Moderators: Jane Roe (CEPS) & John Doe (Euronews)": names with their bodies
        state.furnish("people", rest, head.start)
        for found in BRACKETED_ENTRY.finditer(rest):
            name = strip_honorific(found.group("name"))
            listed = PersonEntry(found.group("name"), head.start, head.start, found.group("org"))
            state.agenda_people.append(listed.speaker())
            if moderating:
                state.add_moderator(name, Lines(head.start, head.start))
        return index
    if rest:
        # "A, role, Les Echos & B, role, Le Parisien": "&" between two entries with roles
        for part in re.split(
            r"\s*;\s*|\s+&\s+(?=(?:[A-ZÀ-Ý][\w'’-]+\s+){1,3}?[A-ZÀ-Ý][\w'’-]+\s*,)", rest
        ):
            joined = re.match(r"^(and)\s+(?=\S)", part)
            if joined:  # "A, Role; B, Role; and C, Role"
                state.furnish("marker", joined.group(1), head.start)
                part = part[joined.end() :]
            led = _LED_BY.match(part)
            if led and looks_like_name(strip_honorific(led.group(2).rstrip("."))):
                # "...; Moderated by X" closing the run: X moderates, not a role of the last
                state.furnish("marker", led.group(1), head.start)
                name = strip_honorific(led.group(2).rstrip("."))
                state.add_moderator(name, Lines(head.start, head.start))
                continue
            if part.strip():
                entries.append((part, head.start))
    # "議長:田中伸男(笹川平和財団)": a programme's label with its one person; the lines below
    # are the programme's next entries, not this person's titles
    complete = bool(entries) and all(
        text.rstrip().endswith((")", "）")) and _bracketed_person(text) is not None
        for text, _ in entries
    )  # "Modérateur : Hirano Chikako (Univ. Musashi)": the same
    # "Moderation: Hannes Mosler" over the session's speakers: the label names its one person
    one_moderator = moderating and len(entries) == 1 and looks_like_name(rest)
    while index < len(units) and not complete:
        unit = units[index]
        if unit.bullet:
            # "• Name" with the role on indented lines below it.
            if split_name_role(unit.parts[0]) is None and _dash_entry(unit.parts[0]) is None:
                break
            entries.extend((part, unit.start + n) for n, part in enumerate(unit.parts))
            index += 1
            continue
        text = unit.text
        talk = NAME_THEN_TALK.match(text)
        if talk is not None and looks_like_name(talk.group("name")):
            # "Claudia Tazreiter, “Reconsidering Lifeboat Politics …”": a speaker and the talk
            state.furnish("talk", text[talk.end("name") :].lstrip(", "), unit.start)
            entries.append((talk.group("name"), unit.start))
            index += 1
            continue
        colon = _NAME_COLON_ROLE.match(text)
        if (
            colon is not None
            and looks_like_name(colon.group("name"))
            and not PEOPLE_BLOCK.match(text)
        ):
            # "Neha Sanghrajka: Negotiator and mediator with more than 17 years of …": a name,
            # a colon, then the role and bio, however long
            entries.append((f"{colon.group('name')}, {colon.group('role')}", unit.start))
            index += 1
            continue
        if PEOPLE_BLOCK.match(text) or DISCUSSANTS.match(text) or is_sentence(text):
            break
        if _SLOT_START.match(text):
            break  # "14.30 KAFFEEPAUSE": the programme's next slot
        field = read_field(text)
        if field is not None and field.kind != "title":
            break  # "Speakers: A" then "Date: ...", "Location: ...": the page's fields
        dashed = _dash_entry(text) if split_name_role(text) is None else None
        if dashed is not None:
            entries.append((dashed, unit.start))  # "William Wallis – Africa editor, FT"
            index += 1
            continue
        run_together = name_then_title(text) if split_name_role(text) is None else None
        if run_together is not None:
            # "Tan-Sun Chen Chairman, The Prospect Foundation": the name and role cells joined
            entries.append((f"{run_together.written}, {run_together.role}", unit.start))
            index += 1
            continue
        if _BRACKETED_LIST.match(text):
            # "Jane Roe (Former Minister), John Doe (Fellow, Institute)" under the label
            entries.extend(
                (f"{m.group('name').strip()} ({m.group('org')})", unit.start)
                for m in BRACKETED_ENTRY.finditer(text)
            )
            index += 1
            continue
        if entries and split_name_role(text) is None and _bracketed_person(text) is not None:
            entries.append((text, unit.start))  # "服部健治(日中協会理事長)": another person
            index += 1
            continue
        if (
            entries
            and split_name_role(text) is None
            and (not _continues_entry(text) or unit.start > entries[-1][1] + 1)
        ):
            break  # a title or organisation line continues an entry only right below it
        if not entries and split_name_role(text) is None:
            if "," in text and not looks_like_heading(text.split(",", 1)[0] + ":"):
                # "Title, Organisation" whose name line was lost: kept, reported.
                state.unclassified.append(Unclassified(text, unit.lines))
                index += 1
                continue
            break
        entries.append((text, unit.start))
        index += 1
    people: list[PersonEntry] = []
    for text, number in entries:
        if split_name_role(text) is None:
            text = _dash_entry(text) or text  # "Moderator: Jane Roe – Director, X"
        parsed = split_name_role(text)
        bracketed = _bracketed_person(text) if parsed is None else None
        if bracketed is not None:
            people.append(PersonEntry(bracketed.written, number, number, bracketed.role))
            continue
        if parsed is not None and (parsed[1] is not None or looks_like_name(text)):
            first = text.split(",", 1)[0]
            opened = first.count("(") + first.count("（") - first.count(")") - first.count("）")
            named_first = ": " in first and looks_like_name(first.split(": ", 1)[0])
            if "," in text and opened == 0 and not named_first:  # not "Name: role, house"
                written = first.strip()
            elif parsed[1] is not None:  # "김민수 (한빛대학교 교수)", "王海涛（东方大学教授）"
                written = parsed[0]
            else:
                written = text.strip()
            people.append(PersonEntry(written, number, number, parsed[1]))
        elif people:
            person = people[-1]
            person.role = f"{person.role}, {text}" if person.role else text
            person.end = number
        else:
            state.unclassified.append(Unclassified(text, Lines(number, number)))
    listing_discussants = bool(DISCUSSANT_KW.match(keyword))
    for person in people:
        speaker = person.speaker()
        if listing_discussants:
            state.discussants.append(Named(speaker.name, speaker.lines, speaker.written))
            if speaker.role is None:
                continue
        state.agenda_people.append(speaker)
        if moderating and not (one_moderator and person is not people[0]):
            state.add_moderator(person.name, speaker.lines, speaker.written)
    return index


_SLOT_START = re.compile(r"^\d{1,2}[.:：]\d{2}(?:\s*[-–~～]\s*\d{1,2}[.:：]\d{2})?\s+\S")
"""A programme's line that opens with its hour (``14.30 KAFFEEPAUSE``)."""
_DASHED = re.compile(r"^(?P<name>[^–—|,]{3,60}?)\s+(?:[–—-]|\|)\s+(?P<role>\S.{1,200})$")


_HONOURED = re.compile(
    r"^(?P<name>[^,()]{3,60}?)\s+(?P<honours>(?:A\.?O\.?|A\.?C\.?|A\.?M\.?|O\.?A\.?M\.?|"
    r"P\.?S\.?M\.?|O\.?B\.?E\.?|C\.?B\.?E\.?|M\.?B\.?E\.?|K\.?B\.?E\.?|Q\.?C\.?|K\.?C\.?|"
    r"C\.?M\.?G\.?|K\.?C\.?M\.?G\.?|M\.?P\.?)(?:\s*,)?)\s+(?P<role>[A-Z].{2,200})$"
)


def _dash_entry(text: str) -> str | None:
    """``William Wallis – Africa editor, Financial Times`` as ``Name, role``: a name, a dash,
    then the role; ``Geoff Miller A.O. Former Ambassador …``: a name, its honours, the role."""
    honoured = _HONOURED.match(text)
    if honoured is not None and looks_like_name(honoured.group("name")):
        name, honours = honoured.group("name").strip(), honoured.group("honours").strip(" ,")
        return f"{name}, {honours}, {honoured.group('role').strip()}"
    dashed = _DASHED.match(text)
    if dashed is None or not looks_like_name(dashed.group("name")):
        return None
    return f"{dashed.group('name').strip()}, {dashed.group('role').strip()}"


WIDE_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")
_SUFFIX = r"(?:,\s*(?:Jr|Sr|III|II)\.?)?"
"""A generational suffix after a comma (``Francis A. Kornegay, Jr``), part of the name."""
BRACKETED_ENTRY = re.compile(
    rf"(?:(?:and|und|et|y)\s+)?(?P<name>[^\W\d_][^,;&()]{{2,60}}?{_SUFFIX})\s*"
    r"\((?P<org>[^()]{1,80})\)"
)
_BRACKETED_LIST = re.compile(
    rf"^(?:[^\W\d_][^,;&()]{{2,60}}?{_SUFFIX}\s*\([^()]{{1,80}}\)\s*"
    r"(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b)?\s*){2,}$"
)
"""``Jane Roe (CEPS) & John Doe (Euronews)``: two or more names, each with its body."""


def bracketed_list(text: str) -> bool:
    return _BRACKETED_LIST.match(text) is not None


_LED_BY = re.compile(r"^((?:moderated|chaired|presided(?: over)?) by)\s+(.+)$", re.I)


def _bracketed_person(text: str) -> Person | None:
    """A name with the title in brackets on a line of its own (``服部健治(日中協会理事長)``,
    ``Professor Rachel Murphy (Professor of …, OSGA, University of Oxford)``)."""
    listed = name_role_line(text) if re.search(r"[(（]", text) else None
    if listed is None or listed.role is None:
        return None
    if re.search(r"[\u4e00-\u9fff]", listed.written) or text.rstrip().endswith((")", "）")):
        return listed
    return None


def _continues_entry(text: str) -> bool:
    """A title or organisation line under a name in a people block."""
    return not is_sentence(text) and not _looks_like_section_heading(text)


def _looks_like_section_heading(text: str) -> bool:
    return bool(
        re.match(r"^(?:Panel|Session|Part)\s+[\dIVX]+\b", text)
        or CONTAINER_HEADINGS.match(text)
        or TRAILER.match(text)
        or is_time_slot(text)
    )


def read_people_list(lines: list[SourceLine], state: State, at_end: bool) -> None:
    """Read name / role / bio entries (the speakers trailer or a participants list)."""
    items = [(line.number, normalise(line.text)) for line in lines if not is_blank(line.text)]
    entries: list[PersonEntry] = []
    i = 0
    while i < len(items):
        number, text = items[i]
        nxt = items[i + 1][1] if i + 1 < len(items) else None
        person = entries[-1] if entries else None
        listed = name_role_line(text) if not looks_like_name(text) else None
        if DISCLAIMER.search(text):
            state.set_disclaimer(text, Lines(number, number))
        elif is_furniture(text, state, Lines(number, number)):
            pass
        elif listed is not None and (
            person is None or person.role is not None or person.bio is not None
        ):
            # "Lt. Gen. Jane Roe (ret.), Senior Adviser, X" among name / bio entries
            entries.append(PersonEntry(listed.written, number, number, role=listed.role))
        elif looks_like_name(text) and not (
            person is not None
            and person.role_line_open
            and person.role is None
            and person.bio is None
            and _is_role_here(text, nxt)
        ):
            entries.append(PersonEntry(text, number, number))
        elif (recovered := _name_from_bio(text, nxt)) is not None and (
            person is None or person.bio is not None or person.role is not None
        ):
            # A role line whose name line was lost: the bio below it names the person.
            entries.append(PersonEntry(recovered, number, number, role=text))
        elif person is None:
            state.unclassified.append(Unclassified(text, Lines(number, number)))
        elif person.role is None and person.bio is None and (glued := glued_bio(person.name, text)):
            # "Senior Fellow, Harbor ForumJane Roe is a senior fellow ...": no space between
            person.role, person.bio = text[:glued], text[glued:]
            state.furnish("source-line", text, number)  # the glued words, as written
            person.role_line_open = False
            person.end = number
        elif (
            not is_sentence(text)
            and person.role is None
            and person.bio is None
            and (nxt is None or not _is_name_for_bio(text, nxt))
            and not (at_end and nxt is None and len(text.split()) > 6)
        ):
            person.role = text
            person.end = number
        else:
            person.bio = f"{person.bio} {text}" if person.bio else text
            person.role_line_open = False
            person.end = number
        i += 1
    last_text = items[-1][1] if items else ""
    for n, entry in enumerate(entries):
        final = n == len(entries) - 1 and at_end
        cut = final and (
            (entry.role is None and entry.bio is None)
            or (entry.bio is not None and not last_text.endswith(CLOSING))
        )
        state.speakers.append(entry.speaker(bool(cut)))


def glued_bio(name: str, text: str) -> int:
    """Where a bio that opens with the person's name is glued to the role before it, or 0."""
    words = strip_honorific(name).split()
    if not words:
        return 0
    for word in (words[0], words[-1]):
        match = re.search(rf"(?<=[a-z.)\]’'])(?={re.escape(word)}\b)", text)
        if match is not None and match.start() >= 3 and is_sentence(text[match.start() :]):
            return match.start()
    return 0


def _name_from_bio(role: str, bio: str | None) -> str | None:
    """The name a bio opens with, when ``role`` is a role line standing without its name."""
    if bio is None or is_sentence(role) or looks_like_name(role) or not is_sentence(bio):
        return None
    words = bio.split()
    for size in (4, 3, 2):
        candidate = " ".join(words[:size])
        if looks_like_name(candidate) and len(words) > size and words[size][:1].islower():
            return candidate
    return None


def _is_role_here(text: str, nxt: str | None) -> bool:
    """A name-shaped line right after a name is a role when a bio about someone else follows."""
    if nxt is None or not is_sentence(nxt):
        return False
    surname = text.split()[-1]
    return surname not in nxt


def _is_name_for_bio(text: str, nxt: str) -> bool:
    return looks_like_name(text) and is_sentence(nxt) and text.split()[-1] in nxt


def starts_people_run(units: list[Unit], index: int) -> bool:
    """A name line followed by a bio about that person (optionally with a role between)."""
    name = units[index].text
    after = units[index + 1 : index + 3]
    if not after or after[0].bullet:
        return False
    if _is_bio_of(name, after[0].text, last=len(after) == 1 and index + 2 == len(units)):
        return True
    if glued_bio(name, after[0].text):
        return True  # "Senior Fellow, XJane Roe is ...": the role glued to the bio
    role = after[0].text
    return (
        "," in role
        and not is_sentence(role)
        and len(after) == 2
        and _is_bio_of(name, after[1].text, last=index + 3 == len(units))
    )


def _is_bio_of(name: str, text: str, last: bool) -> bool:
    """A bio opens with the person's name (or surname, or a pronoun); the page's last
    line may be a bio cut off mid-sentence."""
    words = strip_honorific(name).split()
    opens = text.startswith((words[0], words[-1], "He ", "She ", "They "))
    return opens and (is_sentence(text) or (last and len(text.split()) >= 4))


def people_run_end(units: list[Unit], index: int) -> int:
    """Index after a headless run of name / role / bio entries."""
    end = index
    while end < len(units) and not units[end].bullet:
        if looks_like_name(units[end].text):
            if not starts_people_run(units, end) and end != index:
                break
            end += 1
            continue
        if DISCUSSANTS.match(units[end].text) or DISCLAIMER.search(units[end].text):
            break
        if not is_sentence(units[end].text) and "," not in units[end].text:
            break
        end += 1
    return end
