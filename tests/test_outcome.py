"""Role sentences rewritten as outcome sentences (the fix/outcome package), their edits and who may
apply them, on the real bundled pipeline and through the real command line.

The sentences are made up for these tests (the gold set eval/rewrites.yaml is measured by
scripts/evaluate_rewrites.py, not here).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from missionlint.checks import framing
from missionlint.cli import app
from missionlint.fix.outcome import clause_bounds, rewrite_clause
from missionlint.fix.outcome.writing import sentence_start
from missionlint.fix.rewrite import REWRITE_HELPERS
from missionlint.nlp import morphology
from missionlint.nlp.parsing import parse_sentences

runner = CliRunner()
pytestmark = pytest.mark.usefixtures("pipeline_once")  # each CLI run would load the pipeline again


@pytest.fixture(autouse=True)
def in_tmp_dir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def sentence_rewrites(nlp, text: str) -> list[tuple[str, str]]:
    """(replacement, applicability) of role-sentence-to-outcome on the whole sentence; the
    replacement must cover the sentence without its final full stop."""
    doc = nlp(text)
    found = REWRITE_HELPERS["role-sentence-to-outcome"](doc[:])
    for rewrite in found:
        assert doc[rewrite.start : rewrite.end].text == text.rstrip(".")
    return [(r.text, r.applicability.value) for r in found]


# sentence => rewrite (applicability), one case a line, grouped by form
CASES = """
Wij zetten ons in voor betaalbaar en duurzaam wonen in de Kempen. => Betaalbaar en duurzaam wonen in de Kempen (safe)
Wij willen bijdragen aan een gezonde regio. => Een gezonde regio (safe)
Het lokaal bestuur zet in op een groener Kortenhove. => Een groener Kortenhove (safe)
Met onze buurtteams dragen wij bij aan een veilige wijk. => Een veilige wijk (unsafe)

Het versterken van de sociale samenhang in de wijk. => Een sterkere sociale samenhang in de wijk (safe)
Het toegankelijk maken van het openbare vervoer. => Toegankelijk openbaar vervoer (safe)
Het beschermen van het kwetsbare landschap. => Een beschermd kwetsbaar landschap (unsafe)
Het bevorderen van de leesvaardigheid van kinderen. => Een betere leesvaardigheid van kinderen (unsafe)
De stad schoonmaken. => Een schonere stad (safe)
Het water zuiveren. => Schoner water (safe)
De stad Zuidhoven schoonmaken. => Een schoner Zuidhoven (safe)
Wij willen het onderwijs in Vlaanderen verbeteren. => Beter onderwijs in Vlaanderen (safe)
Wij verlagen de wachttijden in de jeugdzorg. => Lagere wachttijden in de jeugdzorg (safe)

Wij maken kunst en cultuur bereikbaar voor alle inwoners. => Kunst en cultuur zijn bereikbaar voor alle inwoners (safe)
Wij maken van Westerbeek een dorp waar jong en oud elkaar kennen. => Westerbeek is een dorp waar jong en oud elkaar kennen (safe)

Wij helpen jongeren om een baan te vinden. => Jongeren vinden een baan (unsafe)
Wij bieden ouderen in Zuidhoven goede zorg. => Ouderen in Zuidhoven krijgen goede zorg (unsafe)
Wij bieden hulp aan volwassenen met lichte tot matige psychische klachten. => Volwassenen met lichte tot matige psychische klachten krijgen hulp (unsafe)
Het OCMW van Velzegem staat in voor een menswaardig bestaan voor elke inwoner. => Een menswaardig bestaan voor elke inwoner van Velzegem (safe)
Wij vinden het belangrijk dat kinderen zich veilig voelen. => Kinderen voelen zich veilig (unsafe)
Wij helpen ouderen om langer thuis te blijven wonen. => Ouderen blijven langer thuis wonen (unsafe)
Wij helpen inwoners om mee te blijven doen in de digitale samenleving. => Inwoners blijven meedoen in de digitale samenleving (unsafe)
Wij helpen ouderen en chronisch zieken om zo lang mogelijk thuis te blijven wonen. => Ouderen en chronisch zieken blijven zo lang mogelijk thuis wonen (unsafe)
Wij helpen klanten om bewuste financiële keuzes te maken. => Klanten maken bewuste financiële keuzes (unsafe)
Wij ondersteunen mensen met dementie bij het dagelijks leven. => Mensen met dementie krijgen ondersteuning bij het dagelijks leven (unsafe)
Wij willen een gemeente zijn waar iedere inwoner, ook met een kleine beurs, betaalbaar woont. => Iedere inwoner, ook met een kleine beurs, woont betaalbaar (unsafe)
Wij willen dé buurtwinkel zijn waar klanten met plezier hun boodschappen doen. => Klanten doen met plezier hun boodschappen (unsafe)
Kinderen helpen om hun talenten te ontdekken. => Kinderen ontdekken hun talenten (unsafe)
Ouders actief betrekken bij het schoolleven. => Ouders zijn actief betrokken bij het schoolleven (unsafe)
Wij hechten veel belang aan een goed leerklimaat, waarin kinderen zich veilig voelen. => Een goed leerklimaat, waarin kinderen zich veilig voelen (safe)
Wij willen een club zijn waar iedereen zich thuis voelt, ongeacht afkomst of talent. => Iedereen voelt zich thuis, ongeacht afkomst of talent (unsafe)
Wij willen een school zijn waar kinderen samen leren en spelen. => Kinderen leren en spelen samen (unsafe)
Wij willen een kerk zijn waar mensen God ontmoeten. => Mensen ontmoeten God (unsafe)
De gemeente Ravensdijk zet zich in voor een veilige leefomgeving voor alle inwoners, jong en oud. => Een veilige leefomgeving voor alle inwoners van Ravensdijk, jong en oud (safe)
Het OCMW van Velzegem biedt hulp aan inwoners in de kernen. => Inwoners in de kernen krijgen hulp (unsafe)
Wij leveren warme maaltijden aan ouderen in Maasbeek. => Ouderen in Maasbeek krijgen warme maaltijden (unsafe)
Het sociaal huis biedt voor alle gezinnen in Oostveld een vast aanspreekpunt. => Alle gezinnen in Oostveld krijgen een vast aanspreekpunt (unsafe)
Onze club streeft naar een sportcultuur waarin iedereen zichzelf kan zijn. => Een sportcultuur waarin iedereen zichzelf kan zijn (safe)
Wij stimuleren de culturele deelname van jongeren in Oostdal. => Meer culturele deelname van jongeren in Oostdal (unsafe)
Het bevorderen van de onderlinge betrokkenheid tussen buren. => Een betere onderlinge betrokkenheid tussen buren (unsafe)
Het bevorderen van de persoonlijke groei van jongeren in Oostdal. => Een betere persoonlijke groei van jongeren in Oostdal (unsafe)
Om het buurthuis tot een levendige ontmoetingsplek te laten uitgroeien, zoeken wij vrijwilligers. => Het buurthuis groeit uit tot een levendige ontmoetingsplek (unsafe)
Wij bieden gezinnen in Oostdal warme maaltijden, en doen dat met vrijwilligers. => Gezinnen in Oostdal krijgen warme maaltijden (unsafe)
Wij ondersteunen mantelzorgers bij de zorg voor hun naasten. => Mantelzorgers krijgen ondersteuning bij de zorg voor hun naasten (unsafe)

Wij willen een school zijn waar kinderen veilig leren. => Kinderen leren veilig (unsafe)
Wij willen een gemeente zijn waar iedereen mee kan doen. => Iedereen kan meedoen (unsafe)
Wij willen een buurthuis zijn waar bewoners elkaar ontmoeten en samen activiteiten opzetten. => Bewoners ontmoeten elkaar en zetten samen activiteiten op (unsafe)
Het is onze missie om de armoede in Noordveen te verminderen. => Minder armoede in Noordveen (safe)
Wij bestaan om jongeren in Westerbeek te laten sporten. => Jongeren in Westerbeek sporten (unsafe)
De gemeente waakt erover dat iedere inwoner een betaalbare woning heeft. => Iedere inwoner heeft een betaalbare woning (safe)

Wij dragen bij aan het verbeteren van de luchtkwaliteit en het tegengaan van geluidsoverlast in Oostdal. => Een betere luchtkwaliteit en minder geluidsoverlast in Oostdal (unsafe)
Wij werken aan het verbeteren van de luchtkwaliteit en het vergroten van de verkeersveiligheid in Noordveen. => Een betere luchtkwaliteit en een grotere verkeersveiligheid in Noordveen (safe)
Het verbeteren van de luchtkwaliteit, het vergroten van de verkeersveiligheid en het verminderen van geluidshinder. => Een betere luchtkwaliteit, een grotere verkeersveiligheid en minder geluidshinder (safe)
Wij versterken de kwaliteit van de zorg in Oostdal. => Een betere kwaliteit van de zorg in Oostdal (unsafe)
Wij verbeteren diagnostiek voor kinderen met een beperking. => Een betere diagnostiek voor kinderen met een beperking (safe)
Met sport en spel dragen wij bij aan de fitheid van kinderen. => Een grotere fitheid van kinderen (unsafe)
Het verbeteren van leefklimaat in de wijk. => Een beter leefklimaat in de wijk (safe)
Het versterken van het welzijn van ouderen in Oostdal. => Een beter welzijn van ouderen in Oostdal (unsafe)

We zorgen ervoor dat elk kind in Zuidhoven veilig naar school kan. => Elk kind in Zuidhoven kan veilig naar school (safe)
Wij zorgen dat iedere bewoner van Noordveen een warme maaltijd heeft. => Iedere bewoner van Noordveen heeft een warme maaltijd (safe)

Wij verstrekken gratis voedsel aan gezinnen in armoede in Noordveen. => Gezinnen in armoede in Noordveen krijgen gratis voedsel (unsafe)
Wij verstrekken gratis voedsel aan gezinnen in armoede in Noordveen en doen dat met vrijwilligers. => Gezinnen in armoede in Noordveen krijgen gratis voedsel (unsafe)
Wij verstrekken voedsel gratis aan de gezinnen in Noordveen. => De gezinnen in Noordveen krijgen voedsel gratis (unsafe)
Het ziekenhuis wil veilige en betaalbare zorg verlenen aan elke patiënt uit Oostdal. => Elke patiënt uit Oostdal krijgt veilige en betaalbare zorg (unsafe)
Wij willen iedereen in Zuidhoven de kans geven om een instrument te leren spelen. => Iedereen in Zuidhoven kan een instrument leren spelen (unsafe)
Stichting Kompas biedt kortdurende en langdurende hulp aan gezinnen in de regio Oostdal. => Gezinnen in de regio Oostdal krijgen kortdurende en langdurende hulp (unsafe)
De voedselbank verdeelt gratis voedselpakketten aan gezinnen die het moeilijk hebben. => Gezinnen die het moeilijk hebben, krijgen gratis voedselpakketten (unsafe)
Woonstede verhuurt betaalbare woningen aan gezinnen met een laag inkomen. => Gezinnen met een laag inkomen huren betaalbare woningen (unsafe)
Het OCMW waarborgt voor elke inwoner het recht op een menswaardig bestaan. => Elke inwoner heeft recht op een menswaardig bestaan (unsafe)
Wij garanderen het recht op maatschappelijke dienstverlening voor alle inwoners van Velzegem. => Alle inwoners van Velzegem hebben recht op maatschappelijke dienstverlening (unsafe)
Het OCMW waarborgt het recht van iedere burger op een menswaardig leven. => Iedere burger heeft recht op een menswaardig leven (unsafe)
De stad Rodenbeke wil een warme, zorgzame en inclusieve stad zijn. => Een warm, zorgzaam en inclusief Rodenbeke (unsafe)
De gemeente Velzegem wil een groene en veilige gemeente blijven. => Een groen en veilig Velzegem (unsafe)
Het ondersteunen van mantelzorgers in Hamveld. => Mantelzorgers in Hamveld krijgen ondersteuning (unsafe)
De medewerkers van de politiezone zullen zich inspannen om het vertrouwen van de bevolking te vergroten. => Een groter vertrouwen van de bevolking (safe)
Wij willen ons engageren om de zorg voor ouderen te verbeteren. => Betere zorg voor ouderen (safe)
Wij zullen de wijk veiliger maken. => Een veiligere wijk (safe)
Wij leiden jongeren en volwassenen op tot de vakmensen die de regio nodig heeft. => Jongeren en volwassenen worden de vakmensen die de regio nodig heeft (unsafe)
We vormen studenten tot kritische, geëngageerde wereldburgers. => Studenten worden kritische, geëngageerde wereldburgers (unsafe)
Ons doel is om studenten op te leiden tot verantwoordelijke burgers. => Studenten worden verantwoordelijke burgers (unsafe)
Bakkerij Korst leidt jongeren met een afstand tot de arbeidsmarkt op tot bakker. => Jongeren met een afstand tot de arbeidsmarkt worden bakker (unsafe)
Onze school wordt een plek waar elk kind zich thuis voelt. => Elk kind voelt zich thuis (unsafe)
Onze missie is dat we persoonsgerichte zorg bieden aan mensen met dementie. => Mensen met dementie krijgen persoonsgerichte zorg (unsafe)
Onze visie is dat we goede zorg verlenen aan iedereen die het nodig heeft. => Iedereen die het nodig heeft, krijgt goede zorg (unsafe)
Jeugdzorg Oeverland biedt hulp aan gezinnen waar de opvoeding is vastgelopen, zodat kinderen thuis kunnen blijven wonen. => Gezinnen waar de opvoeding is vastgelopen, krijgen hulp, zodat kinderen thuis kunnen blijven wonen (unsafe)
Wij bieden hulp aan iedereen die daarom vraagt, snel en zonder oordeel. => Iedereen die daarom vraagt, krijgt hulp, snel en zonder oordeel (unsafe)
Het OCMW verleent maatschappelijke dienstverlening aan wie dat nodig heeft. => Wie dat nodig heeft, krijgt maatschappelijke dienstverlening (unsafe)
Het Sociaal Huis van Wilderzele ondersteunt kwetsbare gezinnen in het realiseren van hun sociale grondrechten. => Kwetsbare gezinnen in Wilderzele realiseren hun sociale grondrechten (unsafe)
De gemeente Velzegem helpt jongeren om een baan te vinden. => Jongeren in Velzegem vinden een baan (unsafe)
Wij bieden digitale ondersteuning aan wie moeite heeft met computers. => Wie moeite heeft met computers, krijgt digitale ondersteuning (unsafe)
Wij ondersteunen gezinnen met begeleiding en informatie. => Gezinnen krijgen begeleiding en informatie (unsafe)
Wij helpen ouderen langer thuis wonen. => Ouderen wonen langer thuis (unsafe)
Wij helpen kinderen opgroeien tot zelfstandige volwassenen. => Kinderen groeien op tot zelfstandige volwassenen (unsafe)
Huisartsenpraktijk Mulder & Van Daalen verzorgt de huisartsenzorg voor ruim zesduizend patiënten. => Ruim zesduizend patiënten krijgen de huisartsenzorg (unsafe)
We bouwen aan een warme gemeenschap waar elk kind zich welkom voelt en mag groeien tot wie het is. => Een warme gemeenschap waar elk kind zich welkom voelt en mag groeien tot wie het is (safe)
Wij willen bijdragen aan een regio waarin alle inwoners gezond kunnen leven en kunnen meedoen aan werk, onderwijs en het verenigingsleven. => Een regio waarin alle inwoners gezond kunnen leven en kunnen meedoen aan werk, onderwijs en het verenigingsleven (safe)
Wij verhuren betaalbare woningen aan gezinnen en alleenstaanden met een bescheiden inkomen. => Gezinnen en alleenstaanden met een bescheiden inkomen huren betaalbare woningen (unsafe)
Wij bieden ouderen liefdevolle zorg, zodat zij hun leven tot het einde op hun eigen manier kunnen leiden. => Ouderen krijgen liefdevolle zorg, zodat zij hun leven tot het einde op hun eigen manier kunnen leiden (unsafe)
Stichting Thuis heeft als doel het begeleiden van jongeren bij hun zoektocht naar werk. => Jongeren krijgen begeleiding bij hun zoektocht naar werk (unsafe)

De best mogelijke leeromgeving realiseren voor iedere leerling. => De best mogelijke leeromgeving voor iedere leerling (safe)
Een schone en veilige leefomgeving garanderen voor alle inwoners van Oostdal. => Een schone en veilige leefomgeving voor alle inwoners van Oostdal (safe)
Veilige en betaalbare woningen mogelijk maken in Noordveen. => Veilige en betaalbare woningen in Noordveen (safe)
Wij willen een inclusieve samenleving in Zuidhoven realiseren. => Een inclusieve samenleving in Zuidhoven (safe)
Vanuit onze betrokkenheid waarborgen we een veilige omgeving voor ieder kind in Noordveen. => Een veilige omgeving voor ieder kind in Noordveen (unsafe)

We streven ernaar om van Oostdal een groene gemeente te maken. => Oostdal is een groene gemeente (safe)
We maken van de wijk een plek waar iedereen welkom is. => De wijk is een plek waar iedereen welkom is (safe)
Wij willen van de Kerkbuurt een plek maken waar kinderen buiten spelen. => De Kerkbuurt is een plek waar kinderen buiten spelen (safe)

Het buurthuis heeft tot doel tieners te begeleiden bij hun eerste stappen op de arbeidsmarkt. => Tieners krijgen begeleiding bij hun eerste stappen op de arbeidsmarkt (unsafe)

Wij streven ernaar om de eenzaamheid in Oostdal te verminderen. => Minder eenzaamheid in Oostdal (safe)
Wij streven ernaar de armoede in Noordveen te verminderen. => Minder armoede in Noordveen (safe)
Wij spannen ons in om de armoede in Noordveen te verminderen. => Minder armoede in Noordveen (safe)
De school spant zich in om de eenzaamheid in Oostdal te verminderen. => Minder eenzaamheid in Oostdal (safe)
Wij zetten ons in om de wachttijden in de jeugdzorg te verkorten. => Kortere wachttijden in de jeugdzorg (safe)
Het is ons streven om met sport en spel bij te dragen aan een gezonde jeugd in Zuidhoven. => Een gezonde jeugd in Zuidhoven (unsafe)
De missie van onze stichting is om bij te dragen aan een gezonde regio. => Een gezonde regio (safe)

De school streeft naar verdraagzaamheid. => Meer verdraagzaamheid (unsafe)
Wij dragen bij aan de zelfredzaamheid van ouderen in Oostdal. => Een grotere zelfredzaamheid van ouderen in Oostdal (unsafe)
Wij staan voor veiligheid in de wijk Noordveen. => Meer veiligheid in de wijk Noordveen (unsafe)
Wij werken aan de leefbaarheid van de wijk. => Een betere leefbaarheid van de wijk (unsafe)
Wij verschaffen heldere informatie aan huurders over hun rechten. => Huurders krijgen heldere informatie over hun rechten (unsafe)
Heldere informatie verschaffen aan de patiënt over zijn behandeling. => De patiënt krijgt heldere informatie over zijn behandeling (unsafe)
Goede zorg bieden aan iedere bewoner van Oostdal. => Iedere bewoner van Oostdal krijgt goede zorg (unsafe)
We laten kinderen ontdekken wat ze kunnen. => Kinderen ontdekken wat ze kunnen (unsafe)
Wij laten jongeren kennismaken met cultuur. => Jongeren maken kennis met cultuur (unsafe)
Onze missie is om jongeren in Zuidhoven zelfstandig te laten wonen. => Jongeren in Zuidhoven wonen zelfstandig (unsafe)
Wij bieden een veilige plek in de wijk, waar jongeren elkaar ontmoeten. => Jongeren ontmoeten elkaar (unsafe)
Wij creëren een omgeving waarin kinderen zich veilig voelen. => Kinderen voelen zich veilig (unsafe)
Wij zijn een kleine basisschool in het centrum van Oostdal, waar kinderen en ouders elkaar kennen en respecteren. => Kinderen en ouders kennen en respecteren elkaar (unsafe)
Wij zorgen ervoor dat inwoners hun buurt kennen en waarderen. => Inwoners kennen en waarderen hun buurt (safe)
We zorgen ervoor dat kinderen veilig opgroeien en leren. => Kinderen groeien veilig op en leren (safe)
Wij zetten ons in voor een groene wijk, waar kinderen veilig buiten spelen. => Een groene wijk, waar kinderen veilig buiten spelen (safe)
Wij begeleiden jongeren in een moeilijke thuissituatie. => Jongeren in een moeilijke thuissituatie krijgen begeleiding (unsafe)
Wij bieden een warme plek waar kinderen kunnen spelen en ontdekken. => Kinderen kunnen spelen en ontdekken (unsafe)
Wij werken samen met scholen en leveren een bijdrage aan een gezondere jeugd in Oostdal. => Een gezondere jeugd in Oostdal (unsafe)
Wij staan voor vakmanschap en service, en zorgen zo voor tevreden huurders. => Tevreden huurders (unsafe)
Wij willen in 2030 een gemeente zijn waar iedereen meedoet. => Iedereen doet mee (unsafe)
Het museum wil de komende jaren een plek zijn waar bezoekers van alle leeftijden elkaar ontmoeten. => Bezoekers van alle leeftijden ontmoeten elkaar (unsafe)
Wij willen de komende tien jaar een stevige bijdrage leveren aan een betaalbare woningmarkt. => Een betaalbare woningmarkt (unsafe)
De komende jaren zetten wij in op betaalbaar wonen. => Betaalbaar wonen (unsafe)
Sportclub Oostdal wil over vijf jaar de club zijn waar kinderen uit alle wijken samen spelen. => Kinderen uit alle wijken spelen samen (unsafe)
Wij houden de buurt schoon en veilig. => De buurt blijft schoon en veilig (safe)
De stichting brengt nieuwkomers en oude bewoners met elkaar in contact via taalmaatjes en sport. => Nieuwkomers en oude bewoners komen met elkaar in contact via taalmaatjes en sport (unsafe)
De stichting brengt jongeren in contact met werkgevers. => Jongeren komen in contact met werkgevers (unsafe)
Stichting De Tafel heeft als doel mensen met een krappe beurs in Dalem te ondersteunen met voedsel en kleding. => Mensen met een krappe beurs in Dalem krijgen voedsel en kleding (unsafe)
Onze missie is om mantelzorgers in Dalem te ondersteunen. => Mantelzorgers in Dalem krijgen ondersteuning (unsafe)
Wij verlenen hulp aan personen en gezinnen die het moeilijk hebben, ongeacht hun overtuiging. => Personen en gezinnen die het moeilijk hebben, krijgen hulp, ongeacht hun overtuiging (unsafe)
Wij zijn een hogeschool waar studenten en medewerkers zich thuis voelen en gezien worden. => Studenten en medewerkers voelen zich thuis en worden gezien (unsafe)
Het centrum biedt ambulante hulp aan volwassenen met psychische problemen, dicht bij huis. => Volwassenen met psychische problemen krijgen ambulante hulp, dicht bij huis (unsafe)
GGZ Veenland biedt kortdurende behandeling voor volwassenen met angst-, stemmings- en persoonlijkheidsproblemen. => Volwassenen met angst-, stemmings- en persoonlijkheidsproblemen krijgen kortdurende behandeling (unsafe)
Wij bieden goede woningen aan mensen die moeilijk zelf een woning kunnen vinden. => Mensen die moeilijk zelf een woning kunnen vinden, krijgen goede woningen (unsafe)
Thuiszorg Rietland biedt zorg aan huis voor ouderen en chronisch zieken in Haverveen. => Ouderen en chronisch zieken in Haverveen krijgen zorg aan huis (unsafe)
Om de zelfstandigheid van onze bewoners te vergroten, werken wij samen met buurtteams. => Een grotere zelfstandigheid van onze bewoners (unsafe)
Om de wijk schoon te houden, ruimen wij elke week zwerfvuil op. => Een schone wijk (unsafe)
Om onze klanten van voldoende voedsel te kunnen voorzien, werken wij samen met supermarkten. => Onze klanten krijgen voldoende voedsel (unsafe)
Wij willen de zelfstandigheid van onze bewoners vergroten. => Een grotere zelfstandigheid van onze bewoners (safe)
Wij zijn een gemeente die bijdraagt aan een gezonde regio. => Een gezonde regio (unsafe)
Wij willen een organisatie zijn die zich inzet voor betaalbaar wonen in de Kempen. => Betaalbaar wonen in de Kempen (unsafe)
Wij voorzien gezinnen in armoede van voedselpakketten. => Gezinnen in armoede krijgen voedselpakketten (unsafe)
Wij streven ernaar om iedereen te betrekken bij het schoolleven. => Iedereen is betrokken bij het schoolleven (unsafe)
Ons onderwijs is erop gericht dat leerlingen zelfstandig leren. => Leerlingen leren zelfstandig (safe)
Onze zorg is gericht op een gezonde regio. => Een gezonde regio (safe)
We streven ernaar om de leerlingen respectvol met elkaar om te laten gaan. => De leerlingen gaan respectvol met elkaar om (unsafe)
Het hospice biedt mensen in hun laatste levensfase een rustige plek, midden in het dorp. => Mensen in hun laatste levensfase hebben een rustige plek, midden in het dorp (unsafe)
Muziekschool De Toonladder geeft les in meer dan twintig instrumenten aan kinderen in Dalkerk. => Kinderen in Dalkerk krijgen les in meer dan twintig instrumenten (unsafe)
Wij helpen gezinnen in armoede in Oostdal. => Gezinnen in armoede in Oostdal krijgen hulp (unsafe)
Wij steunen mantelzorgers in Dalem. => Mantelzorgers in Dalem krijgen steun (unsafe)
Wij adviseren ondernemers bij hun groei. => Ondernemers krijgen advies bij hun groei (unsafe)
Wij helpen ouderen bij het invullen van formulieren. => Ouderen vullen formulieren in (unsafe)
Onze missie is om kinderen te helpen ontsnappen uit armoede. => Kinderen ontsnappen uit armoede (unsafe)
Vzw Zonnekind ondersteunt gezinnen met een kind met kanker in Vlaanderen. => Gezinnen met een kind met kanker in Vlaanderen krijgen ondersteuning (unsafe)
Wij ondersteunen kinderen in hun ontwikkeling. => Kinderen krijgen ondersteuning in hun ontwikkeling (unsafe)
Kantoor Bakker ondersteunt ondernemers in het midden- en kleinbedrijf bij hun boekhouding. => Ondernemers in het midden- en kleinbedrijf krijgen ondersteuning bij hun boekhouding (unsafe)
Stichting Akkerveld ondersteunt mensen met een beperking bij wonen en werken, en werkt daarbij samen met de gemeente. => Mensen met een beperking krijgen ondersteuning bij wonen en werken (unsafe)
Via zorg op maat geven wij elke leerling de kans om te groeien. => Elke leerling kan groeien (unsafe)
Wij willen iedereen in Dalem de kans geven om te sporten. => Iedereen in Dalem kan sporten (unsafe)
Wij bieden jongeren de mogelijkheid om mee te doen aan sport en cultuur. => Jongeren kunnen meedoen aan sport en cultuur (unsafe)
Stichting Dorpszorg geeft ouderen de kans om langer thuis te wonen. => Ouderen kunnen langer thuis wonen (unsafe)
Hospice De Linde biedt zorg in een huiselijke omgeving, midden in het dorp, aan mensen in hun laatste levensfase. => Mensen in hun laatste levensfase krijgen zorg in een huiselijke omgeving, midden in het dorp (unsafe)
Kinderopvang De Vlinder biedt een warme en vertrouwde plek waar kinderen kunnen spelen en ontdekken. => Kinderen kunnen spelen en ontdekken (unsafe)
Het Streekziekenhuis biedt goede zorg voor de ruim 90.000 inwoners van de regio. => De ruim 90.000 inwoners van de regio krijgen goede zorg (unsafe)
De gemeente betrekt jongeren actief bij de plannen voor de wijk. => Jongeren zijn actief betrokken bij de plannen voor de wijk (unsafe)
Wij leren kinderen lezen, rekenen en samenwerken. => Kinderen leren lezen, rekenen en samenwerken (unsafe)
Wij leren elke leerling zwemmen. => Elke leerling leert zwemmen (unsafe)
KSV Heidebeek wil een club zijn waar jeugdspelers veilig voetballen en waar iedereen zich thuis voelt. => Jeugdspelers voetballen veilig en iedereen voelt zich thuis (unsafe)
Wij willen een club zijn waar jeugdspelers in een veilige omgeving voetballen. => Jeugdspelers voetballen in een veilige omgeving (unsafe)
Wij willen een school zijn waar kinderen in hun eigen tempo leren en groeien. => Kinderen leren en groeien in hun eigen tempo (unsafe)
Wij willen een school zijn waar kinderen met plezier leren. => Kinderen leren met plezier (unsafe)
Wij bieden een rijke leeromgeving waarin kinderen uitgedaagd worden om het beste uit zichzelf te halen. => Kinderen worden uitgedaagd om het beste uit zichzelf te halen (unsafe)
Wij stimuleren en ondersteunen alle inwoners van Dalem in hun persoonlijke ontwikkeling. => Alle inwoners van Dalem krijgen ondersteuning in hun persoonlijke ontwikkeling (unsafe)
Wij begeleiden en ondersteunen mensen met een beperking bij wonen en werken. => Mensen met een beperking krijgen begeleiding en ondersteuning bij wonen en werken (unsafe)
Wij bieden in een kleine setting persoonlijke zorg aan ouderen met dementie. => Ouderen met dementie krijgen in een kleine setting persoonlijke zorg (unsafe)
Het buurthuis biedt aan jongeren uit Kortevaart de kans om hun talent te ontdekken. => Jongeren uit Kortevaart kunnen hun talent ontdekken (unsafe)
Jeugdhulp Esweerd biedt dagbehandeling voor kinderen van nul tot achttien jaar en hun ouders. => Kinderen van nul tot achttien jaar en hun ouders krijgen dagbehandeling (unsafe)
Wij bieden jongeren tussen 12 en 25 jaar een plek om te sporten. => Jongeren tussen 12 en 25 jaar hebben een plek om te sporten (unsafe)
Wij bieden dagelijks kinderen uit Oostdal een gezonde lunch. => Kinderen uit Oostdal krijgen dagelijks een gezonde lunch (unsafe)
Wij geven peuters in Dalem elke week een uur extra taalles. => Peuters in Dalem krijgen elke week een uur extra taalles (unsafe)
Wij verstrekken wekelijks gezinnen in de Kempen een voedselpakket. => Gezinnen in de Kempen krijgen wekelijks een voedselpakket (unsafe)
Wij, de vrijwilligers van de Zonnebloem, bieden zieke ouderen een dag uit. => Zieke ouderen krijgen een dag uit (unsafe)
Elke dag bieden wij – artsen en verpleegkundigen – iedere patiënt zorg op maat. => Iedere patiënt krijgt zorg op maat (unsafe)
Wij verlenen in Oostdal thuiszorg aan ouderen. => Ouderen krijgen in Oostdal thuiszorg (unsafe)
Wij willen de leerlingen begeleiden in hun groei tot zelfstandige jonge mensen. => De leerlingen krijgen begeleiding in hun groei tot zelfstandige jonge mensen (unsafe)
Wij willen statushouders ondersteunen bij het vinden van werk. => Statushouders vinden werk (unsafe)
Wij willen jongeren begeleiden naar een diploma. => Jongeren behalen een diploma (unsafe)
ouders zoveel mogelijk betrekken bij het leven op school => Ouders zijn zoveel mogelijk betrokken bij het leven op school (unsafe)
bewoners actief betrekken als partners bij de zorg => Bewoners zijn actief betrokken als partners bij de zorg (unsafe)
Wij bieden in de wijk snel hulp aan gezinnen. => Gezinnen krijgen in de wijk snel hulp (unsafe)
Klaverdonk wil in 2035 een gemeente zijn waar iedereen veilig en gezond woont. => Klaverdonk is in 2035 een gemeente waar iedereen veilig en gezond woont (unsafe)
Tegen 2040 wil de provincie Oost-Haverland een regio zijn waar jong en oud graag wonen. => Tegen 2040 is Oost-Haverland een regio waar jong en oud graag wonen (unsafe)
Wij garanderen elke patiënt een vaste huisarts. => Elke patiënt krijgt een vaste huisarts (unsafe)
Woningstichting Het Erf biedt haar huurders een veilige woning. => De huurders hebben een veilige woning (unsafe)
Wij bieden zorg aan alle inwoners van Zuiderwoude, voor lichaam en geest. => Alle inwoners van Zuiderwoude krijgen zorg, voor lichaam en geest (unsafe)
Het OCMW garandeert elke inwoner van Velzegem een menswaardig bestaan. => Elke inwoner van Velzegem heeft een menswaardig bestaan (unsafe)
Het lokaal bestuur wil een klantvriendelijke dienstverlening garanderen aan alle burgers. => Alle burgers krijgen een klantvriendelijke dienstverlening (unsafe)
Wij willen elke leerling een rustige klas geven waarin hij zichzelf kan zijn. => Elke leerling krijgt een rustige klas waarin hij zichzelf kan zijn (unsafe)
Kinderboerderij De Wei heeft als missie, kinderen met een beperking een vaste plek in een groep te bieden. => Kinderen met een beperking hebben een vaste plek in een groep (unsafe)
Onze opvang is erop gericht om peuters een vertrouwde plek te geven waar ze de kans krijgen om te ontdekken. => Peuters hebben een vertrouwde plek waar ze de kans krijgen om te ontdekken (unsafe)
Wij zijn een buurtschool die kinderen uit Oostdal goed onderwijs biedt. => Kinderen uit Oostdal krijgen goed onderwijs (unsafe)
Het Gasthuis is een ziekenhuis dat hoogwaardige zorg biedt aan de inwoners van de Veenstreek. => De inwoners van de Veenstreek krijgen hoogwaardige zorg (unsafe)
Wij zijn een spaarbank die jonge gezinnen helpt om verstandige keuzes met hun geld te maken. => Jonge gezinnen maken verstandige keuzes met hun geld (unsafe)
De Wilg wil een organisatie zijn die mensen met een beperking ondersteunt bij wonen en werken. => Mensen met een beperking krijgen ondersteuning bij wonen en werken (unsafe)
Het OCMW staat in voor een vlotte dienstverlening aan alle inwoners, ongeacht hun leeftijd. => Alle inwoners krijgen een vlotte dienstverlening, ongeacht hun leeftijd (unsafe)
Het Sociaal Huis staat in voor hulp aan iedereen die het moeilijk heeft. => Iedereen die het moeilijk heeft, krijgt hulp (unsafe)
Wij staan in voor de opvang van kinderen van nul tot drie jaar. => Kinderen van nul tot drie jaar krijgen opvang (unsafe)
Wij bieden behandeling aan volwassenen met complexe problemen, zoals trauma en depressie. => Volwassenen met complexe problemen, zoals trauma en depressie, krijgen behandeling (unsafe)
Het doel van Stichting Vrienden van De Linde is: "Het verbeteren van de leefomstandigheden van de bewoners". => Betere leefomstandigheden van de bewoners (safe)
Onze opdracht is: ‘Het versterken van de samenhang in het dorp’. => Een sterkere samenhang in het dorp (safe)
Wij willen elke leerling tot zijn recht laten komen. => Elke leerling komt tot zijn recht (unsafe)
Wij willen kinderen uit de buurt laten sporten. => Kinderen uit de buurt sporten (unsafe)
Wij bieden jongens en meisjes vanaf zes jaar de kans om te hockeyen. => Jongens en meisjes vanaf zes jaar kunnen hockeyen (unsafe)
Woonzorg Het Anker biedt ouderen met dementie een warm thuis in het dorp. => Ouderen met dementie hebben een warm thuis in het dorp (unsafe)
Wij bieden thuiszorg, poetshulp en karweihulp aan ouderen in de gemeente. => Ouderen in de gemeente krijgen thuiszorg, poetshulp en karweihulp (unsafe)
Basisschool De Linde in Hazelgem wil een school zijn waar elk kind zich thuis voelt. => Elk kind in Hazelgem voelt zich thuis (unsafe)
Wij bieden jongeren een eigen woonplek. => Jongeren hebben een eigen woonplek (unsafe)
Onze opvang wil elk kind een rustige omgeving geven. => Elk kind heeft een rustige omgeving (unsafe)
Wij willen onze leerlingen voorbereiden op een wereld die snel verandert. => Onze leerlingen zijn voorbereid op een wereld die snel verandert (unsafe)
Hockeyclub De Zwaluw wil een club zijn waar jong en oud met plezier hockeyen, elk op het eigen niveau. => Jong en oud hockeyen met plezier, elk op het eigen niveau (unsafe)
Wij willen een school zijn waar kinderen leren samenwerken, elkaar helpen en letten op de mensen om zich heen. => Kinderen leren samenwerken, helpen elkaar en letten op de mensen om zich heen (unsafe)
Wij zijn een dorpsschool waar kinderen samen spelen en leven. => Kinderen spelen en leven samen (unsafe)
Het Vlietcollege is een brede school voor vmbo en havo, waar iedereen welkom is, ongeacht zijn afkomst. => Iedereen is welkom, ongeacht zijn afkomst (unsafe)
Wij zijn een ziekenhuis met een lange traditie dat goede zorg biedt aan alle inwoners van de Veenstreek. => Alle inwoners van de Veenstreek krijgen goede zorg (unsafe)
Wij zetten ons in voor goede en betaalbare kinderopvang voor alle gezinnen in Hoornwijk. => Alle gezinnen in Hoornwijk krijgen goede en betaalbare kinderopvang (unsafe)
De bibliotheek werkt aan een breed cursusaanbod voor jong en oud. => Jong en oud krijgen een breed cursusaanbod (unsafe)
Het OCMW staat in voor de organisatie van een betaalbare maaltijdservice voor senioren. => Senioren krijgen een betaalbare maaltijdservice (unsafe)
Wij werken aan betere zorg voor mensen met dementie in Hoornwijk. => Betere zorg voor mensen met dementie in Hoornwijk (safe)
De stichting zet zich in voor opvang waar kinderen zich veilig voelen. => Kinderen voelen zich veilig (unsafe)
Het OCMW Lindebeek biedt hulp aan alle inwoners. => Alle inwoners van Lindebeek krijgen hulp (unsafe)
Korfbalclub De Wuiver biedt korfbal voor jong en oud, zowel op het veld als in de zaal. => Jong en oud kunnen korfballen, zowel op het veld als in de zaal (unsafe)
In Zuidhoven zetten we ons in voor betaalbaar wonen. => Betaalbaar wonen in Zuidhoven (unsafe)
Bij elke verbouwing kiezen we voor energiezuinige oplossingen. => Energiezuinige oplossingen bij elke verbouwing (unsafe)
Op die manier dragen we bij aan een gezonde regio. => Een gezonde regio (unsafe)
Bij Zorggroep De Linde zetten we ons in voor een warm thuis voor ouderen. => Een warm thuis voor ouderen (unsafe)
In onze school zetten we ons in voor een rustige leeromgeving. => Een rustige leeromgeving (unsafe)
In hun eigen wijk zetten we ons in voor een veilige speelplek. => Een veilige speelplek in hun eigen wijk (unsafe)
Wij kiezen voor onderwijs waarin kinderen leren samenwerken. => Kinderen leren samenwerken (unsafe)
We helpen boeren met advies en subsidie om minder mest te gebruiken. => Boeren gebruiken minder mest (unsafe)
Wij maken ieder jaar de parken schoner. => De parken zijn schoner (unsafe)
Wij willen een club zijn waar jong en oud met plezier zwemmen. => Jong en oud zwemmen met plezier (unsafe)
Wij willen de komende weken de speeltuinen veiliger maken. => Veiligere speeltuinen (unsafe)
Wij willen ieder kind laten uitgroeien tot een zelfstandig mens. => Ieder kind groeit uit tot een zelfstandig mens (unsafe)
Wij investeren in leefbare en groene wijken in Oostdal. => Leefbare en groene wijken in Oostdal (unsafe)
Wij helpen jongeren in Oostdal naar een startkwalificatie. => Jongeren in Oostdal behalen een startkwalificatie (unsafe)
Wij houden de traditie van het carnaval levend in het dorp. => De traditie van het carnaval blijft leven in het dorp (safe)
Het buurthuis is een ontmoetingsplek waar bewoners elkaar leren kennen. => Bewoners leren elkaar kennen (unsafe)
Het Energiehuis adviseert huiseigenaren in Oostdal over isolatie en warmtepompen. => Huiseigenaren in Oostdal krijgen advies over isolatie en warmtepompen (unsafe)
"""


def _cases() -> list[tuple[str, str, str]]:
    cases = []
    for line in CASES.strip().splitlines():
        if line:
            text, rewrite = line.split(" => ")
            expected, applicability = rewrite[:-1].rsplit(" (", 1)
            cases.append((text, expected, applicability))
    return cases


@pytest.mark.parametrize("text, expected, applicability", _cases())
def test_role_sentence_to_outcome(nlp, text, expected, applicability):
    assert sentence_rewrites(nlp, text) == [(expected, applicability)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "De bibliotheek staat midden in het dorp. Zij biedt kinderen hulp bij het huiswerk.",
            ["Kinderen krijgen hulp bij het huiswerk"],
        ),
        (
            "De stichting werkt in heel Oostdal. Daarnaast biedt zij ouderen een warme maaltijd aan huis.",
            ["Ouderen krijgen een warme maaltijd aan huis"],
        ),
        # a plural "ze" may be anyone
        ("Onze buren helpen graag. Ze bieden kinderen hulp bij het huiswerk.", []),
    ],
)
def test_a_singular_she_is_the_organisation_named_before(nlp, text, expected):
    """A mission's second sentence often goes on with "zij" for the organisation."""
    last = list(nlp(text).sents)[-1]
    assert [r.text for r in REWRITE_HELPERS["role-sentence-to-outcome"](last)] == expected


def _readme_forms() -> list[tuple[str, str, str]]:
    """(sentence, rewrite, applicability) of each row of the README's table of forms."""
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## Rewrites") : readme.index("A rewrite is **safe**")]
    rows = [line.split(" | ") for line in table.splitlines() if line.startswith("| ") and " | " in line]
    return [(row[1], row[2], row[3].split()[0]) for row in rows[1:] if len(row) == 4 and row[0] != "|---"]


@pytest.mark.parametrize("text, rewrite, applicability", _readme_forms())
def test_the_readme_table_of_forms_is_what_the_helper_does(nlp, text, rewrite, applicability):
    # after a label the helper rewrites the clause and the label stays in the text
    found = [(r.text, r.applicability.value) for r in REWRITE_HELPERS["role-sentence-to-outcome"](nlp(text)[:])]
    assert any(t and rewrite.rstrip(".").lower().endswith(t.lower()) and a == applicability for t, a in found)


@pytest.mark.parametrize(
    "text",
    [
        # outcome sentences: never rewritten
        "Ouderen in Zuidhoven wonen veilig thuis.",
        "Een schonere stad.",
        "Kinderen groeien op in een veilige omgeving.",
        "Iedere jongere kan kiezen voor een opleiding die bij hem past.",
        # no faithful outcome in the sentence: better none than a wrong one
        "Wij zijn een betrouwbare organisatie.",
        "Wij leveren maatwerk.",
        "Wij werken aan onze naamsbekendheid.",
        "Onze dienstverlening verbeteren.",
        "Wij zetten in op preventie.",
        # the clause after "zorgen dat" is still the organisation's own doing
        "We zorgen ervoor dat we elk kind in Zuidhoven veilig naar school brengen.",
        "Wij zorgen ervoor dat onze dienstverlening in Noordveen op orde is.",
        # a help sentence whose purpose is a means ("door ..."), not what the people reach
        "De kledingbank helpt gezinnen door ze elk seizoen te voorzien van kleding.",
        # one nominalisation that names no state: the whole list gets none
        "Wij werken aan het versterken van de buurt en het organiseren van activiteiten.",
        # a realising verb on an object that names no state, or the organisation's own place
        "De veiligheid waarborgen in Zuidhoven.",
        "We maken van onze school een plek waar iedereen welkom is.",
        "We maken van de bibliotheek een plek waar iedereen welkom is.",
        # a realising verb on the organisation's offer: "goede zorg" would still read as the offer
        "Wij garanderen goede zorg voor iedere inwoner van Oostdal.",
        "De best mogelijke zorg realiseren voor iedere patiënt.",
        "De hoogst mogelijke servicekwaliteit realiseren voor iedere huurder.",
        # an aim that is the organisation's self-image or a list of its qualities
        "De gemeente Zuidhoven staat voor een krachtige en betrouwbare lokale overheid.",
        "Wij staan voor vakmanschap, korte lijnen en service waar u op kunt rekenen.",
        # an offer after "willen" without anyone who receives it
        "Wij willen goede zorg bieden.",
        # effort frames whose aim is no state
        "Wij spannen ons in om het respect van onze buren te verdienen.",
        # outcome sentences in the new forms' words
        "Gezinnen in Noordveen krijgen gratis voedsel.",
        "Elk kind in Zuidhoven kan veilig naar school.",
        "De best mogelijke zorg voor iedere patiënt.",
        # the organisation's own ("onze rol"): a comparative would drop whose it is
        "Wij versterken onze band met de wijk.",
        # "met plezier" may be the manner or the people's own: none rather than a guess
        "Wij streven ernaar om leerlingen met plezier te laten leren.",
        # letting a thing, not people, do something
        "We laten de stad groeien.",
        # a time or manner read into the people would stand in the wrong place in the outcome
        "Het is onze missie om kinderen uit de hele regio op jonge leeftijd te laten kennismaken met muziek.",
        "Wij helpen jongeren op een speelse manier om hun talenten te ontdekken.",
        # a change with a target or a count: no state keeps "tot" or "naar", or "2000"
        "We verduurzamen 2000 woningen naar minimaal energielabel B.",
        "Wij verlagen de wachttijd voor een eerste gesprek tot maximaal tien werkdagen.",
        # a second aim after an aside; a measure phrase that goes on after its adjective
        "We zetten ook in op digitale ondersteuning, zoals slimme sensoren, en op een nauwere samenwerking met huisartsen.",
        "Daarnaast maken we vijftig kilometer provinciale weg klimaatbestendig.",
        # a second te-clause with its own object; a predicate read into the subject
        "We helpen huiseigenaren hun woning te isoleren en energie te besparen.",
        "Als gemeente willen we een stad zijn waar het aangenaam wonen en werken is.",
        # receivers that go on: a second receiver, a "van", an aside with a verb of its own
        "Wij bieden taallessen aan nieuwkomers en aan Nederlanders die moeite hebben met lezen.",
        "Wij bieden hulp aan mensen met schulden, zoals gezinnen die hun huur niet kunnen betalen.",
        "Wij bieden dagbehandeling voor kinderen van wie de ouders dat zelf niet kunnen betalen.",
        # people coordinated with things: not everyone in the list receives
        "Naast voetbal bieden wij beweegactiviteiten voor ouderen, naschoolse sport en een plek voor buurtinitiatieven.",
        # a setting read into the people, and a coordination cut in two
        "Onze jeugdwerking is er om jongeren in een gezonde sfeer en tegen een lage prijs te laten genieten van het voetbal.",
        "Wij willen kinderen in een veilige omgeving laten opgroeien.",
        # the quality of the organisation's own work is no state of others
        "Wij verbeteren de kwaliteit van ons onderwijs en onze dienstverlening.",
        # the means or the goal read into the people ("naar werk", "met voedselpakketten")
        "Wij ondersteunen jongeren naar werk.",
        "Wij ondersteunen gezinnen met voedselpakketten.",
        # a time or manner read into the people, in an offer, support or "laten"
        "Wij bieden kinderen op jonge leeftijd muziekles.",
        "Wij begeleiden jongeren op een persoonlijke manier.",
        "We laten leerlingen met plezier leren.",
        # a plural noun is not people because an adjective + "en" spells it ("waarden")
        "Wij versterken onze waarden.",
        # renewed is not newer
        "Wij vernieuwen de jeugdlokalen van de scouts.",
        # "huren" may be a verb or a plural: "blijft" or "blijven"?
        "Wij houden de huren laag.",
        # brought somewhere, not together: no meeting to say of the people
        "Wij brengen cultuur naar de wijken.",
        # a preposition "waar" left behind needs an "er" in the main clause: none rather than a wrong one
        "Wij willen een school zijn waar kinderen graag naartoe gaan.",
        "Wij willen een club zijn waar leden op kunnen rekenen.",
        # coordinated verb phrases with two aims, or none: one rewrite cannot hold them
        "Wij werken aan een groene wijk en zetten ons in voor betaalbaar wonen.",
        "Wij bieden zorg, ondersteunen mantelzorgers en organiseren activiteiten.",
        # a verb after the modal's cluster that may be finite on its own ("maken"): left alone
        "Wij bieden een veilige plek waar kinderen na school kunnen spelen en huiswerk maken.",
        # after a fronted aim the main clause is the means: the aim is the outcome, or nothing is
        "Om de vereniging financieel gezond te houden, verhogen wij de contributie.",
        "Om onze ambities waar te maken, investeren wij in mensen.",
        # "aan het werk helpen": what people are helped to is read into them
        "Ons doel is om zoveel mogelijk mensen in Dalem aan het werk te helpen.",
        # where the help is, read into the people
        "Wij begeleiden statushouders in Oostdal in hun zoektocht naar werk.",
        # two things done beside how the organisation works: one rewrite cannot hold both
        "Wij bieden zorg aan ouderen, werken samen met huisartsen en organiseren activiteiten voor jongeren.",
        # an effort for people names for whom, not a state
        "Wij zorgen voor chronisch zieken in Oostdal.",
        # "aan" is the particle of "aanbieden", not where the offer goes
        "Tennisclub Braem biedt recreatief en competitief tennis aan voor jong en oud, op zes banen.",
        # what the organisation does to a thing is not what that thing does
        "Om de zorg ook in de toekomst goed te kunnen blijven leveren, werkt Zorggroep Heidekamp aan vier programma's.",
        # getting to know the children is no teaching; a te-infinitive is left alone
        "Wij leren de kinderen en hun ouders goed kennen.",
        "Wij leren van onze fouten.",
        # help verbs in a row without a noun for the help
        "Wij stimuleren en faciliteren verenigingen in Dalem.",
        # a setting before coordinated verbs may be for one or for both; a "met" may say who
        "Wij willen een school zijn waar kinderen in een veilige sfeer samen spelen en leren.",
        "Wij willen een plek zijn waar mensen met een beperking wonen.",
        # a clause of its own after a comma; a verb that may or may not split ("gaat voor");
        # a preposition "waar" leaves before the verb ("waaraan ... denken")
        "Wij willen een school zijn waar kinderen veilig leren, ook als het thuis moeilijk gaat.",
        "Wij willen een club zijn waar het plezier van de jeugd altijd voorgaat op de resultaten.",
        "Wij willen het ziekenhuis zijn waar patiënten als eerste aan denken.",
        # the people's phrase cut before its "om": "in het mkb" would land after the verb
        "Wij helpen ondernemers in het mkb om grip te houden op hun cijfers.",
        # whose it is ("hun", "uw") would be lost with the article "een"
        "Wij verbeteren hun leefomgeving.",
        "Wij zetten ons in voor hun welzijn.",
        "Wij werken aan uw gezondheid.",
        # a right secured for no one named, or a safeguard that names no right
        "Het OCMW waarborgt het recht op maatschappelijke dienstverlening.",
        "Wij waarborgen de veiligheid van onze leerlingen.",
        # the place's state only when the city itself speaks, in adjectives we can inflect
        "Het OCMW van Velzegem wil een warme gemeente zijn.",
        "De stad Rodenbeke wil een warme stad zijn voor iedereen.",
        # help for no people named
        "Het ondersteunen van lokale initiatieven.",
        # the people educated are the verb's object: "Studenten leiden op" would make them teach
        "Ons doel is om studenten op te leiden.",
        # an adverb would open the outcome; a second thing done is not what students become
        "Hogeschool Klaverveen leidt jaarlijks ruim drieduizend studenten op tot professionals in de zorg.",
        "Onze hogeschool vormt studenten tot competente professionals, en verricht praktijkgericht onderzoek.",
        # "waar" was where people come to: "Inwoners komen graag" misses its place
        "Wij willen een bibliotheek zijn waar inwoners graag komen.",
        "De bibliotheek wordt een plek waar inwoners graag komen en elkaar ontmoeten.",
        # an activity, a field or any museum is not the organisation that speaks
        "Lezen maakt mensen sterker.",
        "Een museum bewaart de verhalen van de stad.",
        # the relative clause ends where the main clause goes on ("en verwijst", "en wij")
        "De voedselbank verstrekt voedselpakketten aan huishoudens die niet rond kunnen komen en verwijst hen door naar schuldhulp.",
        "Wij streven naar een Nederland waarin elk kind gelijke kansen krijgt, en wij zetten ons daar samen met scholen voor in.",
        # a list of means with the organisation's offer among them is how it works, not a state
        "Daarom kiezen wij voor kleine klasgroepen, brede evaluatie en een sterke samenwerking met ouders.",
        # a phrase between the people and "bij" would land after the participle
        "ouders van bij de start nauw betrekken bij de schoolloopbaan van hun kind",
        # two activities after "bij het": one verb cannot take both
        "Wij helpen nieuwkomers bij het leren van de taal en het vinden van werk.",
        # a second receiver after a comma
        "Wij bieden hulp aan alle burgers, ook aan wie minder digitaal vaardig is.",
        # a place that wants to top a ranking by a year: still a ranking
        "Gemeente Brakeldorp wil in 2030 de meest duurzame gemeente van de provincie zijn.",
        # help after a modal: "in" a situation says who the people are, not what the help is in
        "Wij willen gezinnen ondersteunen in een moeilijke periode.",
        # "met" and goods or a task: their "met" or the means?
        "Wij helpen mensen in armoede met voedselpakketten.",
        "Wij helpen ouderen met hun administratie.",
        # two bare infinitives: one would agree with "elk kind", the other not
        "Wij helpen elk kind kiezen en groeien.",
        # "met onze ..." is how the organisation works, not who the people are
        "Wij geven jongeren met onze sportclubs de kans om te bewegen.",
        "Wij bieden gezinnen via ons netwerk een vaste contactpersoon.",
        # a second verb phrase after the verb that the outcome leaves out
        "Wij willen kinderen onderwijs bieden en ouders nauw betrekken.",
        "Wij zijn een school die kinderen onderwijs biedt en ouders nauw betrekt.",
        # a relative clause after the help verb says who the people are
        "Wij willen mensen helpen die het moeilijk hebben.",
        "Wij zijn een organisatie die mensen helpt die het moeilijk hebben.",
        # care of people and a second service: one verb cannot give both
        "Wij zorgen voor de opvang van kinderen en de begeleiding van hun ouders.",
        # "vanaf" a time is when the support starts, not who the people are
        "Wij ondersteunen mensen met dementie en hun mantelzorgers vanaf de eerste signalen.",
        # "voor" after a list whose last item has its own article may be that item's only
        "Wij bieden ook recreatief tennis, padel en een beweeguur voor senioren.",
        # values after an effort frame, not an offer that people get
        "Wij staan voor kwaliteit, openheid en respect voor elke bewoner.",
        # two things done, one of them for people: neither is only the means of the other
        "We ontvangen bezoekers vriendelijk en zorgen voor een rustige, schone omgeving.",
        # "ook aan ...": the people named are not the only ones who receive
        "Wij bieden zwemles in kleine groepen, ook aan volwassenen die nooit leerden zwemmen.",
        # two offers, each with its own receivers: one verb cannot give both
        "Wij bieden dagopvang voor peuters en naschoolse opvang voor kinderen tot twaalf jaar.",
        "Het woonzorgcentrum biedt een thuis aan veertig ouderen, en kortverblijf voor wie tijdelijk meer zorg nodig heeft.",
        # the people let something else do the verb: they are not its subject
        "We helpen boeren om minder mest naar de sloten te laten afspoelen.",
        # managing is the organisation's own work, not a state of anyone
        "We betrekken bewoners bij het beleid en zetten in op een zorgvuldig beheer van het geld.",
        # the organisation acts in the clause after the offer: still what it does
        "Wij zetten in op een aanpak waarbij de bewoner meedenkt en wij de drempels wegnemen.",
        # an object after the verb: "bieden" is finite and the organisations its subject,
        # not an offer in note form
        "Buurthuizen bieden voor iedereen een open en gezellige ontmoetingsplek.",
        # a thing helped "om ... te": the organisation does the verb, not the thing
        "Wij stimuleren de samenwerking tussen sportclubs om samen het aanbod voor jongeren te versterken.",
        # the people's wish would become part of who they are
        "Wij ondersteunen mantelzorgers in hun wens om hun naaste thuis te verzorgen.",
        # the frame's preposition comes back after the first aim
        "Wij werken aan de gezondheid, maar ook aan het welzijn van bewoners.",
        # a second verb after the object in note form
        "Speeltuinen en moestuinen stimuleren en aanleggen.",
        # a means in which someone acts on the people, who would become its subject
        "Wij geven scholieren uit Oostdal zelfvertrouwen door ze te laten optreden op het podium.",
        # "meer" before an adjective reads as its comparative ("more lasting")
        "Het Heemhuis stimuleert de blijvende groei van het verenigingsleven in Oostdal.",
        # "meer" would only cover the first of two phrases with their own article
        "Het onderhoud en het herstel van oude kapellen stimuleren.",
        # a direction verb's "beter" before an adjective of judgement stacks two ("een betere veilige ...")
        "Het bevorderen van een veilige speelplek in Oostdal.",
        # what people would get is already called received ("krijgen ontvangen goederen")
        "De kledingbank geeft ontvangen goederen aan gezinnen die het nodig hebben.",
        "Wij bieden gezinnen in Oostdal verkregen voedsel.",
        # a second and third verb phrase after a comma: the offer's outcome cannot keep them
        "We willen ieder kind in Oostdal kansen geven, talenten ontwikkelen en samen werken aan een mooie toekomst.",
        # verbs in note form after the helped verb: only the first would become the people's
        "Wij helpen kinderen om zich te ontwikkelen tot zelfstandige mensen, hun talenten ontdekken en keuzes maken.",
        "Wij helpen jongeren in Oostdal om werk te vinden en hun eigen geld verdienen.",
        # "staan voor" organisations with adjectives of kind only: whom it represents, no state
        "De Oostdalse Scholenraad staat voor alle katholieke scholen die in het basisonderwijs actief zijn.",
        "Wij staan voor de Vlaamse hogescholen die samen onderwijs en onderzoek dragen.",
        # a second passive with a noun of its own: lifted, its subject would follow the verb
        "Wij willen een buurthuis zijn waar kinderen gezien worden en ouders betrokken worden.",
        "Ons jeugdhuis is een plek waar jongeren gehoord worden en hun talenten volop ontwikkeld kunnen worden.",
        # encouraging people is not wanting more of them
        "Wij stimuleren onze leerlingen in Oostdal.",
        # a comma after the object does not end the clause when verbs follow
        "Wij stimuleren onze leden, elkaar en de buurt in Oostdal beter te leren kennen en waarderen.",
        # "talenten" of the children are their gifts, not people who can do the verb
        "Wij zijn erop gericht alle talenten van leerlingen in Oostdal ten volle te ontwikkelen.",
        # a noun whose gender neither the user's words nor the noun list show: "een beter samenhang"
        # would rest on the tagger's guess (which is wrong here)
        "Samenhang tussen de clubs in Oostdal verbeteren.",
        "Het versterken van samenhang in het aanbod voor kinderen.",
        # a means with a verb of its own before the verb: the outcome would drop half the sentence
        "Door op te trekken met scholen en sportclubs dragen wij bij aan de fitheid van kinderen.",
        "Door buurtbewoners aan elkaar voor te stellen, versterken wij de sociale samenhang in Oostdal.",
        # without its place, a "waar" clause about no one is an empty claim ("Talent groeit")
        "Wij willen een huis zijn waar talent groeit.",
        "Het theater is een plek waar verhalen tot leven komen.",
        "Tennisclub De Kaats is een gezellige club waar plezier en sportiviteit voorop staan.",
        # how often is no object: "Een schonere elke dag"
        "Daarom zuiveren wij elke dag.",
        "Wij verbeteren elk jaar.",
        # after "om", the people before "te" are the verb's object: they do not serve
        "De gemeente is er om de inwoners van Oostdal zo goed mogelijk te dienen.",
        # people reached are an audience, a problem contributed to is no state
        "Wij willen ook meer jongeren bereiken.",
        "Met ons onderzoek leveren wij een bijdrage aan de grote vraagstukken van deze tijd.",
        "De zorg in de regio staat voor ingrijpende veranderingen.",
        # a second main clause after "en" (verb first, the organisation after it) is not part of the aim
        "Daarom kiezen wij voor één loket waar iedereen met zijn vragen terechtkan, en gaan onze medewerkers op huisbezoek.",
        # "en" before a subject of its own: "daalt en blijft de opbrengst" would be no Dutch
        "Wij zorgen ervoor dat de energierekening van onze leden daalt en de opbrengst in de regio blijft.",
        # a meeting place whose "waar" clause says no one meets: the meeting would be lost
        "De academie is een ontmoetingsplaats waar jong en oud artistiek groeien.",
        # what money goes into is an asset or a means, unless it names a place
        "Samen met de gemeente investeren we in een nieuwe sporthal.",
        "We investeren voortdurend in opleiding en onderzoek.",
        # a verb the tagger takes for a noun before a comma: the verbs cannot be found
        "Wij willen een gemeente zijn waar inwoners veilig fietsen, betaalbaar wonen en elkaar kennen.",
    ],
)
def test_no_rewrite(nlp, text):
    assert [r for r in sentence_rewrites(nlp, text) if r[1] != "display"] == []


@pytest.mark.parametrize(
    "text, clause, expected",
    [
        ("Geborgenheid: wij bieden kinderen een vaste plek.", "wij bieden kinderen een vaste plek",
         "kinderen hebben een vaste plek"),
        ("Kortom: wij willen een school zijn waar iedereen zich thuis voelt.",
         "wij willen een school zijn waar iedereen zich thuis voelt", "iedereen voelt zich thuis"),
        ("Samen – wij brengen buren met elkaar in contact.", "wij brengen buren met elkaar in contact",
         "buren komen met elkaar in contact"),
        # a conjunction that ties the sentence to the one before stays
        ("En wij zorgen ervoor dat iedereen zich welkom voelt.", "wij zorgen ervoor dat iedereen zich welkom voelt",
         "iedereen voelt zich welkom"),
        # a theme with people as subject is a label too; one with the organisation is the frame
        ("Kinderen groeien op: het versterken van de sociale samenhang in de wijk.",
         "het versterken van de sociale samenhang in de wijk", "een sterkere sociale samenhang in de wijk"),
        # a purpose label is part of the formula: the whole sentence is rewritten
        ("Onze missie: het versterken van de sociale samenhang in de wijk.",
         "Onze missie: het versterken van de sociale samenhang in de wijk",
         "Een sterkere sociale samenhang in de wijk"),
    ],
)  # fmt: skip
def test_a_label_before_a_colon_stays_and_the_clause_after_it_is_rewritten(nlp, text, clause, expected):
    doc = nlp(text)
    [rewrite] = [r for r in REWRITE_HELPERS["role-sentence-to-outcome"](doc[:]) if r.applicability.value != "display"]
    assert (doc[rewrite.start : rewrite.end].text, rewrite.text) == (clause, expected)


@pytest.mark.parametrize(
    "infinitive, form",
    [("ontdekken", "ontdekt"), ("leven", "leeft"), ("verlaten", "verlaat"), ("zetten", "zet"), ("ontwikkelen", "ontwikkelt"),
     ("realiseren", "realiseert"), ("krijgen", "krijgt"), ("hebben", "heeft"), ("bloeien", "bloeit"), ("reizen", "reist")],
)  # fmt: skip
def test_singular(infinitive, form):
    assert morphology.singular(infinitive) == form


def test_separable():
    assert morphology.separable("meedoen") == ("mee", "doen")
    assert morphology.separable("kennismaken") == ("kennis", "maken")
    assert morphology.separable("onderhouden") is None  # inseparable: "onderhoudt"
    assert morphology.separable("ontdekken") is None


# --------------------------------------------------------------------------- command line


def check(*args: str, stdin: str | None = None):
    return runner.invoke(app, ["check", "--no-cache", *args], input=stdin)


OFFER = "## Missie\n\nWij bieden ouderen in Zuidhoven goede zorg.\n"
ROLE = "## Missie\n\nDe stad schoonmaken.\n"


def test_json_suggestions_have_spans_and_applicability(tmp_path):
    path = tmp_path / "m.md"
    path.write_text(OFFER, encoding="utf-8")
    result = check(str(path), "--format", "json")
    report = json.loads(result.stdout)
    assert report["schema"] == 2
    finding = next(f for f in report["files"][0]["findings"] if f["rule"] == "ML105")
    suggestion = finding["suggestions"][0]
    assert suggestion["replacement"] == "Ouderen in Zuidhoven krijgen goede zorg"
    assert suggestion["applicability"] == "unsafe"
    start, end = suggestion["start"]["offset"], suggestion["end"]["offset"]
    assert OFFER[start:end] == "Wij bieden ouderen in Zuidhoven goede zorg"
    assert suggestion["start"]["line"] == 3 and suggestion["start"]["column"] == 1
    assert finding["text"] == "Wij bieden"  # the finding keeps its own span
    assert finding["fix"] is None  # no safe rewrite


def suggestions_on(tmp_path, text: str) -> list[dict]:
    """Every suggestion the command line gives on `text` as a Markdown file."""
    path = tmp_path / "m.md"
    path.write_text(text, encoding="utf-8")
    report = json.loads(check(str(path), "--format", "json").stdout)
    return [s for f in report["files"][0]["findings"] for s in f["suggestions"]]


def test_items_of_a_list_of_means_get_no_outcome(tmp_path):
    """After "door:" the items are means: an outcome would not follow on from the lead-in."""
    suggestions = suggestions_on(
        tmp_path,
        "## Missie\n\nWe versterken het dorp door:\n\n- het versterken van de verenigingen;\n"
        "- het vergroten van de leesvaardigheid van kinderen.\n",
    )
    assert suggestions and all(s["applicability"] == "display" for s in suggestions)


@pytest.mark.parametrize(
    "items, expected",
    [
        # items that run on in lower case keep it
        (
            "- het organiseren van toernooien,\n- het versterken van de band tussen de leden.\n",
            "een sterkere band tussen de leden",
        ),
        # Markdown gives an item without its bullet; the view keeps where its lines begin and
        # end, so an item that ends in a full stop is an item, and its goal without a verb stays
        (
            "- het organiseren van toernooien.\n- het bevorderen van een goede sfeer.\n"
            "- het versterken van de jeugdwerking.\n",
            "een sterkere jeugdwerking",
        ),
    ],
)
def test_items_of_a_list_keep_their_case_and_their_goals(tmp_path, items, expected):
    suggestions = suggestions_on(tmp_path, f"## Missie\n\nDe schaakclub heeft als doel:\n\n{items}")
    rewrites = [s["replacement"] for s in suggestions if s["applicability"] != "display"]
    assert expected in rewrites


def test_a_rewrite_that_still_reads_as_an_offer_is_only_shown(tmp_path):
    # "Een snelle afhandeling van ..." is still what the organisation does: following the
    # rewrite must not bring the finding back, so --fix never applies it
    text = "## Missie\n\nWe zorgen voor een snelle afhandeling van reparatieverzoeken.\n"
    path = tmp_path / "m.md"
    path.write_text(text, encoding="utf-8")
    report = json.loads(check(str(path), "--format", "json").stdout)
    offered = [s for f in report["files"][0]["findings"] for s in f["suggestions"]]
    assert any(s["replacement"] == "Een snelle afhandeling van reparatieverzoeken" for s in offered)
    assert all(s["applicability"] == "display" for s in offered)
    check(str(path), "--fix", "--unsafe-fixes")
    assert path.read_text(encoding="utf-8") == text


def test_a_means_after_its_outcome_is_read_as_its_means(nlp, tmp_path):
    """The rewrite of a fronted aim in running prose ("<outcome>. Daarvoor <means>") reads
    as an outcome to the section's profile, so it is applied; and once written, the means
    sentence after the outcome brings no framing finding back."""
    rewritten = "Onze bezoekers worden weerbaarder. Daarvoor trekken we op met buurthuizen en vrijwilligers."
    assert framing.reads_as_outcome(framing.profile(parse_sentences(nlp, [rewritten])[0]))
    text = f"## Visie\n\nWij zijn er voor iedereen in Oostdal die moeilijk rondkomt. {rewritten} Wij geloven dat ieder mens telt.\n"
    path = tmp_path / "m.md"
    path.write_text(text, encoding="utf-8")
    framed = json.loads(check(str(path), "--format", "json").stdout)["files"][0]["findings"]
    left = [(f["start"]["line"], f["start"]["column"]) for f in framed if f["category"] == "framing"]
    assert left == [(3, 1)]  # "Wij zijn" only


@pytest.mark.parametrize(
    "sentence, draft",
    [
        ("Woonstede verhuurt betaalbare woningen in Molenrade.", "[wie] huren betaalbare woningen in Molenrade"),
        # spreading over places need not be giving, and a named receiver needs no placeholder
        ("Samen met de partnerziekenhuizen verdelen we de ingrepen over de campussen.", None),
        ("Wij bieden zorg aan ouderen en chronisch zieken in Oostdal en doen dat met vrijwilligers.", None),
    ],
)
def test_an_offer_draft_says_what_receivers_do_and_only_where_none_is_named(nlp, sentence, draft):
    drafts = [
        text.split(",")[0] for text, applicability in sentence_rewrites(nlp, sentence) if applicability == "display"
    ]
    assert drafts == ([draft] if draft else [])


def test_a_value_told_as_conduct_gets_the_people_as_subject_and_keeps_its_label(tmp_path):
    text = (
        "## Kernwaarden\n\n- Spel: wij geven kinderen de ruimte om te ontdekken.\n"
        "- Eerlijkheid: wij zijn eerlijk over wat we wel en niet kunnen.\n"
    )
    path = tmp_path / "w.md"
    path.write_text(text, encoding="utf-8")
    findings = json.loads(check(str(path), "--format", "json").stdout)["files"][0]["findings"]
    offered = {
        text[s["start"]["offset"] : s["end"]["offset"]]: (s["replacement"], s["applicability"])
        for f in findings
        if f["rule"] in ("ML110", "ML113")
        for s in f["suggestions"]
    }
    assert offered["wij geven kinderen de ruimte om te ontdekken"] == (
        "kinderen krijgen de ruimte om te ontdekken",
        "unsafe",
    )
    # no rewrite in its own words: the values template, not an offer's draft with "zodat"
    templates = [r for r, applicability in offered.values() if applicability == "display"]
    assert templates and all(r.startswith("[waarde]") for r in templates)


def test_an_offer_to_no_one_named_gets_a_draft_in_its_own_words(tmp_path):
    # no receiver, so no outcome to rewrite to: a draft with placeholders, never applied
    text = "## Missie\n\nWij bieden ook kwalitatief goed onderwijs in de regio Oostdal.\n"
    path = tmp_path / "m.md"
    path.write_text(text, encoding="utf-8")
    report = json.loads(check(str(path), "--format", "json").stdout)
    finding = next(f for f in report["files"][0]["findings"] if f["rule"] == "ML105")
    (draft,) = finding["suggestions"]
    assert draft["replacement"] == (
        "[wie] krijgen ook kwalitatief goed onderwijs in de regio Oostdal, zodat [wat er voor hen beter wordt]"
    )
    assert draft["applicability"] == "display"
    assert text[draft["start"]["offset"] : draft["end"]["offset"]].startswith("Wij bieden")
    check(str(path), "--fix", "--unsafe-fixes")
    assert path.read_text(encoding="utf-8") == text


def test_sarif_carries_safe_and_unsafe_fixes(tmp_path):
    path = tmp_path / "m.md"
    path.write_text(OFFER, encoding="utf-8")
    sarif = json.loads(check(str(path), "--format", "sarif").stdout)
    result = next(r for r in sarif["runs"][0]["results"] if r["ruleId"] == "ML105")
    fix = result["fixes"][0]
    assert fix["properties"]["applicability"] == "unsafe"
    replacement = fix["artifactChanges"][0]["replacements"][0]
    assert replacement["insertedContent"]["text"] == "Ouderen in Zuidhoven krijgen goede zorg"
    assert replacement["deletedRegion"]["charOffset"] == OFFER.index("Wij")


def test_text_report_shows_the_whole_sentence_and_who_applies_it(tmp_path):
    path = tmp_path / "m.md"
    path.write_text(OFFER, encoding="utf-8")
    out = check(str(path), "--no-color").stdout
    assert "- Wij bieden ouderen in Zuidhoven goede zorg." in out
    assert "+ Ouderen in Zuidhoven krijgen goede zorg.  (alleen met --fix --unsafe-fixes)" in out
    template = check("-", "--kind", "missie", "--no-color", stdin="Wij leveren maatwerk.\n").stdout
    assert "suggestie: Wij leveren ..., zodat [wie]" in template
    assert "(voorstel; wordt niet automatisch toegepast)" in template


def test_diff_shows_unsafe_rewrites_only_when_asked(tmp_path):
    path = tmp_path / "m.md"
    path.write_text(OFFER, encoding="utf-8")
    assert "Ouderen in Zuidhoven" not in check(str(path), "--diff").stdout
    diff = check(str(path), "--diff", "--unsafe-fixes").stdout
    assert "+Ouderen in Zuidhoven krijgen goede zorg." in diff


def test_fix_applies_safe_then_unsafe_and_a_second_fix_changes_nothing(tmp_path):
    role, offer = tmp_path / "role.md", tmp_path / "offer.md"
    role.write_text(ROLE, encoding="utf-8")
    offer.write_text(OFFER, encoding="utf-8")
    check(str(tmp_path), "--fix")
    assert role.read_text(encoding="utf-8") == "## Missie\n\nEen schonere stad.\n"
    assert offer.read_text(encoding="utf-8") == OFFER  # unsafe: not without --unsafe-fixes
    check(str(tmp_path), "--fix", "--unsafe-fixes")
    fixed = offer.read_text(encoding="utf-8")
    assert fixed == "## Missie\n\nOuderen in Zuidhoven krijgen goede zorg.\n"
    check(str(tmp_path), "--fix", "--unsafe-fixes")
    assert offer.read_text(encoding="utf-8") == fixed
    assert role.read_text(encoding="utf-8") == "## Missie\n\nEen schonere stad.\n"


def test_rewrite_across_a_wrapped_line_maps_to_file_offsets(tmp_path):
    text = "## Missie\n\nWij zetten ons in voor betaalbaar\nen duurzaam wonen in de Kempen, zodat\niedereen thuis is.\n"
    path = tmp_path / "m.md"
    path.write_text(text, encoding="utf-8")
    report = json.loads(check(str(path), "--format", "json", "--select", "ML105,ML101").stdout)
    spans = [
        (s["start"]["offset"], s["end"]["offset"], s["replacement"])
        for f in report["files"][0]["findings"]
        for s in f["suggestions"]
        if s["applicability"] != "display"
    ]
    for start, end, _ in spans:  # whatever is offered replaces whole words of the file
        assert text[start].isalpha() and text[end - 1].isalpha()


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "## Missie\n\nHet versterken van de sociale samenhang\nin de wijk.\n",
            "Een sterkere sociale samenhang in de wijk.",
        ),
        (
            "## Missie\n\nWij  streven ernaar om iedereen te betrekken bij het schoolleven.\n",
            "Iedereen is betrokken bij het schoolleven.",
        ),
    ],
)
def test_a_sentence_over_a_line_break_or_a_double_space_is_rewritten_as_on_one_line(tmp_path, text, expected):
    path = tmp_path / "m.md"
    path.write_text(text, encoding="utf-8")
    check(str(path), "--fix", "--unsafe-fixes")
    assert path.read_text(encoding="utf-8") == "## Missie\n\n" + expected + "\n"


def test_an_offer_to_no_one_named_gets_its_draft_over_a_line_break_too(nlp):
    one_line, wrapped = nlp("Wij bieden kwalitatief goed onderwijs."), nlp("Wij bieden kwalitatief goed\nonderwijs.")
    drafts = [REWRITE_HELPERS["role-sentence-to-outcome"](doc[:]) for doc in (one_line, wrapped)]
    assert [[r.text for r in found] for found in drafts] == [
        ["[wie] krijgen kwalitatief goed onderwijs, zodat [wat er voor hen beter wordt]"]
    ] * 2


def test_following_no_purpose_advice_does_not_make_a_strategy_read_as_a_mission():
    before = check("-", "--kind", "strategie", "--format", "json", stdin="We planten 500 bomen.\n")
    assert "ML108" in {f["rule"] for f in json.loads(before.stdout)["files"][0]["findings"]}
    after = check(
        "-", "--kind", "strategie", "--format", "json", stdin="We planten 500 bomen, zodat de stad koeler wordt.\n"
    )
    rules = {f["rule"] for f in json.loads(after.stdout)["files"][0]["findings"]}
    assert "ML201" not in rules and "ML108" not in rules


def test_the_rewrite_verdicts_a_run_keeps_are_bounded(rules, model_info):
    """A language server lints for days: the verdicts on rewrites it keeps stay at
    REWRITE_MEMORY, the newest kept."""
    from missionlint.checks.framing import REWRITE_MEMORY
    from missionlint.lint.linter import Linter
    from missionlint.sources.reading import parse_text

    linter = Linter(rules=rules, classifier_rules=[r for r in rules if r.type == "cues"], model=model_info)
    seen = linter.engine.rewrite_verdicts
    seen.update((f"oud {n}", True) for n in range(REWRITE_MEMORY))
    result = linter.lint([parse_text("<test>", "Wij willen de stad schoonmaken.\n", "text", kind="missie")])[0]
    offered = [fix.replacement for f in result.findings for fix in f.fixes if fix.concrete]
    assert offered and all(text in seen for text in offered)
    assert len(seen) == REWRITE_MEMORY and "oud 0" not in seen


def _judged_ungrammatical() -> list[tuple[str, str]]:
    """(text, rewrite) of the new-form rewrites a blind editor judged ungrammatical (eval/README.md)."""
    path = Path(__file__).resolve().parents[1] / "eval" / "rewrites-new-forms.yaml"
    items = yaml.safe_load(path.read_text(encoding="utf-8"))["items"]
    return [(i["text"], i["reviewed"]) for i in items if i["reviewed"] and not i["grammatical"]]


@pytest.mark.parametrize("text, judged", _judged_ungrammatical())
def test_a_rewrite_judged_ungrammatical_blind_does_not_come_back(nlp, text, judged):
    last = list(nlp(text).sents)[-1]
    assert judged not in [r.text for r in REWRITE_HELPERS["role-sentence-to-outcome"](last)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Wij zetten ons in voor een betere toekomst.", "Een betere toekomst"),
        # between sentences a phrase of adjectives and nouns alone says for no one what changes
        ("Wij zetten ons in voor een betere toekomst. Daarbij doen alle leden mee.", None),
        # nor one with people or a place: without a verb it reads as a heading there
        ("Wij zetten ons in voor een betere toekomst voor kinderen. Daarbij doen alle leden mee.", None),
        ("Wij zetten ons in voor een sterke vereniging in Oostdal. Daarbij doen alle leden mee.", None),
        ("Wij dragen bij aan een gezonde regio. Daarbij doen alle leden mee.", None),
        # unless it reads as a clause: the object the sentence named, or a name, with its verb
        (
            "Wij versterken de sociale samenhang in de wijk. Daarbij doen alle leden mee.",
            "De sociale samenhang in de wijk wordt sterker",
        ),
        (
            "Wij werken aan een warm en duurzaam Ravenzijl. Daarbij doen alle leden mee.",
            "Ravenzijl is warm en duurzaam",
        ),
        # a change Dutch says with a verb of its own: "verbetert", not "wordt beter"
        (
            "Wij verbeteren de bereikbaarheid van het dorp. Daarbij doen alle leden mee.",
            "De bereikbaarheid van het dorp verbetert",
        ),
        # a name that wants to be a place of qualities keeps the place ("warm" alone reads as weather)
        (
            "De stad Rodenbeke wil een warme en zorgzame stad zijn. Daarbij doen alle inwoners mee.",
            "Rodenbeke is een warme en zorgzame stad",
        ),
        # an amount: "meer" or "minder" of the object becomes "neemt toe" or "neemt af"
        ("Wij bestrijden de armoede in Oostdal. Daarbij doen alle leden mee.", "De armoede in Oostdal neemt af"),
        (
            "Wij stimuleren de deelname van jongeren aan sport. Daarbij doen alle leden mee.",
            "De deelname van jongeren aan sport neemt toe",
        ),
        # or a relative clause says who and how
        (
            "Wij werken aan een regio waar ouderen zelfstandig wonen. Daarbij doen alle leden mee.",
            "Een regio waar ouderen zelfstandig wonen",
        ),
        # alone, the phrase of the quality, as the gold set's editor accepts it
        (
            "Wij willen de weerbaarheid van jongeren in Oostdal vergroten.",
            "Een grotere weerbaarheid van jongeren in Oostdal",
        ),
        # in running prose, the people become what the quality names, a clause
        (
            "Wij willen de weerbaarheid van jongeren in Oostdal vergroten. Daarbij doen ouders mee.",
            "Jongeren in Oostdal worden weerbaarder",
        ),
        (
            "Het is onze missie om de gezondheid van elk kind in Brammelo te bevorderen. Daarbij doen ouders mee.",
            "Elk kind in Brammelo wordt gezonder",
        ),
        # less of a quality: "minder" with the adjective
        (
            "Wij verkleinen de kwetsbaarheid van jongeren. Daarbij doen scholen mee.",
            "Jongeren worden minder kwetsbaar",
        ),
        # not people: the object the sentence named becomes what the comparative says
        (
            "Wij vergroten de bereikbaarheid van het dorp. Daarbij doen ouders mee.",
            "De bereikbaarheid van het dorp neemt toe",
        ),
    ],
)
def test_an_outcome_between_full_sentences_is_a_clause_or_none(nlp, text, expected):
    doc = nlp(text)
    found = rewrite_clause(doc, *clause_bounds(next(iter(doc.sents))))
    assert (found.text if found else None) == expected


def test_a_bare_phrase_is_an_outcome_as_a_list_item(tmp_path):
    """Items of a list are phrases: there "Een betere toekomst" reads as the others do."""
    suggestions = suggestions_on(
        tmp_path, "## Visie\n\n- Wij zetten ons in voor een betere toekomst\n- Wij werken samen met scholen\n"
    )
    assert "Een betere toekomst" in [s["replacement"] for s in suggestions if s["applicability"] != "display"]


@pytest.mark.parametrize(
    "following, expected",
    [
        ("", "Huurders in Velde wonen langer zelfstandig"),
        (
            " Zo blijft de buurt gemengd.",
            "Huurders in Velde wonen langer zelfstandig. Daarvoor passen wij elk jaar honderd woningen aan",
        ),
    ],
)
def test_the_means_after_a_fronted_aim_stays_when_other_sentences_follow(nlp, following, expected):
    """In running prose the main clause after "Om ... te ...," follows the outcome as a
    sentence of its own, so nothing it says is lost; a text of one sentence stays one."""
    doc = nlp(
        f"Om huurders in Velde langer zelfstandig te laten wonen, passen wij elk jaar honderd woningen aan.{following}"
    )
    found = rewrite_clause(doc, *clause_bounds(next(iter(doc.sents))))
    assert found is not None and found.text == expected


@pytest.mark.parametrize(
    "first, following, kept",
    [
        ("Wij zorgen voor een veilig Ravenzijl.", "Dat doen we met wijkagenten en bewoners.", False),
        ("Wij bieden ouderen in Oostdal goede zorg.", "Dit doen wij met veel vrijwilligers.", False),
        # "Daarvoor" points at the aim, which the outcome still names
        ("Wij zorgen voor een veilig Ravenzijl.", "Daarvoor werken we samen met wijkagenten.", True),
    ],
)
def test_no_outcome_where_the_next_sentence_points_back_at_the_action(nlp, first, following, kept):
    """An outcome in place of the first sentence would leave "Dat doen we" pointing at nothing."""
    alone, together = nlp(first), nlp(f"{first} {following}")
    sentence = next(iter(together.sents))
    assert rewrite_clause(alone, *clause_bounds(alone[:])) is not None
    assert (rewrite_clause(together, *clause_bounds(sentence)) is not None) is kept


@pytest.mark.parametrize(
    "text, expected",
    [("één loket voor iedereen", "Eén loket voor iedereen"), ("ouderen wonen thuis", "Ouderen wonen thuis")],
)
def test_a_rewrite_begins_as_a_dutch_sentence_begins(text, expected):
    assert sentence_start(text) == expected
