<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name></name>
    <message numerus="yes">
        <source>%Ln unit(s)</source>
        <translation>
            <numerusform>%Ln enhet</numerusform>
            <numerusform>%Ln enheter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s) folded into this card</source>
        <translation>
            <numerusform>%Ln enhet hopfälld i kortet</numerusform>
            <numerusform>%Ln enheter hopfällda i kortet</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the units below (+)</source>
        <translation>Visa enheterna under (+)</translation>
    </message>
    <message>
        <source>Fold the units below into this card (−)</source>
        <translation>Fäll ihop enheterna under i kortet (−)</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Styrning</translation>
    </message>
    <message>
        <source>Purchaser (beställarenhet)</source>
        <translation>Beställarenhet</translation>
    </message>
    <message>
        <source>Own provider (egenregi)</source>
        <translation>Egenregi</translation>
    </message>
    <message>
        <source>Private provider</source>
        <translation>Privat utförare</translation>
    </message>
    <message>
        <source>Medical service</source>
        <translation>Medicinsk service</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Stöd</translation>
    </message>
    <message>
        <source>Unknown category</source>
        <translation>Okänd kategori</translation>
    </message>
    <message>
        <source>Line unit</source>
        <translation>Linjeenhet</translation>
    </message>
    <message>
        <source>Result unit</source>
        <translation>Resultatenhet</translation>
    </message>
    <message>
        <source>Group management</source>
        <translation>Koncernledning</translation>
    </message>
    <message>
        <source>no unit differences</source>
        <translation>inga skillnader i enheter</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) among them</source>
        <translation>
            <numerusform>%n skillnad bland dem</numerusform>
            <numerusform>%n skillnader bland dem</numerusform>
        </translation>
    </message>
    <message>
        <source>errors</source>
        <translation>fel</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>varningar</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>information</translation>
    </message>
    <message>
        <source>Findings by severity</source>
        <translation>Fynd efter allvarlighetsgrad</translation>
    </message>
    <message>
        <source>No scenarios compared</source>
        <translation>Inga scenarier jämförs</translation>
    </message>
    <message>
        <source>Findings per scenario</source>
        <translation>Fynd per scenario</translation>
    </message>
    <message>
        <source>added</source>
        <extracomment>the four unit statuses; the window takes their colours from colours.py (status_added …) the paper&apos;s colours of the statuses (exports are always light)</extracomment>
        <translation>tillagd</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>borttagen</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>flyttad</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ändrad</translation>
    </message>
    <message>
        <source>reports to %1 instead of %2</source>
        <translation>rapporterar till %1 i stället för %2</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Economic rules</source>
        <translation>Ekonomiska regler</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Clarity index</source>
        <translation>Tydlighetsindex</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Nivåer</translation>
    </message>
    <message>
        <source>Span of control, mean</source>
        <translation>Kontrollspann, medel</translation>
    </message>
    <message>
        <source>Span of control, largest</source>
        <translation>Kontrollspann, störst</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Fynd</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Varningar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Dotted lines</source>
        <translation>Streckade linjer</translation>
    </message>
    <message>
        <source>Dotted lines: professional/medical</source>
        <translation>Streckade linjer: professionella/medicinska</translation>
    </message>
    <message>
        <source>Dotted lines: functional</source>
        <translation>Streckade linjer: funktionella</translation>
    </message>
    <message>
        <source>Dotted lines: by agreement</source>
        <translation>Streckade linjer: efter överenskommelse</translation>
    </message>
    <message>
        <source>Internal trade: region&apos;s net cost (SEK)</source>
        <translation>Internhandel: regionens nettokostnad (kr)</translation>
    </message>
    <message>
        <source>Internal trade: charged (SEK)</source>
        <translation>Internhandel: debiterat (kr)</translation>
    </message>
    <message>
        <source>Internal trade: production cost (SEK)</source>
        <translation>Internhandel: produktionskostnad (kr)</translation>
    </message>
    <message>
        <source>other</source>
        <translation>övriga</translation>
    </message>
    <message>
        <source>development</source>
        <translation>utveckling</translation>
    </message>
    <message>
        <source>ordering</source>
        <translation>beställning</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>leverans</translation>
    </message>
    <message>
        <source>Accountable for %1: %2</source>
        <translation>Ansvarig för %1: %2</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>Import Archi&amp;Mate model…</source>
        <translation>Importera A&amp;rchiMate-modell…</translation>
    </message>
    <message>
        <source>Import volume &amp;history…</source>
        <translation>Importera &amp;volymhistorik…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Senaste &amp;filer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Spara so&amp;m…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Å&amp;tergå till sparad</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Töm listan</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Find unit…</source>
        <translation>S&amp;ök enhet…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zooma &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zooma &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Verklig storlek</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Anpassa till fönstret</translation>
    </message>
    <message>
        <source>&amp;Whole chart</source>
        <translation>&amp;Hela schemat</translation>
    </message>
    <message>
        <source>Whole organisation, legi&amp;ble</source>
        <translation>Hela &amp;organisationen, läsbar</translation>
    </message>
    <message>
        <source>Top &amp;down</source>
        <translation>Uppifrån och &amp;ned</translation>
    </message>
    <message>
        <source>Left to ri&amp;ght</source>
        <translation>Vänster ti&amp;ll höger</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>Språ&amp;k</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Åte&amp;rställ layouten</translation>
    </message>
    <message>
        <source>&amp;Colour scheme</source>
        <translation>Färgsch&amp;ema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Användarguide</translation>
    </message>
    <message>
        <source>Open the &amp;example</source>
        <translation>Öppna &amp;exemplet</translation>
    </message>
    <message>
        <source>&amp;About orgdesigner</source>
        <translation>&amp;Om orgdesigner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;orgdesigner %1&lt;/h3&gt;&lt;p&gt;Design how a region organises its own primary care: units, responsibilities (development, ordering, delivery), scenarios and unclear responsibility.&lt;/p&gt;&lt;p&gt;Licence: %2&lt;/p&gt;&lt;p&gt;Qt %3 · PySide6 %4 · Python %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;orgdesigner %1&lt;/h3&gt;&lt;p&gt;Utforma hur en region organiserar sin egen primärvård: enheter, ansvar (utveckling, beställning, leverans), scenarier och otydligt ansvar.&lt;/p&gt;&lt;p&gt;Licens: %2&lt;/p&gt;&lt;p&gt;Qt %3 · PySide6 %4 · Python %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About orgdesigner</source>
        <translation>Om orgdesigner</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Användarguide</translation>
    </message>
    <message>
        <source>How to use orgdesigner, step by step through the example; Tab moves between links</source>
        <translation>Hur du använder orgdesigner, steg för steg genom exemplet; Tabb flyttar mellan länkarna</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Bemanning</translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation>Inköp</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Prissättning</translation>
    </message>
    <message>
        <source>Development mandate</source>
        <translation>Utvecklingsmandat</translation>
    </message>
    <message>
        <source>Keeps surplus</source>
        <translation>Behåller överskott</translation>
    </message>
    <message>
        <source>Result responsibility</source>
        <translation>Resultatansvar</translation>
    </message>
    <message>
        <source>fri nyttighet (free)</source>
        <translation>fri nyttighet</translation>
    </message>
    <message>
        <source>styckpris (per item)</source>
        <translation>styckpris</translation>
    </message>
    <message>
        <source>fast avgift (fixed)</source>
        <translation>fast avgift</translation>
    </message>
    <message>
        <source>blandad (mixed)</source>
        <translation>blandad</translation>
    </message>
    <message>
        <source>Clinical chemistry</source>
        <translation>Klinisk kemi</translation>
    </message>
    <message>
        <source>Microbiology</source>
        <translation>Mikrobiologi</translation>
    </message>
    <message>
        <source>X-ray</source>
        <translation>Röntgen</translation>
    </message>
    <message>
        <source>CT</source>
        <translation>DT</translation>
    </message>
    <message>
        <source>MRI</source>
        <translation>MR</translation>
    </message>
    <message>
        <source>Ultrasound</source>
        <translation>Ultraljud</translation>
    </message>
    <message>
        <source>PNA (point of care)</source>
        <translation>PNA (patientnära analys)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>As set</source>
        <translation>Som angivet</translation>
    </message>
    <message>
        <source>professional/medical</source>
        <translation>professionell/medicinsk</translation>
    </message>
    <message>
        <source>functional</source>
        <translation>funktionell</translation>
    </message>
    <message>
        <source>by agreement</source>
        <translation>efter överenskommelse</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <extracomment>kinds the planner switched off in the legend (the view only; paper draws every kind)</extracomment>
        <translation>… och %1 till</translation>
    </message>
    <message>
        <source>Dotted line (%1): %2 → %3</source>
        <translation>Streckad linje (%1): %2 → %3</translation>
    </message>
    <message>
        <source>Dotted lines: secondary reporting lines, by kind (a ring where a line starts, a dot where it ends; lines of one kind into one unit meet in one trunk); untick a kind to hide it, point at a line to highlight it</source>
        <translation>Streckade linjer: sekundära rapporteringslinjer, efter slag (en ring där en linje börjar, en prick där den slutar; linjer av ett slag till en enhet möts i en stam); bocka ur ett slag för att dölja det, peka på en linje för att markera den</translation>
    </message>
    <message>
        <source>Show dotted lines: %1</source>
        <translation>Visa streckade linjer: %1</translation>
    </message>
    <message>
        <source>Unticked, this kind of dotted line is hidden on the chart</source>
        <translation>Urbockad döljs det här slaget av streckade linjer i schemat</translation>
    </message>
    <message>
        <source>Dotted line, %1</source>
        <translation>Streckad linje, %1</translation>
    </message>
    <message>
        <source>Chart of the units</source>
        <translation>Schemat över enheterna</translation>
    </message>
    <message>
        <source>No unit selected. Arrow keys walk the tree.</source>
        <translation>Ingen enhet vald. Piltangenterna går genom trädet.</translation>
    </message>
    <message>
        <source>Units selected: %1.</source>
        <translation>Valda enheter: %1.</translation>
    </message>
    <message>
        <source>findings: %1</source>
        <translation>fynd: %1</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>inga fynd</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>Skrivaren kunde inte öppnas.</translation>
    </message>
    <message>
        <source>page %1 of %2 (column %3 of %4, row %5 of %6) · %7</source>
        <translation>sida %1 av %2 (kolumn %3 av %4, rad %5 av %6) · %7</translation>
    </message>
    <message>
        <source>Float %1</source>
        <translation>Gör %1 flytande</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>Stäng %1</translation>
    </message>
    <message>
        <source>Keep the changes and close the dialog</source>
        <translation>Behåll ändringarna och stäng dialogrutan</translation>
    </message>
    <message>
        <source>Close the dialog without changing anything</source>
        <translation>Stäng dialogrutan utan att ändra något</translation>
    </message>
    <message>
        <source>Close the dialog</source>
        <translation>Stäng dialogrutan</translation>
    </message>
    <message>
        <source>Apply the changes</source>
        <translation>Verkställ ändringarna</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Spara ändringarna</translation>
    </message>
    <message>
        <source>Close without saving the changes</source>
        <translation>Stäng utan att spara ändringarna</translation>
    </message>
    <message>
        <source>Show help for this dialog</source>
        <translation>Visa hjälp för dialogrutan</translation>
    </message>
    <message>
        <source>Answer yes</source>
        <translation>Svara ja</translation>
    </message>
    <message>
        <source>Answer no</source>
        <translation>Svara nej</translation>
    </message>
</context>
<context>
    <name>ActionAnnouncer</name>
    <message>
        <source>Redone: %1</source>
        <translation>Gjort om: %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Ångrat: %1</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Scenario %1</translation>
    </message>
    <message>
        <source>clarity index %1</source>
        <translation>tydlighetsindex %1</translation>
    </message>
    <message>
        <source>Clarity index %1 → %2</source>
        <translation>Tydlighetsindex %1 → %2</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>fel</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>varningar</translation>
    </message>
</context>
<context>
    <name>AnalysisSettingsDialog</name>
    <message>
        <source>Analysis settings</source>
        <translation>Analysinställningar</translation>
    </message>
    <message>
        <source>Ordering and own delivery of a vårdval function may meet only at or above the region&apos;s top management (rule R05). Name the unit where top management ends, or let it be derived from the structure: the governance units from the top down to the first that directly heads a unit of another category. Governance units below it count as part of the line they head.</source>
        <translation>Beställning och egen leverans av en vårdvalsfunktion får mötas först i eller ovanför regionledningen (regel R05). Ange enheten där regionledningen slutar, eller låt den härledas ur strukturen: styrningsenheterna uppifrån ned till den första som direkt leder en enhet av annan kategori. Styrningsenheter under den räknas till den linje de leder.</translation>
    </message>
    <message>
        <source>Top management ends at:</source>
        <translation>Regionledningen slutar vid:</translation>
    </message>
    <message>
        <source>Derived from the structure (here: %1)</source>
        <translation>Härledd ur strukturen (här: %1)</translation>
    </message>
    <message>
        <source>The unit where top management ends, or derived from the structure</source>
        <translation>Enheten där den högsta ledningen slutar, eller härledd ur strukturen</translation>
    </message>
    <message>
        <source>Top management ends at</source>
        <translation>Högsta ledningen slutar vid</translation>
    </message>
    <message>
        <source>Analysis settings…</source>
        <translation>Analysinställningar…</translation>
    </message>
</context>
<context>
    <name>ArchimateImportDialog</name>
    <message>
        <source>Import ArchiMate model</source>
        <translation>Importera ArchiMate-modell</translation>
    </message>
    <message>
        <source>Not imported (the project cannot carry these):</source>
        <translation>Importeras inte (projektet kan inte bära dessa):</translation>
    </message>
    <message>
        <source>Business Actors the model gives no category (imported as unknown; choose one for each, or set it later on the chart):</source>
        <translation>Business Actors som modellen inte ger någon kategori (importeras som okänd; välj en för var och en, eller ange den senare i schemat):</translation>
    </message>
    <message>
        <source>Business Actor</source>
        <translation>Business Actor</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>The actors without a category in the model and the category each gets</source>
        <translation>Aktörerna utan kategori i modellen och den kategori var och en får</translation>
    </message>
    <message>
        <source>Categories of the actors</source>
        <translation>Aktörernas kategorier</translation>
    </message>
    <message>
        <source>Open as new project</source>
        <translation>Öppna som nytt projekt</translation>
    </message>
    <message>
        <source>Open the model as a new, unsaved project</source>
        <translation>Öppna modellen som ett nytt, osparat projekt</translation>
    </message>
    <message>
        <source>What the model holds that the project cannot carry, by type and count</source>
        <translation>Det i modellen som projektet inte kan bära, efter typ och antal</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Inte importerat</translation>
    </message>
    <message>
        <source>ArchiMate exchange files (*.xml)</source>
        <translation>ArchiMate-utbytesfiler (*.xml)</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Nuläge</translation>
    </message>
    <message>
        <source>Choose an ArchiMate exchange file (.xml).</source>
        <translation>Välj en ArchiMate-utbytesfil (.xml).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n function(s).</source>
        <translation>
            <numerusform>%1: %n funktion.</numerusform>
            <numerusform>%1: %n funktioner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scenario %1: %2, %3.</source>
        <translation>Scenario %1: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n enhet</numerusform>
            <numerusform>%n enheter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n roll</numerusform>
            <numerusform>%n roller</numerusform>
        </translation>
    </message>
    <message>
        <source>Category of %1</source>
        <translation>Kategori för %1</translation>
    </message>
    <message>
        <source>The model has no Business Actors, so there are no units to import.</source>
        <translation>Modellen har inga Business Actors, så det finns inga enheter att importera.</translation>
    </message>
</context>
<context>
    <name>AssumptionsPanel</name>
    <message>
        <source>Assumptions (not facts)</source>
        <translation>Antaganden (inte fakta)</translation>
    </message>
    <message>
        <source>This scenario&apos;s assumptions about how volumes respond to each pricing model</source>
        <translation>Scenariots antaganden om hur volymerna påverkas av varje prismodell</translation>
    </message>
    <message>
        <source>These are assumptions for this scenario, not measured facts. Baseline volumes are taken as measured under styckpris; each response is the change in volume when buyers pay under that model.</source>
        <translation>Detta är antaganden för scenariot, inte uppmätta fakta. Basvolymerna räknas som uppmätta under styckpris; varje volymeffekt är förändringen i volym när köparna betalar enligt den modellen.</translation>
    </message>
    <message>
        <source>Volume response, fri nyttighet</source>
        <translation>Volymeffekt, fri nyttighet</translation>
    </message>
    <message>
        <source>Volume response, styckpris</source>
        <translation>Volymeffekt, styckpris</translation>
    </message>
    <message>
        <source>Volume response, fast avgift</source>
        <translation>Volymeffekt, fast avgift</translation>
    </message>
    <message>
        <source>Volume response, blandad</source>
        <translation>Volymeffekt, blandad</translation>
    </message>
    <message>
        <source>Share of analyses moved to PNA at the hälsocentral</source>
        <translation>Andel analyser som flyttas till PNA på hälsocentralen</translation>
    </message>
    <message>
        <source>Volume effect of consultative feedback</source>
        <translation>Volymeffekt av konsultativ återkoppling</translation>
    </message>
    <message>
        <source>Blandad: price per item as share of full price (if not set)</source>
        <translation>Blandad: styckpris som andel av fullt pris (om inget angetts)</translation>
    </message>
    <message>
        <source>An assumption of this scenario, in per cent</source>
        <translation>Ett antagande i scenariot, i procent</translation>
    </message>
    <message>
        <source>Suppliers give consultative feedback</source>
        <translation>Leverantörerna ger konsultativ återkoppling</translation>
    </message>
    <message>
        <source>Ticked: suppliers comment on the requests, which changes volumes</source>
        <translation>Markerad: leverantörerna kommenterar beställningarna, vilket ändrar volymerna</translation>
    </message>
    <message>
        <source>Where the assumptions come from</source>
        <translation>Varifrån antagandena kommer</translation>
    </message>
    <message>
        <source>Source / note</source>
        <translation>Källa / anteckning</translation>
    </message>
    <message>
        <source>estimated from the history: %1 (95% interval %2 … %3)</source>
        <translation>skattad ur historiken: %1 (95 % intervall %2 … %3)</translation>
    </message>
    <message>
        <source>assumed</source>
        <translation>antagen</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Case and proposed decision</source>
        <translation>Ärende och förslag till beslut</translation>
    </message>
    <message>
        <source>Regionstyrelsen</source>
        <translation>Regionstyrelsen</translation>
    </message>
    <message>
        <source>One a line: name, title</source>
        <translation>En per rad: namn, titel</translation>
    </message>
    <message>
        <source>One a line, e.g. Primärvårdschef</source>
        <translation>En per rad, t.ex. Primärvårdschef</translation>
    </message>
    <message>
        <source>The decision paper&apos;s title; empty uses the project&apos;s name</source>
        <translation>Beslutsunderlagets rubrik; tom ger projektets namn</translation>
    </message>
    <message>
        <source>The department (avdelning) writing the paper</source>
        <translation>Avdelningen som skriver underlaget</translation>
    </message>
    <message>
        <source>The case officer (handläggare) named in the header</source>
        <translation>Handläggaren som står i sidhuvudet</translation>
    </message>
    <message>
        <source>The case officer&apos;s telephone number</source>
        <translation>Handläggarens telefonnummer</translation>
    </message>
    <message>
        <source>The case officer&apos;s e-mail address</source>
        <translation>Handläggarens e-postadress</translation>
    </message>
    <message>
        <source>The body that decides, e.g. Regionstyrelsen</source>
        <translation>Det organ som beslutar, t.ex. Regionstyrelsen</translation>
    </message>
    <message>
        <source>Who signs the paper, one a line: name, title</source>
        <translation>Vem som undertecknar underlaget, en per rad: namn, titel</translation>
    </message>
    <message>
        <source>Who receives an extract of the decision, one a line</source>
        <translation>Vem som får utdrag ur beslutet, en per rad</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Rubrik:</translation>
    </message>
    <message>
        <source>Department (avdelning):</source>
        <translation>Avdelning:</translation>
    </message>
    <message>
        <source>Case officer (handläggare):</source>
        <translation>Handläggare:</translation>
    </message>
    <message>
        <source>Telephone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Beslutas av:</translation>
    </message>
    <message>
        <source>Signed by (I tjänsten):</source>
        <translation>I tjänsten:</translation>
    </message>
    <message>
        <source>Extract to (Utdrag till):</source>
        <translation>Utdrag till:</translation>
    </message>
    <message>
        <source>Header and signatures</source>
        <translation>Sidhuvud och underskrifter</translation>
    </message>
    <message>
        <source>The paper&apos;s header block, who signs it and who receives an extract</source>
        <translation>Underlagets sidhuvud, vem som undertecknar och vem som får utdrag</translation>
    </message>
    <message>
        <source>The paper&apos;s summary (sammanfattning)</source>
        <translation>Underlagets sammanfattning</translation>
    </message>
    <message>
        <source>The paper&apos;s case description (ärendebeskrivning)</source>
        <translation>Underlagets ärendebeskrivning</translation>
    </message>
    <message>
        <source>Summary (sammanfattning):</source>
        <translation>Sammanfattning:</translation>
    </message>
    <message>
        <source>Background (ärendebeskrivning):</source>
        <translation>Ärendebeskrivning:</translation>
    </message>
    <message>
        <source>Summary and background</source>
        <translation>Sammanfattning och bakgrund</translation>
    </message>
    <message>
        <source>The paper&apos;s summary and case description</source>
        <translation>Underlagets sammanfattning och ärendebeskrivning</translation>
    </message>
    <message>
        <source>This proposal&apos;s paper</source>
        <translation>Förslagets beslutsunderlag</translation>
    </message>
    <message>
        <source>Title, summary, date and consequences of this scenario&apos;s own paper</source>
        <translation>Rubrik, sammanfattning, datum och konsekvenser i scenariots eget beslutsunderlag</translation>
    </message>
    <message>
        <source>Förslag till beslut for scenario %1. One point a line; indent a line or start it with “-” to make it a sub-point (a, b, …).</source>
        <translation>Förslag till beslut för scenariot %1. En punkt per rad; dra in en rad eller börja den med ”-” för att göra den till en underpunkt (a, b, …).</translation>
    </message>
    <message>
        <source>Add draft points</source>
        <translation>Lägg till utkast till beslutspunkter</translation>
    </message>
    <message>
        <source>One point a line; indent a line or start it with “-” to make it a sub-point</source>
        <translation>En punkt per rad; dra in en rad eller börja den med ”-” för att göra den till underpunkt</translation>
    </message>
    <message>
        <source>Proposed decision</source>
        <translation>Förslag till beslut</translation>
    </message>
    <message>
        <source>Append draft points from the comparison with the chosen scenario; your text stays</source>
        <translation>Lägg till utkast till beslutspunkter från jämförelsen med det valda scenariot; din text står kvar</translation>
    </message>
    <message>
        <source>The scenario the draft points compare with</source>
        <translation>Scenariot som utkastet till beslutspunkter jämför med</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Jämför med</translation>
    </message>
    <message>
        <source>From the comparison with:</source>
        <translation>Från jämförelsen med:</translation>
    </message>
    <message>
        <source>Förslag till beslut for this scenario</source>
        <translation>Förslag till beslut för det här scenariot</translation>
    </message>
    <message>
        <source>What this proposal does and why, in a few sentences</source>
        <translation>Vad förslaget innebär och varför, med några meningar</translation>
    </message>
    <message>
        <source>The day it is exported (or e.g. 2017-12-06)</source>
        <translation>Dagen det exporteras (eller t.ex. 2017-12-06)</translation>
    </message>
    <message>
        <source>The paper&apos;s date (Datum) as 2017-12-06; empty: the day it is exported</source>
        <translation>Beslutsunderlagets datum som 2017-12-06; tomt: dagen det exporteras</translation>
    </message>
    <message>
        <source>How does the proposal affect children? (barnrättsperspektivet)</source>
        <translation>Hur påverkar förslaget barn? (barnrättsperspektivet)</translation>
    </message>
    <message>
        <source>How does the proposal affect women and men, girls and boys? (jämställdhet)</source>
        <translation>Hur påverkar förslaget kvinnor och män, flickor och pojkar? (jämställdhet)</translation>
    </message>
    <message>
        <source>This paper&apos;s title; empty uses the case&apos;s title</source>
        <translation>Beslutsunderlagets rubrik; tom ger ärendets rubrik</translation>
    </message>
    <message>
        <source>Paper title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>This paper&apos;s summary (sammanfattning); empty uses the case&apos;s</source>
        <translation>Beslutsunderlagets sammanfattning; tom ger ärendets</translation>
    </message>
    <message>
        <source>Paper summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Paper date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Who decides this proposal, e.g. Regionfullmäktige; empty: the case&apos;s body</source>
        <translation>Vem som beslutar om förslaget, t.ex. Regionfullmäktige; tom: ärendets organ</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beslutas av</translation>
    </message>
    <message>
        <source>The consequences for children, printed under Konsekvenser</source>
        <translation>Konsekvenserna för barn, skrivs under Konsekvenser</translation>
    </message>
    <message>
        <source>Children&apos;s rights</source>
        <translation>Barnrätt</translation>
    </message>
    <message>
        <source>The consequences for gender equality, printed under Konsekvenser</source>
        <translation>Konsekvenserna för jämställdheten, skrivs under Konsekvenser</translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation>Jämställdhet</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Decided by (beslutas av):</source>
        <translation>Beslutas av:</translation>
    </message>
    <message>
        <source>Children (barnrätt):</source>
        <translation>Barn (barnrätt):</translation>
    </message>
    <message>
        <source>Gender equality (jämställdhet):</source>
        <translation>Jämställdhet:</translation>
    </message>
    <message>
        <source>%1 line %2:</source>
        <translation>%1 rad %2:</translation>
    </message>
    <message>
        <source>Date: %1 is not a date; type it as 2017-12-06</source>
        <translation>Datum: %1 är inget datum; skriv det som 2017-12-06</translation>
    </message>
    <message>
        <source>Proposed decision: %1</source>
        <translation>Förslag till beslut: %1</translation>
    </message>
    <message>
        <source>Edit case and proposed decision</source>
        <translation>Ändra ärende och förslag till beslut</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Function catalogue</source>
        <translation>Funktionskatalog</translation>
    </message>
    <message>
        <source>Add function</source>
        <translation>Lägg till funktion</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <source>Every function with its category, vårdval flag, the vårdval function it follows up and its description; F2 edits a cell</source>
        <translation>Varje funktion med kategori, vårdvalsmarkering, den vårdvalsfunktion den följer upp och beskrivning; F2 redigerar en cell</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Funktioner</translation>
    </message>
    <message>
        <source>Add a new function to the catalogue</source>
        <translation>Lägg till en ny funktion i katalogen</translation>
    </message>
    <message>
        <source>Delete the selected function and its roles, after asking</source>
        <translation>Ta bort den markerade funktionen och dess roller, efter en fråga</translation>
    </message>
    <message>
        <source>New function</source>
        <translation>Ny funktion</translation>
    </message>
    <message>
        <source>Delete the function “%1” and its %2 role assignment(s) in all scenarios? This can be undone.</source>
        <translation>Ta bort funktionen ”%1” och dess rolltilldelningar (%2 st.) i alla scenarier? Det går att ångra.</translation>
    </message>
    <message>
        <source>Delete function</source>
        <translation>Ta bort funktion</translation>
    </message>
</context>
<context>
    <name>ChangeListPanel</name>
    <message>
        <source>Export genomförandeplan…</source>
        <translation>Exportera genomförandeplan…</translation>
    </message>
    <message>
        <source>Make this scenario the current state</source>
        <translation>Gör scenariot till nuläge</translation>
    </message>
    <message>
        <source>Changes from</source>
        <translation>Ändringar från</translation>
    </message>
    <message>
        <source>The scenario the plan starts from</source>
        <translation>Scenariot som planen utgår från</translation>
    </message>
    <message>
        <source>The steps of the plan in order; select one to show its unit on the chart</source>
        <translation>Planens steg i ordning; välj ett för att visa dess enhet i schemat</translation>
    </message>
    <message>
        <source>Write the plan as an Excel sheet</source>
        <translation>Skriv planen som ett Excelblad</translation>
    </message>
    <message>
        <source>The current scenario becomes the current state; the old one is kept as history</source>
        <translation>Det valda scenariot blir nuläge; det gamla sparas som historik</translation>
    </message>
    <message>
        <source>Steps (phase, date and owner are printed in the paper):</source>
        <translation>Steg (fas, datum och ansvarig skrivs i beslutsunderlaget):</translation>
    </message>
    <message>
        <source>Every change:</source>
        <translation>Alla ändringar:</translation>
    </message>
    <message>
        <source>Changes to</source>
        <translation>Ändringar till</translation>
    </message>
    <message>
        <source>The proposal the plan leads to</source>
        <translation>Förslaget som planen leder till</translation>
    </message>
    <message>
        <source>No other scenario to compare with.</source>
        <translation>Inget annat scenario att jämföra med.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s): new units, moves, unit changes, roles, rules, units closed down.</source>
        <translation>
            <numerusform>%n steg: nya enheter, flyttar, ändrade enheter, roller, regler, avvecklade enheter.</numerusform>
            <numerusform>%n steg: nya enheter, flyttar, ändrade enheter, roller, regler, avvecklade enheter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export genomförandeplan</source>
        <translation>Exportera genomförandeplan</translation>
    </message>
    <message>
        <source>Genomförandeplan</source>
        <translation>Genomförandeplan</translation>
    </message>
</context>
<context>
    <name>ChartEditor</name>
    <message>
        <source>Add &amp;sibling unit</source>
        <translation>Lägg till enhet på &amp;samma nivå</translation>
    </message>
    <message>
        <source>Add c&amp;hild unit</source>
        <translation>Lägg till under&amp;enhet</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Byt namn</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <source>Co&amp;llapse subtree</source>
        <translation>&amp;Fäll ihop gren</translation>
    </message>
    <message>
        <source>E&amp;xpand subtree</source>
        <translation>Fäll ut &amp;gren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>Ny enhet</translation>
    </message>
    <message>
        <source>Select the one unit the new unit goes under or beside.</source>
        <translation>Markera den enhet som den nya enheten ska ligga under eller bredvid.</translation>
    </message>
    <message>
        <source>A unit needs a name.</source>
        <translation>En enhet måste ha ett namn.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n unit(s) together with the %1 unit(s) below them?</source>
        <translation>
            <numerusform>Ta bort %n enhet tillsammans med underliggande enheter (%1 st.)?</numerusform>
            <numerusform>Ta bort %n enheter tillsammans med underliggande enheter (%1 st.)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n unit(s)</source>
        <translation>
            <numerusform>Kopierade %n enhet</numerusform>
            <numerusform>Kopierade %n enheter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n unit(s)</source>
        <translation>
            <numerusform>Klistra in %n enhet</numerusform>
            <numerusform>Klistra in %n enheter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Analysis failed: %1</source>
        <translation>Analysen misslyckades: %1</translation>
    </message>
</context>
<context>
    <name>ColourScheme</name>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Följ &amp;systemet</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Ljust</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Mörkt</translation>
    </message>
</context>
<context>
    <name>CommandText</name>
    <message>
        <source>Add scenario %1</source>
        <translation>Lägg till scenario %1</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Ta bort scenario</translation>
    </message>
    <message>
        <source>Reorder scenarios</source>
        <translation>Ändra ordning på scenarier</translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation>Ta bort enhet</translation>
    </message>
    <message>
        <source>Delete %1 units</source>
        <translation>Ta bort %1 enheter</translation>
    </message>
    <message>
        <source>Move unit</source>
        <translation>Flytta enhet</translation>
    </message>
    <message>
        <source>Add service %1</source>
        <translation>Lägg till tjänst %1</translation>
    </message>
    <message>
        <source>Delete service</source>
        <translation>Ta bort tjänst</translation>
    </message>
    <message>
        <source>Change service: %1</source>
        <translation>Ändra tjänst: %1</translation>
    </message>
    <message>
        <source>Add flow</source>
        <translation>Lägg till flöde</translation>
    </message>
    <message>
        <source>Import %1 flows</source>
        <translation>Importera %1 flöden</translation>
    </message>
    <message>
        <source>Set flow</source>
        <translation>Ändra flöde</translation>
    </message>
    <message>
        <source>Set %1 flows</source>
        <translation>Ändra %1 flöden</translation>
    </message>
    <message>
        <source>Delete flow</source>
        <translation>Ta bort flöde</translation>
    </message>
    <message>
        <source>Delete %1 flows</source>
        <translation>Ta bort %1 flöden</translation>
    </message>
    <message>
        <source>Change volume</source>
        <translation>Ändra volym</translation>
    </message>
    <message>
        <source>Change flow: %1</source>
        <translation>Ändra flöde: %1</translation>
    </message>
    <message>
        <source>Change assumption: %1</source>
        <translation>Ändra antagande: %1</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>Ändra roll</translation>
    </message>
    <message>
        <source>Set %1 roles</source>
        <translation>Ändra %1 roller</translation>
    </message>
    <message>
        <source>Change analysis settings</source>
        <translation>Ändra analysinställningar</translation>
    </message>
    <message>
        <source>Acknowledge finding</source>
        <translation>Kvittera fynd</translation>
    </message>
    <message>
        <source>Withdraw acknowledgement</source>
        <translation>Dra tillbaka kvittering</translation>
    </message>
    <message>
        <source>Add function %1</source>
        <translation>Lägg till funktion %1</translation>
    </message>
    <message>
        <source>Delete function</source>
        <translation>Ta bort funktion</translation>
    </message>
    <message>
        <source>Add decision %1</source>
        <translation>Lägg till beslut %1</translation>
    </message>
    <message>
        <source>Delete decision</source>
        <translation>Ta bort beslut</translation>
    </message>
    <message>
        <source>Import volume history %1</source>
        <translation>Importera volymhistorik %1</translation>
    </message>
    <message>
        <source>Change volume history</source>
        <translation>Ändra volymhistorik</translation>
    </message>
    <message>
        <source>Add event %1</source>
        <translation>Lägg till händelse %1</translation>
    </message>
    <message>
        <source>Delete event %1</source>
        <translation>Ta bort händelse %1</translation>
    </message>
    <message>
        <source>Change event %1</source>
        <translation>Ändra händelse %1</translation>
    </message>
    <message>
        <source>Change %1: %2</source>
        <translation>Ändra %1: %2</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Ändra %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Lägg till %1</translation>
    </message>
    <message>
        <source>Move %1 units</source>
        <translation>Flytta %1 enheter</translation>
    </message>
    <message>
        <source>Promote scenario to current state</source>
        <translation>Gör scenario till nuläge</translation>
    </message>
    <message>
        <source>Add dotted line</source>
        <translation>Lägg till streckad linje</translation>
    </message>
    <message>
        <source>Change dotted line</source>
        <translation>Ändra streckad linje</translation>
    </message>
    <message>
        <source>Remove dotted line</source>
        <translation>Ta bort streckad linje</translation>
    </message>
    <message>
        <source>Import flow</source>
        <translation>Importera flöde</translation>
    </message>
    <message>
        <source>Replace internal trade</source>
        <translation>Ersätt internhandeln</translation>
    </message>
    <message>
        <source>Settle merge conflict</source>
        <translation>Lös sammanslagningskonflikt</translation>
    </message>
    <message>
        <source>Apply template %1</source>
        <translation>Använd mall %1</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projekt</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>scenario</translation>
    </message>
    <message>
        <source>function</source>
        <translation>funktion</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>beslut</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kategori</translation>
    </message>
    <message>
        <source>form</source>
        <translation>form</translation>
    </message>
    <message>
        <source>authorities</source>
        <translation>befogenheter</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>beslut</translation>
    </message>
    <message>
        <source>vårdval</source>
        <translation>vårdval</translation>
    </message>
    <message>
        <source>follow-up of</source>
        <translation>uppföljning av</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beskrivning</translation>
    </message>
    <message>
        <source>title</source>
        <translation>rubrik</translation>
    </message>
    <message>
        <source>valid from</source>
        <translation>gäller från</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>gäller till</translation>
    </message>
    <message>
        <source>effective date</source>
        <translation>datum för ikraftträdande</translation>
    </message>
    <message>
        <source>structure</source>
        <translation>struktur</translation>
    </message>
    <message>
        <source>economic rules</source>
        <translation>ekonomiska regler</translation>
    </message>
    <message>
        <source>proposed decision</source>
        <translation>förslag till beslut</translation>
    </message>
    <message>
        <source>decision paper</source>
        <translation>beslutsunderlag</translation>
    </message>
    <message>
        <source>case and proposed decision</source>
        <translation>ärende och förslag till beslut</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>diarienummer</translation>
    </message>
    <message>
        <source>created</source>
        <translation>skapad</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>ändrad</translation>
    </message>
    <message>
        <source>supplier</source>
        <translation>leverantör</translation>
    </message>
    <message>
        <source>buyers</source>
        <translation>köpare</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>kommentar</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>typ</translation>
    </message>
    <message>
        <source>unit cost</source>
        <translation>styckkostnad</translation>
    </message>
    <message>
        <source>pricing model</source>
        <translation>prismodell</translation>
    </message>
    <message>
        <source>price per item</source>
        <translation>styckpris</translation>
    </message>
    <message>
        <source>fixed charge</source>
        <translation>fast avgift</translation>
    </message>
    <message>
        <source>mixed price per item</source>
        <translation>blandat styckpris</translation>
    </message>
    <message>
        <source>price for private providers</source>
        <translation>pris för privata utförare</translation>
    </message>
    <message>
        <source>PNA alternative</source>
        <translation>PNA-alternativ</translation>
    </message>
    <message>
        <source>volume response, fri nyttighet</source>
        <translation>volymeffekt, fri nyttighet</translation>
    </message>
    <message>
        <source>volume response, styckpris</source>
        <translation>volymeffekt, styckpris</translation>
    </message>
    <message>
        <source>volume response, fast avgift</source>
        <translation>volymeffekt, fast avgift</translation>
    </message>
    <message>
        <source>volume response, blandad</source>
        <translation>volymeffekt, blandad</translation>
    </message>
    <message>
        <source>share moved to PNA</source>
        <translation>andel som flyttas till PNA</translation>
    </message>
    <message>
        <source>consultative feedback</source>
        <translation>konsultativ återkoppling</translation>
    </message>
    <message>
        <source>effect of feedback</source>
        <translation>effekt av återkoppling</translation>
    </message>
    <message>
        <source>blandad: price share</source>
        <translation>blandad: andel av styckpris</translation>
    </message>
    <message>
        <source>note</source>
        <translation>anteckning</translation>
    </message>
    <message>
        <source>buyer</source>
        <translation>köpare</translation>
    </message>
    <message>
        <source>service</source>
        <translation>tjänst</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>volym</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>måste vara ett ändligt tal</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>får inte vara negativt</translation>
    </message>
    <message>
        <source>must be between 0 and 1</source>
        <translation>måste vara mellan 0 och 1</translation>
    </message>
    <message>
        <source>must be between -100 % and +1000 %</source>
        <translation>måste vara mellan −100 % och +1000 %</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>får inte vara tomt</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>måste vara ett heltal</translation>
    </message>
    <message>
        <source>at most 200 characters</source>
        <translation>högst 200 tecken</translation>
    </message>
    <message>
        <source>at most 500 characters</source>
        <translation>högst 500 tecken</translation>
    </message>
    <message>
        <source>at most 100000 characters</source>
        <translation>högst 100 000 tecken</translation>
    </message>
    <message>
        <source>must be between 0 and 1000000000000000</source>
        <translation>måste vara mellan 0 och 1 000 000 000 000 000</translation>
    </message>
    <message>
        <source>must be between 0 and 10000000</source>
        <translation>måste vara mellan 0 och 10 000 000</translation>
    </message>
    <message>
        <source>must be between 0 and 1000000000</source>
        <translation>måste vara mellan 0 och 1 000 000 000</translation>
    </message>
    <message>
        <source>must be between 0 and 1000000000000</source>
        <translation>måste vara mellan 0 och 1 000 000 000 000</translation>
    </message>
    <message>
        <source>must be between 1 and 10000</source>
        <translation>måste vara mellan 1 och 10 000</translation>
    </message>
    <message>
        <source>at most 2000 characters</source>
        <translation>högst 2 000 tecken</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>måste vara text</translation>
    </message>
    <message>
        <source>contains a character that is not text (a lone surrogate)</source>
        <translation>innehåller ett tecken som inte är text (ett ensamt surrogattecken)</translation>
    </message>
    <message>
        <source>Invalid value for %1: %2</source>
        <translation>Ogiltigt värde för %1: %2</translation>
    </message>
    <message>
        <source>Invalid value for %1: %2 – %3</source>
        <translation>Ogiltigt värde för %1: %2 – %3</translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <source>Compare</source>
        <translation>Jämför</translation>
    </message>
    <message>
        <source>with</source>
        <translation>med</translation>
    </message>
    <message>
        <source>Findings resolved and introduced</source>
        <translation>Fynd som försvunnit och tillkommit</translation>
    </message>
    <message>
        <source>Findings that differ between the compared scenarios</source>
        <translation>Fynd som skiljer sig mellan de jämförda scenarierna</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Fynd</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Allvarlighetsgrad</translation>
    </message>
    <message>
        <source>What got clearer / worse</source>
        <translation>Vad blev tydligare / otydligare</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Skillnader</translation>
    </message>
    <message>
        <source>The first scenario is the base; the others are compared with it</source>
        <translation>Det första scenariot är basen; de andra jämförs med det</translation>
    </message>
    <message>
        <source>Scenario %1 to compare</source>
        <translation>Scenario %1 att jämföra</translation>
    </message>
    <message>
        <source>Units, roles and economic rules that differ from the first scenario</source>
        <translation>Enheter, roller och ekonomiska regler som skiljer sig från det första scenariot</translation>
    </message>
    <message>
        <source>Clarity index, findings, layers and the split of accountability, with changes</source>
        <translation>Tydlighetsindex, fynd, nivåer och ansvarsfördelning, med förändringar</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Mått</translation>
    </message>
    <message>
        <source>Split and findings</source>
        <translation>Fördelning och fynd</translation>
    </message>
    <message>
        <source>The findings each scenario resolves and introduces</source>
        <translation>Fynden som varje scenario löser och tillför</translation>
    </message>
    <message>
        <source>Bar charts of the split of accountability and of the findings</source>
        <translation>Stapeldiagram över ansvarsfördelningen och fynden</translation>
    </message>
    <message>
        <source>and</source>
        <translation>och</translation>
    </message>
    <message>
        <source>Choose at least two scenarios.</source>
        <translation>Välj minst två scenarier.</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Inga skillnader.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n skillnad</numerusform>
            <numerusform>%n skillnader</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (base)</source>
        <translation>%1 (bas)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fel</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>varning</translation>
    </message>
    <message>
        <source>note</source>
        <translation>information</translation>
    </message>
    <message>
        <source>%1: clearer – %2 finding(s) resolved</source>
        <translation>%1: tydligare – lösta fynd: %2</translation>
    </message>
    <message>
        <source>%1: worse – %2 finding(s) introduced</source>
        <translation>%1: otydligare – nya fynd: %2</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Paid by %1</source>
        <translation>Betalas av %1</translation>
    </message>
    <message>
        <source>%1: revenue</source>
        <translation>%1: intäkter</translation>
    </message>
    <message>
        <source>%1: cost</source>
        <translation>%1: kostnad</translation>
    </message>
    <message>
        <source>%1: cost coverage</source>
        <translation>%1: kostnadstäckning</translation>
    </message>
    <message>
        <source>Volume (items per year)</source>
        <translation>Volym (antal per år)</translation>
    </message>
    <message>
        <source>Production cost</source>
        <translation>Produktionskostnad</translation>
    </message>
    <message>
        <source>Charged to buyers</source>
        <translation>Debiterat köparna</translation>
    </message>
    <message>
        <source>Funded centrally</source>
        <translation>Finansierat centralt</translation>
    </message>
    <message>
        <source>Income from private providers</source>
        <translation>Intäkter från privata utförare</translation>
    </message>
    <message>
        <source>Total cost to the region</source>
        <translation>Total kostnad för regionen</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Vår</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Deras</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Bas</translation>
    </message>
    <message>
        <source>Keep the value in the file</source>
        <translation>Behåll värdet i filen</translation>
    </message>
    <message>
        <source>Take the other side&apos;s value</source>
        <translation>Ta den andra sidans värde</translation>
    </message>
    <message>
        <source>Each merge conflict with both sides&apos; values and the base</source>
        <translation>Varje sammanslagningskonflikt med båda sidornas värden och basen</translation>
    </message>
    <message>
        <source>Settle the selected conflict with the value the file holds</source>
        <translation>Lös den markerade konflikten med värdet i filen</translation>
    </message>
    <message>
        <source>Settle the selected conflict with the other side&apos;s value</source>
        <translation>Lös den markerade konflikten med den andra sidans värde</translation>
    </message>
    <message>
        <source>changed two ways</source>
        <translation>ändrat på två sätt</translation>
    </message>
    <message>
        <source>deleted on one side, changed on the other</source>
        <translation>borttaget på ena sidan, ändrat på den andra</translation>
    </message>
    <message>
        <source>the two moves together make a reporting loop</source>
        <translation>flyttarna ger tillsammans en rapporteringsslinga</translation>
    </message>
    <message>
        <source>deleted on one side, needed on the other</source>
        <translation>borttaget på ena sidan, behövs på den andra</translation>
    </message>
    <message numerus="yes">
        <source>%n merge conflict(s). The file holds the value marked ✓ (ours unless only theirs kept it); the analysis runs on those values until you choose.</source>
        <translation>
            <numerusform>%n sammanslagningskonflikt. Filen har värdet markerat med ✓ (vårt, utom där bara deras behöll det); analysen körs på de värdena tills du väljer.</numerusform>
            <numerusform>%n sammanslagningskonflikter. Filen har värdet markerat med ✓ (vårt, utom där bara deras behöll det); analysen körs på de värdena tills du väljer.</numerusform>
        </translation>
    </message>
    <message>
        <source>No merge conflicts.</source>
        <translation>Inga sammanslagningskonflikter.</translation>
    </message>
    <message>
        <source>Keep %1&apos;s value (in the file)</source>
        <translation>Behåll värdet från %1 (det som filen har)</translation>
    </message>
    <message>
        <source>Take %1&apos;s value</source>
        <translation>Ta värdet från %1</translation>
    </message>
    <message>
        <source>Merge conflicts</source>
        <translation>Sammanslagningskonflikter</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>Vill du spara ändringarna i ”%1” innan det stängs?</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Öppna projekt</translation>
    </message>
    <message>
        <source>orgdesigner projects (*.orgd)</source>
        <translation>orgdesigner-projekt (*.orgd)</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Spara projekt som</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Återställ osparat arbete</translation>
    </message>
    <message>
        <source>orgdesigner was closed without saving. Restore the unsaved work?

%1</source>
        <translation>orgdesigner stängdes utan att spara. Vill du återställa det osparade arbetet?

%1</translation>
    </message>
    <message>
        <source>The current state</source>
        <translation>Nuläget</translation>
    </message>
    <message>
        <source>“%1” is the current state: every comparison with today and every export compares with it. Make the change in a copy, so the current state stays as it is?</source>
        <translation>”%1” är nuläget: varje jämförelse med i dag och varje export jämför med det. Gör ändringen i en kopia, så att nuläget förblir som det är?</translation>
    </message>
    <message>
        <source>Change a &amp;copy</source>
        <translation>Ändra en &amp;kopia</translation>
    </message>
    <message>
        <source>Change the current &amp;state</source>
        <translation>Ändra &amp;nuläget</translation>
    </message>
</context>
<context>
    <name>DottedLayer</name>
    <message numerus="yes">
        <source>%n dotted line(s) run here:</source>
        <translation>
            <numerusform>%n streckad linje går här:</numerusform>
            <numerusform>%n streckade linjer går här:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DottedLinesBox</name>
    <message>
        <source>Dotted lines (secondary reporting)</source>
        <translation>Streckade linjer (sekundär rapportering)</translation>
    </message>
    <message>
        <source>The selected unit&apos;s secondary reporting lines to units other than its line manager</source>
        <translation>Den markerade enhetens sekundära rapportvägar till andra enheter än linjechefen</translation>
    </message>
    <message>
        <source>The unit a new dotted line from the selected unit goes to</source>
        <translation>Enheten som en ny streckad linje från den markerade enheten går till</translation>
    </message>
    <message>
        <source>New dotted line to</source>
        <translation>Ny streckad linje till</translation>
    </message>
    <message>
        <source>Professional/medical, functional or by agreement</source>
        <translation>Professionell/medicinsk, funktionell eller efter överenskommelse</translation>
    </message>
    <message>
        <source>Kind of the new dotted line</source>
        <translation>Typ av ny streckad linje</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Add a dotted line from the selected unit to the chosen unit</source>
        <translation>Lägg till en streckad linje från den markerade enheten till den valda enheten</translation>
    </message>
    <message>
        <source>Add dotted line</source>
        <translation>Lägg till streckad linje</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Inga.</translation>
    </message>
    <message>
        <source>note</source>
        <translation>anteckning</translation>
    </message>
    <message>
        <source>Remove this dotted line</source>
        <translation>Ta bort den streckade linjen</translation>
    </message>
    <message>
        <source>Kind of the line to %1</source>
        <translation>Typ av linje till %1</translation>
    </message>
    <message>
        <source>Why the line exists, in your own words</source>
        <translation>Varför linjen finns, med egna ord</translation>
    </message>
    <message>
        <source>Note on the line to %1</source>
        <translation>Anteckning om linjen till %1</translation>
    </message>
    <message>
        <source>Remove the line to %1</source>
        <translation>Ta bort linjen till %1</translation>
    </message>
</context>
<context>
    <name>EconomyDialog</name>
    <message>
        <source>Economic rules</source>
        <translation>Ekonomiska regler</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>inget tak</translation>
    </message>
    <message>
        <source> SEK</source>
        <translation> kr</translation>
    </message>
    <message>
        <source> – not in force on the scenario&apos;s date</source>
        <translation> – gäller inte på scenariots datum</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Standardvärden</translation>
    </message>
    <message>
        <source>Put back the authorities each form implies by default</source>
        <translation>Återställ de befogenheter som varje form medför som standard</translation>
    </message>
    <message>
        <source>Surplus and deficit</source>
        <translation>Över- och underskott</translation>
    </message>
    <message>
        <source>How surpluses and deficits are handled at the end of the year</source>
        <translation>Hur över- och underskott hanteras vid årets slut</translation>
    </message>
    <message>
        <source>The share of a surplus the unit carries over to next year</source>
        <translation>Den andel av ett överskott som enheten för över till nästa år</translation>
    </message>
    <message>
        <source>The share of a deficit the unit carries over to next year</source>
        <translation>Den andel av ett underskott som enheten för över till nästa år</translation>
    </message>
    <message>
        <source>The most that is carried over, in kronor; 0 for no cap</source>
        <translation>Det mesta som förs över, i kronor; 0 för inget tak</translation>
    </message>
    <message>
        <source>Tick the decisions the economic rules rest on</source>
        <translation>Markera de beslut som de ekonomiska reglerna vilar på</translation>
    </message>
    <message>
        <source>Governing decisions</source>
        <translation>Styrande beslut</translation>
    </message>
    <message>
        <source>Tick which authorities each unit form implies</source>
        <translation>Markera vilka befogenheter varje enhetsform medför</translation>
    </message>
    <message>
        <source>Authorities each form implies</source>
        <translation>Befogenheter som varje form medför</translation>
    </message>
    <message>
        <source>Share of a surplus carried over</source>
        <translation>Andel av överskott som förs över</translation>
    </message>
    <message>
        <source>Share of a deficit carried over</source>
        <translation>Andel av underskott som förs över</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>&lt;b&gt;Governing decisions&lt;/b&gt; (dates from the decision register)</source>
        <translation>&lt;b&gt;Styrande beslut&lt;/b&gt; (datum från beslutsregistret)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Authorities each form implies&lt;/b&gt;</source>
        <translation>&lt;b&gt;Befogenheter som varje form innebär&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>EvaluationCharts</name>
    <message>
        <source>Volume per 1,000 listed patients per year</source>
        <translation>Volym per 1 000 listade patienter och år</translation>
    </message>
    <message>
        <source>Cost per 1,000 listed patients: egenregi and private buyers (SEK)</source>
        <translation>Kostnad per 1 000 listade patienter: egenregi och privata köpare (kr)</translation>
    </message>
    <message>
        <source>Change around each event, with 95% interval (%)</source>
        <translation>Förändring kring varje händelse, med 95 % intervall (%)</translation>
    </message>
    <message>
        <source>Spread between buyers, lab per 1,000 listed (%)</source>
        <translation>Spridning mellan köpare, lab per 1 000 listade (%)</translation>
    </message>
    <message>
        <source>PNA share of the analyses PNA can replace (%)</source>
        <translation>PNA:s andel av de analyser PNA kan ersätta (%)</translation>
    </message>
    <message>
        <source>Lab per 1,000 listed patients, each buyer (with feedback in colour)</source>
        <translation>Lab per 1 000 listade patienter, varje köpare (med återkoppling i färg)</translation>
    </message>
    <message>
        <source>A chart of the evaluation; its figures are in the text beside it</source>
        <translation>Ett diagram i utvärderingen; siffrorna står i texten bredvid</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Lab</translation>
    </message>
    <message>
        <source>Radiology</source>
        <translation>Radiologi</translation>
    </message>
    <message>
        <source>PNA</source>
        <translation>PNA</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>Egenregi</source>
        <translation>Egenregi</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privata</translation>
    </message>
    <message>
        <source>Pricing change</source>
        <translation>Prisändring</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Återkoppling</translation>
    </message>
    <message>
        <source>PNA introduced</source>
        <translation>PNA infört</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>Import volume history…</source>
        <translation>Importera volymhistorik…</translation>
    </message>
    <message>
        <source>Read what the lab and radiology systems export into the project</source>
        <translation>Läs in det som lab- och röntgensystemen exporterar i projektet</translation>
    </message>
    <message>
        <source>The three questions of the evaluation answered from the volume history</source>
        <translation>Utvärderingens tre frågor besvarade ur volymhistoriken</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Events on the time line</source>
        <translation>Händelser på tidslinjen</translation>
    </message>
    <message>
        <source>Pricing changes, start of consultative feedback and PNA introduction</source>
        <translation>Prisändringar, start av konsultativ återkoppling och införande av PNA</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Buyers touched</source>
        <translation>Berörda köpare</translation>
    </message>
    <message>
        <source>Change (95% interval)</source>
        <translation>Förändring (95 % intervall)</translation>
    </message>
    <message>
        <source>One row per event with what the history says it did</source>
        <translation>En rad per händelse med vad historiken säger att den ledde till</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>Add event…</source>
        <translation>Lägg till händelse…</translation>
    </message>
    <message>
        <source>Add a pricing change, the start of feedback or PNA to the time line</source>
        <translation>Lägg till en prisändring, start av återkoppling eller PNA på tidslinjen</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Ta bort händelse</translation>
    </message>
    <message>
        <source>Delete the selected event from the time line</source>
        <translation>Ta bort den markerade händelsen från tidslinjen</translation>
    </message>
    <message>
        <source>What-if: estimated or assumed</source>
        <translation>Beräkning: skattat eller antaget</translation>
    </message>
    <message>
        <source>Which figures of the what-if the history estimates and which are assumptions</source>
        <translation>Vilka siffror i beräkningen som historiken skattar och vilka som är antaganden</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Siffra</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Each volume response and the feedback effect: estimated from the history or assumed</source>
        <translation>Varje volymrespons och återkopplingens effekt: skattad ur historiken eller antagen</translation>
    </message>
    <message>
        <source>Estimated and assumed figures</source>
        <translation>Skattade och antagna siffror</translation>
    </message>
    <message>
        <source>Use the estimated figures in this scenario</source>
        <translation>Använd de skattade siffrorna i det här scenariot</translation>
    </message>
    <message>
        <source>Put the figures the history estimates into this scenario&apos;s assumptions (one undo step)</source>
        <translation>För in siffrorna som historiken skattar i scenariots antaganden (ett ångra-steg)</translation>
    </message>
    <message>
        <source>The project has no volume history yet. Import what the lab and radiology systems export (File → Import volume history…) to answer the questions with figures.</source>
        <translation>Projektet har ingen volymhistorik ännu. Importera det som lab- och röntgensystemen exporterar (Arkiv → Importera volymhistorik…) för att besvara frågorna med siffror.</translation>
    </message>
    <message>
        <source>Volume history %1–%2: %3, %4.</source>
        <translation>Volymhistorik %1–%2: %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n buyer(s)</source>
        <translation>
            <numerusform>%n köpare</numerusform>
            <numerusform>%n köpare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n tjänst</numerusform>
            <numerusform>%n tjänster</numerusform>
        </translation>
    </message>
    <message>
        <source>estimated from the history (95% interval %1 … %2)</source>
        <translation>skattad ur historiken (95 % intervall %1 … %2)</translation>
    </message>
    <message>
        <source>assumed</source>
        <translation>antagen</translation>
    </message>
    <message>
        <source>Use the estimated figures</source>
        <translation>Använd de skattade siffrorna</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Add event</source>
        <translation>Lägg till händelse</translation>
    </message>
    <message>
        <source>Pricing change (a decision)</source>
        <translation>Prisändring (ett beslut)</translation>
    </message>
    <message>
        <source>Consultative feedback starts</source>
        <translation>Konsultativ återkoppling börjar</translation>
    </message>
    <message>
        <source>PNA introduced</source>
        <translation>PNA införs</translation>
    </message>
    <message>
        <source>(none: give a date)</source>
        <translation>(inget: ange ett datum)</translation>
    </message>
    <message>
        <source>fri nyttighet</source>
        <translation>fri nyttighet</translation>
    </message>
    <message>
        <source>styckpris</source>
        <translation>styckpris</translation>
    </message>
    <message>
        <source>fast avgift</source>
        <translation>fast avgift</translation>
    </message>
    <message>
        <source>blandad</source>
        <translation>blandad</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(inte angivet)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>(every supplier)</source>
        <translation>(alla leverantörer)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vad som hände</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>The decision in the register that changed the pricing; the event takes its date</source>
        <translation>Beslutet i registret som ändrade prissättningen; händelsen får dess datum</translation>
    </message>
    <message>
        <source>Pricing before</source>
        <translation>Prismodell före</translation>
    </message>
    <message>
        <source>The pricing model before the change</source>
        <translation>Prismodellen före ändringen</translation>
    </message>
    <message>
        <source>Pricing after</source>
        <translation>Prismodell efter</translation>
    </message>
    <message>
        <source>The pricing model after the change</source>
        <translation>Prismodellen efter ändringen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>The day it started, as 2015-01-01</source>
        <translation>Dagen då det började, som 2015-01-01</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Leverantör</translation>
    </message>
    <message>
        <source>The unit that gives the feedback</source>
        <translation>Enheten som ger återkopplingen</translation>
    </message>
    <message>
        <source>Buyers touched</source>
        <translation>Berörda köpare</translation>
    </message>
    <message>
        <source>The buyers it touched; none for a pricing change of every egenregi buyer</source>
        <translation>Köparna som berördes; inga för en prisändring som gäller alla köpare i egenregi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>What the event was</source>
        <translation>Vad händelsen var</translation>
    </message>
    <message>
        <source>Type the date as 2015-01-01.</source>
        <translation>Skriv datumet som 2015-01-01.</translation>
    </message>
    <message>
        <source>Choose the supplier that gives the feedback.</source>
        <translation>Välj leverantören som ger återkopplingen.</translation>
    </message>
    <message>
        <source>Choose the buyers the event touched.</source>
        <translation>Välj köparna som händelsen berörde.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Only the selected unit and the units below it</source>
        <translation>Bara den markerade enheten och enheterna under den</translation>
    </message>
    <message>
        <source>Only %1 and the units below it</source>
        <translation>Bara %1 och enheterna under den</translation>
    </message>
    <message>
        <source>Förslag till beslut: the proposed decision, in your own words.</source>
        <translation>Förslag till beslut, med egna ord.</translation>
    </message>
    <message>
        <source>Semicolon ; (Swedish Excel, decimal comma)</source>
        <translation>Semikolon ; (svenskt Excel, decimalkomma)</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <source>Every scenario in one model, one view each</source>
        <translation>Alla scenarier i en modell, en vy per scenario</translation>
    </message>
    <message>
        <source>None: a plain A4 document</source>
        <translation>Ingen: ett enkelt A4-dokument</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>The region&apos;s own Word template (.docx or .dotx) the paper is written into; empty: none</source>
        <translation>Regionens egen Word-mall (.docx eller .dotx) som beslutsunderlaget skrivs in i; tom: ingen</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Word-mall</translation>
    </message>
    <message>
        <source>Choose the Word template</source>
        <translation>Välj Word-mallen</translation>
    </message>
    <message>
        <source>What to write: the decision paper, tables, the chart or a model</source>
        <translation>Vad som ska skrivas: beslutsunderlaget, tabeller, schemat eller en modell</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Where the file is written</source>
        <translation>Var filen skrivs</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Välj filen som ska skrivas</translation>
    </message>
    <message>
        <source>The scenario to export</source>
        <translation>Scenariot som ska exporteras</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>The scenario the export compares with</source>
        <translation>Scenariot som exporten jämför med</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Jämför med</translation>
    </message>
    <message>
        <source>The language of the exported text</source>
        <translation>Språket i den exporterade texten</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Ticked: only the selected unit&apos;s subtree is exported</source>
        <translation>Markerad: bara den markerade enheten och enheterna under den exporteras</translation>
    </message>
    <message>
        <source>The case&apos;s diarienummer, printed in the header</source>
        <translation>Ärendets diarienummer, som står i sidhuvudet</translation>
    </message>
    <message>
        <source>The proposed decision for this export only; the stored one is kept</source>
        <translation>Förslaget till beslut bara för den här exporten; det sparade behålls</translation>
    </message>
    <message>
        <source>Dots per inch of the exported image</source>
        <translation>Punkter per tum i den exporterade bilden</translation>
    </message>
    <message>
        <source>The character between values; Swedish Excel expects a semicolon</source>
        <translation>Tecknet mellan värdena; svensk Excel väntar sig semikolon</translation>
    </message>
    <message>
        <source>CSV separator</source>
        <translation>Avgränsare i CSV</translation>
    </message>
    <message>
        <source>Ticked: one model holds every scenario, each as a view</source>
        <translation>Markerad: en modell innehåller alla scenarier, vart och ett som en vy</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Scenario:</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Jämför med:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <source>Reference (diarienummer):</source>
        <translation>Diarienummer:</translation>
    </message>
    <message>
        <source>Proposed decision:</source>
        <translation>Förslag till beslut:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Upplösning:</translation>
    </message>
    <message>
        <source>CSV separator:</source>
        <translation>CSV-avgränsare:</translation>
    </message>
    <message>
        <source>Word template:</source>
        <translation>Word-mall:</translation>
    </message>
    <message>
        <source>Write the file and close the dialog</source>
        <translation>Skriv filen och stäng dialogrutan</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportera till</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Word-dokument och mallar (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Välj en fil att exportera till.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
        <source>%1 has no förslag till beslut, and a decision paper is not printed without one. Write the proposed decision below (one point a line), then export again.</source>
        <translation>%1 saknar förslag till beslut, och ett beslutsunderlag skrivs inte ut utan ett. Skriv förslaget till beslut nedan (en punkt per rad) och exportera igen.</translation>
    </message>
    <message>
        <source>Analysing and writing %1 …</source>
        <translation>Analyserar och skriver %1 …</translation>
    </message>
    <message>
        <source>Drawing %1 …</source>
        <translation>Ritar %1 …</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exporterade %1</translation>
    </message>
</context>
<context>
    <name>FileManager</name>
    <message>
        <source>New project</source>
        <translation>Nytt projekt</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Nuläge</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projektet kan inte öppnas</translation>
    </message>
    <message>
        <source>%1 cannot be opened:

%2</source>
        <translation>%1 kan inte öppnas:

%2</translation>
    </message>
    <message>
        <source>The example opened as an untitled copy: Save asks where to keep it.</source>
        <translation>Exemplet öppnades som en namnlös kopia: Spara frågar var den ska sparas.</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>Projektet kan inte sparas</translation>
    </message>
    <message>
        <source>%1 is the example that comes with orgdesigner and is not changed. Save the project under another name or in another folder.</source>
        <translation>%1 är exemplet som följer med orgdesigner och ändras inte. Spara projektet under ett annat namn eller i en annan mapp.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2

The file on disk is unchanged.</source>
        <translation>%1 kunde inte sparas: %2

Filen på disken är oförändrad.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Sparade %1</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Återgå till sparad</translation>
    </message>
    <message>
        <source>Discard every change since the last save of %1?</source>
        <translation>Vill du kasta alla ändringar sedan %1 sparades senast?</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisk sparning misslyckades: %1</translation>
    </message>
    <message>
        <source>An unsaved project</source>
        <translation>Ett osparat projekt</translation>
    </message>
    <message>
        <source>%1, autosaved %2 at %3</source>
        <translation>%1, autosparat %2 kl. %3</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Kan inte återställa</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>must be a whole number</source>
        <translation>ska vara ett heltal</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>ska vara ett tal</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>ska vara true eller false</translation>
    </message>
    <message>
        <source>not valid JSON: the file is damaged or cut short</source>
        <translation>inte giltig JSON: filen är skadad eller avbruten</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in one object; keep one (a merge done by hand?)</source>
        <translation>nyckeln ”%1” står två gånger i samma objekt; behåll en av dem (en sammanslagning gjord för hand?)</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in the entry with id &quot;%2&quot;; keep one (a merge done by hand?)</source>
        <translation>nyckeln ”%1” står två gånger i posten med id ”%2”; behåll en av dem (en sammanslagning gjord för hand?)</translation>
    </message>
    <message>
        <source>written by a newer orgdesigner (format %1; this version reads up to %2): please update orgdesigner</source>
        <translation>sparad av en nyare orgdesigner (format %1; den här versionen läser upp till %2): uppdatera orgdesigner</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <source>is not a field this format has</source>
        <translation>är inget fält i det här formatet</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>ska vara text</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>ska vara en lista</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>ska vara ett objekt</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>ska vara något av %1</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD)</source>
        <translation>ska vara ett datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>rad %1, kolumn %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> eller </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find unit:</source>
        <translation>Sök enhet:</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>Type part of a unit&apos;s name; Enter selects the next match</source>
        <translation>Skriv en del av en enhets namn; Enter markerar nästa träff</translation>
    </message>
    <message>
        <source>Find unit</source>
        <translation>Sök enhet</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <source>Select the next unit whose name matches</source>
        <translation>Markera nästa enhet vars namn matchar</translation>
    </message>
    <message>
        <source>Close the find bar and return to the chart</source>
        <translation>Stäng sökfältet och gå tillbaka till schemat</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Stäng sökfältet</translation>
    </message>
    <message>
        <source>No unit named like “%1”</source>
        <translation>Ingen enhet heter något som liknar ”%1”</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Finding</source>
        <translation>Fynd</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>Acknowledged: %1</source>
        <translation>Kvitterat: %1</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Group by cause</source>
        <extracomment>the findings list&apos;s width from which the rule and units columns are shown beside the title a group with more findings starts closed (opening it lays out every row) the finding the planner selected (the matrix selects its cells) the current scenario&apos;s findings after every refresh (the matrix marks them); a list, sent as an object: a Signal(list) converts all 120,000 of a region&apos;s findings on every emit</extracomment>
        <translation>Gruppera efter orsak</translation>
    </message>
    <message>
        <source>Group by severity</source>
        <translation>Gruppera efter allvarlighetsgrad</translation>
    </message>
    <message>
        <source>Group by rule</source>
        <translation>Gruppera efter regel</translation>
    </message>
    <message>
        <source>How the findings are grouped: by cause, severity or rule</source>
        <translation>Hur fynden grupperas: efter orsak, allvarlighetsgrad eller regel</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Gruppering</translation>
    </message>
    <message>
        <source>Filter findings…</source>
        <translation>Filtrera fynd…</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation>Filtrera fynd</translation>
    </message>
    <message>
        <source>Show only findings whose text contains this</source>
        <translation>Visa bara fynd vars text innehåller detta</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Fynd</translation>
    </message>
    <message>
        <source>Unclear responsibility found by the analysis; select one to read why it matters</source>
        <translation>Otydligt ansvar som analysen hittat; välj ett fynd för att läsa varför det spelar roll</translation>
    </message>
    <message>
        <source>Explanation of the finding</source>
        <translation>Förklaring av fyndet</translation>
    </message>
    <message>
        <source>Why the selected finding matters and how to fix it</source>
        <translation>Varför det valda fyndet spelar roll och hur det åtgärdas</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Kvittera…</translation>
    </message>
    <message>
        <source>Keep the finding with a comment saying why it is accepted</source>
        <translation>Behåll fyndet med en kommentar om varför det godtas</translation>
    </message>
    <message>
        <source>Withdraw acknowledgement</source>
        <translation>Dra tillbaka kvittering</translation>
    </message>
    <message>
        <source>Show the acknowledged finding as open again</source>
        <translation>Visa det kvitterade fyndet som öppet igen</translation>
    </message>
    <message>
        <source>Grouping:</source>
        <translation>Gruppering:</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 visas</translation>
    </message>
    <message>
        <source>Select a finding to see why it matters and how to fix it.</source>
        <translation>Välj ett fynd för att se varför det spelar roll och hur det brukar åtgärdas.</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Kvitterat</translation>
    </message>
    <message>
        <source>Acknowledge finding</source>
        <translation>Kvittera fynd</translation>
    </message>
    <message>
        <source>Why is this accepted? The comment is saved in the project.</source>
        <translation>Varför godtas detta? Kommentaren sparas i projektet.</translation>
    </message>
</context>
<context>
    <name>FlowsModel</name>
    <message>
        <source>Buyer</source>
        <translation>Köpare</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Baseline volume per year</source>
        <translation>Basvolym per år</translation>
    </message>
    <message>
        <source>Volume with assumptions</source>
        <translation>Volym med antaganden</translation>
    </message>
    <message>
        <source>Charge (SEK, as set)</source>
        <translation>Avgift (kr, som angivet)</translation>
    </message>
</context>
<context>
    <name>FunctionCatalogueModel</name>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Vårdval</source>
        <translation>Vårdval</translation>
    </message>
    <message>
        <source>Follows up</source>
        <translation>Följer upp</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>The vårdval function whose providers this function follows up: purchaser work, whatever the function is called</source>
        <translation>Den vårdvalsfunktion vars utförare funktionen följer upp: beställarens arbete, vad funktionen än heter</translation>
    </message>
</context>
<context>
    <name>HistoryImportDialog</name>
    <message>
        <source>Import volume history</source>
        <translation>Importera volymhistorik</translation>
    </message>
    <message>
        <source>The CSV or Excel file the volumes come from</source>
        <translation>CSV- eller Excelfilen som volymerna kommer från</translation>
    </message>
    <message>
        <source>Volume file</source>
        <translation>Volymfil</translation>
    </message>
    <message>
        <source>Volume file:</source>
        <translation>Volymfil:</translation>
    </message>
    <message>
        <source>Period (year or month)</source>
        <translation>Period (år eller månad)</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Köpare</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volym</translation>
    </message>
    <message>
        <source>Price per item (SEK)</source>
        <translation>Styckpris (kr)</translation>
    </message>
    <message>
        <source>Listed patients</source>
        <translation>Listade patienter</translation>
    </message>
    <message>
        <source>Buyer kind (egenregi/privat)</source>
        <translation>Köpartyp (egenregi/privat)</translation>
    </message>
    <message>
        <source>Replace the volumes already in the project (events are kept)</source>
        <translation>Ersätt volymerna som redan finns i projektet (händelserna behålls)</translation>
    </message>
    <message>
        <source>Off: the file&apos;s rows are added, replacing rows of the same period, buyer and service</source>
        <translation>Av: filens rader läggs till och ersätter rader med samma period, köpare och tjänst</translation>
    </message>
    <message>
        <source>Choose a CSV or XLSX file with one row per period, buyer and service.</source>
        <translation>Välj en CSV- eller XLSX-fil med en rad per period, köpare och tjänst.</translation>
    </message>
    <message>
        <source>Choose the columns for period, buyer, service and volume.</source>
        <translation>Välj kolumnerna för period, köpare, tjänst och volym.</translation>
    </message>
    <message>
        <source>%1: %2 can be imported, %3.</source>
        <translation>%1: %2 kan importeras, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rad</numerusform>
            <numerusform>%n rader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s)</source>
        <translation>
            <numerusform>%n felaktig rad</numerusform>
            <numerusform>%n felaktiga rader</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import units</source>
        <translation>Importera enheter</translation>
    </message>
    <message>
        <source>The CSV or Excel file the units come from</source>
        <translation>Den CSV- eller Excelfil som enheterna kommer från</translation>
    </message>
    <message>
        <source>Units file</source>
        <translation>Enhetsfil</translation>
    </message>
    <message>
        <source>The Excel sheet to read</source>
        <translation>Excelbladet som ska läsas</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Blad</translation>
    </message>
    <message>
        <source>Units file:</source>
        <translation>Enhetsfil:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Blad:</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Överordnad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Budget (SEK)</source>
        <translation>Budget (kr)</translation>
    </message>
    <message>
        <source>Staff (FTE)</source>
        <translation>Personal (årsarbetare)</translation>
    </message>
    <message>
        <source>Listed patients</source>
        <translation>Listade patienter</translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation>Befogenheter</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Dotted lines to</source>
        <translation>Streckade linjer till</translation>
    </message>
    <message>
        <source>the parent&apos;s id</source>
        <translation>den överordnades id</translation>
    </message>
    <message>
        <source>the parent&apos;s name</source>
        <translation>den överordnades namn</translation>
    </message>
    <message>
        <source>e.g. XX, N/A, 0</source>
        <translation>t.ex. XX, N/A, 0</translation>
    </message>
    <message>
        <source>Whether the parent column names the parent unit by its id or by its name</source>
        <translation>Om kolumnen för överordnad anger den överordnade enheten med id eller med namn</translation>
    </message>
    <message>
        <source>Parent column holds</source>
        <translation>Kolumnen för överordnad anger</translation>
    </message>
    <message>
        <source>Values of the parent column that mean a top unit with no parent, separated by commas; an empty cell always does</source>
        <translation>Värden i kolumnen för överordnad som betyder en enhet högst upp utan överordnad, åtskilda med kommatecken; en tom cell betyder alltid det</translation>
    </message>
    <message>
        <source>Values meaning no parent</source>
        <translation>Värden som betyder ingen överordnad</translation>
    </message>
    <message>
        <source>Parent column holds:</source>
        <translation>Kolumnen för överordnad anger:</translation>
    </message>
    <message>
        <source>Values meaning no parent:</source>
        <translation>Värden som betyder ingen överordnad:</translation>
    </message>
    <message>
        <source>No roles file (optional).</source>
        <translation>Ingen rollfil (valfritt).</translation>
    </message>
    <message>
        <source>Roles file…</source>
        <translation>Rollfil…</translation>
    </message>
    <message>
        <source>Optionally choose a file of roles (unit, function, responsibility, role)</source>
        <translation>Välj om du vill en fil med roller (enhet, funktion, ansvar, roll)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importerat</translation>
    </message>
    <message>
        <source>New scenario:</source>
        <translation>Nytt scenario:</translation>
    </message>
    <message>
        <source>The name of the scenario the import creates</source>
        <translation>Namnet på scenariot som importen skapar</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt)</source>
        <translation>Tabeller (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Choose a CSV or XLSX file with one row per unit.</source>
        <translation>Välj en CSV- eller XLSX-fil med en rad per enhet.</translation>
    </message>
    <message>
        <source>Choose the columns for id, parent and name.</source>
        <translation>Välj kolumnerna för id, överordnad och namn.</translation>
    </message>
    <message>
        <source>Roles: %1 (%2, %3)</source>
        <translation>Roller: %1 (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rad</numerusform>
            <numerusform>%n rader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad</source>
        <translation>
            <numerusform>%n felaktig</numerusform>
            <numerusform>%n felaktiga</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 can be imported, %3.</source>
        <translation>%1: %2 kan importeras, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n enhet</numerusform>
            <numerusform>%n enheter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s)</source>
        <translation>
            <numerusform>%n felaktig rad</numerusform>
            <numerusform>%n felaktiga rader</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importera %1</translation>
    </message>
</context>
<context>
    <name>KeyboardNavigation</name>
    <message>
        <source>&amp;Next part</source>
        <extracomment>a dock and the widget in it that takes the focus (built when asked: a panel may be built late)</extracomment>
        <translation>&amp;Nästa del</translation>
    </message>
    <message>
        <source>&amp;Previous part</source>
        <translation>&amp;Föregående del</translation>
    </message>
</context>
<context>
    <name>LargeChartDialog</name>
    <message>
        <source>Wheel or + and − zoom, drag pans, 0 fits</source>
        <translation>Hjulet eller + och − zoomar, dra för att panorera, 0 anpassar</translation>
    </message>
</context>
<context>
    <name>LegendWidget</name>
    <message>
        <source>form (intraprenad, group management …)</source>
        <translation>form (intraprenad, koncernledning …)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Organisation chart</source>
        <translation>Organisationsschema</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarier</translation>
    </message>
    <message>
        <source>The project&apos;s scenarios; the selected one is shown</source>
        <translation>Projektets scenarier; det valda visas</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>The current scenario&apos;s units as an outline</source>
        <translation>Det aktuella scenariots enheter som en disposition</translation>
    </message>
    <message>
        <source>Scenarios and units</source>
        <translation>Scenarier och enheter</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Egenskaper</translation>
    </message>
    <message>
        <source>Findings appear here once the analysis is installed.</source>
        <translation>Fynden visas här när analysen är installerad.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Fynd</translation>
    </message>
    <message>
        <source>Every edit in order; select one to undo or redo back to it</source>
        <translation>Varje ändring i tur och ordning; välj en för att ångra eller göra om fram till den</translation>
    </message>
    <message>
        <source>Findings: %1, %2</source>
        <translation>Fynd: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fel</numerusform>
            <numerusform>%n fel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n varning</numerusform>
            <numerusform>%n varningar</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Ångrahistorik</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopia)</translation>
    </message>
    <message>
        <source>As opened</source>
        <translation>Som när projektet öppnades</translation>
    </message>
    <message>
        <source>Internal trade</source>
        <translation>Internhandel</translation>
    </message>
    <message>
        <source>Go &amp;to</source>
        <translation>Gå &amp;till</translation>
    </message>
    <message>
        <source>The current scenario&apos;s units and reporting lines; arrow keys walk the tree</source>
        <translation>Det valda scenariots enheter och rapportvägar; piltangenterna går i trädet</translation>
    </message>
    <message>
        <source>Who develops, orders and delivers each function; type a role letter in a cell</source>
        <translation>Vem som utvecklar, beställer och levererar varje funktion; skriv en rollbokstav i en cell</translation>
    </message>
    <message>
        <source>Two to four scenarios side by side: differences, metrics and findings</source>
        <translation>Två till fyra scenarier sida vid sida: skillnader, mått och fynd</translation>
    </message>
    <message>
        <source>Lab, radiology and PNA: what they cost each buyer and the region under each pricing model</source>
        <translation>Labb, röntgen och PNA: vad de kostar varje köpare och regionen med varje prismodell</translation>
    </message>
    <message>
        <source>Docks tabbed together; choose one to show it</source>
        <translation>Paneler samlade som flikar; välj en för att visa den</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n enhet</numerusform>
            <numerusform>%n enheter</numerusform>
        </translation>
    </message>
    <message>
        <source>analysis failed</source>
        <translation>analysen misslyckades</translation>
    </message>
    <message>
        <source>Responsibility matrix</source>
        <translation>Ansvarsmatris</translation>
    </message>
    <message>
        <source>Dott&amp;ed lines</source>
        <translation>&amp;Streckade linjer</translation>
    </message>
    <message>
        <source>The language changes at the next start.</source>
        <translation>Språket byts vid nästa start.</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Scenario</translation>
    </message>
    <message>
        <source>Compare scenarios</source>
        <translation>Jämför scenarier</translation>
    </message>
</context>
<context>
    <name>MatrixTab</name>
    <message>
        <source>Responsibility matrix</source>
        <extracomment>the comparison planners make most often: purchaser against own providers</extracomment>
        <translation>Ansvarsmatris</translation>
    </message>
    <message>
        <source>Functions by units; each cell holds the roles for development, ordering and delivery</source>
        <translation>Funktioner mot enheter; varje cell har rollerna för utveckling, beställning och leverans</translation>
    </message>
    <message>
        <source>Transpose</source>
        <translation>Transponera</translation>
    </message>
    <message>
        <source>Units as rows, functions as columns</source>
        <translation>Enheter som rader, funktioner som kolumner</translation>
    </message>
    <message>
        <source>Only beställarenhet and egenregi</source>
        <translation>Bara beställarenhet och egenregi</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alla kategorier</translation>
    </message>
    <message>
        <source>Choose which unit categories the matrix shows as columns</source>
        <translation>Välj vilka enhetskategorier matrisen visar som kolumner</translation>
    </message>
    <message>
        <source>Show only the units under this unit</source>
        <translation>Visa bara enheterna under den här enheten</translation>
    </message>
    <message>
        <source>Subtree</source>
        <translation>Delträd</translation>
    </message>
    <message>
        <source>Only units with roles</source>
        <translation>Bara enheter med roller</translation>
    </message>
    <message>
        <source>Hide the units that hold no role for the shown functions</source>
        <translation>Dölj enheter som inte har någon roll för de visade funktionerna</translation>
    </message>
    <message>
        <source>Filter functions…</source>
        <translation>Sök funktion…</translation>
    </message>
    <message>
        <source>Filter functions</source>
        <translation>Filtrera funktioner</translation>
    </message>
    <message>
        <source>Show only functions whose name contains this</source>
        <translation>Visa bara funktioner vars namn innehåller detta</translation>
    </message>
    <message>
        <source>Function catalogue…</source>
        <translation>Funktionskatalog…</translation>
    </message>
    <message>
        <source>Add, rename or delete functions and set their category</source>
        <translation>Lägg till, byt namn på eller ta bort funktioner och ange deras kategori</translation>
    </message>
    <message>
        <source>Subtree:</source>
        <translation>Gren:</translation>
    </message>
    <message>
        <source>Units: all categories</source>
        <translation>Enheter: alla kategorier</translation>
    </message>
    <message>
        <source>Units: %1</source>
        <translation>Enheter: %1</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Hela organisationen</translation>
    </message>
    <message>
        <source>Type a letter, Delete clears, paste a block from Excel; a red corner marks a finding.</source>
        <translation>Skriv en bokstav, Delete rensar, klistra in ett block från Excel; ett rött hörn markerar ett fynd.</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Clear roles</source>
        <extracomment>the pasted block&apos;s problems as a ready message (empty when all cells were read)</extracomment>
        <translation>Rensa roller</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n role(s)</source>
        <translation>
            <numerusform>Klistra in %n roll</numerusform>
            <numerusform>Klistra in %n roller</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Klistra in</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) could not be read and were left unchanged:</source>
        <translation>
            <numerusform>%n cell kunde inte läsas och lämnades oförändrad:</numerusform>
            <numerusform>%n celler kunde inte läsas och lämnades oförändrade:</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>rad %1, kolumn %2</translation>
    </message>
    <message>
        <source>outside the matrix</source>
        <translation>utanför matrisen</translation>
    </message>
    <message>
        <source>not a role</source>
        <translation>inte en roll</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… och %n till</numerusform>
            <numerusform>… och %n till</numerusform>
        </translation>
    </message>
    <message>
        <source>Roles are: %1; an empty cell clears.</source>
        <translation>Rollerna är: %1; en tom cell rensar.</translation>
    </message>
    <message numerus="yes">
        <source>The other %n cell(s) were applied as one undo step.</source>
        <translation>
            <numerusform>Den återstående cellen (%n) infördes som ett ångrasteg.</numerusform>
            <numerusform>De övriga %n cellerna infördes som ett ångrasteg.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
</context>
<context>
    <name>MiniChart</name>
    <message>
        <source>Scenario chart</source>
        <translation>Scenariots organisationsschema</translation>
    </message>
    <message>
        <source>The compared scenario&apos;s organisation chart; differences are outlined</source>
        <translation>Det jämförda scenariots organisationsschema; skillnaderna är markerade</translation>
    </message>
    <message>
        <source>Enlarge…</source>
        <translation>Förstora…</translation>
    </message>
    <message>
        <source>Open this chart large, with zoom and pan (or double-click it)</source>
        <translation>Öppna schemat stort, med zoom och panorering (eller dubbelklicka på det)</translation>
    </message>
</context>
<context>
    <name>OmvarldDialog</name>
    <message>
        <source>Compare with other regions – %1</source>
        <translation>Jämför med andra regioner – %1</translation>
    </message>
    <message>
        <source>Each region under the archetype its facts fit, every fact with the year and address of its source.</source>
        <translation>Varje region under den arketyp dess uppgifter passar, varje uppgift med år och adress för källan.</translation>
    </message>
    <message>
        <source>&amp;Try on a copy</source>
        <translation>&amp;Pröva på en kopia</translation>
    </message>
    <message>
        <source>Applies the chosen archetype to a new copy of the scenario (one undo step).</source>
        <translation>Tillämpar den valda arketypen på en ny kopia av scenariot (ett ångrasteg).</translation>
    </message>
    <message>
        <source>&amp;Where the scenario stands, beside each archetype applied to a copy of it:</source>
        <translation>&amp;Var scenariot står, bredvid varje arketyp tillämpad på en kopia av det:</translation>
    </message>
    <message>
        <source>Other regions&apos; &amp;facts (source and year of each):</source>
        <translation>Andra regioners &amp;fakta (källa och år för varje):</translation>
    </message>
    <message>
        <source>Like %1.</source>
        <translation>Som %1.</translation>
    </message>
    <message>
        <source>Cannot be tried here: %1</source>
        <translation>Kan inte prövas här: %1</translation>
    </message>
    <message>
        <source>Rows: the questions of how the own primary care is run; columns: the scenario, then each archetype applied to a copy of it.</source>
        <translation>Rader: frågorna om hur den egna primärvården styrs; kolumner: scenariot och sedan varje arketyp tillämpad på en kopia av det.</translation>
    </message>
    <message>
        <source>The scenario stands nearest to: %1.</source>
        <translation>Scenariot står närmast: %1.</translation>
    </message>
    <message>
        <source>Fits none of the archetypes</source>
        <translation>Passar ingen av arketyperna</translation>
    </message>
    <message>
        <source>Sweden as a whole</source>
        <translation>Hela landet</translation>
    </message>
    <message>
        <source>facts gathered %1</source>
        <translation>uppgifterna insamlade %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Källa: %1</translation>
    </message>
    <message>
        <source>Apply “%1” to a new copy of the scenario</source>
        <translation>Tillämpa ”%1” på en ny kopia av scenariot</translation>
    </message>
    <message>
        <source>Try %1 on a copy</source>
        <translation>Pröva %1 på en kopia</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
</context>
<context>
    <name>OverlayChooser</name>
    <message>
        <source>Show on the chart who develops, orders and delivers this function</source>
        <translation>Visa i schemat vem som utvecklar, beställer och levererar funktionen</translation>
    </message>
    <message>
        <source>Responsibility for function</source>
        <translation>Ansvar för funktion</translation>
    </message>
    <message>
        <source>Responsibility for function:</source>
        <translation>Ansvar för funktion:</translation>
    </message>
    <message>
        <source>dashed line: ordering unit → delivering units</source>
        <translation>streckad linje: beställande enhet → levererande enheter</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>PlanScheduleTable</name>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>The plan&apos;s steps; edit a step&apos;s phase, date (YYYY-MM-DD) or owner</source>
        <translation>Planens steg; ändra ett stegs fas, datum (ÅÅÅÅ-MM-DD) eller ansvarig</translation>
    </message>
    <message>
        <source>Steps of the plan</source>
        <translation>Planens steg</translation>
    </message>
    <message>
        <source>%1: not a date; write it as YYYY-MM-DD</source>
        <translation>%1: inget datum; skriv det som ÅÅÅÅ-MM-DD</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Presentera</translation>
    </message>
    <message>
        <source>Finding&amp;s in the presentation</source>
        <translation>Fyn&amp;d i presentationen</translation>
    </message>
    <message>
        <source>Leave presentation</source>
        <translation>Avsluta presentationen</translation>
    </message>
</context>
<context>
    <name>PrintChartDialog</name>
    <message>
        <source>Print chart</source>
        <translation>Skriv ut organisationsschemat</translation>
    </message>
    <message>
        <source>&amp;Fit to one page</source>
        <translation>&amp;Anpassa till en sida</translation>
    </message>
    <message>
        <source>&amp;Poster over several pages</source>
        <translation>&amp;Affisch över flera sidor</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Pappersstorlek</translation>
    </message>
    <message>
        <source>A4 or A3; a poster uses whichever orientation needs fewer sheets</source>
        <translation>A4 eller A3; en affisch använder den orientering som kräver färre ark</translation>
    </message>
    <message>
        <source>The whole chart on one sheet, with the scenario&apos;s name above it</source>
        <translation>Hela schemat på ett ark, med scenariots namn ovanför</translation>
    </message>
    <message>
        <source>The chart at readable size, tiled over several sheets with overlap marks</source>
        <translation>Schemat i läsbar storlek, uppdelat på flera ark med överlappsmärken</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>&amp;Papper:</translation>
    </message>
    <message>
        <source>Only “%1” and the units under it</source>
        <translation>Bara ”%1” och enheterna under den</translation>
    </message>
    <message>
        <source>Only the selected unit and the units under it</source>
        <translation>Bara den valda enheten och enheterna under den</translation>
    </message>
    <message>
        <source>Ticked: only the selected unit and the units under it are printed</source>
        <translation>Markerad: bara den markerade enheten och enheterna under den skrivs ut</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Förhandsgranska…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Show the pages as they will print</source>
        <translation>Visa sidorna så som de skrivs ut</translation>
    </message>
    <message>
        <source>Choose a printer and print</source>
        <translation>Välj skrivare och skriv ut</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sida</numerusform>
            <numerusform>%n sidor</numerusform>
        </translation>
    </message>
    <message>
        <source>names at %1 pt on paper</source>
        <translation>namnen i %1 punkter på papper</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>The selected unit&apos;s name, category, form, figures, decisions and notes</source>
        <translation>Den markerade enhetens namn, kategori, form, siffror, beslut och anteckningar</translation>
    </message>
    <message>
        <source>Properties of the selected unit</source>
        <translation>Den markerade enhetens egenskaper</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>The selected unit&apos;s name; Enter renames it</source>
        <translation>Den markerade enhetens namn; Enter byter namn</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>The unit&apos;s category (its colour on the chart)</source>
        <translation>Enhetens kategori (dess färg i schemat)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>How the unit is run: line unit, intraprenad or group management</source>
        <translation>Hur enheten drivs: linjeenhet, intraprenad eller koncernledning</translation>
    </message>
    <message>
        <source>The unit&apos;s yearly budget in kronor; empty when not known</source>
        <translation>Enhetens årsbudget i kronor; tom när den inte är känd</translation>
    </message>
    <message>
        <source>The unit&apos;s staff in full-time equivalents (årsarbetare)</source>
        <translation>Enhetens personal i årsarbetare</translation>
    </message>
    <message>
        <source>Patients listed at the unit (vårdval)</source>
        <translation>Patienter listade vid enheten (vårdval)</translation>
    </message>
    <message>
        <source>Budget (SEK)</source>
        <translation>Budget (kr)</translation>
    </message>
    <message>
        <source>Staff (FTE)</source>
        <translation>Personal (årsarbetare)</translation>
    </message>
    <message>
        <source>Listed patients</source>
        <translation>Listade patienter</translation>
    </message>
    <message>
        <source>Authorities (befogenheter)</source>
        <translation>Befogenheter</translation>
    </message>
    <message>
        <source>What the unit may decide itself; tick an authority to grant it</source>
        <translation>Vad enheten får besluta själv; markera en befogenhet för att ge den</translation>
    </message>
    <message>
        <source>Ticked: the unit has this authority (befogenhet)</source>
        <translation>Markerad: enheten har den här befogenheten</translation>
    </message>
    <message>
        <source>Decisions it rests on</source>
        <translation>Beslut som enheten vilar på</translation>
    </message>
    <message>
        <source>Tick the decisions this unit&apos;s organisation rests on</source>
        <translation>Kryssa för de beslut som enhetens organisation vilar på</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Free notes on the selected unit</source>
        <translation>Fria anteckningar om den valda enheten</translation>
    </message>
    <message>
        <source>Select a unit to see its properties.</source>
        <translation>Välj en enhet för att se dess egenskaper.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n units&lt;/b&gt; selected: changes apply to all of them.</source>
        <translation>
            <numerusform>&lt;b&gt;%n enhet&lt;/b&gt; vald: ändringar gäller den.</numerusform>
            <numerusform>&lt;b&gt;%n enheter&lt;/b&gt; valda: ändringar gäller alla.</numerusform>
        </translation>
    </message>
    <message>
        <source>(several values)</source>
        <translation>(flera värden)</translation>
    </message>
</context>
<context>
    <name>ScenarioList</name>
    <message>
        <source>Copy scenario</source>
        <translation>Kopiera scenario</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Ta bort scenario</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopia)</translation>
    </message>
</context>
<context>
    <name>ScenarioStatusDelegate</name>
    <message numerus="yes">
        <source>%n error(s) · %1</source>
        <translation>
            <numerusform>%n fel · %1</numerusform>
            <numerusform>%n fel · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioTools</name>
    <message>
        <source>New scenario as a &amp;copy</source>
        <translation>Nytt scenario som &amp;kopia</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Byt namn…</translation>
    </message>
    <message>
        <source>&amp;Describe…</source>
        <translation>B&amp;eskriv…</translation>
    </message>
    <message>
        <source>E&amp;ffective date…</source>
        <translation>&amp;Datum för ikraftträdande…</translation>
    </message>
    <message>
        <source>De&amp;lete scenario…</source>
        <translation>&amp;Ta bort scenario…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <source>Apply structure &amp;template…</source>
        <translation>Använd struktur&amp;mall…</translation>
    </message>
    <message>
        <source>&amp;Economic rules…</source>
        <translation>Ekonomiska &amp;regler…</translation>
    </message>
    <message>
        <source>Case and pro&amp;posed decision…</source>
        <translation>Ärende och &amp;förslag till beslut…</translation>
    </message>
    <message>
        <source>Compare with other re&amp;gions…</source>
        <translation>Jämför med andra re&amp;gioner…</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nytt scenario</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Kopians namn:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopia)</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Byt namn på scenario</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Describe scenario</source>
        <translation>Beskriv scenario</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beskrivning:</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Datum för ikraftträdande</translation>
    </message>
    <message>
        <source>The date the scenario would take effect (YYYY-MM-DD; empty for none):</source>
        <translation>Datum då scenariot skulle träda i kraft (ÅÅÅÅ-MM-DD; tomt för inget):</translation>
    </message>
    <message>
        <source>“%1” is not a date like 2018-03-01.</source>
        <translation>”%1” är inget datum av formen 2018-03-01.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the scenario “%1” with its %n unit(s)? You can undo this.</source>
        <translation>
            <numerusform>Ta bort scenariot ”%1” med dess %n enhet? Det går att ångra.</numerusform>
            <numerusform>Ta bort scenariot ”%1” med dess %n enheter? Det går att ångra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with other regions</source>
        <translation>Jämför med andra regioner</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Ta bort scenario</translation>
    </message>
    <message>
        <source>Structure templates</source>
        <translation>Strukturmallar</translation>
    </message>
    <message>
        <source>No templates found.</source>
        <translation>Inga mallar hittades.</translation>
    </message>
</context>
<context>
    <name>ServicesModel</name>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Leverantör</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Unit cost (SEK)</source>
        <translation>Styckkostnad (kr)</translation>
    </message>
    <message>
        <source>Pricing model</source>
        <translation>Prismodell</translation>
    </message>
    <message>
        <source>Price per item (SEK)</source>
        <translation>Styckpris (kr)</translation>
    </message>
    <message>
        <source>Fixed charge per year (SEK)</source>
        <translation>Fast avgift per år (kr)</translation>
    </message>
    <message>
        <source>Mixed: price per item (SEK)</source>
        <translation>Blandad: styckpris (kr)</translation>
    </message>
    <message>
        <source>Price for private providers (SEK)</source>
        <translation>Pris för privata utförare (kr)</translation>
    </message>
    <message>
        <source>PNA alternative</source>
        <translation>PNA-alternativ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>This service has no price for its pricing model</source>
        <translation>Tjänsten saknar pris för sin prismodell</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>TableImportDialog</name>
    <message>
        <source>Choose file…</source>
        <translation>Välj fil…</translation>
    </message>
    <message>
        <source>Choose the CSV or Excel file to import</source>
        <translation>Välj den CSV- eller Excelfil som ska importeras</translation>
    </message>
    <message>
        <source>The first rows of the file as read</source>
        <translation>Filens första rader som de lästes</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Filens första rader</translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <translation>Filens första rader:</translation>
    </message>
    <message>
        <source>Rows that cannot be imported, by row number and reason</source>
        <translation>Rader som inte kan importeras, med radnummer och orsak</translation>
    </message>
    <message>
        <source>Bad rows</source>
        <translation>Felaktiga rader</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Import good rows only</source>
        <translation>Importera bara korrekta rader</translation>
    </message>
    <message>
        <source>Import every row, as one undo step; refused while there are bad rows</source>
        <translation>Importera alla rader som ett ångrasteg; nekas så länge det finns felaktiga rader</translation>
    </message>
    <message>
        <source>Import the good rows and leave the bad ones out</source>
        <translation>Importera de korrekta raderna och hoppa över de felaktiga</translation>
    </message>
    <message>
        <source>The file&apos;s column that holds this field; none when the file lacks it</source>
        <translation>Den kolumn i filen som innehåller fältet; ingen om filen saknar det</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Which column of the file holds which field (guessed from the header)</source>
        <translation>Vilken kolumn i filen som innehåller vilket fält (gissat från rubrikraden)</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt)</source>
        <translation>Tabeller (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… och %1 till</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Apply structure template</source>
        <translation>Använd strukturmall</translation>
    </message>
    <message>
        <source>as the template says</source>
        <translation>enligt mallen</translation>
    </message>
    <message>
        <source>keep the unit</source>
        <translation>behåll enheten</translation>
    </message>
    <message>
        <source>the unit becomes the group unit</source>
        <translation>enheten blir koncernledning</translation>
    </message>
    <message>
        <source>insert a new unit above it</source>
        <translation>infoga en ny enhet ovanför</translation>
    </message>
    <message>
        <source>insert a new unit below it</source>
        <translation>infoga en ny enhet under</translation>
    </message>
    <message>
        <source>Units to change:</source>
        <translation>Enheter som ändras:</translation>
    </message>
    <message>
        <source>Agreement (decision)</source>
        <translation>Överenskommelse (beslut)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Id (diarienummer)</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gäller från</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gäller till</translation>
    </message>
    <message>
        <source>Apply to a new copy of the scenario, named</source>
        <translation>Tillämpa på en ny kopia av scenariot, med namnet</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <source>The structure to turn the subtree into</source>
        <translation>Strukturen som delträdet ska få</translation>
    </message>
    <message>
        <source>Apply to the subtree of</source>
        <translation>Tillämpa på grenen under</translation>
    </message>
    <message>
        <source>The unit whose subtree the template changes</source>
        <translation>Enheten vars delträd mallen ändrar</translation>
    </message>
    <message>
        <source>What happens to the chosen unit: kept, made the group unit, or a new unit above or below</source>
        <translation>Vad som händer med den valda enheten: den behålls, blir koncernenhet, eller en ny enhet läggs över eller under</translation>
    </message>
    <message>
        <source>Group unit</source>
        <translation>Koncernledning</translation>
    </message>
    <message>
        <source>Tick the units the template changes</source>
        <translation>Markera de enheter som mallen ändrar</translation>
    </message>
    <message>
        <source>Units to change</source>
        <translation>Enheter som ändras</translation>
    </message>
    <message>
        <source>The agreement the intraprenader rest on; it is added to the decision register</source>
        <translation>Överenskommelsen som intraprenaderna vilar på; den läggs till i beslutsregistret</translation>
    </message>
    <message>
        <source>The agreement&apos;s diarienummer</source>
        <translation>Överenskommelsens diarienummer</translation>
    </message>
    <message>
        <source>The agreement&apos;s title</source>
        <translation>Överenskommelsens rubrik</translation>
    </message>
    <message>
        <source>The first day the agreement applies, as YYYY-MM-DD</source>
        <translation>Första dagen överenskommelsen gäller, som ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>The last day the agreement applies, as YYYY-MM-DD; empty when open-ended</source>
        <translation>Sista dagen överenskommelsen gäller, som ÅÅÅÅ-MM-DD; tom när den gäller tills vidare</translation>
    </message>
    <message>
        <source>Ticked: the template works on a new copy and the current scenario stays as it is</source>
        <translation>Markerad: mallen arbetar på en ny kopia och det valda scenariot förblir som det är</translation>
    </message>
    <message>
        <source>The name of the new copy</source>
        <translation>Namnet på den nya kopian</translation>
    </message>
    <message>
        <source>Name of the new scenario</source>
        <translation>Det nya scenariots namn</translation>
    </message>
    <message>
        <source>Every change the template will make</source>
        <translation>Varje ändring som mallen gör</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>Det här ändras</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Tillämpa</translation>
    </message>
    <message>
        <source>Make the changes listed, as one undo step</source>
        <translation>Gör ändringarna i listan, som ett ångrasteg</translation>
    </message>
    <message>
        <source>&lt;b&gt;What will change&lt;/b&gt;</source>
        <translation>&lt;b&gt;Det här ändras&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 does not belong to egenregi: the template will restructure it as if it were egenregi&apos;s own providers. A template is meant for a branch of egenregi.</source>
        <translation>%1 hör inte till egenregin: mallen gör om den som om den vore egenregins egna utförare. En mall är tänkt för en gren av egenregin.</translation>
    </message>
    <message>
        <source>The agreement needs an id.</source>
        <translation>Överenskommelsen behöver ett diarienummer.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Inget att ändra.</translation>
    </message>
</context>
<context>
    <name>TradeCharts</name>
    <message>
        <source>Cost per buyer, as set (SEK per year)</source>
        <translation>Kostnad per köpare, som angivet (kr per år)</translation>
    </message>
    <message>
        <source>Total cost to the region per pricing model (SEK per year)</source>
        <translation>Total kostnad för regionen per prismodell (kr per år)</translation>
    </message>
    <message>
        <source>Bar chart of each buyer&apos;s yearly cost; the same figures are in the table</source>
        <translation>Stapeldiagram över varje köpares årliga kostnad; samma siffror står i tabellen</translation>
    </message>
    <message>
        <source>Bar chart of the region&apos;s total cost per pricing model; the same figures are in the table</source>
        <translation>Stapeldiagram över regionens totala kostnad per prismodell; samma siffror står i tabellen</translation>
    </message>
    <message>
        <source>SEK</source>
        <translation>kr</translation>
    </message>
</context>
<context>
    <name>TradeTab</name>
    <message>
        <source>Services and flows</source>
        <translation>Tjänster och flöden</translation>
    </message>
    <message>
        <source>Results and assumptions</source>
        <translation>Resultat och antaganden</translation>
    </message>
    <message>
        <source>The services medical-service units offer and who buys how much</source>
        <translation>Tjänsterna som enheterna inom medicinsk service erbjuder och vem som köper hur mycket</translation>
    </message>
    <message>
        <source>Evaluation of the history</source>
        <translation>Utvärdering av historiken</translation>
    </message>
    <message>
        <source>The three questions of the evaluation answered from the volume history</source>
        <translation>Utvärderingens tre frågor besvarade ur volymhistoriken</translation>
    </message>
    <message>
        <source>What the volume history says: the three questions answered with figures and charts</source>
        <translation>Vad volymhistoriken säger: de tre frågorna besvarade med siffror och diagram</translation>
    </message>
    <message>
        <source>Costs under each pricing model, the assumptions behind them and charts</source>
        <translation>Kostnaderna med varje prismodell, antagandena bakom dem och diagram</translation>
    </message>
    <message>
        <source>Services offered by medical-service units</source>
        <translation>Tjänster från enheter inom medicinsk service</translation>
    </message>
    <message>
        <source>Lab, radiology and other services, their supplier, unit cost and pricing</source>
        <translation>Labb, röntgen och andra tjänster, deras leverantör, styckkostnad och prissättning</translation>
    </message>
    <message>
        <source>One row per service; type or double-click a cell to edit it</source>
        <translation>En rad per tjänst; skriv eller dubbelklicka i en cell för att ändra den</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Tjänster</translation>
    </message>
    <message>
        <source>Add service</source>
        <translation>Lägg till tjänst</translation>
    </message>
    <message>
        <source>Delete service</source>
        <translation>Ta bort tjänst</translation>
    </message>
    <message>
        <source>Add a service row to the table</source>
        <translation>Lägg till en tjänsterad i tabellen</translation>
    </message>
    <message>
        <source>Delete the selected services</source>
        <translation>Ta bort de markerade tjänsterna</translation>
    </message>
    <message>
        <source>Trade flows: buyer × service × yearly volume</source>
        <translation>Handelsflöden: köpare × tjänst × årsvolym</translation>
    </message>
    <message>
        <source>How much each buyer uses of each service in a year</source>
        <translation>Hur mycket varje köpare använder av varje tjänst per år</translation>
    </message>
    <message>
        <source>One row per buyer and service; type or double-click a cell to edit it</source>
        <translation>En rad per köpare och tjänst; skriv eller dubbelklicka i en cell för att ändra den</translation>
    </message>
    <message>
        <source>Trade flows</source>
        <translation>Handelsflöden</translation>
    </message>
    <message>
        <source>Add flow</source>
        <translation>Lägg till flöde</translation>
    </message>
    <message>
        <source>Delete flows</source>
        <translation>Ta bort flöden</translation>
    </message>
    <message>
        <source>Import flows (CSV/XLSX)…</source>
        <translation>Importera flöden (CSV/XLSX)…</translation>
    </message>
    <message>
        <source>Add a flow row to the table</source>
        <translation>Lägg till en flödesrad i tabellen</translation>
    </message>
    <message>
        <source>Delete the selected flows</source>
        <translation>Ta bort de markerade flödena</translation>
    </message>
    <message>
        <source>Read buyer, service and volume rows from a CSV or Excel file</source>
        <translation>Läs rader med köpare, tjänst och volym från en CSV- eller Excelfil</translation>
    </message>
    <message>
        <source>Cost per buyer and to the region under each pricing model</source>
        <translation>Kostnad per köpare och för regionen med varje prismodell</translation>
    </message>
    <message>
        <source>Pricing models compared</source>
        <translation>Prismodellerna jämförda</translation>
    </message>
    <message>
        <source>New service %1</source>
        <translation>Ny tjänst %1</translation>
    </message>
    <message>
        <source>Add a service first</source>
        <translation>Lägg till en tjänst först</translation>
    </message>
    <message>
        <source>Every unit already buys every service</source>
        <translation>Alla enheter köper redan alla tjänster</translation>
    </message>
    <message>
        <source>Import trade flows</source>
        <translation>Importera handelsflöden</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Tabeller (*.csv *.xlsx);;Alla filer (*)</translation>
    </message>
    <message>
        <source>No scenario</source>
        <translation>Inget scenario</translation>
    </message>
    <message>
        <source>
… and %1 more</source>
        <translation>
… och %1 till</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:</source>
        <translation>Inget importerades från %1:</translation>
    </message>
</context>
<context>
    <name>_FollowsUpDelegate</name>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
</context>
</TS>
