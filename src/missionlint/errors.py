"""The errors missionlint reports: each one line, `file:line:col: message`, exit code 2.

One base class, so the command line turns every one of them into the same line and the
same exit code (as sqlfluff's `core/errors.py`). Subclasses say which stage failed.
"""

from __future__ import annotations

import errno
import os

# Why the operating system refused, in Dutch (its own strerror is English).
_OS_REASONS = {
    errno.EACCES: "geen toegang",
    errno.EPERM: "geen toestemming",
    errno.ENOENT: "bestaat niet",
    errno.ENOTDIR: "een deel van het pad is geen map",
    errno.EISDIR: "is een map",
    errno.ENOSPC: "geen ruimte meer op de schijf",
    errno.EROFS: "alleen-lezen bestandssysteem",
    errno.ELOOP: "te veel symbolische links",
    errno.ENAMETOOLONG: "naam te lang",
    errno.EEXIST: "bestaat al",
    errno.EBUSY: "in gebruik",
    errno.EIO: "lees- of schrijffout",
}


def os_reason(error: OSError) -> str:
    """Why an OSError happened, in Dutch: "geen toegang" for EACCES."""
    return _OS_REASONS.get(error.errno or 0, f"systeemfout {error.errno}" if error.errno else "systeemfout")


class MissionlintError(Exception):
    """Something that cannot be linted, with where it is (any of these may be unknown)."""

    def __init__(
        self, path: str | os.PathLike | None, message: str, line: int | None = None, column: int | None = None
    ):
        self.path: str | None = None if path is None else str(path)
        self.message, self.line, self.column = message, line, column
        super().__init__(self.describe())

    def location(self) -> str | None:
        """`path`, or `path:line:col` when the line is known; None without a path."""
        if self.path is None:
            return None
        return self.path if self.line is None else f"{self.path}:{self.line}:{self.column or 1}"

    def context(self) -> list[str]:
        """Parts between the location and the message (a rule, a field)."""
        return []

    def describe(self) -> str:
        where = self.location()
        return ": ".join([*([where] if where else []), *self.context(), self.message])


class InputError(MissionlintError):
    """A file (or stdin) that cannot be read; the other files are still linted."""

    path: str

    def __init__(self, path: str | os.PathLike, message: str, line: int | None = None, column: int | None = None):
        super().__init__(path, message, line, column)

    def location(self) -> str:
        return super().location() or self.path


class ConfigError(MissionlintError):
    """A configuration file or command-line option that cannot be used."""


class RuleError(MissionlintError):
    """A rule file that does not validate: names the file, the rule and the field."""

    def __init__(
        self,
        path: str | os.PathLike,
        message: str,
        rule: str | None = None,
        field: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ):
        self.rule, self.field = rule, field
        super().__init__(str(path), message, line, column)

    def context(self) -> list[str]:
        return [*([f"regel {self.rule}"] if self.rule else []), *([f"veld '{self.field}'"] if self.field else [])]


class ModelError(MissionlintError):
    """A pipeline that cannot be found or loaded."""

    def __init__(self, message: str):
        super().__init__(None, message)


class FixError(MissionlintError):
    """A file that cannot be rewritten safely; nothing is written to it."""

    def __init__(self, path: str | os.PathLike, message: str):
        super().__init__(path, message)
