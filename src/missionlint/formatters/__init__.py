"""Output formats, all fed by the same list of file results."""

FORMATS = ("text", "json")
