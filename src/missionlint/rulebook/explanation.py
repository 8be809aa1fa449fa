"""What `explain` says about a rule, as titled blocks: the command line prints them, the
language server shows them on hover. One text, two renderings."""

from __future__ import annotations

from dataclasses import dataclass

from missionlint.rulebook.model import Rule
from missionlint.rulebook.templating import explained


@dataclass(frozen=True)
class Block:
    title: str
    body: str
    tone: str = "text"  # "text" (prose), or an example: "bad", "good", "template"

    @property
    def example(self) -> bool:
        return self.tone != "text"


def applies(rule: Rule) -> str:
    """The kinds a rule applies to; ML000 (about comments, not text) applies to every file."""
    return ", ".join(rule.applies_to) or "elk bestand"


def heading(rule: Rule) -> tuple[str, str]:
    """The rule's name line and what it applies to."""
    return f"{rule.id} {rule.name}", f"({rule.category}, {rule.severity}, voor: {applies(rule)})"


def blocks(rule: Rule) -> list[Block]:
    """What it checks, why, a bad example with the rewrite missionlint gives, the template
    to fill in, and a good example."""
    bad, good = rule.bad[0], rule.good[0]
    out = [
        Block("Wat het controleert", rule.summary),
        Block("Waarom", rule.explanation),
        Block("Fout voorbeeld", bad.text, "bad"),
    ]
    if bad.vocabulary:
        out.append(Block("Met deze configuratie", bad.vocabulary.flow()))
    if bad.rewrite:
        out.append(Block("Herschrijving die missionlint geeft", bad.rewrite, "good"))
    if rule.rewrite.get("template"):
        threshold = rule.spec.get("max", rule.spec.get("min"))
        values = {} if threshold is None else {"threshold": threshold}
        title = "Sjabloon om in te vullen" if not bad.rewrite else "Sjabloon als er geen herschrijving is"
        out.append(Block(title, explained(rule.rewrite["template"], **values), "template"))
    out.append(Block("Goed voorbeeld", good.text, "good"))
    return out
