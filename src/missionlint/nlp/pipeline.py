"""Which Dutch spaCy pipeline missionlint reads with, and loading it.

`--model` accepts `auto` (spaCy's `nl_core_news_sm` when it is installed, else the
bundled pipeline), `bundled`, the name of an installed pipeline package, or a pipeline
directory. Resolving a name reads only meta.json, so `model info` stays fast.
"""

from __future__ import annotations

import importlib.util
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from missionlint.errors import ModelError

BUNDLED_NAME = "nl_missionlint_sm"
PREFERRED_PACKAGE = "nl_core_news_sm"
INSTALL_HINT = (
    "installeer spaCy's Nederlandse pipeline met `python -m spacy download nl_core_news_sm`, "
    "geef een pipelinemap, of gebruik --model bundled"
)


@dataclass(frozen=True)
class ModelInfo:
    name: str
    version: str
    path: Path
    source: str  # "bundled", "package" or "directory"
    meta: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def accuracy(self) -> dict:
        return self.meta.get("accuracy") or self.meta.get("performance") or {}

    def as_dict(self) -> dict:
        return {"name": self.name, "version": self.version, "source": self.source}


def bundled_path() -> Path:
    return Path(__file__).parents[1] / "pipelines" / BUNDLED_NAME


def _read_meta(path: Path) -> dict:
    try:
        return json.loads((path / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _from_directory(path: Path, source: str) -> ModelInfo:
    meta = _read_meta(path)
    name = f"{meta.get('lang', 'nl')}_{meta['name']}" if "name" in meta else path.name
    return ModelInfo(name=name, version=str(meta.get("version", "?")), path=path, source=source, meta=meta)


def _package_dir(name: str) -> Path | None:
    """The data directory of an installed spaCy pipeline package (the one with config.cfg)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    root = Path(list(spec.submodule_search_locations)[0])
    if (root / "config.cfg").exists():
        return root
    for child in sorted(root.iterdir()):
        if (child / "config.cfg").exists():
            return child
    return None


def resolve(spec: str = "auto") -> ModelInfo:
    spec = (spec or "auto").strip()
    if spec == "auto":
        package = _package_dir(PREFERRED_PACKAGE)
        if package is not None:
            return _from_directory(package, "package")
        spec = "bundled"
    if spec == "bundled":
        path = bundled_path()
        if not (path / "config.cfg").exists():
            raise ModelError(
                f"de meegeleverde pipeline ontbreekt in {path}; installeer missionlint opnieuw of {INSTALL_HINT}"
            )
        return _from_directory(path, "bundled")
    path = Path(spec).expanduser()
    if path.is_dir():
        if not (path / "config.cfg").exists():
            raise ModelError(f"{spec}: geen map met een spaCy-pipeline (config.cfg ontbreekt)")
        return _from_directory(path, "directory")
    if spec.isidentifier():
        package = _package_dir(spec)
        if package is not None:
            return _from_directory(package, "package")
    raise ModelError(f"onbekend model '{spec}': geen 'auto', 'bundled', geïnstalleerd pakket of map; {INSTALL_HINT}")


def _load_problem(error: Exception) -> str:
    """Why spaCy could not load a pipeline, in Dutch (its own message is English)."""
    if isinstance(error, OSError):
        return "bestanden ontbreken of zijn onleesbaar"
    code = re.search(r"\[(E\d+)\]", str(error))
    return f"spaCy-fout {code.group(1)}" if code else "ongeldige pipeline"


def load(info: ModelInfo, exclude: tuple[str, ...] = (), disable: tuple[str, ...] = ()):
    """Load a resolved pipeline; `exclude` leaves components out, `disable` loads them
    without running them (a component may still call them, as mission_fixes the parser)."""
    import spacy

    import missionlint.nlp.components  # noqa: F401  (registers the bundled pipeline's components)

    try:
        nlp = spacy.load(info.path, exclude=list(exclude), disable=list(disable))
    except (OSError, ValueError) as error:
        raise ModelError(f"kan model {info.name} niet laden uit {info.path}: {_load_problem(error)}") from error
    assigned = {attr for name in nlp.pipe_names for attr in nlp.get_pipe_meta(name).assigns}
    missing = [attr for attr in NEEDED if attr not in assigned]
    if missing:
        raise ModelError(
            f"model {info.name} ({info.path}) levert geen {', '.join(missing)}; de regels hebben "
            "een Nederlandse pipeline met tagger, morphologizer en parser nodig"
        )
    add_own_components(nlp, exclude)
    return nlp


# What the rules read from a pipeline besides the tokens.
NEEDED = ("token.pos", "token.tag", "token.dep")


KIND_MODEL = "kind_textcat"  # the text model of the four kinds (`training.kind_model` trains it)
# The bundled pipeline's own components, by name there and factory.
OWN_COMPONENTS = {
    "lemma_lookup": "missionlint_lemma_lookup",
    "mission_fixes": "missionlint_mission_fixes",
    KIND_MODEL: "textcat",
}


def add_own_components(nlp, exclude: tuple[str, ...] = ()) -> None:
    """Give another Dutch pipeline (nl_core_news_sm, a folder) what the bundled one adds to
    a plain tagger and parser, so the rules read the same attributes whichever pipeline
    parses: lemmas corrected by the lookup table, the mission fixes (comparatives,
    infinitive fragments) and the kind text model, taken from the bundled pipeline."""
    factories = {nlp.get_pipe_meta(name).factory for name in nlp.pipe_names}
    for name in ("lemma_lookup", "mission_fixes"):
        if OWN_COMPONENTS[name] not in factories and name not in exclude and name not in nlp.pipe_names:
            nlp.add_pipe(OWN_COMPONENTS[name], name=name, last=True)
    if KIND_MODEL not in nlp.pipe_names and KIND_MODEL not in exclude:
        import spacy

        bundled = spacy.load(
            bundled_path(),
            exclude=[n for n in OWN_COMPONENTS if n != KIND_MODEL]
            + ["tok2vec", "tagger", "morphologizer", "parser", "trainable_lemmatizer"],
        )
        nlp.add_pipe(KIND_MODEL, source=bundled, last=True)
