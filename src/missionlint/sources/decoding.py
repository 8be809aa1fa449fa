"""Turning a file's bytes into text: encodings, binary files and the size limit.

Line endings are normalised to "\\n", so `Source.text` is what offsets and positions refer to.
"""

from __future__ import annotations

from missionlint.errors import InputError

MAX_BYTES = 1_000_000  # documented size limit
_BINARY_PROBE = 8192
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode(data: bytes, path: str) -> tuple[str, str, list[str]]:
    """Decode file bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252.

    Returns (text, encoding, warnings); newlines are normalised to "\\n".
    """
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return normalise_newlines(data[3:].decode("utf-8")), "utf-8-sig", []
        except UnicodeDecodeError:
            pass
    elif data.startswith(_UTF16_BOMS):
        try:
            return normalise_newlines(data.decode("utf-16")), "utf-16", []
        except UnicodeDecodeError:
            pass
    else:
        try:
            return normalise_newlines(data.decode("utf-8")), "utf-8", []
        except UnicodeDecodeError:
            pass
    text = data.decode("cp1252", errors="replace")
    return normalise_newlines(text), "cp1252", ["niet als UTF-8 te lezen; gelezen als cp1252"]


def is_binary(data: bytes) -> bool:
    if b"\x00" not in data[:_BINARY_PROBE]:
        return False
    if data.startswith(_UTF16_BOMS):
        try:
            data.decode("utf-16")
            return False
        except UnicodeDecodeError:
            return True
    return True


def format_limit() -> str:
    return f"{MAX_BYTES:,}".replace(",", ".")


def too_big(path: str, size: int | None) -> InputError:
    if size is None:  # stdin is read up to one byte past the limit: its full size is unknown
        return InputError(path, f"invoer is te groot (meer dan {format_limit()} bytes, de grens)")
    return InputError(path, f"bestand is te groot ({size} bytes); de grens is {format_limit()} bytes")
