"""Write the rule catalogue into README.md from the rules themselves (one source of truth).

python scripts/update_catalogue.py          # rewrite the README section
python scripts/update_catalogue.py --check  # exit 1 when the README is out of date
"""

from __future__ import annotations

import sys
from pathlib import Path

from missionlint.rulebook.loading import load_rules

README = Path(__file__).resolve().parents[1] / "README.md"
START, END = "<!-- catalogue -->", "<!-- /catalogue -->"


def catalogue() -> str:
    lines = ["| id | name | category | severity | applies to | what it checks |", "|---|---|---|---|---|---|"]
    for rule in load_rules():
        category = rule.category + (" (optional pack)" if rule.optional else "")
        summary = rule.summary.replace("|", "\\|")
        lines.append(
            f"| {rule.id} | `{rule.name}` | {category} | {rule.severity} | {', '.join(rule.applies_to) or 'every file'} | {summary} |"
        )
    return "\n".join(lines)


def updated(text: str) -> str:
    head, rest = text.split(START, 1)
    tail = rest.split(END, 1)[1] if END in rest else rest
    return f"{head}{START}\n{catalogue()}\n{END}{tail}"


def main() -> int:
    text = README.read_text(encoding="utf-8")
    new = updated(text)
    if "--check" in sys.argv:
        return 0 if new == text else 1
    README.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
