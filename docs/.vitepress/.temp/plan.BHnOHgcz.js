const plan = `# yaml-language-server: $schema=../../packages/model/plan.schema.json
#
# Integraal Veiligheidsplan Gemeente Laren 2019-2022, encoded as printed.
#
# Everything below follows the document, including its mistakes: where the
# document contradicts itself the figures are kept as printed and a comment
# starting with "DOCUMENT:" says what is wrong. \`ivp validate\` reports every
# such slip in the figures, targets, labels and sources; the comment names the
# rule that finds it, as [lint: rule-id]. Slips in running text are marked
# [prose]: no rule reads prose. The errors among the findings are acknowledged
# at the end of this file (lint.acknowledged): still reported, yet it validates.
schemaVersion: 1
id: laren-2019-2022
title: Integraal Veiligheidsplan Gemeente Laren 2019-2022
subtitle: Samen verder!
municipality:
  name: Laren
  code: GM0417
  statlineName: Laren (NH.)
period: { start: 2019, end: 2022 }
language: nl
adoption:
  by: gemeenteraad
  date: 2019-01-30

areas:
  - { id: GM0417, name: Laren, kind: municipality, code: GM0417 }
  # Tabel 1 calls it "Midden Nederland", Tabel 2 "regio MNL".
  - { id: midden-nederland, name: Midden-Nederland, kind: police-unit }

sources:
  - id: bvh
    name: BVH/politie
    kind: police-registration
    description: >-
      Basisvoorziening Handhaving is een incidentregistratiesysteem dat wordt
      gebruikt door de Nederlandse Politie.
  - id: veiligheidsmonitor
    name: Veiligheidsmonitor
    kind: survey
    description: >-
      Integrale Veiligheidsmonitor: iedere twee jaar een bevolkingsonderzoek
      naar veiligheid, leefbaarheid en slachtofferschap.

series:
  - { id: misdrijven-totaal, label: Totaal misdrijven, codes: { police: "0.0.0" } }
  - id: woninginbraken
    label: Woninginbraken
    codes: { police: "1.1.1" }
    # Pogingen + geslaagd = woninginbraken in every year of both tables.
    parts: { series: [woninginbraak-pogingen, woninginbraak-geslaagd], complete: true }
  - { id: woninginbraak-pogingen, label: "Woninginbraken: pogingen" }
  - { id: woninginbraak-geslaagd, label: "Woninginbraken: geslaagd" }
  - id: geweld
    label: Geweldsmisdrijven
    # The seven "...waaraan" rows add up to "geweld: totaal" in every year of both tables.
    parts:
      series:
        [
          geweld-zeden,
          geweld-openlijk,
          geweld-bedreiging,
          geweld-mishandeling,
          geweld-straatroof,
          geweld-overval,
          geweld-overig,
        ]
      complete: true
  - { id: geweld-zeden, label: "Geweld: zeden" }
  - { id: geweld-openlijk, label: "Geweld: openlijk geweld tegen personen" }
  - { id: geweld-bedreiging, label: "Geweld: bedreiging" }
  - { id: geweld-mishandeling, label: "Geweld: mishandeling", codes: { police: "1.4.5" } }
  - { id: geweld-straatroof, label: "Geweld: straatroof", codes: { police: "1.4.6" } }
  - { id: geweld-overval, label: "Geweld: overval", codes: { police: "1.4.7" } }
  - { id: geweld-overig, label: "Geweld: overig" }
  - { id: huiselijk-geweld, label: Huiselijk geweld }
  - { id: autokraak, label: Auto-inbraken, codes: { police: "1.2.1" } }
  - { id: fietsdiefstal, label: Fietsdiefstal }
  - { id: vernielingen, label: Vernielingen, codes: { police: "2.2.1" } }
  - { id: zakkenrollen, label: Zakkenrollen }
  - { id: inbraak-bedrijf, label: Inbraak/diefstal bedrijf en instelling }
  - { id: winkeldiefstal, label: Winkeldiefstal, codes: { police: "2.5.2" } }
  - { id: jongerenoverlast, label: Meldingen jongerenoverlast }
  - { id: burgernet-deelname, label: Inwoners die deelnemen aan Burgernet, unit: percentage }
  - {
      id: rondhangende-jeugd,
      label: "% respondenten dat aangeeft dat rondhangende jeugd voorkomt in de buurt",
      unit: percentage,
    }
  - { id: buurtpreventieverenigingen, label: Actieve buurtpreventieverenigingen }

indicators:
  - {
      id: woninginbraken,
      label: Aantal woninginbraken,
      unit: count,
      direction: lower-is-better,
      source: bvh,
    }
  - {
      id: woninginbraak-pogingen,
      label: Aantal pogingen woninginbraken,
      unit: count,
      direction: lower-is-better,
      source: bvh,
    }
  - {
      id: woninginbraak-geslaagd,
      label: Aantal geslaagde woninginbraken,
      unit: count,
      direction: lower-is-better,
      source: bvh,
    }
  - {
      id: autokraak,
      label: Aantal auto-inbraken,
      unit: count,
      direction: lower-is-better,
      source: bvh,
    }
  - {
      id: geweld,
      label: Aantal geweldsmisdrijven,
      unit: count,
      direction: lower-is-better,
      source: bvh,
    }
  - {
      id: verwarde-personen,
      label: Aantal meldingen van verwarde personen,
      unit: count,
      direction: lower-is-better,
      source: bvh,
    }
  - {
      id: rapportcijfer-veiligheid,
      label: Rapportcijfer veiligheid,
      unit: grade,
      direction: higher-is-better,
      source: veiligheidsmonitor,
    }
  - {
      id: rapportcijfer-leefbaarheid,
      label: Rapportcijfer leefbaarheid,
      unit: grade,
      direction: higher-is-better,
      source: veiligheidsmonitor,
    }
  - {
      id: overlast-dronken,
      label: "% bewoners dat veel overlast van dronken mensen op straat ondervindt",
      unit: percentage,
      direction: lower-is-better,
      source: veiligheidsmonitor,
    }
  - {
      id: overlast-drugs,
      label: "% bewoners dat veel overlast van drugsgebruik en drugshandel ondervindt",
      unit: percentage,
      direction: lower-is-better,
      source: veiligheidsmonitor,
    }
  - {
      id: overlast-buurtbewoners,
      label: "% bewoners dat veel overlast van buurtbewoners ondervindt",
      unit: percentage,
      direction: lower-is-better,
      source: veiligheidsmonitor,
    }
  - {
      id: overlast-lastigvallen,
      label: "% bewoners dat veel overlast van lastig vallen op straat ondervindt",
      unit: percentage,
      direction: lower-is-better,
      source: veiligheidsmonitor,
    }
  - {
      id: overlast-jongeren,
      label: "% bewoners dat veel overlast van (groepen) rondhangende jongeren ondervindt",
      unit: percentage,
      direction: lower-is-better,
      source: veiligheidsmonitor,
    }
  # DOCUMENT: the three Bibob/drugs indicators print no source.
  # [lint: indicator-missing-source]
  - {
      id: bibob-nieuwe-ondernemingen,
      label: "Bibob: nieuwe (risicovolle) ondernemingen",
      unit: percentage,
      direction: higher-is-better,
    }
  - {
      id: bibob-bestaande-horeca,
      label: "Bibob: bestaande (risicovolle) horeca ondernemingen",
      unit: percentage,
      direction: higher-is-better,
    }
  - {
      id: bestuurlijk-optreden-drugs,
      label: Bestuurlijk optreden naar aanleiding van drugs,
      unit: percentage,
      direction: higher-is-better,
    }

# The indicator tables as printed. Baselines and targets live here, not on
# the indicators, because the document prints different values for the same
# indicator in different tables; the first table that lists an indicator
# gives its effective baseline and target.
indicatorTables:
  - id: hoofddoelstellingen
    title: Meetbare hoofddoelstellingen
    headers: { indicator: Indicator, source: Bron, baseline: Waarde 2017, target: Doel 2021 }
    rows:
      # DOCUMENT: "60 (-25%)" is the woninginbraken target (79 -> 60); -25%
      # of 20 pogingen is 15, and 60 is three times the baseline.
      # [lint: relative-target-mismatch]
      - indicator: woninginbraak-pogingen
        label: Aantal pogingen woninginbraken
        source: BVH ¹ /politie
        baseline: { value: 20, period: 2017 }
        target: { kind: relative, value: 60, change: -25, period: 2021, asPrinted: "60 (-25%)" }
      # DOCUMENT: a main goal without a goal: no target is printed for the
      # geslaagde woninginbraken. [lint: indicator-missing-target, an info]
      - indicator: woninginbraak-geslaagd
        label: Aantal geslaagde woninginbraken
        source: BVH/politie
        baseline: { value: 59, period: 2017 }
      - indicator: autokraak
        label: Aantal auto-inbraken
        source: BVH/politie
        baseline: { value: 65, period: 2017 }
        target: { kind: relative, value: 59, change: -10, period: 2021, asPrinted: "59 (-10%)" }
      - indicator: geweld
        label: Aantal geweldsmisdrijven
        source: BVH/politie
        baseline: { value: 23, period: 2017 }
        target: { kind: relative, value: 20, change: -15, period: 2021, asPrinted: "20 (-15%)" }
      # DOCUMENT: printed "Aantal verwarde personen" with source
      # "BVH/politie"; the table of 4.2 prints "Aantal meldingen van verwarde
      # personen" (persons against reports) and "BVH/politiecijfers".
      # [lint: indicator-wording-conflict, twice] The targets differ too: see
      # the row in 4.2.
      - indicator: verwarde-personen
        label: Aantal verwarde personen
        source: BVH/politie
        baseline: { value: 44, period: 2017 }
        target: { kind: relative, value: 35, change: -20, period: 2021, asPrinted: "35 (-20%)" }
      # DOCUMENT: baseline 7,5 and target 7,6 here; 7,3 and 7,5 in the table
      # of priority 4.2, and the text gives 7,3 for 2017.
      # [lint: indicator-value-conflict for the baseline and for the target;
      # baseline-figure-mismatch for 7,5 against the text's 7,3]
      - indicator: rapportcijfer-veiligheid
        label: Rapportcijfer veiligheid
        source: Veiligheidsmonitor
        baseline: { value: 7.5, period: 2017 }
        target: { kind: absolute, value: 7.6, period: 2021 }
      - indicator: rapportcijfer-leefbaarheid
        label: Rapportcijfer leefbaarheid
        source: Veiligheidsmonitor
        baseline: { value: 7.9, period: 2017 }
        target: { kind: keep-level, value: 7.9, period: 2021 }
  - id: indicatoren-woninginbraken
    title: Effectindicatoren woninginbraken
    theme: woninginbraken
    headers: { indicator: Indicator, source: Bron, baseline: Waarde 2017, target: Doel 2021 }
    rows:
      # DOCUMENT: the source is printed "BHV/Politie" (BVH).
      # [lint: source-name-typo] 25% less than 79 is 59,25, so 59, not 60 (60
      # is 24% less). [lint: relative-target-mismatch]
      - indicator: woninginbraken
        label: Absoluut aantal woninginbraken
        source: BHV/Politie
        baseline: { value: 79, period: 2017 }
        target: { kind: relative, value: 60, change: -25, period: 2021, asPrinted: "60 (-25%)" }
  - id: indicatoren-zorg-en-veiligheid
    title: Effectindicatoren zorg en veiligheid
    theme: zorg-en-veiligheid
    headers: { indicator: Indicator, source: Bron, baseline: Waarde 2017, target: Doel 2021 }
    rows:
      - indicator: rapportcijfer-leefbaarheid
        label: Rapportcijfer leefbaarheid
        source: Veiligheidsmonitor
        baseline: { value: 7.9, period: 2017 }
        target: { kind: keep-level, value: 7.9, period: 2021 }
      # DOCUMENT: 7,3 -> 7,5 here; 7,5 -> 7,6 in the main goals.
      # [lint: indicator-value-conflict, reported at the main goals]
      - indicator: rapportcijfer-veiligheid
        label: Rapportcijfer veiligheid
        source: Veiligheidsmonitor
        baseline: { value: 7.3, period: 2017 }
        target: { kind: absolute, value: 7.5, period: 2021 }
      # DOCUMENT: target 34 here; 35 (-20%) in the main goals.
      # [lint: indicator-value-conflict] Label and source differ from the main
      # goals as well. [lint: indicator-wording-conflict, reported there]
      - indicator: verwarde-personen
        label: Aantal meldingen van verwarde personen
        source: BVH/politiecijfers
        baseline: { value: 44, period: 2017 }
        target: { kind: absolute, value: 34, period: 2021 }
      - indicator: overlast-dronken
        label: "% bewoners dat veel overlast van dronken mensen op straat ondervindt"
        source: Veiligheidsmonitor
        baseline: { value: 0.0, period: 2017 }
        target: { kind: keep-level, value: 0.0, period: 2021 }
      - indicator: overlast-drugs
        label: "% bewoners dat veel overlast van drugsgebruik en drugshandel ondervindt"
        source: Veiligheidsmonitor
        baseline: { value: 1.2, period: 2017 }
        target: { kind: maximum, value: 1.2, period: 2021, asPrinted: "Max. 1,2%" }
      - indicator: overlast-buurtbewoners
        label: "% bewoners dat veel overlast van buurtbewoners ondervindt"
        source: Veiligheidsmonitor
        baseline: { value: 2.9, period: 2017 }
        target: { kind: maximum, value: 2.9, period: 2021, asPrinted: "Max. 2,9%" }
      - indicator: overlast-lastigvallen
        label: "% bewoners dat veel overlast van lastig vallen op straat ondervindt"
        source: Veiligheidsmonitor
        baseline: { value: 0.0, period: 2017 }
        target: { kind: keep-level, value: 0.0, period: 2021 }
      - indicator: overlast-jongeren
        label: "% bewoners dat veel overlast van hangende jongeren ondervindt"
        source: Veiligheidsmonitor
        baseline: { value: 1.7, period: 2017 }
        target: { kind: maximum, value: 1.7, period: 2021, asPrinted: "Max. 1,7%" }
  - id: indicatoren-jeugdoverlast
    title: Effectindicatoren jeugdoverlast
    theme: jeugdoverlast
    headers: { indicator: Indicator, source: Bron, baseline: Waarde 2017, target: Doel 2021 }
    rows:
      # DOCUMENT: the same survey measure as the last row of 4.2, printed with
      # another label: "vaak overlast door groepen jongeren ervaart" against
      # "veel overlast van hangende jongeren ondervindt" (and the text of 4.3
      # speaks of "veel overlast van rondhangende jongeren").
      # [lint: indicator-wording-conflict, reported at the row of 4.2]
      - indicator: overlast-jongeren
        label: "% bewoners dat vaak overlast door groepen jongeren ervaart"
        source: Veiligheidsmonitor
        baseline: { value: 1.7, period: 2017 }
        target: { kind: maximum, value: 1.7, period: 2021, asPrinted: "Max 1,7%" }
  - id: indicatoren-goc
    title: Effectindicatoren georganiseerde ondermijnende criminaliteit
    theme: goc-hennep
    headers: { indicator: Indicator, source: Bron, baseline: Waarde 2017, target: Doel 2021 }
    rows:
      # DOCUMENT: no source and no baseline printed for the two Bibob rows.
      # [lint: indicator-missing-source, indicator-missing-baseline]
      - indicator: bibob-nieuwe-ondernemingen
        group: Bibob
        label: Nieuwe (risicovolle) ondernemingen
        target: { kind: absolute, value: 100, period: 2021, asPrinted: "100%" }
      - indicator: bibob-bestaande-horeca
        group: Bibob
        label: Bestaande (risicovolle) horeca ondernemingen
        target: { kind: absolute, value: 100, period: 2021, asPrinted: "100%" }
      - indicator: bestuurlijk-optreden-drugs
        label: Bestuurlijk optreden naar aanleiding van drugs
        baseline: { value: 100, period: 2017 }
        target: { kind: absolute, value: 100, period: 2021, asPrinted: "100%" }

colophon:
  editors:
    - A. van Wijngaarden
  # DOCUMENT: the colophon prints "In samenwerking met" twice: once before
  # the three names (encoded as contributors) and once before the
  # organisations (inCooperationWith). [prose]
  contributors:
    - Eva van Haasteren
    - Maurits van Gulick
    - Laura Zimmerman
  inCooperationWith:
    - Politie Midden Nederland
    - Openbaar Ministerie
    - Veiligheidshuis
    - collega's BEL Combinatie

vision:
  title: "Stip op de horizon"
  text: |
    Wij kennen de samenleving en weten wat er speelt bij onze bewoners. De overheid, bewoners en alle andere betrokkenen werken met elkaar samen aan een veilige woon- en leefomgeving. Veiligheid is een gemeenschappelijke verantwoordelijkheid waarbij een nauwe samenwerking erg belangrijk is om tot goede resultaten te komen. Met dit Integraal Veiligheidsplan wil de gemeente een koers uitzetten om deze gezamenlijk te volgen: Samen verder!

# "Onze missie" (hoofdstuk 3).
mission: |
  Samen met onze ketenpartners en inwoners het behouden van een veilige en leefbare woonomgeving door integraal en wijkgericht samen te werken en deze samenwerking te verstevigen. Door samenwerking met verschillende partners wordt expertise samengebracht. Dit zorgt ervoor dat krachten gebundeld worden en er ruimte is om van elkaar te leren. Ook door lering te trekken uit eerder uitgevoerde acties wordt gezocht naar effectievere interventies. Dit zorgt ervoor dat burgers zich veilig (blijven) voelen. En de sociale controle, die zo belangrijk is voor ons dorp, behouden of mogelijk intensiveren.

# DOCUMENT: the table of contents lists a "Samenvatting" and the document
# prints the heading, but no summary text follows it. [prose]
sections:
  - id: inleiding-waarom
    title: "1. Inleiding — Waarom een Integraal Veiligheidsplan"
    text: |
      Veiligheid is één van de belangrijkste levensbehoeften van onze inwoners. Veel partijen hebben hier invloed op, zoals ondernemers, maatschappelijke organisaties, de politie, de brandweer, het Openbaar Ministerie (OM) en natuurlijk de inwoners zelf. De inzet is alleen effectief als alle partijen op een goede manier samenwerken. De regie hierop is de verantwoordelijkheid van de gemeente, maar we kunnen het niet alleen. We vragen dan ook van onze professionele partners en van onze inwoners dat ze komende jaren actief meewerken aan het realiseren van een veilig en leefbaar Laren. Het meerjarig IVP wordt vastgesteld door de gemeenteraad van Laren.
  - id: inleiding-doel
    title: "1. Inleiding — Doel: het verbeteren van de veiligheid"
    text: |
      Wij willen dat onze inwoners veilig zijn en zich veilig kunnen voelen. Het doel van dit IVP is dat we met de verschillende partners op het gebied van veiligheid afspreken hoe we dit kunnen bereiken en wat de prioriteiten zijn de komende vier jaar. We beschrijven in dit plan wat onze missie en doelstellingen zijn. Vervolgens geven we op hoofdlijnen aan hoe de aanpak en de organisatie daarvan eruit zien. Dit doen we op basis van een analyse van de lokale veiligheidssituatie.
  - id: inleiding-basis
    title: "1. Inleiding — Basis voor het Integraal Veiligheidsplan zijn cijfers en gesprekken"
    text: |
      Het IVP is tot stand gekomen in nauwe samenwerking met de veiligheidspartners zoals de politie, het OM en het Bureau Regionale Veiligheidsstrategie (Bureau RVS). We hebben gebruik gemaakt van politiecijfers en subjectieve gegevens zoals uitkomsten van de veiligheidsmonitor.
  - id: inleiding-veiligheidsmonitor
    title: "1. Inleiding — Integrale Veiligheidsmonitor"
    text: |
      Iedere twee jaar vindt er een bevolkingsonderzoek plaats naar veiligheid, leefbaarheid en slachtofferschap op landelijk, regionaal en lokaal niveau.
  - id: inleiding-strategische-uitgangspunten
    title: "1. Inleiding — Strategische uitgangspunten"
    text: |
      De Regionale Veiligheidsstrategie Midden Nederland 2019-2022 heeft ondermijnende criminaliteit, effectief verbinden van veiligheid en zorg, en cybercrime geprioriteerd. Naast deze regionale ontwikkelpunten biedt de Veiligheidscoalitie ondersteuning aan lokale en districtelijke prioriteiten. Om slagvaardiger te worden en te blijven, wordt de aanpak aangescherpt aan de hand van het maken van heldere keuzes, flexibele samenwerking en het ondersteunen van de veiligheidsprofessionals.
  - id: inleiding-uitvoeringsplan
    title: "1. Inleiding — Uitvoeringsplan"
    text: |
      Op basis van dit meerjarig IVP wordt tweejaarlijks een operationeel uitvoeringsplan opgesteld waarin we onze doelen en prioriteiten vertalen naar concrete acties. Per prioriteit geven we aan wie wanneer welke acties onderneemt. Dit uitvoeringsplan is leidend maar biedt ook ruimte voor nieuwe ontwikkelingen en omstandigheden. Het uitvoeringsplan wordt ter kennisname aan de gemeenteraad van Laren aangeboden en vastgesteld door het college van B&W.
  - id: inleiding-leeswijzer
    title: "1. Inleiding — Leeswijzer"
    text: |
      In hoofdstuk 2 schetsen we een beeld van de huidige situatie, waarna we in hoofdstuk 3 aangeven waar we heen willen. Vervolgens gaan we in hoofdstuk 4 in op onze prioriteiten en in hoofdstuk 5 beschrijven we de overige inzet. Hoofdstuk 6 behandelt het onderwerp communicatie. In bijlage 1 staat informatie over het bestuurlijk netwerk Openbare orde en Veiligheid.
  - id: huidige-situatie
    title: "2. Huidige situatie"
    text: |
      Om te bepalen wat we de komende periode willen bereiken, is het belangrijk eerst een beeld te hebben van de situatie op dit moment. We hebben hiervoor onder andere gebruik gemaakt van politiecijfers en subjectieve gegevens zoals de uitkomsten van de veiligheidsmonitor. Hieronder schetsen we in hoofdlijnen de uitkomsten.
  # Tabel 1 and Tabel 2 follow this text in the document; they are under
  # \`tables\` and \`observations\`, and the figures below are also recorded as
  # observations (origin: text) and claims.
  # DOCUMENT: "in 2018 tot en met oktober is zijn dit 20 geweldsmisdrijven"
  # ("is zijn"). [prose] "In 2013 en 2015 waren het er 13, in 2014 en 2015
  # waren het er 11" gives 2015 twice (Tabel 2: 2015 = 11, 2016 = 13).
  # [lint: conflicting-figures] "In 2015 waren dit er 65" auto-inbraken:
  # Tabel 2 prints 63. [lint: conflicting-figures] "elk jaar afgenomen" for
  # geweld: Tabel 2 rises from 35 (2014) to 41 (2015).
  # [lint: claim-contradicted] "14 geweldsmisdrijven (1 zeden, 5 bedreigingen
  # en 8 mishandelingen)" up to October 2017, and "20 (2 zeden, 6
  # bedreigingen en 12 mishandelingen)" up to October 2018, leave no room for
  # the 1 "overig" that Tabel 1 counts in January-June of both years.
  # [lint: parts-sum-mismatch, twice] "Het aantal geregistreerde gevallen van
  # huiselijk geweld neemt sinds 2017 af", yet 7 up to October 2018 is
  # already more than 6 in all of 2017. [not checked: the sentence is not
  # recorded under claims; as a claim (decreased, 2017 to 2018)
  # claim-contradicted would report it] The heading says geweld "neemt af
  # sinds 2013", the sentence under it "sinds 2014 tot 2017": both hold for
  # the figures. [prose]
  - id: veiligheidsbeeld-laren
    title: "2. Huidige situatie — Veiligheidsbeeld Laren"
    text: |
      Wanneer we naar de criminaliteit in Laren (tabel 1 en 2) kijken over de afgelopen jaren, en in relatie tot de regio dan vallen de volgende zaken op:

      - **Woninginbraken zijn over langere periode gedaald**
        Het aantal woninginbraken was in 2017 totaal 79. In 2018 was het aantal woninginbraken tot en met oktober 46 en in 2017 dezelfde periode waren dit er 70.
      - **In veel voorkomende criminaliteit (VVC) blijft auto-inbraken een aandachtspunt**
        In 2013 waren er 109 auto-inbraken in Laren! In 2015 waren dit er 65 en in 2016 was er een stijging te zien van het aantal auto-inbraken naar 85. In 2017 is dit gedaald naar 65 auto-inbraken. Het lijkt er op dat de daling van het aantal auto-inbraken zich in 2018 verder doorzet. In 2017 tot en met oktober waren er 57 auto-inbraken en in 2018 dezelfde periode ligt het aantal op 31. De afgelopen jaren is ingezet op preventie: bewustzijn genereren bij burgers om geen spullen in auto's te laten liggen. Dit heeft mogelijk geleid tot een daling van het aantal auto-inbraken. Ook is er een daling te zien van het aantal fietsendiefstallen. Van 33 fietsendiefstallen in 2015 naar 14 in 2017. Het aantal diefstallen van motorvoertuigen en bromfietsen is de afgelopen jaren afgenomen.
      - **Trend: aantal geweldsmisdrijven neemt af sinds 2013**
        Uit politiecijfers blijkt dat het aantal geweldsmisdrijven sinds 2014 tot 2017 flink is afgenomen. In 2013 waren er 40 geregistreerde geweldsmisdrijven en dat is elk jaar afgenomen tot in 2017 23 geweldsmisdrijven. In 2017 waren er tot en met oktober 14 geweldsmisdrijven (1 zeden, 5 bedreigingen en 8 mishandelingen) en in 2018 tot en met oktober is zijn dit 20 geweldsmisdrijven (2 zeden, 6 bedreigingen en 12 mishandelingen). Het aantal geregistreerde gevallen van huiselijk geweld neemt sinds 2017 af. In 2013 en 2015 waren het er 13, in 2014 en 2015 waren het er 11 en in 2017 is het gedaald naar 6. In 2018 tot en met oktober zijn het er 7.
      - **Jeugdoverlast**
        Het aantal overlastmeldingen in periode 2014-2017 was schommelend, een flinke uitschieter in 2017 met 72 meldingen en in 2015 zijn er 19 overlastmeldingen gedaan. In 2017 lag het aantal meldingen tot en met oktober op 63 en in 2018 over dezelfde periode is het aantal gedaald naar 49 meldingen.
      - **Inwoners van Laren voelen zich veilig**
        De inwoners van Laren beoordelen in 2013 als ook in 2017 het veiligheidsgevoel in de eigen buurt met een 7,3 (regionaal gemiddelde een 7,3) en de leefbaarheid met 7,9 (regionaal gemiddelde een 7,5).
      - **Te hard rijden en hondenpoep grootste ergernissen in de buurt**
        Bewoners van Laren geven aan dat zij te hard rijden en hondenpoep als de grootste ergernissen in de buurt ervaren. In 2018 wordt er gestart met de ontwikkeling van het zogenoemde hondenbeleid. Hierin krijgen de bewoners inspraak in wat wel of niet wenselijk is ten aanzien van hondenpoep en honden aanlijnen. De praktijk leert dat er zonder regels niet gehandhaafd kan worden. Het opstellen van een hondenbeleid is de eerste stap in de goede richting.
      - **Ontwikkeling criminaliteitsbeeld zeer gunstig**
        In de periode 2013 - 2017 is per 1000 inwoners de totale criminaliteit in Laren met bijna 25% afgenomen. Ook op Midden-Nederland niveau is deze daling te zien. Laren scoort ruim onder het gemiddelde op Midden Nederland niveau om slachtoffer te worden van een misdrijf per 1000 inwoners. Alleen op het gebied van woninginbraken is het risico hoger dan op Midden Nederland niveau.
      - **Bedrijvigheid en evenementen worden integraal opgepakt**
        Het aantal bedrijfsinbraken is sinds 2013 afgenomen van 19 bedrijfsinbraken naar 13 bedrijfsinbraken in 2017. Wel is er in 2016 een piek geweest van 31 bedrijfsinbraken. Evenementen in Laren zijn de afgelopen jaren door o.a. een integrale samenwerking veilig en ordentelijk verlopen.
  # DOCUMENT: "integraal wijkgerichte brandweezorg": "brandweezorg" is a typo
  # for "brandweerzorg" (also in 5.1). [prose]
  - id: input-van-partners
    title: "2. Huidige situatie — Input van partners"
    text: |
      - De politiepost Blaricum/Laren heeft een belangrijke meerwaarde in het contact tussen inwoners en de wijkgerichte politie. De gemeente vindt het belangrijk dat de politie dichtbij de inwoners staat: zichtbaar op straat en het principe van 'kennen en gekend worden' dragen hier aan bij. Door de aanwezigheid van verschillende expertisevelden worden aangifte en terugkoppeling aan de aangever door één en dezelfde eenheid verzorgd. Het behoud van de politiepost is in de optiek van de gemeente daarom van groot belang.
      - Buurtpreventie heeft een belangrijke rol met betrekking tot de sociale cohesie in de buurt. Het streven van de buurtpreventie, politie en de gemeente is om de komende periode verder uit te rollen richting het centrum van Laren.
      - Buurtpreventieverenigingen (BPV) onderling en in samenwerking met de gemeente en de politie bundelen de krachten door gezamenlijke acties uit te voeren, te denken valt aan veiligheidsberichten in de diverse nieuwsbrieven, gemeentewebsite en het Larens Journaal, maar bv. ook actie tegen woninginbraken.
      - Brandweer gaat zich in 2019 meer inzetten voor een integraal wijkgerichte brandweezorg. De brandweer gaat zich meer richten op het geven van voorlichting en zal extra aandacht besteden aan veilig wonen en aansluiten bij bijeenkomsten.
      - Naast het vastgestelde beleid is er ruimte om ad hoc zaken op te pakken zodat het mogelijk blijft om in te spelen op trends.
      - Een duidelijke koppeling tussen het sociaal domein en de veiligheidstaken van de politie in relatie tot sociale, psychische opvang van slachtoffers.
      - Het ambulante jongerenwerk is de afgelopen jaren met 4 uur per week uitgebreid.
      - De gemeente, politie en particuliere beveiliging hebben een convenant ten aanzien van inzet van particuliere beveiliging in het dorp. Het huidige convenant loopt tot 31 december 2019. In 2019 zal een besluit genomen moeten worden over het al dan niet voortzetten van de overeenkomst.
      - Het Interventieteam verzamelt signalen en handelt actief (outreaching) op multiprobleem, zorg- en overlast casussen. Het Interventieteam zet daar in waar een hulpvraag is en een "regulier gemeente traject" niet haalbaar is. Dit met als doel het inzetten van een ondersteuningstraject. Vertrouwen, samenwerking (intern en extern), spin in het web, out of de box denken en doen wat nodig is, zijn kernbegrippen.
  - id: uitleg-veiligheidsbeeld
    title: "2. Huidige situatie — Uitleg bij dit veiligheidsbeeld"
    text: |
      Er zijn verschillende omstandigheden, die samen een verklaring kunnen zijn voor de mate van criminaliteit en het onveiligheidsgevoel in Laren.

      - Laren ligt dichtbij de Rijksweg A27 en de Rijksweg A1, hierdoor zijn er diverse vluchtwegen en daardoor heeft Laren last van landelijk opererende bendes.
      - De nabijheid van grote steden als Utrecht en Amsterdam i.v.m. uitwaai-effect.
      - Het imago van Laren, rijk dorp, daar valt veel te halen.
  - id: analyse-huidig-beleid
    title: "2. Huidige situatie — Analyse huidig beleid"
    text: |
      De gemeente Laren werkt al vanaf 2007 met een integraal veiligheidsplan en een daaruit voortkomend uitvoeringsplan. Naast het vastgestelde veiligheidsplan is het belangrijk om in te kunnen spelen op nieuwe trends en andere vormen van overlast en criminaliteit. In de afgelopen jaren is gebleken dat er binnen de gestelde beleidskaders voldoende ruimte is om hier op in te kunnen spelen.
  # Chapter 3 opens with "Onze missie" (encoded as \`mission\`); the table of
  # main goals that follows this line is indicatorTables \`hoofddoelstellingen\`.
  # Footnote ¹ belongs to its source cell "BVH ¹ /politie"; the document
  # prints the footnote text at the end of chapter 3.
  - id: waar-willen-we-heen
    title: "3. Waar willen we heen?"
    text: |
      Wij vertalen onze missie in de volgende meetbare hoofddoelstellingen:

      ¹ Basisvoorziening Handhaving is een incidentregistratiesysteem dat wordt gebruikt door de Nederlandse Politie.
  - id: hoe-gaan-we-te-werk
    title: "3. Waar willen we heen? — Hoe gaan we te werk?"
    text: |
      Deze gestelde doelstellingen zijn ambitieus, maar we gaan ervoor. Echter kunnen we het niet alleen. Daarom zal er de komende jaren een goede samenwerking moeten zijn tussen gemeente, inwoners en betrokken ketenpartners. Hier zal de komende jaren ook extra op worden geïnvesteerd. Dit zal opgenomen worden in het Uitvoeringsplan Veiligheid. Om de doelstelling te bereiken zal er ook ingespeeld moeten worden op trends. Daarom zal er elke 2 jaar een korte analyse uitgevoerd worden naar de voortgang en problemen die er spelen in de gemeente. Naar aanleiding daarvan zal er een nieuw Uitvoeringsplan opgesteld worden om hier de aanpak op af te stemmen. Zodoende is er ook ruimte om in te spelen op eventuele nieuwe problematiek.
  # DOCUMENT: priority 4 is printed "hennepsteelt" (for "hennepteelt"), here
  # and in the heading of 4.4; the table of contents has "hennepcultuur".
  # [prose]
  - id: prioriteiten-2019-2022
    title: "3. Waar willen we heen? — Prioriteiten voor de periode 2019-2022"
    text: |
      Op basis van de veiligheidsanalyse, onze missie en de afstemming met onze partners en inwoners, komen we tot de volgende prioriteiten:

      1. Woninginbraken
      2. Zorg en Veiligheid
      3. Jeugdoverlast
      4. Georganiseerde ondermijnende criminaliteit (GOC) / hennepsteelt

      De volgorde van de prioriteiten is willekeurig. Op deze prioriteiten ligt voor de komende jaren de focus van ons integraal veiligheidsbeleid. De gemeente stemt de aanpak af met de samenwerkingspartners om te komen tot een sluitende aanpak van veiligheidsproblemen binnen deze thema's.
  - id: partners-in-de-aanpak
    title: "3. Waar willen we heen? — Partners in de aanpak"
    text: |
      In de aanpak zijn onder andere de volgende partners betrokken: andere afdelingen binnen de gemeente, uitvoeringsorganisatie HBEL, politie, Veiligheidsregio Gooi en Vechtstreek (brandweer), Openbaar Ministerie, jongerenwerker (versa), Zorg en Veiligheidshuis, Halt, Bureau Regionale Veiligheidsstrategie, Regionale Informatie en Expertise Centra (RIEC), buurtpreventieverenigingen / WhatsApp-groepen en uiteraard de bewoners van Laren.
  - id: prioriteiten
    title: "4. Prioriteiten"
    text: |
      Hieronder volgt per prioriteit de aanpak op hoofdlijnen. De specifieke activiteiten en inspanningen van de diverse partners vermelden we in het uitvoeringsplan.
  # DOCUMENT: the list names five themes and calls 5.4 (printed "Radicalisering
  # en Terrorismegevolgbestrijding") "Terrorismegevolgbestrijding"; it leaves
  # out 5.6 Cameratoezicht, while chapter 5 has six sections, 5.1-5.6.
  # [prose]
  - id: overige-themas
    title: "5. Overige thema's"
    text: |
      In hoofdstuk 4 hebben we de onderwerpen behandeld waaraan we in de periode 2019-2022 prioriteit gaan geven.

      Hiernaast hebben we als gemeente te maken met inzet op diverse andere veiligheidsthema's, wettelijke taken, vragen uit de samenleving en incidenten. Daarvoor nemen we deel aan regionale en landelijke samenwerkingsverbanden op het gebied van veiligheid. We maken continu de afweging welke inzet we op welk gebied moeten plegen. Hierin spelen de beschikbare middelen, de doorlooptijd, het gewenst kwaliteitsniveau en de urgentie vanuit het bestuur en de samenleving een rol.

      Naast de genoemde prioriteiten hebben de onderstaande thema's een belangrijke rol:

      - Brandveilig leven
      - Evenementen
      - Rampenbestrijding en crisisbeheersing
      - Terrorismegevolgbestrijding
      - Cybercrime/security

      Ook op deze veiligheidsthema's zetten wij consequent in. Hieronder beschrijven wij in het kort de kern van onze aanpak. In het uitvoeringsplan dat bij dit veiligheidsplan hoort, detailleren wij de aanpak.

# Kernbeleid codes of the priorities and themes are the encoder's mapping onto
# the taxonomy of Bijlage 2: the document does not state them. Sub-headings
# within a field are **bold** lines; the indicator tables of the priorities
# are under \`indicatorTables\`.
priorities:
  - id: woninginbraken
    number: "4.1"
    title: Woninginbraken
    kernbeleid: ["1.3"]
    motivation: |
      Woninginbraken valt onder de noemer 'high impact crime' omdat deze vorm van criminaliteit grote impact op de veiligheidsbeleving van de slachtoffers heeft. Het aantal woninginbraken daalt de laatste jaren, maar elke woninginbraak is er nog steeds een teveel.
    evaluation: |
      - De doelstelling van maximaal 65 woninginbraken voor 2018 uit het IVP 2015-2018 zal naar alle waarschijnlijkheid behaald worden. Tot en met oktober 2018 ligt het aantal woninginbraken op 46.
      - Wijkgerichte aanpak, waaronder inzet politie/wijkagenten en Boa's.
      - In 2018 zijn er 16 buurtpreventieverenigingen actief. De gemeente heeft jaarlijks op meerdere momenten contactavonden met de buurtpreventieverenigingen. De opkomst bij deze avonden is hoog. De buurtpreventieverenigingen zijn de ogen en oren in de wijk en worden betrokken bij de aanpak van woninginbraken door o.a. het stimuleren van eigen initiatieven op dit vlak.
      - Informatieavonden over de bewustwording van de risico's op het gebied van woninginbraken zijn nuttig gebleken voor de aanwezigen. Door het geven van handelingsperspectief zoals 'wat te doen bij verdachte situaties' wordt gestimuleerd bij verdachte situaties 112 te bellen waardoor de heterdaadkracht kan worden verhoogd.
      - In de 'donkere dagen'-periode is er extra aandacht besteed aan veiligheid in de wijk, omdat de ervaring leert dat in deze periode veel inbraken worden gepleegd. De afgelopen jaren zijn in gezamenlijkheid met de politie diverse acties ondernomen tijdens het zogenoemde Donkere Dagen Offensief, zoals een workshop "Signaleren en Observeren", actie "1 dag niet", extra controles door politie en Boa's, plaatsen tekstkarren en het geven van preventietips.
      - De inzet van particuliere beveiliging op basis van trendanalyses is flexibel en levert korte lijnen met veiligheidspartners op. Tevens worden door de samenwerking de krachten tussen gemeente, politie en beveiliging op een georganiseerde wijze gebundeld.
      - Er is de afgelopen jaren ook weer aandacht besteed aan deelname aan Burgernet om inwoners deelnemer te laten worden. In 2014 nam 10,1% van de inwoners van Laren deel aan Burgernet. In 2017 is dit gestegen naar 12,2%.
      - Het aantal geslaagde woninginbraken is de afgelopen jaren afgenomen. Het risico op een inbraak in Laren scoort echter wel boven het landelijk gemiddelde per 1000 inwoners en is hoger dan het gemiddelde van district Gooi en Vechtstreek per 1000 inwoners.
      - De politiepost zorgt er voor dat burgers sneller en laagdrempelig de weg vinden richting de politie en meer zichtbare politie op straat.
    goals: |
      Wij stellen ons het volgende ten doel: het absolute aantal woninginbraken is eind 2021 met 25% gedaald ten opzichte van 2017.

      Onze effectindicatoren daarbij zijn:
    # DOCUMENT: "Gebleken is dat van 60% van de aanhoudingen op heterdaad door
    # de politie voor 80% afkomstig is van een melding door een burger" is
    # garbled: it gives two percentages for one share. [prose]
    approach: |
      Bewoners zijn zelf verantwoordelijk voor het goed en veilig afsluiten van hun woning. Om de bewustwording en alertheid bij inwoners te vergroten organiseert de gemeente met de politie informatiebijeenkomsten, waarbij tips en tricks gegeven worden, gestimuleerd wordt om bij verdachte situaties 112 te bellen, inwoners met elkaar in contact worden gebracht en met elkaar in gesprek kunnen gaan. Daarnaast is de gemeente voortdurend bezig om inwoners te stimuleren om deel te nemen aan Buurtpreventie, Burgernet en WhatsApp-groepen. Gebleken is dat van 60% van de aanhoudingen op heterdaad door de politie voor 80% afkomstig is van een melding door een burger. Er is dus een grote rol weggelegd voor onze inwoners. De gemeente ondersteunt om die reden ook nieuwe buurtpreventieverenigingen door o.a. een eenmalige oprichtingssubsidie ter beschikking te stellen. De buurtpreventieverenigingen zijn de ogen en oren in de wijk en worden betrokken bij de aanpak van woninginbraken en worden regelmatig op de hoogte gebracht wat er speelt in de wijk rondom woninginbraken en andere relevante criminaliteit. De gemeente wil graag in nauw contact zijn en blijven met de buurtpreventieverenigingen en sluit daarom ook aan bij de gezamenlijke overleggen tussen de buurtpreventieverenigingen en de politie.

      De gemeente maakt 1 keer per 2 jaar een plan van aanpak tegen woninginbraken. De gemeente screent wekelijks de cijfers van de woninginbraken en houdt zicht op trends in de wijken. Zo wordt onder andere na een inbraak een brief gestuurd naar omwonenden om hen in te lichten wat zich in de buurt heeft afgespeeld en krijgen zij ook advies om een inbraak te voorkomen. De gemeente is alert op nieuwe trends en toenames van het aantal woninginbraken en hier zal direct en gericht op worden ingespeeld.
    partners: [politie, buurtpreventie, particuliere-beveiliging, bewoners]
    actions:
      - id: plan-van-aanpak-woninginbraken
        what: Een plan van aanpak tegen woninginbraken maken
        who: gemeente
        when: elke 2 jaar
        status: planned
        quote: >-
          De gemeente maakt 1 keer per 2 jaar een plan van aanpak tegen woninginbraken.
      # From "Input van partners" (hoofdstuk 2).
      - id: besluit-convenant-particuliere-beveiliging
        what: Besluit over het al dan niet voortzetten van het convenant over de inzet van particuliere beveiliging (loopt tot 31 december 2019)
        who: gemeente
        partners: [politie, particuliere-beveiliging]
        when: "2019"
        status: planned
        quote: >-
          Het huidige convenant loopt tot 31 december 2019. In 2019 zal een besluit genomen moeten worden over het al dan niet voortzetten van de overeenkomst.
  - id: zorg-en-veiligheid
    number: "4.2"
    title: Zorg en veiligheid
    kernbeleid: ["1.1", "3.2"]
    motivation: |
      **Lokale Persoons Gerichte Aanpak (PGA)**

      De lokale PGA richt zich op personen en/of gezinnen met meervoudige problemen die ernstige veiligheidsproblemen en/of ernstige overlast veroorzaken. Achter een vraagstuk van criminaliteit of onveiligheid ligt vrijwel altijd onderliggende problematiek zoals psychische en/of gedragsproblemen, verslaving of verward gedrag. Het doel van deze integrale persoonsgerichte aanpak is het verminderen van de overlast en het voorkomen van (nieuwe) strafbare feiten. De regie voor deze aanpak ligt bij de gemeente, team Veiligheid. Omdat de casussen in veel gevallen raakvlakken hebben met de zorg is het van belang om zowel goede zorg aan te bieden naast een strafrechtelijke aanpak. Het cluster veiligheid van de BEL Combinatie werkt hiertoe nauw samen met het Interventieteam Vangnet & Advies van de uitvoeringsdienst HBEL.

      **Personen met verward gedrag**

      Het thema personen met verward gedrag is een onderwerp dat zich bij uitstek bevindt op het snijvlak van zorg en veiligheid. Bij verwarde personen gaat het niet alleen om personen met een psychische stoornis, veelal gaat het om kwetsbare mensen die te kampen hebben met verschillende aandoeningen en beperkingen op meerdere leefgebieden. Om een goed werkende, sluitende aanpak te realiseren is de inzet en expertise van de beleidsterreinen zorg en veiligheid vereist.

      Relevant hierbij is het uitvoeringsprogramma Bescherming en Opvang voor uitvoering van de (regionale) aanpak personen met verward gedrag en de doorontwikkeling van het Zorg- en Veiligheidshuis Gooi en Vechtstreek. Bij deze doorontwikkeling wordt de multidisciplinaire samenwerking ten aanzien van personen met verward gedrag en structureel ernstig huiselijk geweld, kindermishandeling en seksueel geweld aan het takenpakket van het zorg en veiligheidshuis toegevoegd. Tevens wordt er onderzocht om de (zorg)coördinatie mensenhandel en de casusregie radicalisering onder te brengen in het Zorg- en Veiligheidshuis.

      **Top X aanpak**

      In eerste instantie is de inzet van de gemeente om de PGA zoveel mogelijk lokaal uit te voeren. Indien de casuïstiek te complex wordt, kan er opgeschaald worden naar het Zorg- en Veiligheidshuis Gooi en Vechtstreek. Het Zorg- en Veiligheidshuis faciliteert de samenwerking tussen de verschillende convenantpartners om te komen tot een persoonsgerichte aanpak voor de veroorzakers van ernstige overlast en criminaliteit, de zogenaamde Top X aanpak. Bij complexe casuïstiek is een combinatie van zorg, straf-, en hulpverlening noodzakelijk. Door de krachten van justitiële organisaties, zorgorganisaties en gemeenten te bundelen en op elkaar af te stemmen voorziet het Zorg- en Veiligheidshuis in deze behoefte.
    evaluation: |
      In 2017 heeft besluitvorming plaatsgevonden om de lokale PGA beleidsmatig in te bedden. Er is aangesloten bij een regionale handreiking en het privacyreglement op basis waarvan informatie gedeeld mag worden. Het proces voor de lokale PGA wordt steeds verder gefinetuned op basis van de ervaring die wordt opgedaan. De Top X aanpak in het Veiligheidshuis bestaat langer, maar krijgt nu betere inbedding omdat casussen ook weer naar lokaal niveau afgeschaald kunnen worden. Wel is te zien dat het thema zorg en veiligheid in ontwikkeling blijft.

      De lokale persoonsgerichte aanpak en de Top X aanpak is betrekkelijk nieuw binnen de gemeente. In 2017 is de eerste casus gestart binnen Laren, daarom is er geen evaluatie beschikbaar.
    goals: |
      - Doorontwikkeling van een effectieve aanpak van personen die een risico vormen voor zichzelf, voor de openbare orde en veiligheid en/of ernstige overlast veroorzaken;
      - Het verder professionaliseren van de Persoonsgerichte Aanpak op zowel regionaal als lokaal niveau;
      - Door vroegsignalering en het inzetten van passende hulp voorkomen dat inwoners een risico vormen voor zichzelf en/of de openbare orde en veiligheid verstoren.

      Onze effectindicatoren daarbij zijn:
    approach: |
      De komende 4 jaar zullen in het teken staan van het samen met de betrokken ketenpartners komen tot een toekomstbestendige doorontwikkeling van de PGA. Hierbij wordt nadrukkelijk de samenwerking gezocht met de uitvoeringsorganisatie Maatschappelijke Zaken HBEL, de politie, Openbaar Ministerie en met de zorgpartners. De nadruk zal worden gelegd op de aansturing van casusregie, kennisverbreding met betrekking tot mensen met verward gedrag en een blijvende goede samenwerking met de ketenpartners.

      Voor de aanpak van verwarde en/of gevaarlijke personen is vooral de inzet van het interventieteam van Vangnet & Advies van belang. Zij zijn de 'outreaching' partij van Maatschappelijke Zaken HBEL. Het interventieteam is er voor inwoners waarover zorgen bestaan op de verschillende leefgebieden, zoals (geestelijke) gezondheid, werk, inkomen, onderwijs en over de psychosociale ontwikkeling. Veelal zijn er al gedurende langere tijd problemen gesignaleerd, bijvoorbeeld door school, politie en/of jongerenwerk. Het interventieteam richt zich onder andere op jongeren die in de wijk overlast veroorzaken of verzeild zijn geraakt in criminele activiteiten. Deze aanpak is er op gericht om inwoners 'outreaching' te benaderen, dus actief de hand toe te steken en hen te bewegen tot het accepteren van hulp.
    partners:
      [
        hbel,
        interventieteam,
        politie,
        openbaar-ministerie,
        zorgpartners,
        zorg-en-veiligheidshuis,
        jongerenwerk,
      ]
  - id: jeugdoverlast
    number: "4.3"
    title: Jeugdoverlast
    kernbeleid: ["3.1"]
    # DOCUMENT: "Is de ene groep volwassenere geworden": "volwassenere" for
    # "volwassener". [prose]
    motivation: |
      Jeugdoverlast in de openbare ruimte is een fenomeen dat door de jaren heen blijft bestaan. Is de ene groep volwassenere geworden, dan plopt er een nieuwe groep op. Voor bewoners is de maat vol als het gaat over bijvoorbeeld harde muziek afspelen, blowen op straat, geluidsoverlast en rotzooi achterlaten. Deze vorm van overlast kan een negatieve impact op de samenleving hebben. Het is aan betrokken professionals om samen met de jeugd en bewoners tot een oplossing te komen.
    # DOCUMENT: the shortlist sentence is broken over two bullets as printed
    # ("... het jongerenwerk om" / "- mogelijke jeugdgroepen in beeld te
    # brengen ..."); kept as two list items. [prose]
    evaluation: |
      - Volgens de Veiligheidsmonitor had in 2014 3% van de inwoners veel overlast van rondhangende jongeren. In 2017 is dit gezakt naar 1,7%.
      - Het aantal overlastmeldingen in periode 2014-2017 was schommelend, een uitschieter in 2017 met 72 meldingen en in 2015 zijn er 19 overlastmeldingen gedaan. In 2017 lag het aantal meldingen tot en met oktober op 63 en in 2018 over dezelfde periode is het aantal gedaald naar 49 meldingen. De meeste meldingen zijn in en rond het centrum in de zomerperiode gedaan.
      - Vroeg signaleren is in het kader van het voorkomen van ernstige overlast van groot belang. Ten aanzien van jeugd(groepen) wordt vanuit het netwerkoverleg Jeugd Laren de afgelopen jaren structureel overleg gevoerd met verschillende partners over de signalen van jeugdoverlast. Dit heeft geresulteerd in een integrale en effectieve aanpak.
      - Elk jaar is er een zogenoemde shortlist uitgevoerd door onder andere de politie en het jongerenwerk om
      - mogelijke jeugdgroepen in beeld te brengen en te beoordelen of de groep overlastgevend of mogelijk crimineel is. Afgelopen jaren is er geen groep geduid die overlastgevend of crimineel is. De voornaamste reden hiervoor was, dat groepen verschillend zijn samengesteld en er daarom niet één aanpak toegepast werd.
      - Op basis van de veiligheidsmonitor scoort Laren zeer gunstig in vergelijking met andere gemeenten in Midden Nederland en het landelijk gemiddelde, waar het gaat om het percentage bewoners dat aangeeft vaak overlast te ervaren van rondhangende jongeren. Uit de veiligheidsmonitor van 2017 geeft 18,4% (in 2013 was dit 27%) van de respondenten aan dat rondhangende jeugd voorkomt in de buurt en daarvan geeft 1,7% aan veel overlast te ervaren.
      - Jongeren die veelvuldig in beeld komen bij jongerenwerk, politie of waarvan de ouders een hulpvraag hebben en waarbij een verhoogd risico aanwezig is om in de toekomst ongewenst/crimineel gedrag te gaan vertonen, worden in beeld gebracht door het Interventieteam. Dit om vroegtijdig juiste hulp en/of begeleiding aan te bieden zodat deze jongeren niet (verder) afglijden en school verlaten met een startkwalificatie. Indien de zorgen 'multi-problem' zijn, zal betreffende casus besproken worden of deze casus opgeschaald wordt naar PGA Lokaal.
    # DOCUMENT: "een op maat gemaakt aanpak" (for "gemaakte"). [prose]
    goals: |
      Wij stellen ons het volgende ten doel: met de overlastgevers en de overlastmelders in gesprek te gaan, om een goed beeld te krijgen van wat er speelt om een op maat gemaakt aanpak toe te passen. Deze aanpak heeft als gevolg dat maximaal 1,7% van de inwoners vaak overlast ervaart door groepen jongeren.

      Onze effectindicatoren daarbij zijn:
    approach: |
      Signalen van jeugdoverlast die gemeld worden door bewoners serieus oppakken. Dit betekent dat professionele partners een reëel beeld krijgen over de ervaren overlast en een aanpak op maat maken. De "7 stappen aanpak" (de aanpak van problematisch groepsgedrag in Midden-Nederland) is hiervoor een leidraad. Onderdeel van de aanpak kan zijn dat bewoners gevraagd wordt om alle overlast te melden. Uit de ervaring van afgelopen jaren is gebleken dat een groot deel van de jongeren die tot overlast zorgen en/of crimineel gedrag vertonen, thuis problemen en/of zorgen hebben. De interventiespecialist van de HBEL, het jongerenwerk en de politie richten zich op deze jongeren. Deze aanpak is er op gericht om jongeren 'outreaching' te benaderen, dus actief de hand toe te steken en hen te bewegen tot het accepteren van hulp. Individuele jeugdcasussen (lokale PGA) worden opgeschaald als de lokale aanpak niet het gewenste effect heeft en er signalen zijn dat de zorg en criminaliteit blijft of toeneemt. De casus wordt dan opgeschaald naar het Zorg en Veiligheidshuis en zal besproken worden onder de noemer Top X. De strafrechtelijke keten kan dan gesloten worden.
    partners: [politie, jongerenwerk, interventieteam, hbel, zorg-en-veiligheidshuis, bewoners]
  # DOCUMENT: the heading prints "hennepsteelt" (for "hennepteelt"); the table
  # of contents has "... / hennepcultuur", and the goals speak of the
  # "bestuurlijke aanpak van hennepcultuur". [prose: theme titles are not
  # compared with a list of known words]
  - id: goc-hennep
    number: "4.4"
    title: "Georganiseerde ondermijnende criminaliteit (GOC) / hennepsteelt"
    kernbeleid: ["5.2"]
    # DOCUMENT: "rechtstaat" (for "rechtsstaat"). [prose]
    motivation: |
      Het gaat goed met de regio Midden-Nederland: de welvaart groeit, werkloosheid neemt af, het gevoel van veiligheid neemt toe en de meeste criminaliteitscijfers dalen. Op het eerste gezicht kan het niet mooier. Maar onder de oppervlakte sluimert een andere, harde werkelijkheid: de georganiseerde ondermijnende criminaliteit. De problematiek is fors, complex en een serieuze bedreiging voor de samenleving en het vertrouwen in de rechtstaat. De onder- en bovenwereld raken steeds meer verweven in het leven van alledag.

      Onder Georganiseerde Ondermijnende Criminaliteit valt onder andere: witwaspraktijken, illegale autohandel, illegale kansspelen, hennepplantages, drugshandel, illegale prostitutie, mensenhandel, vastgoedfraude en illegale kamerbemiddeling.

      Drugs is het grootste probleem en tevens de rode draad in de georganiseerde ondermijnende criminaliteit in de regio. Tevens is Midden-Nederland een van de belangrijkste spelers in de (inter)nationale cocaïnehandel. De grootste drugscriminelen komen uit deze regio en er worden miljarden euro's in de drugshandel omgezet. De drugshandel gaat vaak gepaard met excessief geweld of dreiging om het criminele imperium in stand te houden of uit te breiden.

      Om succesvol te zijn binnen de wereld van drugs hebben criminelen hulp uit de buitenwereld nodig. De drugsproblematiek manifesteert zich op verschillende manieren, zoals de inzet van dekmantelbedrijven, criminele dienstverleners en witwasstructuren.

      Regionaal ligt de focus op de fenomenen *facilitators in vastgoed* en *ondermijning in de horeca*. Binnen deze thema's liggen de volgende prioriteiten: verstoring van de criminele samenwerkingsverbanden, het inzichtelijk maken van en verstoren van de druggerelateerde financiële stromen en het verstevigen van de bestuurlijke weerbaarheid.

      Daarnaast ligt de focus op het zowel intern als extern creëren van bewustwording zodat signalen vroegtijdig opgepikt kunnen worden. Hierbij is het ook van groot belang dat deze signalen afgegeven kunnen worden zodat hierop actief geacteerd kan worden.
    evaluation: |
      - Naar aanleiding van de extra beschikbare gelden vanuit het regeerakkoord hebben wij deelgenomen aan de taskforce 'regioplan'. In deze taskforce is nagedacht over hoe wij de Georganiseerde Ondermijnende Criminaliteit kunnen bestrijden ten aanzien van de fenomenen 'vastgoed' en 'horeca'.
      - 1 maal per 4 weken is er een ondermijningsoverleg met de politie en het RIEC waarin 'signalen' worden besproken.
    # Footnote ² belongs to "Bibob²-beleid"; the document prints it after the
    # approach.
    goals: |
      - In 2022 is er een stevige integrale aanpak waarbij signalen door en met partners worden gedeeld en ondermijnende criminaliteit in een vroeg stadium wordt herkend en aangepakt. De aanpak zorgt ervoor dat er waar mogelijk preventief opgetreden wordt om vermenging tussen criminele personen en/of organisatie en de bovenwereld te voorkomen. Er wordt als één overheid repressief opgetreden.
      - De fysieke veiligheidsrisico's voor omwonenden van een hennepkwekerij worden proactief opgespoord en de bestuurlijke aanpak van hennepcultuur wordt volledig benut.
      - Door de aanpassingen van het Bibob²-beleid en een adequate toepassing van de Wet Bibob wordt voorkomen dat onder andere vergunningen worden misbruikt voor criminele activiteiten.

      Onze effectindicatoren daarbij zijn:

      ² bevordering integriteitsbeoordeling door het openbaar bestuur
    approach: |
      Cruciaal bij de aanpak van georganiseerde ondermijnende criminaliteit is in eerste instantie creëren van awareness. Daarbij dient er goed voorgelicht te worden over de signalen en risico's van ondermijning met als highlight de fenomenen waar wij ons de komende jaren op zullen focussen. Ook wordt aandacht besteed aan weerbaarheid in verband met het ongewild faciliteren van criminele activiteiten. De komende jaren zetten wij blijvend in op het vergroten van de bewustwording, onder andere door het geven van trainingen en de inzet van communicatie en voorlichting om signalen te herkennen en meer preventief op te kunnen treden. De bewoners en ondernemers worden eveneens bij deze aanpak betrokken. Ook zij worden geconfronteerd met deze fenomenen, lopen risico's en ervaren overlast. Hierbij gaat het bijvoorbeeld om het doen van melding (al dan niet anoniem) van misstanden en bedreigingen. Bewoners en ondernemers kunnen ons helpen de anonimiteit van de ondermijning in kaart te brengen en te reduceren.

      Het zicht op blinde vlekken wordt vergroot. Betrokkenen en locaties in relatie tot georganiseerde criminaliteit en ondermijning worden uitgediept, onder andere door het uitvoeren van netwerkanalyses naar spilfiguren en meer districtelijke samenwerking voor grensoverschrijdende casuïstiek.

      De gezamenlijke focus van de veiligheidspartners op georganiseerde criminaliteit is een nieuwe werkwijze die nog verder vorm moet krijgen. Het Regionaal Informatie en Expertise Centrum (RIEC) heeft ervaring met de aanpak van deze vorm van criminaliteit. De samenwerking met het RIEC wordt geïntensiveerd. Door integraal te werken met de diverse partners worden op casusniveau signalen sneller en beter uitgewerkt en kunnen wij slagvaardig optreden. Samen met het RIEC zullen wij casussen waarbij een sterk vermoeden is van ondermijning op gemeentelijk, financieel en strafrechtelijk niveau onderzoeken. Wij brengen het bestuurlijke instrumentarium voor onze aanpak op orde en wij treden op als een zichtbare, aanwezige overheid tegen georganiseerde criminaliteit en ondermijning, onder andere door gerichte, structurele en integrale toezicht- en handhavingsacties.

      In 2019 wordt het nieuwe Bibob-beleid vastgesteld, waardoor dit instrument op meer gebieden toegepast kan worden. Bibob staat voor bevordering integriteitsbeoordeling door het openbaar bestuur en middels deze wet kan de gemeente voorkomen dat er onbedoeld medewerking wordt verleend aan criminele activiteiten via vergunningen, subsidies, vastgoedtransacties of bijvoorbeeld aanbestedingsopdrachten. Op dit moment wordt de Bibob-toets actief toegepast op onder andere de exploitatievergunning van horecaondernemingen. De processen rondom het Bibob-beleid zullen ook gestroomlijnd dienen te worden.

      In 2019 worden de beleidsregels voor de toepassing van artikel 13b van de Opiumwet (Damoclesbeleid) herzien. Aanknopingspunten voor deze doorontwikkeling zijn de aanbevelingen uit de evaluatie van het hennepconvenant Midden-Nederland in 2017 en de aanbevelingen van de Onderzoeksraad voor Veiligheid om fysieke veiligheidsrisico's voor omwonenden te beperken.
    partners: [politie, riec, bewoners, ondernemers]
    actions:
      - id: bibob-beleid-vaststellen
        what: Het nieuwe Bibob-beleid vaststellen
        who: gemeente
        when: "2019"
        status: planned
        quote: >-
          In 2019 wordt het nieuwe Bibob-beleid vastgesteld, waardoor dit instrument op meer gebieden toegepast kan worden.
      - id: damoclesbeleid-herzien
        what: De beleidsregels voor de toepassing van artikel 13b van de Opiumwet (Damoclesbeleid) herzien
        who: gemeente
        when: "2019"
        status: planned
        quote: >-
          In 2019 worden de beleidsregels voor de toepassing van artikel 13b van de Opiumwet (Damoclesbeleid) herzien.

themes:
  # DOCUMENT: the paragraph "Eind 2018 en begin 2019 zijn deze documenten in
  # de raden behandeld. ..." is printed twice: first at the start of 5.1,
  # before the documents it refers to, and again after their list. Both kept.
  # [prose]
  # "brandweezorg" is a typo for "brandweerzorg".
  - id: brandveilig-leven
    number: "5.1"
    title: "Aanpak thema 'Brandveilig Leven'"
    kernbeleid: ["4.2"]
    approach: |
      Eind 2018 en begin 2019 zijn deze documenten in de raden behandeld. De gemeente monitort periodiek of de opgestelde aanpak en dekkingsplan de best haalbare brandveiligheid oplevert.

      Volgens de Wet Veiligheidsregio's stelt de gemeenteraad ten minste eenmaal in de vier jaar de doelen vast die de gemeente betreffende de brandveiligheid en de werkwijze en kwaliteit van de brandweezorg nastreeft. Daartoe is een aantal documenten opgesteld door de veiligheidsregio:

      - brandrisicoprofiel: welke kwetsbare of risicovolle objecten zijn er in de gemeente en hoe snel ontstaan hier door brand slachtoffers of schade?
      - wijkgerichte aanpak (brand)veiligheid: hoe bevorderen we in de wijk brandpreventieve maatregelen?
        De Integrale wijkgerichte aanpak (brand)veiligheid omvat twee belangrijke en samenhangende elementen:
        1. Elke kazerne (dus ook de kazerne in Blaricum) krijgt vanaf 2019 een aantal basisuren per week "wijkbrandweer m/v" capaciteit toebedeeld. Deze wijkbrandweerman/-vrouw wordt gekoppeld aan reeds bestaande netwerken rondom sociale en fysieke veiligheid in de wijk. Afhankelijk van de lokale behoeftevraag is deze functionaris daarnaast regelmatig aanwezig op openbare plekken in de wijk, geeft deze persoon wijkgerichte brandveiligheid voorlichting en – indien door de bewoner gewenst - verricht deze persoon huisbezoeken op aanvraag.
        2. Een nieuwe visie op de rol van de lokale brandweerpost in relatie tot de directe omgeving. In de voorgestelde aanpak wordt de lokale post (naast de uitrukfunctie) gepositioneerd als een toegankelijke plek waar burgers uit de directe omgeving terecht kunnen voor hun vragen rondom brandveiligheid. Daarnaast kan de kazerne – indien gewenst - worden ingezet voor goed toegankelijke voorlichtingsbijeenkomsten over (brand)veiligheid. Dit in nauw overleg met de post, de gemeente en de lokale netwerkpartners. Naar verwachting zal dit traject in 2020 zijn uitgerold.
      - dekkingsplan brandweer: hoe is de dekking van brandweerpersoneel en materieel in de regio verdeeld en hoe zetten we die in?

      Eind 2018 en begin 2019 zijn deze documenten in de raden behandeld. De gemeente monitort periodiek of de opgestelde aanpak en dekkingsplan de best haalbare brandveiligheid oplevert.
    partners: [veiligheidsregio]
    actions:
      - id: wijkbrandweer
        what: Elke kazerne, ook de kazerne in Blaricum, krijgt basisuren per week "wijkbrandweer m/v" capaciteit toebedeeld
        who: veiligheidsregio
        when: vanaf 2019
        status: planned
        quote: >-
          Elke kazerne (dus ook de kazerne in Blaricum) krijgt vanaf 2019 een aantal basisuren per week "wijkbrandweer m/v" capaciteit toebedeeld.
      - id: wijkgerichte-aanpak-brandveiligheid-uitgerold
        what: De integrale wijkgerichte aanpak (brand)veiligheid uitrollen
        who: veiligheidsregio
        when: "2020"
        status: planned
        quote: >-
          Naar verwachting zal dit traject in 2020 zijn uitgerold.
  - id: evenementen
    number: "5.2"
    title: "Aanpak thema 'Evenementen'"
    kernbeleid: ["2.4"]
    approach: |
      De gemeente classificeert evenementen volgens de (inter)regionale handreiking evenementenveiligheid van de veiligheidsregio en laat de grootste evenementen op regionaal niveau, multidisciplinair onafhankelijk, beoordelen op aanwezige risico's. Voor de kleinschaligere evenementen vindt op lokaal niveau afstemming plaats met de politie en brandweer. Belangrijk uitgangspunt daarbij is dat de vergunningaanvragen voor evenementen ruim op tijd (12 weken van tevoren) zijn ingediend.

      Op basis van de inschattingen van de risico's bepaalt de gemeente (veiligheids)voorschriften voor de af te geven vergunning. Bij grotere evenementen wordt apart (veiligheids)beleid voor het evenement opgesteld.

      Dit gebeurt in nauwe samenwerking tussen de hulpdiensten en de gemeentelijke clusters vergunningen, handhaving, buitendienst, communicatie en veiligheid.

      Een belangrijke landelijke ontwikkeling is dat de kwantitatieve inzet van politie afneemt bij evenementen vanwege het commerciële en vaak beperkt openbare karakter. Dit betekent dat meer verantwoordelijkheid komt te liggen bij aanvragers van evenementen om de nodige veiligheids- en ordemaatregelen te nemen (zoals afzettingen en beveiliging). De gemeente neemt verantwoordelijkheid om bij evenementen met een verhoogd risico extra buitengewoon opsporingsambtenaren (Boa's) in te zetten voor toezicht op de vergunning en veiligheid.
    partners: [politie, veiligheidsregio]
  - id: rampenbestrijding
    number: "5.3"
    title: "Aanpak thema 'Rampenbestrijding en crisisbeheersing'"
    kernbeleid: ["4.4"]
    approach: |
      De gemeente is in het kader van crisisbeheersing wettelijk verplicht om een plan en (crisis)organisatie te hebben voor de zorg voor bevolking en omgeving bij een incident in de gemeente. Ook is een crisisorganisatie noodzakelijk voor de continuïteit van de dienstverlening (zoals bij stroom- en ICT uitval, ziekte of andere calamiteiten). De noodzaak voor een crisisorganisatie ligt in de diverse incidenten die de gemeente (soms indirect) hebben geraakt. Het gaat dan om brandstichtingen, maatschappelijke onrust naar aanleiding van vluchtelingenstromen en ICT-uitval bij de BEL Combinatie. Daarom heeft de gemeente een (bestuurlijk) gemeentelijk beleidsteam en een lokale crisisorganisatie. Deze worden actief getraind op het omgaan met acute en complexe maatschappelijke problemen en worden hiervoor daadwerkelijk ingezet. Een ontwikkeling in de aanpak van crisismanagement is dat zelfredzaamheid van burgers een grotere rol krijgt. De gemeente richt zich vooral proactief en waar nodig reactief op de verminderd zelfredzamen. De gemeente zet hierbij in op het bevorderen van zelfredzaamheid onder kwetsbare groepen (zoals ouderen, minder valide inwoners en bezoekers en inwoners met een communicatieve beperking). Dat gebeurt door het actief benutten van sociale- en veiligheidspartners in het zelfredzaam maken en in beeld brengen van de kwetsbare groeperingen.
  # DOCUMENT: "vervolgrisco's" is a typo for "vervolgrisico's". [prose]
  - id: radicalisering
    number: "5.4"
    title: "Aanpak thema 'Radicalisering en Terrorismegevolgbestrijding'"
    kernbeleid: ["5.1"]
    approach: |
      De aanpak van radicalisering, extremistisch gedachtegoed en gewelddadig jihadisme is een van de belangrijkste thema's in het internationale en nationale veiligheidsbeleid. Gemeenten hebben de afgelopen jaren een belangrijke rol in de preventieve en integrale aanpak van radicalisering gekregen. We kunnen bij uitstek deze preventieve rol vervullen, omdat we onze inwoners en gemeenschappen goed kennen. We hebben de mogelijkheid om zorgwekkende ontwikkelingen tijdig te signaleren en hierop te reageren. Naast de signaleringsfunctie zijn we ook verantwoordelijk voor deradicaliseringstrajecten of resocialisatietrajecten voor degenen die uitgereisd zijn of dat dreigen te doen. In de lokale aanpak staat een combinatie van preventie, repressie en nazorg centraal. We werken samen met de partners uit het zorg- en veiligheidsdomein. Als eindverantwoordelijke voor de openbare orde en veiligheid speelt de burgemeester daarbij een cruciale rol. We bespreken personen die in verband worden gebracht met radicalisering in een zogeheten casusoverleg. Dit is breed in Gooi en Vechtstreek verband opgezet.

      Als het gaat om terrorismegevolgbestrijding (TGB)³ geldt voor de veiligheidsregio's in Midden Nederland (Gooi en Vechtstreek, Utrecht, Flevoland) een incidentbestrijdingsplan terrorismegevolgbestrijding. Dit biedt zowel bestuurders als hulpdiensten een handreiking om goed om te gaan met een incident met een (mogelijk) terroristisch oogmerk. De crisisorganisatie en driehoek (Burgemeester-Openbaar Ministerie-Politie) werkt op basis van de reguliere afspraken, met bijzondere aandacht voor vervolgrisco's en duiding van het incident. De gemeente volgt hier de regionale kaders van de TGB.

      ³ Bestrijding van criminaliteit of (voorbereiding van) incidenten met een terroristisch oogmerk
    partners: [politie, openbaar-ministerie, veiligheidsregio]
  - id: cybercrime
    number: "5.5"
    title: "Aanpak thema 'Cybercrime/security'"
    kernbeleid: ["5.4"]
    approach: |
      De gemeente krijgt een steeds meer belangrijke taak om inwoners en ondernemers bewust te maken van de gevaren van digitale criminaliteit. Het aantal vermogensdelicten is de afgelopen jaren blijven dalen. Vanaf 2017 is landelijk gezien het aantal vermogensdelicten lager dan cybercriminaliteit.

      Het is inmiddels duidelijk dat de impact van de digitale wereld op de fysieke wereld van inwoners binnen maar ook buiten de gemeente kan zijn. De gemeente zal in samenwerking met andere partijen, zoals de politie, een grotere rol in de preventie van digitale criminaliteit gaan spelen. De gemeente zal de komende 4 jaar de samenwerking gaan opzoeken met de politie en het OM om de aanpak van Cybercriminaliteit op de kaart te zetten.

      Cybercrime kan zich in de lokale gemeenschap op twee manieren voordoen: in de aantasting van privacy en informatieveiligheid van inwoners en als aantasting van de continuïteit van dienstverlening van maatschappelijke organisaties. Een voorbeeld van de aantasting van privacy en informatieveiligheid onder inwoners zijn phishing, ransomware en hacking. Dit is vaak met een financieel motief (geld afpersen), machtsmotief (invloed over anderen kunnen tonen) of emotioneel motief (relationeel). Dezelfde methoden worden gebruikt voor aantasting van systemen van maatschappelijke organisaties. Denk hierbij aan het hacken van een ziekenhuis om invloed uit te oefenen of een DDoS aanval op de gemeente uit emotionele of extremistische motieven.

      **Lokaal dreigingsbeeld cybercrime**

      Als gemeente willen we graag een duidelijk beeld hebben van de grootste risico's ten aanzien van cybercrime. Door de risico's voor de gemeente in kaart te brengen, kunnen er gerichte preventieve acties ingezet worden. De gemeente zal hierbij ook afstemming zoeken met de politie, veiligheidsregio en (met name bij grootschalige crises) het Nationaal Cyber Security Centrum (NCSC). Bij grootschalige crises wordt dit vanuit de nationale crisisstructuur gecoördineerd. De gemeente sluit daar dan op aan.
    partners: [politie, openbaar-ministerie, veiligheidsregio, ncsc]
  # DOCUMENT: "ter preventie van de openbare orde en veiligheid" says the
  # opposite of what is meant (ter bevordering/handhaving). The
  # "collegeprogramma 2018-2022" is listed in Bijlage 3 as "Collegeprogramma
  # 2019-2022". [prose]
  - id: cameratoezicht
    number: "5.6"
    title: "Aanpak thema 'Cameratoezicht'"
    kernbeleid: ["1.3"]
    approach: |
      De gemeente heeft al enige jaren camera's in de openbare ruimte hangen ter preventie van de openbare orde en veiligheid. In het coalitieakkoord is opgenomen om cameratoezicht (ANPR) te verbeteren door de gedane aanbevelingen van de politie te volgen. In het collegeprogramma 2018-2022 is opgenomen om het cameratoezicht de komende jaren te verbeteren. Hiervoor is in de begroting rekening gehouden met de volgende jaarlijkse gelden: incidenteel €50.000 en structureel €10.000. Er zal een onderzoek gedaan worden naar de mogelijkheden om cameratoezicht te verbeteren. Hierin zal onder andere meegenomen worden; nieuwe apparatuur, aansluiting ANPR, externe beheersorganisatie, verschillende rollen en mogelijkheden van de partners, juridische (on)mogelijkheden en uiteraard een bijbehorend kostenoverzicht. Dan zal inzichtelijk worden of de geraamde kosten toereikend zijn en middels een voorstel zal er bestuurlijk een besluit genomen worden over het cameratoezicht.
    partners: [politie]
    actions:
      # No date is printed for the study.
      - id: onderzoek-cameratoezicht
        what: Onderzoek naar de mogelijkheden om cameratoezicht te verbeteren, gevolgd door een bestuurlijk besluit
        who: gemeente
        status: planned
        quote: >-
          Er zal een onderzoek gedaan worden naar de mogelijkheden om cameratoezicht te verbeteren.

# Hoofdstuk 6.
# DOCUMENT: "We gaan uit de bestaande communicatie infrastructuur" lacks "van"
# ("We gaan uit van ..."); "Waarschuwingbrieven" is a typo for
# "Waarschuwingsbrieven"; "de Larens Journaal" (elsewhere "het Larens Journaal").
# [prose]
communication: |
  **Belang**

  Communicatie en voorlichting zijn van groot belang binnen onze veiligheidsstrategie. Communicatie over veiligheid kan heel effectief zijn indien:

  1. Inwoners proactief worden geïnformeerd
  2. Transparant wordt gecommuniceerd
  3. Mensen handelingsperspectief wordt geboden
  4. Veiligheidspartners goed samenwerken

  We willen met onze communicatie:

  - de integrale samenwerking met onze partners optimaliseren. Samenwerking met betrokken partners is niet nieuw. We werken al jaren met diverse veiligheidspartners, dit zetten we voort en gaan we nog verder verbeteren;
  - de eigen verantwoordelijkheid en zelfredzaamheid bevorderen. Wij verlangen van onze partners en inwoners dat zij hun eigen verantwoordelijkheid nemen. Het moet daarom helder zijn wat wij als gemeente van onze inwoners en partners verlangen en andersom.

  Uitgangspunten in ons communicatiebeleid zijn als volgt:

  - Objectivering door het bieden van duidelijke en juiste informatie
  - Eenduidig
  - Participatie in de vorm van het geven van handelingsperspectief
  - Tijdige informatie

  **Middelen**

  We gaan uit de bestaande communicatie infrastructuur, namelijk

  - De wijkagent als aanspreekpunt voor de bewoners uit de wijk
  - Voorlichtingsbijeenkomsten over incidenten in de wijk
  - Waarschuwingbrieven in gebieden waar veel wordt ingebroken
  - Het lokale huis-aan-huisblad de Larens Journaal
  - De gemeentelijke website www.laren.nl
  - Social media, waaronder twitter en facebook
  - Burgernet
  - NL-Alert

  **Verdere uitwerking**

  Onze communicatiestrategie wordt verder uitgewerkt in het uitvoeringsplan.

partners:
  - id: gemeente-afdelingen
    name: andere afdelingen binnen de gemeente
  - id: bel-combinatie
    name: BEL Combinatie
    description: "Colofon: collega's BEL Combinatie; 4.2: het cluster veiligheid van de BEL Combinatie."
  - id: hbel
    name: uitvoeringsorganisatie HBEL
    description: Ook "uitvoeringsorganisatie Maatschappelijke Zaken HBEL" en "uitvoeringsdienst HBEL" (4.2); de interventiespecialist van de HBEL (4.3).
  - id: interventieteam
    name: Interventieteam Vangnet & Advies
    description: Het interventieteam van Vangnet & Advies, de 'outreaching' partij van Maatschappelijke Zaken HBEL.
  - id: politie
    name: Politie Midden Nederland
    description: Politie, wijkagenten en de politiepost Blaricum/Laren.
  - id: veiligheidsregio
    name: Veiligheidsregio Gooi en Vechtstreek (brandweer)
  - id: openbaar-ministerie
    name: Openbaar Ministerie (OM)
  - id: jongerenwerk
    name: jongerenwerker (versa)
    description: Het (ambulante) jongerenwerk.
  - id: zorg-en-veiligheidshuis
    name: Zorg- en Veiligheidshuis Gooi en Vechtstreek
    description: Ook "Zorg en Veiligheidshuis" en "Veiligheidshuis".
  - id: halt
    name: Halt
  - id: bureau-rvs
    name: Bureau Regionale Veiligheidsstrategie (Bureau RVS)
  - id: veiligheidscoalitie
    name: Veiligheidscoalitie
  # DOCUMENT: chapter 3 writes "Regionale Informatie en Expertise Centra
  # (RIEC)", 4.4 "Regionaal Informatie en Expertise Centrum (RIEC)". [prose:
  # the plan names each partner once]
  - id: riec
    name: Regionaal Informatie en Expertise Centrum (RIEC)
  - id: buurtpreventie
    name: buurtpreventieverenigingen / WhatsApp-groepen
    description: Buurtpreventieverenigingen (BPV); in 2018 zijn er 16 actief.
  - id: bewoners
    name: bewoners van Laren
  - id: ondernemers
    name: ondernemers
  - id: particuliere-beveiliging
    name: particuliere beveiliging
    description: Convenant met gemeente en politie over de inzet van particuliere beveiliging in het dorp, lopend tot 31 december 2019.
  - id: zorgpartners
    name: zorgpartners
  - id: ncsc
    name: Nationaal Cyber Security Centrum (NCSC)

# Bijlage 3. Bijlage 2 (Kernbeleid Veiligheid) is the taxonomy behind the
# \`kernbeleid\` codes.
references:
  - id: collegeprogramma-2019-2022
    title: "Collegeprogramma 2019-2022, uitvoeringsprogramma n.a.v. het coalitieakkoord"
  - id: veiligheidsmonitor-2017
    title: "Integrale Veiligheidsmonitor Midden Nederland 2017"
  - id: politiecijfers-midden-nederland
    title: "Politiecijfers Midden-Nederland"
  - id: cpb-risicorapportage-cyberveiligheid
    title: "CPB Notitie | 15 oktober 2018 Risicorapportage Cyberveiligheid Economie"

# Bijlage 1: Bestuurlijk netwerk Openbare orde en Veiligheid.
governance:
  roles:
    - id: burgemeester
      title: "Burgemeester"
      text: |
        De burgemeester is wettelijk belast met de handhaving van de openbare orde en veiligheid en is daarvoor als eerste aanspreekbaar en politiek verantwoordelijk. De burgemeester heeft het opperbevel bij rampen, branden of grootschalige calamiteiten en is de gezagsdrager op het terrein van de openbare orde en veiligheid en hulpverlening. De burgemeester vervult in verband met deze wettelijke taken een coördinerende rol binnen het integraal veiligheidsplan. Binnen de lokale driehoek (gemeente, politie en OM) stemt hij af wat de rol van de politie is als het gaat om de uitvoerende taken binnen het IVP en welke capaciteit daaraan gekoppeld kan worden. Deze positie maakt het mogelijk om in te grijpen wanneer het draagvlak vermindert, afspraken niet worden nagekomen of een koerswijziging nodig is.
    - id: college
      title: "Wethouders/College"
      text: |
        Werkzaamheden van wethouders raken bijna zonder uitzondering het integraal veiligheidsbeleid, waardoor veiligheid kan worden beschouwd als een collectieve verantwoordelijkheid van het gehele college. Veiligheid werkt door op vele terreinen en heeft daardoor raakvlakken met bijna alle gemeentelijke afdelingen. Om deze reden is het noodzakelijk dat het gehele college alert is op veiligheidsaspecten van het gemeentelijk beleid en een actieve rol vervult ten aanzien van integraal veiligheidsbeleid.
    - id: gemeenteraad
      title: "De gemeenteraad"
      # DOCUMENT: "het uitvoeringsplan voor het komende twee jaar" (for "de
      # komende twee jaar"). [prose]
      text: |
        De raad stelt de kaders en het veiligheidsbeleid in het meerjaren IVP vast en heeft een controlerende taak. Zo kan de raad later in het proces ook de controlerende taak vervullen. De raad neemt tweejaarlijks kennis van het uitvoeringsplan voor het komende twee jaar.
    - id: bestuurlijke-coordinatie
      title: "Bestuurlijke coördinatie"
      text: |
        Op bestuurlijk niveau voert de burgemeester in het Districtelijk Veiligheidscollege (DVC) / lokale driehoek overleg over de voortgang van de aanpak van de sociale veiligheid en politiebeleid. Dit overleg vindt 4 maal per jaar plaats.

        De burgemeester heeft daarnaast driewekelijks overleg met teamchef van de betreffende basiseenheid van politie voor de lokale sociale veiligheid. Op het gebied van crisisbeheersing en brandweer vindt periodiek overleg plaats op het niveau van de Veiligheidsregio in het Dagelijks Bestuur en Algemeen Bestuur. Hier worden de zaken besproken met betrekking tot fysieke veiligheid, crisisbeheersing en brandweeraangelegenheden. Met de overige partners voert de burgemeester periodiek overleg naar behoefte. Denk hierbij aan sociaal maatschappelijke partners in de regio.
    - id: ambtelijke-coordinatie
      title: "Ambtelijke coördinatie"
      text: |
        De coördinatie van de uitvoering van het veiligheidsprogramma en de jaarplannen ligt bij het team Maatschappelijke Ontwikkeling, cluster veiligheid. Hier ligt ook de sturing op de aanpak van veiligheidsproblemen en de beheersing van incidenten met een criminele inslag.

# The monitoring cycle (hoofdstuk 1 and 3, Bijlage 1). The document gives
# frequencies, not dates: each \`first\` is the start of the plan period or the
# first moment the text implies.
monitoring:
  - id: uitvoeringsplan
    kind: execution-plan
    label: Uitvoeringsplan (vastgesteld door het college, ter kennisname aan de raad)
    by: college van B&W
    every: { years: 2 }
    first: 2019-01-01
    quote: "Op basis van dit meerjarig IVP wordt tweejaarlijks een operationeel uitvoeringsplan opgesteld"
  - id: voortgangsanalyse
    kind: progress-analysis
    label: Korte analyse van de voortgang, als basis voor het volgende uitvoeringsplan
    by: gemeente
    every: { years: 2 }
    first: 2020-10-01
    quote: "Daarom zal er elke 2 jaar een korte analyse uitgevoerd worden naar de voortgang en problemen die er spelen in de gemeente."
  - id: plan-van-aanpak-woninginbraken
    kind: plan
    label: Plan van aanpak tegen woninginbraken
    by: gemeente
    every: { years: 2 }
    first: 2019-01-01
    quote: "De gemeente maakt 1 keer per 2 jaar een plan van aanpak tegen woninginbraken."
  - id: screening-woninginbraken
    kind: screening
    label: Screening van de cijfers van woninginbraken, trends per wijk
    by: gemeente
    every: { weeks: 1 }
    first: 2019-01-07
    quote: "De gemeente screent wekelijks de cijfers van de woninginbraken en houdt zicht op trends in de wijken."
  - id: districtelijk-veiligheidscollege
    kind: meeting
    label: Districtelijk Veiligheidscollege (DVC) / lokale driehoek
    by: burgemeester
    every: { months: 3 }
    first: 2019-01-01
    quote: "Dit overleg vindt 4 maal per jaar plaats."
  - id: overleg-teamchef
    kind: meeting
    label: Overleg burgemeester met de teamchef van de basiseenheid politie
    by: burgemeester
    every: { weeks: 3 }
    first: 2019-01-07
    quote: "De burgemeester heeft daarnaast driewekelijks overleg met teamchef van de betreffende basiseenheid van politie"
  - id: ondermijningsoverleg
    kind: meeting
    label: Ondermijningsoverleg met politie en RIEC
    by: gemeente
    every: { weeks: 4 }
    first: 2019-01-07
    quote: "1 maal per 4 weken is er een ondermijningsoverleg met de politie en het RIEC waarin 'signalen' worden besproken."

tables:
  - id: tabel-1
    number: 1
    title: "Politiecijfers Laren januari - juni 2015-2018"
    source: bvh
    columns:
      - { id: h1-2015, kind: value, period: 2015-H1, header: "jan-jun 2015" }
      - { id: h1-2016, kind: value, period: 2016-H1, header: "jan-jun 2016" }
      - { id: h1-2017, kind: value, period: 2017-H1, header: "jan-jun 2017" }
      - { id: h1-2018, kind: value, period: 2018-H1, header: "jan-jun 2018" }
      # DOCUMENT: the header prints "ontwikking" (for "ontwikkeling") and
      # "januari-jun", in Tabel 2 too. [prose: headers are free text, with no
      # known name to compare them with]
      - {
          id: gemeente,
          kind: change,
          from: 2017-H1,
          to: 2018-H1,
          header: gemeente,
          group: "ontwikking in de periode januari-jun 2018 t.o.v. januari-jun 2017",
        }
      - {
          id: regio,
          kind: reference,
          area: midden-nederland,
          from: 2017-H1,
          to: 2018-H1,
          header: Midden Nederland,
          group: "ontwikking in de periode januari-jun 2018 t.o.v. januari-jun 2017",
        }
    rows:
      - {
          series: misdrijven-totaal,
          label: "Totaal misdrijven",
          printed: { gemeente: "-16%" },
          supplied: { regio: "-8%" },
        }
      - {
          series: woninginbraken,
          label: "woninginbraken",
          printed: { gemeente: "-52%" },
          supplied: { regio: "-15%" },
        }
      - {
          series: woninginbraak-pogingen,
          label: "...waaraan pogingen",
          printed: { gemeente: "-30%" },
          supplied: { regio: "-18%" },
        }
      - {
          series: woninginbraak-geslaagd,
          label: "...waaraan geslaagd",
          printed: { gemeente: "-57%" },
          supplied: { regio: "-13%" },
        }
      - {
          series: geweld,
          label: "geweld: totaal",
          printed: { gemeente: "+25%" },
          supplied: { regio: "-3%" },
        }
      - {
          series: geweld-zeden,
          label: "...waaraan zeden",
          printed: { gemeente: "0%" },
          supplied: { regio: "+9%" },
        }
      - {
          series: geweld-openlijk,
          label: "...waaraan openlijk tegen persoon",
          printed: { gemeente: "" },
          supplied: { regio: "-9%" },
        }
      - {
          series: geweld-bedreiging,
          label: "...waaraan bedreiging",
          printed: { gemeente: "+67%" },
          supplied: { regio: "-6%" },
        }
      - {
          series: geweld-mishandeling,
          label: "...waaraan mishandeling",
          printed: { gemeente: "+14%" },
          supplied: { regio: "-4%" },
        }
      - {
          series: geweld-straatroof,
          label: "...waaraan straatroof",
          printed: { gemeente: "" },
          supplied: { regio: "+15%" },
        }
      - {
          series: geweld-overval,
          label: "...waaraan overvallen",
          printed: { gemeente: "" },
          supplied: { regio: "-47%" },
        }
      - {
          series: geweld-overig,
          label: "...waaraan overig",
          printed: { gemeente: "0%" },
          supplied: { regio: "+48%" },
        }
      - {
          series: huiselijk-geweld,
          label: "huiselijk geweld",
          printed: { gemeente: "-25%" },
          supplied: { regio: "-13%" },
        }
      - {
          series: autokraak,
          label: "autokraken",
          printed: { gemeente: "-64%" },
          supplied: { regio: "-15%" },
        }
      - {
          series: fietsdiefstal,
          label: "fietsdiefstal",
          printed: { gemeente: "+50%" },
          supplied: { regio: "-11%" },
        }
      # DOCUMENT: "vermielingen" for "vernielingen", in both tables.
      # [lint: label-typo]
      - {
          series: vernielingen,
          label: "vermielingen",
          printed: { gemeente: "+88%" },
          supplied: { regio: "-12%" },
        }
      - {
          series: zakkenrollen,
          label: "zakkenrollen",
          printed: { gemeente: "-83%" },
          supplied: { regio: "-41%" },
        }
      - {
          series: inbraak-bedrijf,
          label: "inbraak/diefstal bedrijf en instelling",
          printed: { gemeente: "-38%" },
          supplied: { regio: "-23%" },
        }
      - {
          series: winkeldiefstal,
          label: "winkeldiefstal",
          printed: { gemeente: "+25%" },
          supplied: { regio: "-5%" },
        }
      - {
          series: jongerenoverlast,
          label: "meldingen jongerenoverlast",
          printed: { gemeente: "-6%" },
          supplied: { regio: "-22%" },
        }
  - id: tabel-2
    number: 2
    title: "Politiecijfers Laren januari - december 2014 -2017"
    source: bvh
    columns:
      - { id: jaar-2014, kind: value, period: 2014 }
      - { id: jaar-2015, kind: value, period: 2015 }
      - { id: jaar-2016, kind: value, period: 2016 }
      - { id: jaar-2017, kind: value, period: 2017 }
      - {
          id: gemeente,
          kind: change,
          from: 2016,
          to: 2017,
          header: "ontwikking 2017 tov 2016, gemeente",
        }
      - {
          id: regio,
          kind: reference,
          area: midden-nederland,
          from: 2016,
          to: 2017,
          header: "ontwikking 2017 tov 2016, regio MNL",
        }
      # The document prints no July-December counts: that column is derived as
      # full year minus January-June (Tabel 1).
      - {
          id: jan-jun,
          kind: change,
          from: 2016-H1,
          to: 2017-H1,
          header: "januari t/m juni",
          group: "ontwikking 2017 tov 2016, per 6-maands periode",
        }
      - {
          id: jul-dec,
          kind: change,
          from: 2016-H2,
          to: 2017-H2,
          header: "juli t/m december",
          group: "ontwikking 2017 tov 2016, per 6-maands periode",
        }
    rows:
      - series: misdrijven-totaal
        label: "criminaliteit totaal"
        printed: { gemeente: "-14%", jan-jun: "-14%", jul-dec: "-13%" }
        supplied: { regio: "-9%" }
      - series: woninginbraken
        label: "woninginbraken"
        printed: { gemeente: "+3%", jan-jun: "+59%", jul-dec: "-42%" }
        supplied: { regio: "-8%" }
      - series: woninginbraak-pogingen
        label: "woninginbraak: pogingen"
        printed: { gemeente: "-5%", jan-jun: "+67%", jul-dec: "-33%" }
        supplied: { regio: "-3%" }
      - series: woninginbraak-geslaagd
        label: "woninginbraak: geslaagd"
        printed: { gemeente: "+5%", jan-jun: "+57%", jul-dec: "-46%" }
        supplied: { regio: "-10%" }
      - series: geweld
        label: "geweld: totaal"
        printed: { gemeente: "-21%", jan-jun: "-33%", jul-dec: "0%" }
        supplied: { regio: "-7%" }
      - series: geweld-zeden
        label: "geweld: zeden"
        printed: { gemeente: "-50%", jan-jun: "-50%", jul-dec: "" }
        supplied: { regio: "+0%" }
      - series: geweld-openlijk
        label: "geweld: openlijk geweld"
        printed: { gemeente: "", jan-jun: "", jul-dec: "" }
        supplied: { regio: "-7%" }
      - series: geweld-bedreiging
        label: "geweld: bedreiging"
        printed: { gemeente: "-58%", jan-jun: "-40%", jul-dec: "-71%" }
        supplied: { regio: "-9%" }
      - series: geweld-mishandeling
        label: "geweld: mishandeling"
        printed: { gemeente: "+14%", jan-jun: "-36%", jul-dec: "+200%" }
        supplied: { regio: "-4%" }
      - series: geweld-straatroof
        label: "geweld: straatroof"
        printed: { gemeente: "", jan-jun: "", jul-dec: "" }
        supplied: { regio: "-30%" }
      - series: geweld-overval
        label: "geweld: overval"
        printed: { gemeente: "", jan-jun: "", jul-dec: "" }
        supplied: { regio: "+1%" }
      - series: geweld-overig
        label: "geweld: overig"
        printed: { gemeente: "0%", jan-jun: "", jul-dec: "-100%" }
        supplied: { regio: "-23%" }
      - series: huiselijk-geweld
        label: "huiselijk geweld"
        printed: { gemeente: "-54%", jan-jun: "-56%", jul-dec: "-50%" }
        supplied: { regio: "-12%" }
      - series: autokraak
        label: "autokraak"
        printed: { gemeente: "-24%", jan-jun: "-37%", jul-dec: "+40%" }
        supplied: { regio: "-9%" }
      - series: fietsdiefstal
        label: "fietsdiefstal"
        printed: { gemeente: "-48%", jan-jun: "-11%", jul-dec: "-67%" }
        supplied: { regio: "-15%" }
      # DOCUMENT: "vermielingen" for "vernielingen". [lint: label-typo]
      - series: vernielingen
        label: "vermielingen"
        printed: { gemeente: "-20%", jan-jun: "-35%", jul-dec: "-4%" }
        supplied: { regio: "-12%" }
      - series: zakkenrollen
        label: "zakkenrollen"
        printed: { gemeente: "+33%", jan-jun: "+500%", jul-dec: "-60%" }
        supplied: { regio: "-16%" }
      - series: inbraak-bedrijf
        label: "inbraak/diefstal bedrijf en instelling"
        printed: { gemeente: "-58%", jan-jun: "-20%", jul-dec: "-76%" }
        supplied: { regio: "-15%" }
      - series: winkeldiefstal
        label: "winkeldiefstal"
        printed: { gemeente: "+71%", jan-jun: "+33%", jul-dec: "+100%" }
        supplied: { regio: "+6%" }
      - series: jongerenoverlast
        label: "meldingen jongerenoverlast"
        printed: { gemeente: "+100%", jan-jun: "+121%", jul-dec: "+86%" }
        supplied: { regio: "+0%" }

observations:
  # Tabel 1: January-June counts 2015-2018, as printed.
  - origin: table
    table: tabel-1
    source: bvh
    periods: [2015-H1, 2016-H1, 2017-H1, 2018-H1]
    values:
      misdrijven-totaal: [284, 301, 258, 216]
      woninginbraken: [42, 34, 54, 26]
      woninginbraak-pogingen: [12, 6, 10, 7]
      woninginbraak-geslaagd: [30, 28, 44, 19]
      geweld: [18, 18, 12, 15]
      geweld-zeden: [1, 2, 1, 1]
      geweld-openlijk: [1, 0, 0, 0]
      geweld-bedreiging: [9, 5, 3, 5]
      geweld-mishandeling: [6, 11, 7, 8]
      geweld-straatroof: [0, 0, 0, 0]
      geweld-overval: [0, 0, 0, 0]
      geweld-overig: [1, 0, 1, 1]
      huiselijk-geweld: [4, 9, 4, 3]
      autokraak: [32, 70, 44, 16]
      fietsdiefstal: [17, 9, 8, 12]
      vernielingen: [31, 26, 17, 32]
      zakkenrollen: [4, 1, 6, 1]
      inbraak-bedrijf: [13, 10, 8, 5]
      winkeldiefstal: [4, 3, 4, 5]
      jongerenoverlast: [12, 14, 31, 29]
  # Tabel 2: full-year counts 2014-2017, as printed.
  - origin: table
    table: tabel-2
    source: bvh
    periods: [2014, 2015, 2016, 2017]
    values:
      misdrijven-totaal: [553, 527, 543, 468]
      woninginbraken: [90, 79, 77, 79]
      woninginbraak-pogingen: [19, 20, 21, 20]
      woninginbraak-geslaagd: [71, 59, 56, 59]
      geweld: [35, 41, 29, 23]
      geweld-zeden: [1, 6, 2, 1]
      geweld-openlijk: [2, 1, 0, 0]
      geweld-bedreiging: [13, 17, 12, 5]
      geweld-mishandeling: [16, 14, 14, 16]
      geweld-straatroof: [0, 0, 0, 0]
      geweld-overval: [0, 0, 0, 0]
      geweld-overig: [3, 3, 1, 1]
      huiselijk-geweld: [11, 11, 13, 6]
      autokraak: [88, 63, 85, 65]
      fietsdiefstal: [20, 33, 27, 14]
      vernielingen: [52, 52, 49, 39]
      zakkenrollen: [16, 6, 6, 8]
      inbraak-bedrijf: [15, 17, 31, 13]
      winkeldiefstal: [10, 6, 7, 12]
      jongerenoverlast: [48, 19, 36, 72]

  # ---------------------------------------------------------------------
  # Figures quoted in the running text (origin: text), next to the tables.
  # ---------------------------------------------------------------------
  - origin: text
    section: "2. Huidige situatie"
    quote: "Het aantal woninginbraken was in 2017 totaal 79. In 2018 was het aantal woninginbraken tot en met oktober 46 en in 2017 dezelfde periode waren dit er 70."
    source: bvh
    periods: [2017, 2017-01..2017-10, 2018-01..2018-10]
    values:
      woninginbraken: [79, 70, 46]
  # DOCUMENT: the text gives 65 auto-inbraken for 2015; Tabel 2 prints 63.
  # [lint: conflicting-figures]
  - origin: text
    section: "2. Huidige situatie"
    quote: "In 2013 waren er 109 auto-inbraken in Laren! In 2015 waren dit er 65 en in 2016 was er een stijging te zien van het aantal auto-inbraken naar 85. In 2017 is dit gedaald naar 65 auto-inbraken."
    source: bvh
    periods: [2013, 2015, 2016, 2017]
    values:
      autokraak: [109, 65, 85, 65]
  - origin: text
    section: "2. Huidige situatie"
    quote: "In 2017 tot en met oktober waren er 57 auto-inbraken en in 2018 dezelfde periode ligt het aantal op 31."
    source: bvh
    periods: [2017-01..2017-10, 2018-01..2018-10]
    values:
      autokraak: [57, 31]
  - origin: text
    section: "2. Huidige situatie"
    quote: "Van 33 fietsendiefstallen in 2015 naar 14 in 2017."
    source: bvh
    periods: [2015, 2017]
    values:
      fietsdiefstal: [33, 14]
  - origin: text
    section: "2. Huidige situatie"
    quote: "In 2013 waren er 40 geregistreerde geweldsmisdrijven en dat is elk jaar afgenomen tot in 2017 23 geweldsmisdrijven."
    source: bvh
    periods: [2013, 2017]
    values:
      geweld: [40, 23]
  # DOCUMENT: the breakdown of the 14 (2017) and 20 (2018) geweldsmisdrijven
  # up to October adds up to the total without the 1 "overig" of
  # January-June (Tabel 1). [lint: parts-sum-mismatch, twice]
  - origin: text
    section: "2. Huidige situatie"
    quote: "In 2017 waren er tot en met oktober 14 geweldsmisdrijven (1 zeden, 5 bedreigingen en 8 mishandelingen) en in 2018 tot en met oktober is zijn dit 20 geweldsmisdrijven (2 zeden, 6 bedreigingen en 12 mishandelingen)."
    source: bvh
    periods: [2017-01..2017-10, 2018-01..2018-10]
    values:
      geweld: [14, 20]
      geweld-zeden: [1, 2]
      geweld-bedreiging: [5, 6]
      geweld-mishandeling: [8, 12]
  # DOCUMENT: "In 2013 en 2015 waren het er 13, in 2014 en 2015 waren het er
  # 11": 2015 is given twice, as 13 and as 11 (Tabel 2: 11; 13 is 2016's figure).
  # [lint: conflicting-figures]
  - origin: text
    section: "2. Huidige situatie"
    quote: "In 2013 en 2015 waren het er 13"
    source: bvh
    periods: [2013, 2015]
    values:
      huiselijk-geweld: [13, 13]
  - origin: text
    section: "2. Huidige situatie"
    quote: "in 2014 en 2015 waren het er 11 en in 2017 is het gedaald naar 6. In 2018 tot en met oktober zijn het er 7."
    source: bvh
    periods: [2014, 2015, 2017, 2018-01..2018-10]
    values:
      huiselijk-geweld: [11, 11, 6, 7]
  - origin: text
    section: "2. Huidige situatie"
    quote: "Het aantal overlastmeldingen in periode 2014-2017 was schommelend, een flinke uitschieter in 2017 met 72 meldingen en in 2015 zijn er 19 overlastmeldingen gedaan. In 2017 lag het aantal meldingen tot en met oktober op 63 en in 2018 over dezelfde periode is het aantal gedaald naar 49 meldingen."
    source: bvh
    periods: [2015, 2017, 2017-01..2017-10, 2018-01..2018-10]
    values:
      jongerenoverlast: [19, 72, 63, 49]
  - origin: text
    section: "2. Huidige situatie"
    quote: "Het aantal bedrijfsinbraken is sinds 2013 afgenomen van 19 bedrijfsinbraken naar 13 bedrijfsinbraken in 2017. Wel is er in 2016 een piek geweest van 31 bedrijfsinbraken."
    source: bvh
    periods: [2013, 2016, 2017]
    values:
      inbraak-bedrijf: [19, 31, 13]
  # DOCUMENT: the text gives 7,3 for the safety grade in 2017; the main goals
  # table prints 7,5 as the 2017 baseline. [lint: baseline-figure-mismatch,
  # reported at the main goals]
  - origin: text
    section: "2. Huidige situatie"
    quote: "De inwoners van Laren beoordelen in 2013 als ook in 2017 het veiligheidsgevoel in de eigen buurt met een 7,3 (regionaal gemiddelde een 7,3) en de leefbaarheid met 7,9 (regionaal gemiddelde een 7,5)."
    source: veiligheidsmonitor
    periods: [2013, 2017]
    values:
      rapportcijfer-veiligheid: [7.3, 7.3]
      rapportcijfer-leefbaarheid: [7.9, 7.9]
  - origin: text
    section: "2. Huidige situatie"
    quote: "(regionaal gemiddelde een 7,3) en de leefbaarheid met 7,9 (regionaal gemiddelde een 7,5)"
    source: veiligheidsmonitor
    area: midden-nederland
    periods: [2017]
    values:
      rapportcijfer-veiligheid: [7.3]
      rapportcijfer-leefbaarheid: [7.5]
  - origin: text
    section: "4.1 Woninginbraken, Evaluatie"
    quote: "Tot en met oktober 2018 ligt het aantal woninginbraken op 46."
    source: bvh
    series: woninginbraken
    period: 2018-01..2018-10
    value: 46
  - origin: text
    section: "4.1 Woninginbraken, Evaluatie"
    quote: "In 2018 zijn er 16 buurtpreventieverenigingen actief."
    series: buurtpreventieverenigingen
    period: 2018
    value: 16
  - origin: text
    section: "4.1 Woninginbraken, Evaluatie"
    quote: "In 2014 nam 10,1% van de inwoners van Laren deel aan Burgernet. In 2017 is dit gestegen naar 12,2%."
    periods: [2014, 2017]
    values:
      burgernet-deelname: [10.1, 12.2]
  - origin: text
    section: "4.3 Jeugdoverlast, Evaluatie"
    quote: "Volgens de Veiligheidsmonitor had in 2014 3% van de inwoners veel overlast van rondhangende jongeren. In 2017 is dit gezakt naar 1,7%."
    source: veiligheidsmonitor
    periods: [2014, 2017]
    values:
      overlast-jongeren: [3, 1.7]
  - origin: text
    section: "4.3 Jeugdoverlast, Evaluatie"
    quote: "Het aantal overlastmeldingen in periode 2014-2017 was schommelend, een uitschieter in 2017 met 72 meldingen en in 2015 zijn er 19 overlastmeldingen gedaan. In 2017 lag het aantal meldingen tot en met oktober op 63 en in 2018 over dezelfde periode is het aantal gedaald naar 49 meldingen."
    source: bvh
    periods: [2015, 2017, 2017-01..2017-10, 2018-01..2018-10]
    values:
      jongerenoverlast: [19, 72, 63, 49]
  - origin: text
    section: "4.3 Jeugdoverlast, Evaluatie"
    quote: "Uit de veiligheidsmonitor van 2017 geeft 18,4% (in 2013 was dit 27%) van de respondenten aan dat rondhangende jeugd voorkomt in de buurt en daarvan geeft 1,7% aan veel overlast te ervaren."
    source: veiligheidsmonitor
    periods: [2013, 2017]
    values:
      rondhangende-jeugd: [27, 18.4]
  - origin: text
    section: "4.3 Jeugdoverlast, Evaluatie"
    quote: "daarvan geeft 1,7% aan veel overlast te ervaren."
    source: veiligheidsmonitor
    series: overlast-jongeren
    period: 2017
    value: 1.7
  # Not recorded as a figure: "In de periode 2013 - 2017 is per 1000 inwoners
  # de totale criminaliteit in Laren met bijna 25% afgenomen" gives no counts
  # or population to check it against.
# Claims in the text about how a series developed, checked by \`ivp validate\`.
claims:
  # DOCUMENT: Tabel 2 contradicts "elk jaar afgenomen": 35 in 2014, 41 in 2015.
  # [lint: claim-contradicted]
  - id: geweld-elk-jaar-afgenomen
    section: "2. Huidige situatie"
    quote: "In 2013 waren er 40 geregistreerde geweldsmisdrijven en dat is elk jaar afgenomen tot in 2017 23 geweldsmisdrijven."
    series: geweld
    kind: strictly-decreasing
    from: 2013
    to: 2017
  - id: geweld-sinds-2014-afgenomen
    section: "2. Huidige situatie"
    quote: "Uit politiecijfers blijkt dat het aantal geweldsmisdrijven sinds 2014 tot 2017 flink is afgenomen."
    series: geweld
    kind: decreased
    from: 2014
    to: 2017
  - id: woninginbraken-gedaald
    section: "2. Huidige situatie"
    quote: "Woninginbraken zijn over langere periode gedaald"
    series: woninginbraken
    kind: decreased
    from: 2014
    to: 2017
  - id: autokraak-gedaald-2017
    section: "2. Huidige situatie"
    quote: "In 2017 is dit gedaald naar 65 auto-inbraken."
    series: autokraak
    kind: decreased
    from: 2016
    to: 2017
  - id: fietsdiefstal-gedaald
    section: "2. Huidige situatie"
    quote: "Ook is er een daling te zien van het aantal fietsendiefstallen. Van 33 fietsendiefstallen in 2015 naar 14 in 2017."
    series: fietsdiefstal
    kind: decreased
    from: 2015
    to: 2017
  - id: bedrijfsinbraken-afgenomen
    section: "2. Huidige situatie"
    quote: "Het aantal bedrijfsinbraken is sinds 2013 afgenomen van 19 bedrijfsinbraken naar 13 bedrijfsinbraken in 2017."
    series: inbraak-bedrijf
    kind: decreased
    from: 2013
    to: 2017
  - id: jongerenoverlast-gedaald-2018
    section: "2. Huidige situatie"
    quote: "In 2017 lag het aantal meldingen tot en met oktober op 63 en in 2018 over dezelfde periode is het aantal gedaald naar 49 meldingen."
    series: jongerenoverlast
    kind: decreased
    from: 2017-01..2017-10
    to: 2018-01..2018-10
  - id: burgernet-gestegen
    section: "4.1 Woninginbraken, Evaluatie"
    quote: "In 2014 nam 10,1% van de inwoners van Laren deel aan Burgernet. In 2017 is dit gestegen naar 12,2%."
    series: burgernet-deelname
    kind: increased
    from: 2014
    to: 2017

# The adopted document is kept as printed, so its slips cannot be corrected in
# this file. Its errors are acknowledged below: \`ivp validate\` still reports
# each one, marked "acknowledged", and the plan validates. Each entry names the
# rule and the field the finding points at first (its "field" in
# \`ivp validate --format json\`); an entry that no longer matches a finding is
# reported as unused-acknowledgement. A plan you write yourself fixes its errors.
lint:
  acknowledged:
    - rule: relative-target-mismatch
      at: indicatorTables[0].rows[0].target.value
      reason: Zo gedrukt in het vastgestelde plan (gemeenteraad, 30 januari 2019).
    - rule: indicator-value-conflict
      at: indicatorTables[0].rows[4].target.value
      reason: Zo gedrukt in het vastgestelde plan (gemeenteraad, 30 januari 2019).
    - rule: indicator-value-conflict
      at: indicatorTables[0].rows[5].baseline.value
      reason: Zo gedrukt in het vastgestelde plan (gemeenteraad, 30 januari 2019).
    - rule: baseline-figure-mismatch
      at: indicatorTables[0].rows[5].baseline.value
      reason: Zo gedrukt in het vastgestelde plan (gemeenteraad, 30 januari 2019).
    - rule: indicator-value-conflict
      at: indicatorTables[0].rows[5].target.value
      reason: Zo gedrukt in het vastgestelde plan (gemeenteraad, 30 januari 2019).
    - rule: relative-target-mismatch
      at: indicatorTables[1].rows[0].target.value
      reason: Zo gedrukt in het vastgestelde plan (gemeenteraad, 30 januari 2019).
    - rule: conflicting-figures
      at: observations[3].values.autokraak[1]
      reason: Zo gedrukt in het vastgestelde plan (gemeenteraad, 30 januari 2019).
    - rule: parts-sum-mismatch
      at: observations[7].values.geweld[0]
      reason: Zo gedrukt in het vastgestelde plan (gemeenteraad, 30 januari 2019).
    - rule: parts-sum-mismatch
      at: observations[7].values.geweld[1]
      reason: Zo gedrukt in het vastgestelde plan (gemeenteraad, 30 januari 2019).
    - rule: conflicting-figures
      at: observations[8].values.huiselijk-geweld[1]
      reason: Zo gedrukt in het vastgestelde plan (gemeenteraad, 30 januari 2019).
    - rule: claim-contradicted
      at: claims[0].kind
      reason: Zo gedrukt in het vastgestelde plan (gemeenteraad, 30 januari 2019).
`;
export {
  plan as default
};
