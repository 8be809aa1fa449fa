"""Role or outcome, sentence by sentence (checks/framing.py), through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from missionlint.cli import app

runner = CliRunner()
pytestmark = pytest.mark.usefixtures("pipeline_once")  # each CLI run would load the pipeline again
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def check_file(tmp_path: Path, text: str, heading: str = "Missie", *options: str) -> dict:
    path = tmp_path / "tekst.md"
    path.write_text(f"## {heading}\n\n{text}\n", encoding="utf-8")
    result = runner.invoke(app, ["check", str(path), "--format", "json", "--no-cache", *options])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["files"][0]


def framing_warnings(report: dict) -> list[dict]:
    return [f for f in report["findings"] if f["category"] == "framing" and f["severity"] in ("warning", "error")]


def profile(report: dict) -> list[str]:
    return [s["framing"] for section in report["sections"] for s in section["sentences"]]


@pytest.mark.parametrize(
    "text",
    [
        # self-image: the relative clause decorates the school
        "Wij willen een veilige en warme school zijn waar ieder kind met plezier leert.",
        # effort and commitment frames
        "Wij zetten ons in voor betaalbaar en duurzaam wonen in de Kempen.",
        "Het OCMW staat in voor een kwaliteitsvolle en laagdrempelige dienstverlening aan alle inwoners.",
        # a definition of the organisation
        "De bibliotheek is de plek voor iedereen die wil lezen, leren en elkaar ontmoeten.",
        # an offer with a vague outcome: still a role
        "Wij bieden goede zorg aan ouderen in de regio. Daarbij staat de cliënt centraal.",
        # a purpose formula
        "Het is onze missie om lezen en leren te bevorderen voor alle inwoners van de stad.",
    ],
)
def test_role_statements_get_a_framing_warning(tmp_path, text):
    report = check_file(tmp_path, text)
    assert framing_warnings(report), report["findings"]
    assert "role" in profile(report)


@pytest.mark.parametrize(
    "text",
    [
        "Ouderen in Zuidhoven wonen veilig en zelfstandig thuis, met zorg dichtbij als ze die nodig hebben.",
        "Een regio waar ouderen zelfstandig en in goed gezelschap oud worden.",
        "Een schonere stad.",
        "Een Nederland waarin ieder kind kan sporten, ongeacht het inkomen van zijn ouders.",
        # the outcome first, then the means: no role finding at all
        "Een wijk waar kinderen veilig buiten spelen. Daar werken wij elke dag aan met bewoners en scholen.",
        # a role main clause that names its own result
        "Wij bieden zorg aan huis, zodat ouderen in de regio zo lang als ze willen thuis kunnen wonen.",
    ],
)
def test_outcomes_and_means_get_no_framing_finding(tmp_path, text):
    report = check_file(tmp_path, text)
    role_rules = ("ML101", "ML102", "ML103", "ML105", "ML111", "ML112")
    assert not [f for f in report["findings"] if f["rule"] in role_rules], report["findings"]


def test_an_outcome_later_turns_the_role_sentence_into_advice(tmp_path):
    text = (
        "Wij bieden goede zorg aan ouderen in de regio. Daarbij staat de cliënt centraal. "
        "Zo wonen ouderen langer thuis."
    )
    report = check_file(tmp_path, text)
    role = [f for f in report["findings"] if f["rule"] in ("ML105", "ML112")]
    assert role and all(f["severity"] == "info" for f in role)
    assert any("zin 3" in f["message"] for f in role)
    assert profile(report)[0] == "role" and profile(report)[-1] == "outcome"


@pytest.mark.parametrize(
    ("first", "warned"),
    [
        ("Een mooiere wereld.", True),  # for no one and nowhere: vague, no outcome to begin with
        ("Ouderen in Oostdal wonen langer thuis.", False),  # who and how: the role sentence is its means
    ],
)
def test_a_vague_outcome_does_not_turn_the_role_sentences_into_means(tmp_path, first, warned):
    report = check_file(tmp_path, f"{first} Wij bieden zorg aan huis en maaltijden aan ouderen in Oostdal.")
    assert profile(report)[0] == "outcome"
    assert bool(framing_warnings(report)) is warned


def test_a_text_of_mostly_role_sentences_keeps_its_warnings_despite_one_outcome(tmp_path):
    text = (
        "Wij bieden goede zorg aan ouderen in de regio. Wij organiseren elke week een koffieochtend. "
        "Wij werken samen met de huisarts en de apotheek. Onze medewerkers volgen elk jaar een training. "
        "Zo wonen ouderen langer thuis."
    )
    report = check_file(tmp_path, text)
    assert profile(report) == ["role", "role", "role", "role", "outcome"]
    role = framing_warnings(report)
    assert role and all("zin 5" in f["message"] for f in role)  # still told where the outcome is


def test_a_mission_that_opens_with_three_role_sentences_keeps_their_warnings(tmp_path):
    opening = (
        "Wij bieden goede zorg aan ouderen in de regio. Wij organiseren elke week een koffieochtend. "
        "Wij werken samen met de huisarts en de apotheek. "
    )
    report = check_file(tmp_path, opening + "Zo wonen ouderen langer thuis. Iedereen kent zijn buren.")
    assert profile(report) == ["role", "role", "role", "outcome", "outcome"]
    assert framing_warnings(report)
    two = "Wij bieden goede zorg aan ouderen in de regio. Wij werken samen met de huisarts en de apotheek. "
    assert framing_warnings(check_file(tmp_path, two + "Zo wonen ouderen langer thuis.")) == []


def test_a_view_at_the_top_does_not_silence_the_role_sentences_after_it(tmp_path):
    """A vision that opens with how people are, then tells what the organisation does,
    names no outcome: the opening is a view, not the state the work is for."""
    view = "Geen twee kinderen zijn hetzelfde. "
    role = "Wij bieden onderwijs op maat in kleine klassen. Onze leraren volgen elk jaar een training."
    report = check_file(tmp_path, view + role, "Visie")
    assert profile(report) == ["neutral", "role", "role"]
    assert framing_warnings(report)


def test_a_strategy_of_mostly_activities_keeps_its_warnings_despite_one_outcome(tmp_path):
    """Values and strategy are lists: an outcome anywhere makes the other items means to
    it, unless nearly all items are the organisation's activities."""
    activities = (
        "- Wij openen een tweede inloophuis in de wijk Noord.\n- Wij werven twintig nieuwe vrijwilligers.\n"
        "- Wij organiseren elke maand een spreekuur in het buurthuis.\n- Wij werken samen met de huisartsen.\n"
    )
    mostly = check_file(tmp_path, activities + "- Zo wonen ouderen langer thuis.", "Strategie")
    assert profile(mostly) == ["role", "role", "role", "role", "outcome"]
    assert framing_warnings(mostly)
    few = "- Wij openen een tweede inloophuis in de wijk Noord.\n- Zo wonen ouderen langer thuis."
    assert framing_warnings(check_file(tmp_path, few, "Strategie")) == []


def test_json_sections_carry_the_profile_with_offsets(tmp_path):
    text = "Wij bieden thuiszorg in de regio. Ouderen wonen langer veilig thuis."
    path = tmp_path / "tekst.md"
    path.write_text(f"## Missie\n\n{text}\n", encoding="utf-8")
    result = runner.invoke(app, ["check", str(path), "--format", "json", "--no-cache"])
    section = json.loads(result.stdout)["files"][0]["sections"][0]
    content = path.read_text(encoding="utf-8")
    spans = [content[s["start"]["offset"] : s["end"]["offset"]] for s in section["sentences"]]
    assert spans == ["Wij bieden thuiszorg in de regio", "Ouderen wonen langer veilig thuis"]
    assert [s["framing"] for s in section["sentences"]] == ["role", "outcome"]


def test_the_text_report_summarises_the_profile(tmp_path):
    path = tmp_path / "tekst.md"
    path.write_text(
        "## Missie\n\nWij bieden thuiszorg. Wij leveren maaltijden. Ouderen wonen veilig thuis.\n", encoding="utf-8"
    )
    result = runner.invoke(app, ["check", str(path), "--no-cache", "--no-color"])
    assert "2 van 3 zinnen gaan over wat de organisatie doet; 1 noemt de uitkomst" in result.stdout


def test_the_score_follows_the_role_share(tmp_path):
    role_only = check_file(tmp_path, "Wij bieden thuiszorg. Wij leveren maaltijden aan huis.")
    mostly_outcome = check_file(
        tmp_path, "Wij bieden thuiszorg. Ouderen wonen veilig thuis. Niemand in de regio is eenzaam."
    )
    assert role_only["sections"][0]["score"] < mostly_outcome["sections"][0]["score"]


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*-sterk.*")), ids=lambda p: p.name)
def test_strong_examples_get_no_framing_or_kind_finding(path):
    result = runner.invoke(app, ["check", str(path), "--format", "json", "--no-cache"])
    findings = json.loads(result.stdout)["files"][0]["findings"]
    assert not [f for f in findings if f["category"] in ("framing", "kind")], findings


@pytest.mark.parametrize(
    "text", ["Een regio waar ouderen zelfstandig en in goed gezelschap oud worden.", "Een schonere stad."]
)
def test_an_outcome_mission_without_horizon_is_not_read_as_a_vision(tmp_path, text):
    labelled = check_file(tmp_path, text)
    assert not [f for f in labelled["findings"] if f["rule"] == "ML201"]
    bare = tmp_path / "tekst.txt"
    bare.write_text(text + "\n", encoding="utf-8")
    result = runner.invoke(app, ["check", str(bare), "--format", "json", "--no-cache", "--kind", "auto"])
    assert json.loads(result.stdout)["files"][0]["sections"][0]["inferred_kind"] == "missie"


def test_a_view_of_the_field_reads_as_a_vision(tmp_path):
    """How people are, and what the organisation does because of it: a vision as a view."""
    bare = tmp_path / "tekst.txt"
    bare.write_text("Geen twee kinderen zijn hetzelfde. Daarom kennen onze leraren elke leerling bij naam.\n")
    result = runner.invoke(app, ["check", str(bare), "--format", "json", "--no-cache", "--kind", "auto"])
    section = json.loads(result.stdout)["files"][0]["sections"][0]
    assert section["inferred_kind"] == "visie"


@pytest.mark.parametrize(
    ("heading", "text", "expected"),
    [
        # goals in note form: the organisation is the unsaid subject of the infinitive
        ("Missie", "Bijdragen aan een veilige samenleving.", ["role"]),
        (
            "Visie",
            "De gemeente wil:\n\n- toonaangevend worden in duurzame vernieuwing\n- herkenbaar zijn door een helder beleid",
            ["neutral", "role", "role"],
        ),
        # a question asks what the statement answers; the answer is read on its own
        ("Missie", "Waarom bestaat onze stichting? Wij bieden zorg aan ouderen in Oostdal.", ["neutral", "role"]),
        # list items that go on a self-image as its relative clauses describe the organisation
        (
            "Missie",
            "Ziekenhuis De Linde is het ziekenhuis:\n\n- waar u zich thuis voelt\n- waar artsen de tijd nemen",
            ["neutral", "role", "role"],
        ),
        ("Missie", "De beste begeleiding bieden in een warm en veilig huis.", ["role"]),
        # a purpose formula; an adjective inside a phrase is no state
        (
            "Missie",
            "Het is ons streven om met muziekles bij te dragen aan het plezier van kinderen in Oostdal.",
            ["role"],
        ),
        # the organisation's professionals as subject
        ("Missie", "Een wijkverpleegkundige bezoekt ouderen in de hele gemeente.", ["role"]),
        # a label and a dash before the explanation
        ("Kernwaarden", "- Gastvrij – de bibliotheek heet elke bezoeker uit de wijk welkom.", ["role"]),
        # qualities of the organisation, not states of the world
        ("Kernwaarden", "- Positieve werksfeer\n- Externe gerichtheid", ["role", "role"]),
        # that something matters is no state reached
        ("Visie", "Naast boeken zijn ook games en muziek belangrijk.", ["neutral"]),
        # a change completed is
        ("Visie", "In 2035 is het verschil in levensverwachting tussen de wijken gehalveerd.", ["outcome"]),
        # the problem the organisation answers is context, not a state it wants
        ("Visie", "In Oostdal groeit één op de tien kinderen op in armoede.", ["neutral"]),
        ("Visie", "Te veel jongeren in de regio wachten te lang op hulp.", ["neutral"]),
        ("Visie", "Wachtlijsten zijn lang.", ["neutral"]),
        ("Visie", "De zorg verandert snel: patiënten worden ouder en behandelingen complexer.", ["neutral"]),
        # a problem that says who the people are, or what they overcome, is not
        ("Missie", "Mensen met psychische problemen krijgen op tijd de juiste hulp.", ["outcome"]),
        ("Missie", "Niemand in Oostdal leeft in armoede.", ["outcome"]),
        # people in a state, also when the tagger calls their verb an infinitive
        ("Missie", "Ouderen in Eikenrode wonen tot het einde van hun leven in hun eigen dorp.", ["outcome"]),
        # a result clause about the organisation itself is no outcome
        (
            "Missie",
            "Wij werken open en eerlijk, zodat samenwerkingspartners weten wat zij bij ons kunnen halen.",
            ["role"],
        ),
        # a nominalised activity with an adverb before the verb
        ("Missie", "Het actief bevorderen van leesplezier bij kinderen in Oostdal.", ["role"]),
        # what the reader finds at the organisation is its offer
        ("Missie", "Onder één dak vind je de bibliotheek, een theaterzaal en ateliers.", ["role"]),
        # a state of the world named by its noun, with an adjective
        ("Missie", "Sociale rechtvaardigheid.", ["outcome"]),
        # a belief about how things are is a view; about what people deserve, a desired state
        ("Visie", "Wij geloven dat ouders de eerste opvoeders van hun kind zijn.", ["neutral"]),
        ("Visie", "Wij zijn ervan overtuigd dat goede zorg begint met luisteren naar de patiënt.", ["neutral"]),
        ("Visie", "Wij geloven dat ieder kind recht heeft op een veilige plek.", ["outcome"]),
        ("Visie", "Wij geloven in onderwijs dat vertrekt van de talenten van elke leerling.", ["role"]),
        (
            "Visie",
            "Het OCMW vertrekt vanuit de overtuiging dat ieder mens recht heeft op een menswaardig bestaan.",
            ["outcome"],
        ),
        ("Visie", "Wij geloven dat goede zorg moet aansluiten bij de cliënt.", ["role"]),
        # how people are or learn best is a view of them, not a state to reach
        ("Visie", "Leerlingen leren het best als ze zich gezien voelen.", ["neutral"]),
        ("Visie", "Elk kind haalt het beste uit zichzelf.", ["outcome"]),
        # how people differ and what they need, what something is or is for: views, too
        ("Visie", "Geen twee leerlingen zijn hetzelfde.", ["neutral"]),
        ("Visie", "Iedereen heeft weleens hulp nodig.", ["neutral"]),
        ("Missie", "Iedereen krijgt de hulp die hij nodig heeft.", ["outcome"]),
        ("Visie", "Gezondheid is meer dan niet ziek zijn.", ["neutral"]),
        ("Visie", "Armoede is geen keuze.", ["neutral"]),
        ("Visie", "Elke leerling heeft talenten.", ["neutral"]),
        ("Missie", "Elk kind heeft een veilige plek om te spelen.", ["outcome"]),
        ("Visie", "Elke patiënt is een mens met een eigen verhaal.", ["neutral"]),
        ("Visie", "Goede zorg is dichtbij en persoonlijk.", ["neutral"]),
        ("Missie", "Goede zorg is voor iedereen bereikbaar.", ["outcome"]),
        ("Missie", "Bezoekers zijn meer dan tevreden.", ["outcome"]),
        ("Visie", "Onderwijs is de sleutel tot een zelfstandig leven.", ["neutral"]),
        ("Waarden", "Respect is de basis van alles wat we doen.", ["role"]),
        # an infinitive as subject, which the tagger may take for the finite verb
        ("Visie", "Oud worden is geen probleem, maar een fase van het leven.", ["neutral"]),
        ("Visie", "Voorlezen is de sleutel tot taal.", ["neutral"]),
        # a belief about people is a view, also when its object is "ours"
        ("Visie", "Wij geloven dat nieuwkomers onze buurt sterker maken.", ["neutral"]),
        ("Visie", "Wij geloven dat onze leraren het verschil maken.", ["role"]),
        # how it often goes for people describes the field; a relative clause inside the
        # subject does not end the main clause
        ("Visie", "Gezinnen in de schuldhulp wachten vaak maanden op een eerste gesprek.", ["neutral"]),
        ("Visie", "Leerlingen die bij ons instromen, hebben al veel scholen gezien.", ["neutral"]),
        ("Missie", "Leerlingen die extra zorg nodig hebben, halen een diploma.", ["outcome"]),
        # a view, then what the organisation does about it: its role
        ("Visie", "Elke leerling is anders en wij passen onze lessen daarop aan.", ["role"]),
        ("Visie", "En wij geloven dat leerlingen samen meer leren.", ["neutral"]),
        # what whoever a clause describes wants is context too
        ("Visie", "Wie een beperking heeft, wil gewoon meedoen in de buurt.", ["neutral"]),
        # things whose plural ends like one for people are no people
        ("Waarden", "De pijlers zijn de afspraken over hoe we met elkaar omgaan.", ["neutral"]),
        # the items of a list after "Wij willen:" are what the organisation wants to do
        (
            "Visie",
            "Wij willen:\n\n- vrijwilligers opleiden;\n- jongeren betrekken bij de club.",
            ["neutral", "role", "role"],
        ),
        ("Visie", "Wij willen dat:\n\n- jongeren meedoen in de club.", ["neutral", "outcome"]),
        # the aim's "dat" after a comma, or tagged as a pronoun, still opens what people get;
        # a relative "dat" after a noun does not
        ("Missie", "Wij streven ernaar, dat elke leerling zich gezien voelt op school.", ["mixed"]),
        ("Missie", "Zo dragen we eraan bij dat ouderen in Oostdal langer thuis wonen.", ["mixed"]),
        ("Missie", "Wij zorgen voor een aanbod dat kinderen uitdaagt.", ["role"]),
        # whoever is welcome, the welcome is the organisation's; "steeds" as "always" is no trend
        ("Missie", "Grootouders zijn altijd welkom in de klas.", ["role"]),
        ("Missie", "Leerlingen, ouders en buren zijn steeds welkom in de school.", ["role"]),
        ("Visie", "De vragen van gezinnen worden steeds complexer.", ["neutral"]),
        # a present form the tagger took for a participle is still the finite verb
        ("Visie", "Basisschool De Wegwijzer gelooft in onderwijs dat nieuwsgierig maakt.", ["role"]),
        # a problem said of the subject is context; its absence is a state
        ("Visie", "Mantelzorgers in de regio zijn overbelast.", ["neutral"]),
        ("Visie", "Zo'n 40.000 kinderen in Vlaanderen leven met een chronische ziekte.", ["neutral"]),
        ("Missie", "Kinderen met een chronische ziekte leven zo gewoon mogelijk.", ["outcome"]),
        # how the field moves, and how it was: a vision's context, whoever its subject
        ("Visie", "De jeugdhulp staat niet stil.", ["neutral"]),
        ("Visie", "De wijk waarin onze leerlingen wonen is sterk in beweging.", ["neutral"]),
        ("Visie", "Het verkeer in de stad wordt alsmaar drukker.", ["neutral"]),
        ("Visie", "De stad waarin onze kinderen spelen en leren verandert snel.", ["neutral"]),
        # what people are worth is a belief; how they are doing, a state
        ("Visie", "Elke bewoner is waardevol en heeft iets te geven.", ["neutral"]),
        ("Missie", "Elke bewoner is gezond en heeft iets te doen.", ["outcome"]),
        # each in their own way: how people differ; what they are enabled to do is a state
        ("Visie", "Elke jongere groeit op zijn eigen manier naar volwassenheid.", ["neutral"]),
        ("Missie", "Elke jongere kan in zijn eigen tempo een diploma halen.", ["outcome"]),
        # a compound of a purpose noun is a purpose formula, read by its aim
        ("Missie", "De kerntaak van de academie is het muzikale talent van elke leerling te ontwikkelen.", ["role"]),
        # a plural "ze" goes on about what the sentence before was about
        ("Kernwaarden", "Onze waarden vormen de basis van de club. Ze sturen hoe we trainen.", ["role", "role"]),
        ("Missie", "Ouderen in de wijk zijn welkom. Ze krijgen elke dag een warme maaltijd.", ["role", "outcome"]),
        # ... but "zij" never continues "wij": the people of the sentence before
        ("Missie", "Wij zijn geslaagd als onze leerlingen slagen. Zij vinden daarna werk.", ["role", "outcome"]),
        # what the organisation holds ("vinden dat"), as "geloven dat": a view, or what people deserve
        ("Visie", "Wij vinden dat ook ouderen veel kunnen betekenen voor de buurt.", ["neutral"]),
        ("Visie", "Wij vinden dat iedere inwoner recht heeft op een betaalbaar huis.", ["outcome"]),
        ("Waarden", "Wij vinden dat elke melding serieus genomen moet worden.", ["role"]),
        # what the organisation sees in its field, when it is a change or a problem
        ("Visie", "Wij zien dat steeds meer jongeren eenzaam zijn.", ["neutral"]),
        ("Visie", "Wij zien een stad zonder eenzaamheid.", ["outcome"]),
        # "in beweging": a field that changes, or people who move
        ("Visie", "Wij zien een gemeente waarin iedereen dagelijks in beweging is.", ["outcome"]),
        # a present form tagged as a participle after a subject with a modifier
        ("Visie", "Het beeld van de jeugdzorg verschuift, ook in de politiek.", ["neutral"]),
        # a vision that names a world or place where ..., as an ambition does
        ("Visie", "Onze visie is een regio waarin elke jongere een plek vindt.", ["outcome"]),
        # a lead-in that names the statement: what follows its colon is the statement
        ("Missie", "Onze missie vatten wij zo samen: elk kind in Oostdal leest met plezier.", ["outcome"]),
        # what people have, after for whom it is
        ("Missie", "Voor elke bewoner een veilig en betaalbaar thuis in de wijk.", ["outcome"]),
        ("Missie", "Voor onze leden een betrouwbare partner.", ["role"]),
        ("Visie", "Lange tijd werden ouderen vooral gezien als mensen die zorg nodig hebben.", ["neutral"]),
        ("Missie", "Wij werden in 1985 opgericht door ouders uit de buurt.", ["role"]),
        ("Missie", "Niemand in Oostdal is eenzaam.", ["outcome"]),
        # goals in note form: infinitives in a row after one object, people who are let
        ("Strategie", "Het sportpark verduurzamen en toegankelijker maken voor mensen met een beperking.", ["role"]),
        ("Missie", "Kinderen in Molenrade laten opgroeien in een veilige omgeving.", ["role"]),
        ("Missie", "Jong en oud wonen er graag.", ["outcome"]),
        # whoever a clause describes, as the subject, is people; a heading is not
        ("Missie", "Wie dat nodig heeft, krijgt hulp.", ["outcome"]),
        ("Missie", "Wie wij zijn", ["neutral"]),
        # qualities before a place name are the place's, not the organisation's
        ("Missie", "Een warm, zorgzaam en inclusief Rodenbeke.", ["outcome"]),
        ("Missie", "Persoonlijke aandacht.", ["role"]),
        # a place that wants to do something is its council or organisation
        ("Missie", "De stad wil in elke wijk een buurthuis openen.", ["role"]),
        ("Visie", "In 2035 is Oostdal een gemeente waar iedereen veilig woont.", ["outcome"]),
        # "we" right after the verb is its subject, whatever stands first
        ("Missie", "Ook de grootouders van het kind blijven we betrekken.", ["role"]),
        # people with the organisation as object: its service
        ("Missie", "Bewoners kunnen ons elke dag bereiken via de app.", ["role"]),
        # a result clause about the organisation's own service or staff is no outcome
        ("Missie", "Wij werken samen met de huisarts, zodat de zorg goed aansluit.", ["role"]),
        ("Missie", "Wij werken samen met de huisarts, zodat gezinnen in Oostdal snel geholpen zijn.", ["mixed"]),
        # a relation to the organisation, and its staff behind an adjective
        ("Missie", "Grootouders zijn voor ons partners in de opvoeding.", ["role"]),
        ("Missie", "Alle pedagogisch medewerkers volgen een cursus over voorlezen.", ["role"]),
        ("Missie", "Alle kinderen in Oostdal volgen goed onderwijs.", ["outcome"]),
        # what wants something is an organisation; a value as the organisation's conduct
        (
            "Visie",
            "Schildersbedrijf Van Dorp wil over vijf jaar de vaste schilder van elke school in de regio zijn.",
            ["role"],
        ),
        ("Kernwaarden", "Eerlijkheid betekent dat we zeggen wat we wel en niet kunnen.", ["role"]),
        ("Kernwaarden", "Gezondheid betekent dat bewoners zelf de regie houden.", ["neutral"]),
        # outcomes that read as notes: a way of living, a place by its name, a plural subject
        ("Missie", "Betaalbaar en duurzaam wonen in de Kempen.", ["outcome"]),
        ("Missie", "Betaalbaar wonen.", ["outcome"]),  # the rewrite of "Wij zetten ons in voor betaalbaar wonen"
        ("Missie", "Gezond en zelfstandig oud worden in Hoornwijk.", ["outcome"]),  # growing old is a way of living
        # "Als ..." names a capacity when the verb and its subject follow it: the main clause
        ("Missie", "Als buurthuis bieden wij jong en oud een plek om te sporten, te spelen en te leren.", ["role"]),
        ("Missie", "Als coöperatie bundelen wij de inkoop van onze leden, zodat zij minder betalen.", ["mixed"]),
        ("Missie", "Als het nodig is, komen wij bij u thuis.", ["role"]),
        # a Flemish legal form in lower case opens the organisation's name
        ("Missie", "vzw De Brug in Oostervelde wil jongeren een thuis geven.", ["role"]),
        # people joining or using the organisation's own place: its offer, not their state
        ("Missie", "Nieuwe leden mogen drie keer gratis meespelen.", ["role"]),
        ("Missie", "Alle kinderen in onze regio kunnen zwemmen.", ["outcome"]),  # the area, not a place of ours
        # the water and the dikes around people are in a state, as people are
        ("Missie", "Sterke dijken en schoon water in de hele polder.", ["outcome"]),
        # an inflected adjective that opens the sentence, tagged as a name
        ("Missie", "Goede en betaalbare huurhuizen voor gezinnen in Hoornwijk.", ["outcome"]),
        ("Missie", "Schone, betaalbare stroom voor alle inwoners van Hoornwijk.", ["outcome"]),
        ("Visie", "Tegelijk worden de wachtlijsten langer.", ["neutral"]),  # ... but not every "worden"
        ("Kernwaarden", "Duurzaam werken.", ["role"]),  # how the organisation works
        # an organisation word in the plural is still the organisation
        ("Missie", "De kledingbanken helpen gezinnen met een laag inkomen aan kleding.", ["role"]),
        # but the organisations a text serves are no organisation acting ("bedrijven", "gemeenten")
        ("Visie", "Gemeenten werken samen met hun inwoners.", ["outcome"]),
        # a theme, then an activity with an adverb: "Sport: het actief ondersteunen van ..."
        ("Strategie", "Sport: het actief ondersteunen van clubs die jongeren aan het bewegen krijgen.", ["role"]),
        # the people inside a phrase are not its head: the facility is
        (
            "Missie",
            "Een goed bereikbare, voor iedereen toegankelijke voorziening voor informatie en cultuur.",
            ["role"],
        ),
        ("Missie", "Een groen en veilig Oostdal.", ["outcome"]),
        ("Missie", "Jonge mensen in Oostdal ontdekken wat ze kunnen.", ["outcome"]),
        ("Missie", "Kinderen helpen.", ["role"]),
        ("Missie", "Actief samenwerken met de buurt.", ["role"]),
        # a people word inside the organisation's name does not make it the people
        ("Missie", "Stichting Gezond Kind zet zich in voor alle kinderen in Oostdal.", ["role"]),
        ("Missie", "Vereniging Vrienden van het Kind steunt gezinnen in Oostdal.", ["role"]),
        # a company named after a family: "Van" is no fronted phrase
        ("Missie", "Van Dalen Installaties levert duurzame warmtepompen aan huishoudens.", ["role"]),
        ("Visie", "Van jong tot oud wonen inwoners van Oostdal veilig in hun eigen wijk.", ["outcome"]),
        # the organisation as object ("bij ons", "voor ons", "helpt ons"): about the organisation
        ("Kernwaarden", "Daarom is wederzijds respect bij ons een kernwaarde.", ["role"]),
        # a definition of the organisation (a village hall is an organisation, not a house)
        ("Missie", "Het dorpshuis is de ontmoetingsplek van Westerhoven.", ["role"]),
        # a community is a world of people; a people word the tagger calls an adjective is no quality
        ("Missie", "Een hechte gemeenschap.", ["outcome"]),
        ("Missie", "Maximale leerkansen voor elk kind en elke jongere.", ["outcome"]),
        # a way of living after adjectives, whatever the tagger takes the verb for
        ("Missie", "Betaalbaar wonen in de Kempen.", ["outcome"]),
        # a purpose formula is read by its aim: an activity is the role, a state the outcome
        ("Missie", "Onze missie is een gezonde regio.", ["outcome"]),
        ("Missie", "Onze missie is dat ieder kind in Oostdal veilig opgroeit.", ["outcome"]),
        ("Missie", "Onze missie is goede zorg.", ["role"]),
        ("Missie", "Onze missie is het bevorderen van de gezondheid.", ["role"]),
        ("Missie", "Het doel van Stichting Dalem is het beheren van een woonzorgcentrum voor senioren.", ["role"]),
        ("Missie", "Ons einddoel is een Oostdal waarin niemand meer afhankelijk is van de voedselbank.", ["outcome"]),
        # "jong en oud" after a preposition is who, not a list of the organisation's qualities
        ("Missie", "Een betere gezondheid voor jong en oud.", ["outcome"]),
        ("Missie", "Een grotere zelfredzaamheid van jong en oud.", ["outcome"]),
        ("Missie", "Gastvrij, deskundig en dichtbij.", ["role"]),
        # an offer in a compound is still the organisation's offer
        ("Missie", "Goede tandartszorg voor iedereen in de wijk.", ["role"]),
        # "bij ons" says where people are, not what they get, when it only says who they are
        # or how they feel; an offer received "bij ons" stays the organisation's
        ("Visie", "Leerlingen die bij ons de school verlaten, kunnen goed lezen en schrijven.", ["outcome"]),
        ("Visie", "Bij ons voelt elk kind zich gezien en gehoord.", ["outcome"]),
        ("Missie", "Ouders kunnen bij ons rekenen op een vaste mentor.", ["role"]),
        ("Missie", "Bewoners die de weg niet kennen, krijgen bij ons extra begeleiding.", ["role"]),
        # access with a horizon or a measure is a state people reach; "U kunt terecht" is the offer
        ("Visie", "Tegen 2032 kan elke inwoner binnen tien minuten terecht bij een huisarts.", ["outcome"]),
        ("Missie", "U kunt bij ons terecht voor advies over uw woning.", ["role"]),
        # an aim in front about "onze huurders" is about those the organisation is for
        ("Missie", "Om de zelfstandigheid van onze huurders te vergroten trekken we op met buurtteams.", ["mixed"]),
        ("Missie", "Om onze medewerkers te behouden investeren we in opleiding.", ["role"]),
        # a belief after "erin" or "er ... in" is read as "geloven dat" is
        ("Visie", "Wij geloven er rotsvast in dat ieder kind recht heeft op goed onderwijs.", ["outcome"]),
        ("Visie", "Het bestuur is van mening dat elke inwoner recht heeft op een betaalbare woning.", ["outcome"]),
        ("Visie", "Wij zijn van mening dat ouders de eerste opvoeders zijn.", ["neutral"]),
        # the aim named without "ons": what the text wants, said as a state
        ("Missie", "Het uiteindelijke doel is dat ieder kind in Oostdal kan lezen.", ["outcome"]),
        ("Missie", "Wij stellen ons tot doel dat jongeren in de wijk een diploma halen.", ["mixed"]),
    ],
)
def test_sentence_framing_of_the_forms_real_statements_use(tmp_path, heading, text, expected):
    assert profile(check_file(tmp_path, text, heading)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # values pasted as lines without bullets: each line is an item of its own
        ("Dit zijn onze waarden:\nTrouw\nSamen sterk\nOpenheid", 4),
        ("Wij werken vanuit:\nRespect voor elkaar\nVakmanschap", 3),
        # a sentence wrapped over lines stays one sentence
        ("Wij willen dat alle kinderen in Oostdal\nveilig en gezond kunnen opgroeien.", 1),
        ("Wij willen dat alle kinderen in Oostdal veilig,\nGezond en gelukkig opgroeien.", 1),
        ("Ouderen in Zuidhoven wonen veilig thuis en krijgen de zorg\nDie zij nodig hebben.", 1),
    ],
)
def test_short_lines_without_punctuation_are_items_of_their_own(tmp_path, text, expected):
    assert len(profile(check_file(tmp_path, text, "Kernwaarden"))) == expected


@pytest.mark.parametrize(
    "text, counted",
    [
        # a bare value word the tagger reads as a verb ("Inzet", "Samenwerken") still counts
        ("Onze waarden:\n\n- Inzet\n- Vertrouwen\n- Samenwerken", 3),
        # a verb with more words on its line is no bare value
        ("Onze waarden:\n\n- Inzet\n- Wij werken samen\n- Vertrouwen", 0),
    ],
)
def test_a_value_word_read_as_a_verb_alone_on_its_line_counts(tmp_path, text, counted):
    findings = [f for f in check_file(tmp_path, text, "Kernwaarden")["findings"] if f["rule"] == "ML109"]
    assert [f["message"].split()[0] for f in findings] == ([str(counted)] if counted else [])


@pytest.mark.parametrize(
    "text, counted",
    [
        # an explanation that opens with the article "een" is no target with a number
        (
            "Openheid: een deur die openstaat.\n\nGeduld: een leraar die tijd neemt.\n\nMoed: een team dat iets durft.",
            3,
        ),
        ("Wonen: 500 nieuwe woningen.\n\nWerken: 200 banen erbij.", 0),
        # a word for people or for the organisation opens an audience's part, not a value
        ("Cliënt: eigen keuzes voor ieder.\n\nMedewerker: vaste collega's dichtbij.\n\nOrganisatie: korte lijnen.", 0),
    ],
)
def test_value_words_with_their_own_explanation_are_counted(nlp, text, counted):
    from missionlint.checks.metrics import explained_value_items
    from missionlint.nlp.parsing import parse_sentences

    assert explained_value_items(parse_sentences(nlp, [text])[0]) == counted


def test_a_values_sentence_after_a_label_and_an_opening_clause_is_read_as_classify_reads_it(tmp_path):
    text = "Veiligheid: als een kind zich niet veilig voelt, grijpt de school meteen in."
    assert "ML113" in {f["rule"] for f in check_file(tmp_path, text, "Kernwaarden")["findings"]}


def test_the_aspiration_willen_zijn_stays_within_its_sentence(tmp_path):
    # lines without punctuation are items of their own: "willen ... zijn" does not reach across them
    text = "Wij willen kinderen helpen\nOnze leerkrachten\nWij zijn trots op onze school"
    assert "ML202" in {f["rule"] for f in check_file(tmp_path, text, "Visie")["findings"]}


@pytest.mark.parametrize(
    "text, fires",
    [
        # a desired state's words inside what the organisation offers are no picture of the future
        ("De bibliotheek biedt een voor iedereen toegankelijke plek voor lezen en leren.", True),
        # the same words in a sentence of their own are
        ("Iedereen in Dalem leest en leert, zijn leven lang.", False),
        # an outcome sentence is a desired state whatever its words
        ("Wij bieden lessen. Onze leerlingen verlaten de school als zelfstandige jonge mensen.", False),
        # a world described counts in any sentence ("werken aan een samenleving waarin ...")
        ("Wij werken aan een arbeidsmarkt waarin vast werk de norm is.", False),
        # a horizon counts in any sentence
        ("De komende jaren bieden wij meer plekken voor lezen en leren.", False),
        # so does a view of the field: how people are, the problem the organisation answers
        ("Geen twee leerlingen zijn hetzelfde. Wij bieden lessen in kleine klassen.", False),
        ("In Oostdal groeit één op de tien kinderen op in armoede. Wij verdelen voedselpakketten.", False),
        # a sentence that names nothing but the organisation's work is no view
        ("Wij bieden lessen in kleine klassen. Onze leraren kennen elke leerling.", True),
    ],
)
def test_a_vision_needs_a_horizon_or_a_desired_state_outside_the_organisations_role(tmp_path, text, fires):
    assert ("ML202" in {f["rule"] for f in check_file(tmp_path, text, "Visie")["findings"]}) is fires


def test_a_strategy_that_names_the_state_it_works_towards_is_no_mission_for_that_alone(tmp_path):
    # what --fix makes of "De bedrijventerreinen in Berkelbeek verduurzamen" under Strategie
    text = "Duurzamere bedrijventerreinen in Berkelbeek."
    assert "ML201" not in {f["rule"] for f in check_file(tmp_path, text, "Strategie")["findings"]}
    # under a mission heading the same text reads as the mission it is
    assert "ML201" not in {f["rule"] for f in check_file(tmp_path, text, "Missie")["findings"]}


def test_a_strategy_that_names_its_belief_or_the_problem_it_answers_is_no_vision_for_that_alone(tmp_path):
    text = "De wachtlijst voor een sociale huurwoning is in Meerzicht acht jaar. Een groter aanbod van betaalbare woningen."
    assert "ML201" not in {f["rule"] for f in check_file(tmp_path, text, "Strategie")["findings"]}
    text = "Geen twee wijken zijn hetzelfde. Daarom maken we voor elke wijk van Meerzicht een eigen plan."
    assert "ML201" not in {f["rule"] for f in check_file(tmp_path, text, "Strategie")["findings"]}


@pytest.mark.parametrize(
    ("heading", "text", "fires"),
    [
        # value words in running prose are how a mission is carried out, not a list of values
        (
            "Missie",
            "Wij werken vanuit respect en aandacht. Bij ons staat de leerling centraal en wij luisteren naar ouders.",
            False,
        ),
        # conduct stated as a promise is what values say
        ("Missie", "Wij zijn eerlijk tegen iedereen en doen wat we zeggen. Fouten bespreken we open.", True),
        # under a strategy heading the margin alone decides: offers without aims or measures read as the mission
        (
            "Strategie",
            "Wij bieden huiswerkbegeleiding en taallessen aan kinderen in Oostdal. "
            "Daarnaast organiseren we activiteiten in de wijk voor jong en oud.",
            True,
        ),
    ],
)
def test_under_missie_or_visie_a_kind_finding_needs_a_decisive_cue_of_the_kind_it_names(tmp_path, heading, text, fires):
    assert ("ML201" in {f["rule"] for f in check_file(tmp_path, text, heading)["findings"]}) is fires


def test_a_value_told_as_what_clients_live_is_no_mission_for_that_alone(tmp_path):
    """ML110 asks values to say what clients live; ML201 must not then call them a mission."""
    text = "Elke bewoner voelt zich hier thuis, gehoord en veilig."
    assert "ML201" not in {f["rule"] for f in check_file(tmp_path, text, "Waarden")["findings"]}


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Het doel van Stichting De Brug is dat elk kind kan sporten.", True),
        ("Een wijk waar niemand alleen is, dat is voor ons het doel.", True),
        # a goal in general, on the way to which a vision says something
        ("Een goede visie zegt weinig over de weg naar dat doel.", False),
    ],
)
def test_the_goal_is_a_mission_cue_only_where_it_is_the_organisations(lint_text, text, cue):
    section = lint_text(text, kind="visie").sections[0]
    assert any(phrase.endswith("doel") for phrase in section.cues.get("missie", [])) is cue
