"""For formats that need every result before they write (a single JSON or XML document)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TextIO

from missionlint.errors import InputError
from missionlint.findings import FileResult
from missionlint.formatters import Options
from missionlint.lint.scoring import Totals

Render = Callable[[list[FileResult], list[InputError], "dict | None"], str]


def writer(render: Render) -> Callable[..., Totals]:
    """`write(out, results, errors, model, options)` from a `render(results, errors, model)`."""

    def write(
        out: TextIO, results: Iterable[FileResult], errors: list[InputError], model: dict | None, options: Options
    ) -> Totals:
        results = list(results)
        out.write(render(results, errors, model) + "\n")
        return Totals.of(results)

    return write
