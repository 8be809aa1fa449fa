"""Small helpers the test modules share (fixtures live in conftest.py)."""

from __future__ import annotations

from pathlib import Path


def write(path: Path, text: str) -> Path:
    """Write `text` to `path`, creating its folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def add_text_box(document, paragraphs: tuple[str, ...], anchor_text: str = "Zie het kader."):
    """A Word text box holding `paragraphs`, anchored in a new paragraph of `document`
    (python-docx writes no text boxes, so the VML is written by hand)."""
    anchor = document.add_paragraph(anchor_text)
    anchor._p.append(text_box_run(paragraphs))
    return anchor


def text_box_run(paragraphs: tuple[str, ...]):
    """A run holding a VML text box with `paragraphs`, to append to a paragraph element."""
    from docx.oxml import parse_xml

    box = "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in paragraphs)
    return parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape><v:textbox>'
        f"<w:txbxContent>{box}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
