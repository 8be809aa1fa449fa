"""`check --diff` and `check --fix`: the safe rewrites (with `--unsafe-fixes` the unsafe ones too) applied.

A plan per file takes the reported findings that carry a `fix`, drops fixes that overlap
an earlier one or whose span holds markup (a rewrite would delete it), and applies the
rest from the end of the file backwards. `Source.text` has "\\n" newlines; the file is
written back from its own bytes instead: the decoded original (with its own "\\r\\n",
"\\r" or "\\n" newlines), the same encoding and the same byte-order mark, with only the
fixed spans replaced. The write is atomic (a temporary file in the same folder, then
`os.replace`), and refused when the file's bytes are no longer the ones that were
linted (sha256 compared right before the replace). Standard input and .docx files are
never written.
"""

from __future__ import annotations

import bisect
import contextlib
import difflib
import hashlib
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field

from missionlint.errors import FixError, InputError, os_reason
from missionlint.files import write_atomically
from missionlint.findings import FileResult
from missionlint.fix.model import Edit
from missionlint.sources.model import Source


@dataclass
class Plan:
    """The fixes for one file."""

    source: Source
    edits: list[Edit] = field(default_factory=list)  # non-overlapping, ascending
    rules: list[str] = field(default_factory=list)  # the rule each edit comes from
    skipped: list[str] = field(default_factory=list)  # why a fix was left out (Dutch)

    @property
    def path(self) -> str:
        return self.source.path

    @property
    def writable(self) -> bool:
        return self.source.format != "docx" and bool(self.source.digest) and self.path != "<stdin>"

    @property
    def new_text(self) -> str:
        return apply_edits(self.source.text, self.edits)


def plan(result: FileResult, unsafe: bool = False) -> Plan:
    """The non-overlapping fixes of a file's reported findings that `--fix` applies: the
    safe ones, and with `unsafe` the unsafe ones too; a finding's first such fix. A fix may
    replace more than the finding's span (a helper rewrites the whole sentence)."""
    source = result.source
    candidates = []
    for finding in result.findings:
        fix = next((f for f in finding.fixes if f.applies(unsafe)), None)
        if fix is not None and len(fix.edits) == 1 and source.text[fix.start : fix.end] != fix.replacement:
            candidates.append((finding, fix.edits[0]))
    candidates.sort(key=lambda pair: (pair[1].start, -pair[1].end, pair[0].rule.id))
    chosen = Plan(source)
    last: Edit | None = None
    for finding, edit in candidates:
        original = source.text[edit.start : edit.end]
        section = source.sections[finding.section]
        seen = section.text[section.text_offset(edit.start) : section.text_offset(edit.end)]
        inside = section.start <= edit.start <= edit.end <= section.end
        if source.text[finding.start : finding.end] != finding.text or not inside:
            chosen.skipped.append(f"{finding.rule.id}: tekst komt niet overeen met het bestand")
            continue
        if seen != original:
            chosen.skipped.append(f"{finding.rule.id}: '{' '.join(original.split())}' bevat opmaak")
            continue
        if source.format == "html" and set(edit.replacement) & set("<>&"):
            chosen.skipped.append(f"{finding.rule.id}: de herschrijving zou HTML-opmaak worden")
            continue
        if last is not None and edit.start < last.end:
            if edit != last:
                chosen.skipped.append(f"{finding.rule.id}: overlapt met {chosen.rules[-1]}")
            continue
        last = edit
        chosen.edits.append(edit)
        chosen.rules.append(finding.rule.id)
    return chosen


def apply_edits(text: str, edits: list[Edit], offset: Callable[[int], int] = lambda i: i) -> str:
    """`text` with the edits applied from the end backwards (`offset` maps edit offsets)."""
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        text = text[: offset(edit.start)] + edit.replacement + text[offset(edit.end) :]
    return text


def unified_diff(p: Plan) -> str:
    """A unified diff of the plan (paths as given, so `patch -p0` applies it). A file is
    diffed as it is, with its own newlines ("\\r\\n" stays "\\r\\n"), or patch would refuse
    it; stdin, or a file that changed since, as it was linted."""
    old, new = p.source.text, p.new_text
    if p.writable:
        with contextlib.suppress(FixError):
            _bom, _codec_name, old, new = _edited(p, _read(p))
    lines = []
    for line in difflib.unified_diff(_lines(old), _lines(new), fromfile=p.path, tofile=p.path):
        lines.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(lines)


def _lines(text: str) -> list[str]:
    """`text` split after each "\\n" only (a "\\r\\n" line keeps its "\\r")."""
    lines = text.split("\n")
    return [line + "\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])


# --------------------------------------------------------------------------- writing

_CRLF = re.compile(r"\r\n")


def _codec(encoding: str, data: bytes) -> tuple[bytes, str]:
    """(byte-order mark, codec) to write `data`'s encoding back exactly."""
    if encoding == "utf-8-sig":
        return data[:3], "utf-8"
    if encoding == "utf-16":
        return data[:2], "utf-16-le" if data.startswith(b"\xff\xfe") else "utf-16-be"
    if encoding in ("utf-8", "cp1252"):
        return b"", encoding
    raise FixError("", f"onbekende codering {encoding}")


def _newline(raw: str) -> str:
    """The file's most common newline ("\\n" when it has none)."""
    crlf = raw.count("\r\n")
    counts = {"\n": raw.count("\n") - crlf, "\r\n": crlf, "\r": raw.count("\r") - crlf}
    return max(counts, key=lambda k: counts[k])


def _edited(p: Plan, data: bytes) -> tuple[bytes, str, str, str]:
    """(byte-order mark, codec, the file's text, that text with the plan's edits), both
    texts with the file's own newlines; FixError when the bytes are not what was linted."""
    source = p.source
    if hashlib.sha256(data).hexdigest() != source.digest:
        raise FixError(p.path, CHANGED)
    try:
        bom, codec = _codec(source.encoding, data)
    except FixError as error:
        raise FixError(p.path, error.message) from None
    body = data[len(bom) :]
    try:
        raw = body.decode(codec)
    except UnicodeDecodeError:
        raise FixError(p.path, f"niet zonder verlies als {source.encoding} te lezen; niet herschreven") from None
    if raw.encode(codec) != body:
        raise FixError(p.path, "niet byte voor byte terug te schrijven; niet herschreven")
    if raw.replace("\r\n", "\n").replace("\r", "\n") != source.text:
        raise FixError(p.path, "inhoud wijkt af van wat gecontroleerd is; niet herschreven")
    # Source.text has one "\n" where the file has "\r\n": shift offsets by the CRLFs before.
    crlfs = [m.start() - i for i, m in enumerate(_CRLF.finditer(raw))]  # positions in Source.text
    newline = _newline(raw)
    edits = [Edit(e.start, e.end, e.replacement.replace("\n", newline)) for e in p.edits]
    return bom, codec, raw, apply_edits(raw, edits, lambda i: i + bisect.bisect_left(crlfs, i))


def fixed_bytes(p: Plan, data: bytes) -> bytes:
    """The file's bytes `data` with the plan's edits, in the file's own encoding and newlines."""
    bom, codec, _raw, new_raw = _edited(p, data)
    try:
        return bom + new_raw.encode(codec)
    except UnicodeEncodeError as exc:
        raise FixError(
            p.path,
            f"herschrijving bevat '{exc.object[exc.start : exc.end]}', dat niet in "
            f"{p.source.encoding} past; niet herschreven",
        ) from None


def _read(p: Plan) -> bytes:
    """The bytes of the plan's file, read through a symlink."""
    try:
        with open(os.path.realpath(p.path), "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise FixError(p.path, f"kan bestand niet lezen: {os_reason(exc)}") from None


def _check_parses(p: Plan) -> None:
    """A fix must not break the file (a quote inside a quoted YAML string, say)."""
    from missionlint.sources.reading import parse_text

    try:
        parse_text(p.path, p.new_text, p.source.format)
    except InputError as error:
        raise FixError(
            p.path, f"herschrijving zou het bestand ongeldig maken ({error.message}); niet herschreven"
        ) from None


def _digest(path: str) -> str:
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


CHANGED = "bestand is gewijzigd sinds het werd gecontroleerd; niets geschreven"


def write(p: Plan, before_write: Callable[[str], None] | None = None) -> int:
    """Apply the plan to the file atomically; returns the number of edits written.

    `before_write(path)` runs after the new file is prepared and right before the final
    check that the file is unchanged (a seam for tests).
    """
    if not p.writable:
        raise FixError(p.path, "kan dit bestand niet herschrijven")
    if not p.edits:
        return 0
    path = os.path.realpath(p.path)  # write through a symlink, not over it
    data = _read(p)
    _check_parses(p)
    new = fixed_bytes(p, data)

    def unchanged() -> None:
        if before_write is not None:
            before_write(p.path)
        if _digest(path) != p.source.digest:
            raise FixError(p.path, CHANGED)

    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
        write_atomically(path, lambda out: out.write(new), mode=mode, before_replace=unchanged)
    except OSError as exc:
        raise FixError(p.path, f"kan niet schrijven: {os_reason(exc)}") from None
    return len(p.edits)


@dataclass
class Outcome:
    path: str
    applied: int = 0
    skipped: list[str] = field(default_factory=list)
    error: str | None = None  # why nothing was written
    note: str | None = None  # not written on purpose (.docx)


def apply(
    results: list[FileResult], before_write: Callable[[str], None] | None = None, unsafe: bool = False
) -> list[Outcome]:
    """Write the safe fixes (with `unsafe` the unsafe ones too) of every linted file that
    has some; one outcome per such file."""
    outcomes = []
    seen: dict[str, str] = {}  # real path -> the path it was first fixed under
    for result in results:
        p = plan(result, unsafe)
        if not p.edits and not p.skipped:
            continue
        outcome = Outcome(p.path, skipped=list(p.skipped))
        real = os.path.realpath(p.path) if p.writable else None
        if p.source.format == "docx":
            outcome.note = f"--fix schrijft geen .docx-bestanden; {len(p.edits)} herschrijving(en) overgeslagen"
        elif real is not None and real in seen:  # a symlink to a file fixed already (or the reverse)
            outcome.skipped, outcome.note = [], f"hetzelfde bestand als {seen[real]}; daar al herschreven"
        elif p.edits:
            if real is not None:
                seen[real] = p.path
            try:
                outcome.applied = write(p, before_write)
            except FixError as error:
                outcome.error = error.message
        outcomes.append(outcome)
    return outcomes
