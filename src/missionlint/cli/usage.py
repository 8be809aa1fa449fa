"""Typer and click in Dutch: the help screens' furniture and the command-line usage errors.

Typer writes our own help texts as we give them (Dutch), but adds words of its own and of
click: "Usage:", the panel titles, the `--help` and completion options, and the usage
errors ("No such option: --selct"), each in an English panel. The command classes here
(given to Typer with `cls=`, the way it allows) put Dutch in their place, and turn every
usage error into one Dutch line on stderr with exit code 2, like every other error.

Typer 0.28 carries its own copy of click and earlier versions use click itself, so click's
exceptions are recognised by their class names (as Typer does), never imported.
"""

from __future__ import annotations

import re
import sys
from typing import Any, cast

from typer.core import TyperCommand, TyperGroup

from missionlint.cli.output import EXIT_ERROR, error_line
from missionlint.hints import did_you_mean, suggestion

OPTIONS = "Opties"
ARGUMENTS = "Argumenten"
COMMANDS = "Opdrachten"
_OWN_OPTIONS = {  # options Typer and click add, with their Dutch help
    "help": "Toon deze hulp en stop.",
    "install_completion": "Installeer tab-aanvulling voor de shell waarin u dit start.",
    "show_completion": "Toon het script voor tab-aanvulling, om het zelf te installeren.",
}
# click's messages about a value that does not fit its parameter, by pattern
_BAD_VALUES = [
    (r"(.+) is not one of (.+)\.", r"\1 is geen van \2"),
    (r"(.+) is not in the range (.+)\.", r"\1 ligt buiten \2"),
    (r"(.+) is not a valid float( range)?\.", r"\1 is geen getal"),
    (r"(.+) is not a valid integer( range)?\.", r"\1 is geen geheel getal"),
    (r"(.+) is not a valid boolean\.", r"\1 is geen ja/nee-waarde"),
    (r"(?:File|Directory|Path) (.+) does not exist\.", r"\1 bestaat niet"),
    (r"(.+) is not (.+)\.", r"\1 is niet \2"),
]


def _kinds(error: BaseException) -> set[str]:
    """The class names of an exception and its bases: "NoSuchOption", "UsageError", ..."""
    return {cls.__name__ for cls in type(error).__mro__}


class _Dutch:
    """What DutchCommand and DutchGroup share."""

    def get_params(self, ctx: Any) -> list[Any]:
        """The parameters, with Dutch help for the options Typer adds (the completion
        options come after the command is made) and a Dutch panel for every parameter
        that does not name its own."""
        params = super().get_params(ctx)  # type: ignore[misc]
        for param in params:
            if param.name in _OWN_OPTIONS:
                param.help = _OWN_OPTIONS[param.name]
            if getattr(param, "rich_help_panel", None) is None:
                param.rich_help_panel = OPTIONS if param.param_type_name == "option" else ARGUMENTS
        return params

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = _OWN_OPTIONS["help"]
        return option

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        pieces = self.collect_usage_pieces(ctx)  # type: ignore[attr-defined]
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix="Gebruik: ")


class DutchCommand(_Dutch, TyperCommand):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.options_metavar = "[OPTIES]"


class DutchGroup(_Dutch, TyperGroup):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.options_metavar = "[OPTIES]"
        self.subcommand_metavar = "OPDRACHT [ARGUMENTEN]..."

    def main(self, *args: Any, **kwargs: Any) -> Any:
        """As Typer's, but a usage error is one Dutch line on stderr and exit code 2."""
        standalone_mode = kwargs.get("standalone_mode", True)
        kwargs["standalone_mode"] = False
        try:
            code = super().main(*args, **kwargs)
        except Exception as error:
            kinds, failure = _kinds(error), cast(Any, error)
            if "NoArgsIsHelpError" in kinds:  # the help itself is the message
                print(failure.format_message())
                error_line(f"geef een opdracht; zie {failure.ctx.command_path} --help")
                code = EXIT_ERROR
            elif "UsageError" in kinds:
                error_line(usage_error(error))
                code = EXIT_ERROR
            elif "Abort" in kinds:
                error_line("afgebroken")
                code = 1
            elif "ClickException" in kinds:
                error_line("de opdracht kon niet worden uitgevoerd")
                code = EXIT_ERROR
            else:
                raise
        if not standalone_mode:
            return code
        sys.exit(code or 0)


def _bad_value(message: str) -> str:
    for pattern, dutch in _BAD_VALUES:
        match = re.fullmatch(pattern, message.strip())
        if match:
            return match.expand(dutch).replace(" or ", " of ")
    return "ongeldige waarde"


def usage_error(error: Any) -> str:
    """What is wrong with the command line (click's UsageError), in Dutch, and where to
    read how it goes."""
    ctx, kinds = error.ctx, _kinds(error)
    where = f"; zie {ctx.command_path} --help" if ctx is not None else ""
    if "NoSuchOption" in kinds:
        close = error.possibilities[0] if error.possibilities else None
        return f"onbekende optie {error.option_name}{suggestion(close)}{where}"
    if "MissingParameter" in kinds:
        hint = error.param.get_error_hint(ctx) if error.param is not None and ctx is not None else ""
        return f"{hint or 'een argument'} ontbreekt{where}"
    if "BadParameter" in kinds:
        hint = error.param.get_error_hint(ctx) if error.param is not None and ctx is not None else ""
        return f"ongeldige waarde voor {hint}: {_bad_value(error.message)}{where}"
    if "BadOptionUsage" in kinds:
        if "requires" in error.message:
            return f"optie {error.option_name} heeft een waarde nodig{where}"
        return f"optie {error.option_name} wordt verkeerd gebruikt{where}"
    extra = re.fullmatch(r"Got unexpected extra argument(?:s|\(s\))? \((.+)\)", error.message.strip())
    if extra:
        return f"onverwacht argument: {extra.group(1)}{where}"
    command = re.match(r"No such command '(.+?)'", error.message.strip())
    if command and ctx is not None and hasattr(ctx.command, "commands"):
        return f"onbekende opdracht '{command.group(1)}'{did_you_mean(command.group(1), ctx.command.commands)}{where}"
    return f"ongeldige opdracht{where}"
