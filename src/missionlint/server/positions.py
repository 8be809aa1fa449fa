"""Character offsets in `Source.text` to LSP positions and back.

The linter counts characters in text with "\\n" newlines; a client counts lines the same
way ("\\r\\n", "\\r" and "\\n" each end one) but columns in the position encoding agreed at
`initialize`: UTF-16 code units unless the client offered UTF-8 or UTF-32. Only the
columns need converting, and pygls's codec does that per line.
"""

from __future__ import annotations

import bisect
from itertools import accumulate

from lsprotocol import types
from pygls.workspace import PositionCodec, ServerTextPosition


class Lines:
    def __init__(self, text: str, codec: PositionCodec):
        self.lines = text.split("\n")
        self.starts = [0, *accumulate(len(line) + 1 for line in self.lines[:-1])]
        self.codec = codec

    def position(self, offset: int) -> types.Position:
        line = max(bisect.bisect_right(self.starts, offset) - 1, 0)
        column = min(offset - self.starts[line], len(self.lines[line]))
        return self.codec.position_to_client_units(self.lines, ServerTextPosition(line, column))

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(self.position(start), self.position(end))

    def offset(self, position: types.Position) -> int:
        """The character offset of a client position (clamped to the text)."""
        if position.line >= len(self.lines):
            return self.starts[-1] + len(self.lines[-1])
        copy = types.Position(max(position.line, 0), max(position.character, 0))  # pygls clamps in place
        found = self.codec.position_from_client_units(self.lines, copy)
        return self.starts[found.line] + min(found.character, len(self.lines[found.line]))
