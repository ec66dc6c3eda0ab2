"""Build the bundled example, examples/jamtland-primarvard-2017.orgd (`make example`).

A believable model of Region Jämtland Härjedalen's own primary care as the 2017 decisions
RS/1039/2017 and RS/1042/2017 describe it, and two alternatives. Names of the region's bodies
and of region-run hälsocentraler are real (public sources, see ../shared/domain.md); private
providers are anonymised; all figures are illustrative and say so.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from orgdesigner.io.project.project_file import save_project  # noqa: E402
from orgdesigner.model import (  # noqa: E402
    AssignmentKey,
    Authority,
    Decision,
    DottedKind,
    DottedLine,
    EconomicRules,
    Function,
    FunctionCategory,
    Project,
    Responsibility,
    Role,
    Scenario,
    StructureType,
    SurplusModel,
    Unit,
    UnitCategory,
    UnitForm,
)
from orgdesigner.model.commands.scenarios import copied_scenario  # noqa: E402

TARGET = ROOT / "examples" / "jamtland-primarvard-2017.orgd"

DEV, ORD, DEL = Responsibility.DEVELOPMENT, Responsibility.ORDERING, Responsibility.DELIVERY
A, U, R, INF = Role.ACCOUNTABLE, Role.PERFORMS, Role.CONSULTED, Role.INFORMED
GOV, PUR, OWN = UnitCategory.GOVERNANCE, UnitCategory.PURCHASER, UnitCategory.OWN_PROVIDER
PRIV, MED, SUP = UnitCategory.PRIVATE_PROVIDER, UnitCategory.MEDICAL_SERVICE, UnitCategory.SUPPORT

# Region-run hälsocentraler: id, name, listed patients (illustrative, 2,000–10,000).
HALSOCENTRALER = [
    ("hc-brunflo", "Brunflo hälsocentral", 6_800),
    ("hc-froso", "Frösö hälsocentral", 9_400),
    ("hc-odensala", "Odensala hälsocentral", 8_900),
    ("hc-torvalla", "Torvalla hälsocentral", 5_200),
    ("hc-lugnvik", "Lugnvik hälsocentral (med filial i Lit)", 9_800),
    ("hc-zatagrand", "Zätagränd hälsocentral", 7_600),
    ("hc-krokom", "Krokom hälsocentral", 7_100),
    ("hc-follinge", "Föllinge hälsocentral", 2_100),
    ("hc-are", "Åre hälsocentral", 6_300),
    ("hc-jarpen", "Järpen hälsocentral", 4_400),
    ("hc-bracke", "Bräcke hälsocentral", 3_900),
    ("hc-svenstavik", "Svenstavik hälsocentral", 2_600),
    ("hc-hammarstrand", "Hammarstrand hälsocentral", 3_100),
    ("hc-stromsund", "Strömsund hälsocentral", 6_900),
    ("hc-sveg", "Sveg hälsocentral", 4_600),
    ("hc-funasdalen", "Funäsdalen hälsocentral", 2_000),
]
#: the private vårdval providers: each answers for its own delivery under its agreement
PRIVATE = ["priv-a", "priv-b", "priv-coop", "priv-bygd"]
#: every vårdval provider, own and private
PROVIDERS = [uid for uid, _, _ in HALSOCENTRALER] + PRIVATE
SEK_PER_LISTED = 5_600  # illustrative: ~0.75 billion SEK for ~130,000 inhabitants

FUNCTIONS = [
    Function("vardval-pv", "Vårdval primärvård", FunctionCategory.CARE, True,
             "Primärvård enligt Hälsoval Region Jämtland Härjedalen (LOV); förfrågningsunderlaget beslutas av regionfullmäktige varje juni."),
    Function("utv-pv", "Utveckling av primärvårdens verksamhet", FunctionCategory.MANAGEMENT, False,
             "Verksamhetsutveckling, arbetssätt och nya vårdformer i primärvården (seedens 'utvecklingsansvar')."),
    Function("kvalitet", "Kvalitetsuppföljning", FunctionCategory.MANAGEMENT, False,
             "Uppföljning av utförarnas kvalitet och villkor enligt förfrågningsunderlaget.",
             follows_up="vardval-pv"),  # the purchaser's follow-up of the vårdval providers
    Function("digital-vard", "Digital vård", FunctionCategory.CARE, True,
             "Digitala vårdbesök och e-tjänster inom vårdvalet."),
    Function("lab", "Laboratorieanalyser", FunctionCategory.MEDICAL_SERVICE, False,
             "Klinisk kemi och mikrobiologi, säljs internt till hälsocentralerna (internhandel)."),
    Function("rtg", "Röntgen (radiologi)", FunctionCategory.MEDICAL_SERVICE, False,
             "Slätröntgen, ultraljud och DT, säljs internt till hälsocentralerna (internhandel)."),
    Function("pna", "Patientnära analyser (PNA)", FunctionCategory.MEDICAL_SERVICE, False,
             "Analyser vid hälsocentralen (CRP, glukos, Hb, Strep A) i stället för centrallab."),
    Function("hr", "Personal- och kompetensförsörjning", FunctionCategory.SUPPORT, False,
             "Rekrytering, bemanning och kompetensutveckling i egenregin."),
]

DECISIONS = [
    Decision("LS/935/2009", "Organisation för landstingsdriven primärvård (intraprenadliknande villkor)",
             date(2009, 11, 1), date(2018, 3, 1),
             "Landstingets primärvård ska arbeta på intraprenadliknande villkor. Upphör att gälla den 1 mars 2018 (RS/1039/2017)."),
    Decision("LS/42/2010", "Regler för över- och underskottshantering i primärvården",
             date(2010, 1, 1), date(2018, 3, 1),
             "Modell för att föra över över- och underskott till nästa år. Upphör att gälla den 1 mars 2018 (RS/1039/2017)."),
    Decision("RS/1039/2017", "Översyn av regelverket för konkurrensneutral organisation för primärvård i regionens regi",
             date(2017, 12, 6), None,
             "Uppdrag: se över organisationen, stärka koncernkänslan, utreda utvecklingsansvar egenregi kontra beställarenhet."),
    Decision("RS/1042/2017", "Utvärdering av regionens internhandel (§131)",
             date(2017, 5, 31), None,
             "Uppdrag: utvärdera köp/sälj av medicinska servicetjänster (lab, radiologi) inklusive PNA."),
    Decision("UTKAST/INTRAPRENAD/2018", "Intraprenadavtal för Åre och Krokom hälsocentraler",
             date(2018, 7, 1), date(2021, 6, 30),
             "Utkast, ej beslutat (illustrativt): avtal om resultatansvar, rätt att behålla överskott, bemannings- och inköpsbefogenhet."),
]


def _unit(uid: str, name: str, category: UnitCategory, parent: str | None, **kw) -> Unit:
    return Unit(uid, name, category, parent_id=parent, **kw)


def region_frame() -> list[Unit]:
    """Governance, purchaser, medical service, support and private providers (all scenarios)."""
    units = [
        _unit("rf", "Regionfullmäktige", GOV, None),
        _unit("vvn", "Vårdvalsnämnden", GOV, "rf", notes="Politiskt organ på beställarsidan 2016–2017."),
        _unit("rs", "Regionstyrelsen", GOV, "rf"),
        _unit("rd", "Regiondirektör", GOV, "rs", authorities=frozenset({Authority.BUDGET})),
        _unit("hsd", "Hälso- och sjukvårdsdirektör", GOV, "rd", authorities=frozenset({Authority.BUDGET})),
        _unit("best", "Beställarenheten Hälsoval", PUR, "rd",
              authorities=frozenset({Authority.BUDGET, Authority.DEVELOPMENT, Authority.PRICING}),
              budget_sek=12_000_000.0, staff_fte=9.0,
              notes="Skriver förfrågningsunderlaget, godkänner och ersätter alla utförare, följer upp. Namnet är neutralt valt."),
        _unit("cl", "Chefläkare", SUP, "hsd", staff_fte=2.0,
              notes="Medicinskt ledningsansvar: patientsäkerhet och medicinska riktlinjer för alla hälsocentraler."),
        _unit("ekdir", "Ekonomidirektör", SUP, "rd", staff_fte=25.0),
        _unit("digi", "Digitala tjänster", SUP, "rd", authorities=frozenset({Authority.BUDGET, Authority.DEVELOPMENT}),
              staff_fte=18.0),
        _unit("dts", "Område Diagnostik, teknik och service", MED, "hsd",
              authorities=frozenset({Authority.BUDGET, Authority.STAFFING, Authority.DEVELOPMENT, Authority.PRICING})),
        _unit("labmed", "Laboratoriemedicin Östersund", MED, "dts",
              authorities=frozenset({Authority.BUDGET, Authority.STAFFING, Authority.PRICING, Authority.DEVELOPMENT}),
              budget_sek=160_000_000.0, staff_fte=170.0),
        _unit("rtg-ost", "Röntgenavdelningen Östersunds sjukhus", MED, "dts",
              authorities=frozenset({Authority.BUDGET, Authority.STAFFING, Authority.PRICING}),
              budget_sek=140_000_000.0, staff_fte=120.0),
        _unit("priv-a", "Privat hälsocentral A (Östersund, anonymiserad)", PRIV, None, listed_patients=8_200),
        _unit("priv-b", "Privat hälsocentral B (anonymiserad)", PRIV, None, listed_patients=3_400),
        _unit("priv-coop", "Hälsocentral i ekonomisk förening (anonymiserad)", PRIV, None, listed_patients=2_900),
        _unit("priv-bygd", "Bygdeägd hälsocentral (anonymiserad)", PRIV, None, listed_patients=2_300),
    ]
    return units


def _halsocentral(uid: str, name: str, listed: int, parent: str, form: UnitForm, authorities: set[Authority]) -> Unit:
    return _unit(uid, name, OWN, parent, form=form, authorities=frozenset(authorities),
                 listed_patients=listed, budget_sek=float(listed * SEK_PER_LISTED),
                 staff_fte=round(listed / 450, 1))


def _medical_lines(s: Scenario) -> None:
    """Each own hälsocentral answers to the chefläkare on medical matters (a dotted line)."""
    for uid, _, _ in HALSOCENTRALER:
        s.units[uid].dotted_lines = (DottedLine("cl", DottedKind.PROFESSIONAL, "Medicinska frågor och patientsäkerhet"),)


def _assign(s: Scenario, rows: list[tuple[str, str, Responsibility, Role]]) -> None:
    for unit_id, function_id, responsibility, role in rows:
        s.assignments[AssignmentKey(unit_id, function_id, responsibility)] = role


def _common_assignments(s: Scenario, egenregi_head: str) -> None:
    """Roles that are the same in every scenario: the purchaser's side, every provider's own
    delivery and medical service."""
    rows = [
        ("best", "vardval-pv", DEV, A), ("vvn", "vardval-pv", DEV, INF),
        ("best", "vardval-pv", ORD, A), ("vvn", "vardval-pv", ORD, INF),
        # The beställarenhet follows up every provider against the förfrågningsunderlag (R11).
        ("best", "kvalitet", DEV, A), ("best", "kvalitet", ORD, A), ("best", "kvalitet", DEL, A),
        (egenregi_head, "kvalitet", DEL, INF),
        ("cl", "kvalitet", DEL, R),  # the chefläkare is consulted on the medical side of quality
        ("best", "digital-vard", ORD, A), ("digi", "digital-vard", DEL, A),
        ("dts", "lab", DEV, A), ("labmed", "lab", DEL, A), (egenregi_head, "lab", ORD, A),
        ("dts", "rtg", DEV, A), ("rtg-ost", "rtg", DEL, A), (egenregi_head, "rtg", ORD, A),
        ("labmed", "pna", DEV, A), (egenregi_head, "pna", ORD, A), (egenregi_head, "pna", DEL, A),
    ]
    # Each private hälsocentral answers for its own delivery under its agreement (LOV).
    rows += [(uid, "vardval-pv", DEL, A) for uid in PRIVATE]
    rows += [(uid, "pna", DEL, U) for uid, _, _ in HALSOCENTRALER]
    _assign(s, rows)


def nulage() -> Scenario:
    s = Scenario(
        "nulage-2017",
        "Nuläge 2017",
        description=(
            "Den regiondrivna primärvården så som översynen RS/1039/2017 (6 december 2017) beskriver den. "
            "LS/935/2009 och LS/42/2010 gäller ännu; regiondirektören föreslår att de upphör "
            "1 mars 2018. Område "
            "Primärvård har intraprenadliknande villkor på papperet (LS/935/2009) men inte de "
            "befogenheter som hör till; utvecklingsansvaret är delat mellan beställarenheten och "
            "egenregin. Siffror (listade, budget, årsarbetare) är illustrativa."
        ),
        effective_date=date(2017, 12, 6),
        structure=StructureType.LINE,
        economy=EconomicRules(SurplusModel.CARRY_OVER, 1.0, 1.0, 3_000_000.0, ("LS/42/2010",)),
    )
    units = region_frame()
    units.append(_unit("pv", "Område Primärvård (primärvårdschef)", OWN, "hsd", form=UnitForm.INTRAPRENAD,
                       authorities=frozenset({Authority.BUDGET}), decisions=("LS/935/2009",),
                       staff_fte=3.0, budget_sek=4_200_000.0,
                       notes="Ska enligt LS/935/2009 arbeta intraprenadlikt; cheferna känner inte till beslutet."))
    units.append(_unit("pv-stab", "Primärvårdens stab och utvecklingsenhet", OWN, "pv", staff_fte=8.0,
                       budget_sek=7_600_000.0))
    units += [_halsocentral(uid, name, n, "pv", UnitForm.LINE, {Authority.BUDGET}) for uid, name, n in HALSOCENTRALER]
    s.units = {u.id: u for u in units}
    _common_assignments(s, "pv")
    _medical_lines(s)
    _assign(s, [
        # In the line, the primärvårdschef answers for egenregi's vårdval delivery, which its
        # hälsocentraler perform (each private provider answers for its own).
        ("pv", "vardval-pv", DEL, A), *((uid, "vardval-pv", DEL, U) for uid, _, _ in HALSOCENTRALER),
        # The unclear development responsibility of the seeds: both sides claim it, for the vårdval
        # rules, for primary care's own development and for digital care.
        ("pv", "vardval-pv", DEV, A),
        ("best", "utv-pv", DEV, A), ("pv-stab", "utv-pv", DEV, U), ("pv", "utv-pv", DEV, A),
        ("pv", "utv-pv", ORD, A), ("pv", "utv-pv", DEL, A), ("pv-stab", "utv-pv", DEL, U),
        ("best", "digital-vard", DEV, A), ("pv-stab", "digital-vard", DEV, U),
        ("pv", "hr", DEV, A), ("pv", "hr", ORD, A), ("pv", "hr", DEL, A), ("pv-stab", "hr", DEL, U),
    ])
    return s


def koncern(base: Scenario) -> Scenario:
    """Egenregi as one group: group management, shared group functions, result units."""
    s = copied_scenario(base, "koncern-2018", "Koncern 2018")
    s.description = (
        "Egenregin som en koncern: en koncernledning för primärvården direkt under regiondirektören, "
        "koncerngemensamma funktioner för utveckling, kvalitet och HR, hälsocentralerna som "
        "resultatenheter i tre närområden och en ägare av utvecklingsansvaret inom egenregin. "
        "Beställarenheten ligger kvar utanför koncernen under regionledningen. Ingen över-/"
        "underskottsmodell (LS/42/2010 har upphört). Siffror är illustrativa."
    )
    s.structure = StructureType.KONCERN
    s.effective_date = date(2018, 3, 1)  # when LS/935/2009 and LS/42/2010 are proposed to end
    s.economy = EconomicRules(SurplusModel.NONE, decisions=("RS/1039/2017",))
    s.assignments = {}
    del s.units["pv"], s.units["pv-stab"]
    group = [
        _unit("kl", "Primärvårdens egenregi – koncernledning", OWN, "rd", form=UnitForm.GROUP_MANAGEMENT,
              authorities=frozenset({Authority.BUDGET, Authority.DEVELOPMENT, Authority.STAFFING,
                                     Authority.PURCHASING, Authority.RESULT_RESPONSIBILITY}),
              decisions=("RS/1039/2017",), notes="Primärvårdschefen leder koncernen.",
              staff_fte=4.0, budget_sek=5_400_000.0),
        _unit("kl-utv", "Koncerngemensam utveckling", SUP, "kl", staff_fte=6.0, budget_sek=5_700_000.0),
        _unit("kl-kval", "Koncerngemensam kvalitet", SUP, "kl", staff_fte=3.0, budget_sek=2_850_000.0),
        _unit("kl-hr", "Koncerngemensam HR och bemanning", SUP, "kl", staff_fte=5.0, budget_sek=4_500_000.0),
        _unit("no-ost", "Närområde Östersund", OWN, "kl", authorities=frozenset({Authority.BUDGET}),
              staff_fte=1.0, budget_sek=1_250_000.0),
        _unit("no-vast", "Närområde Jämtland väst och norr", OWN, "kl", authorities=frozenset({Authority.BUDGET}),
              staff_fte=1.0, budget_sek=1_250_000.0),
        _unit("no-syd", "Närområde Härjedalen och söder", OWN, "kl", authorities=frozenset({Authority.BUDGET}),
              staff_fte=1.0, budget_sek=1_250_000.0),
    ]
    areas = {
        "no-ost": ["hc-brunflo", "hc-froso", "hc-odensala", "hc-torvalla", "hc-lugnvik", "hc-zatagrand"],
        "no-vast": ["hc-krokom", "hc-follinge", "hc-are", "hc-jarpen", "hc-stromsund"],
        "no-syd": ["hc-bracke", "hc-svenstavik", "hc-hammarstrand", "hc-sveg", "hc-funasdalen"],
    }
    result_authorities = {Authority.BUDGET, Authority.STAFFING, Authority.PURCHASING, Authority.RESULT_RESPONSIBILITY}
    hcs = []
    for area, members in areas.items():
        for uid, name, n in HALSOCENTRALER:
            if uid in members:
                hcs.append(_halsocentral(uid, name, n, area, UnitForm.RESULT, result_authorities))
    frame = [u for u in s.units.values() if u.id not in {h.id for h in hcs}]
    s.units = {u.id: u for u in frame + group + hcs}
    s.structure_changed()
    _common_assignments(s, "kl")
    _medical_lines(s)
    _assign(s, [
        # One owner of development inside egenregi; the purchaser develops the scheme's rules only.
        ("kl", "utv-pv", DEV, A), ("kl-utv", "utv-pv", DEV, U), ("best", "utv-pv", DEV, INF),
        ("kl", "utv-pv", DEL, A), ("kl-utv", "utv-pv", DEL, U),
        # Vårdval: the beställarenhet develops the rules every provider works under (egenregi is
        # informed like every provider, R15), and each hälsocentral, own or private, is
        # accountable for its own delivery.
        ("kl", "vardval-pv", DEV, INF), ("kl", "vardval-pv", DEL, INF),
        *((area, "vardval-pv", DEL, INF) for area in areas),  # each närområde follows its own
        ("best", "digital-vard", DEV, A), ("digi", "digital-vard", DEV, R), ("kl-utv", "digital-vard", DEV, INF),
        # Following up the providers is the purchaser's work (R11): the koncern is informed like
        # every provider (R15), its quality unit consulted on the medical side of the follow-up.
        ("best", "kvalitet", DEV, A), ("kl", "kvalitet", DEV, INF),
        ("best", "kvalitet", DEL, A), ("kl", "kvalitet", DEL, INF), ("kl-kval", "kvalitet", DEL, R),
        ("kl", "hr", DEV, A), ("kl", "hr", ORD, A), ("kl-hr", "hr", DEL, A),
        # The group orders its own development work, with the mandates that go with
        # accountability ("tillit och befogenheter").
        ("kl", "utv-pv", ORD, A),
    ])
    # Each hälsocentral, own or private, answers for its own vårdval delivery.
    _assign(s, [(uid, "vardval-pv", DEL, A) for uid in PROVIDERS])
    return s


def intraprenad(base: Scenario) -> Scenario:
    """Åre and Krokom as intraprenader again, on an agreement still being drafted."""
    s = copied_scenario(base, "intraprenad-are-krokom", "Intraprenad Åre/Krokom")
    s.description = (
        "Åre och Krokom hälsocentraler blir intraprenader igen, som under 2006–2008, med ett nytt "
        "intraprenadavtal som är tänkt att gälla från den 1 juli 2018. Övriga hälsocentraler är kvar "
        "i linjen; LS/935/2009 gäller inte längre. Scenariot visar vad en intraprenad ännu saknar: "
        "ett avtal i kraft vid startdatum och, för Krokom, inköpsbefogenhet. Siffror är illustrativa."
    )
    s.structure = StructureType.INTRAPRENAD
    s.effective_date = date(2018, 3, 1)  # the same day as Koncern 2018, to compare them
    s.economy = EconomicRules(SurplusModel.INTRAPRENAD_KEEPS, decisions=("UTKAST/INTRAPRENAD/2018",))
    pv = s.units["pv"]
    pv.form, pv.decisions = UnitForm.LINE, ()
    pv.notes = "Linjeenhet; intraprenadvillkoren enligt LS/935/2009 har upphört."
    terms = {Authority.BUDGET, Authority.STAFFING, Authority.PURCHASING, Authority.SURPLUS_RETENTION,
             Authority.RESULT_RESPONSIBILITY}
    for uid, missing in (("hc-are", set()), ("hc-krokom", {Authority.PURCHASING})):
        unit = s.units[uid]
        unit.form = UnitForm.INTRAPRENAD
        unit.authorities = frozenset(terms - missing)
        unit.decisions = ("UTKAST/INTRAPRENAD/2018",)
    _assign(s, [("hc-are", "utv-pv", DEV, R), ("hc-krokom", "utv-pv", DEV, R)])
    return s


def build() -> Project:
    project = Project(
        name="Primärvårdens organisation – Region Jämtland Härjedalen 2017",
        organisation="Region Jämtland Härjedalen",
        reference="RS/1039/2017",
        description=(
            "Exempel: hur den regiondrivna primärvården (egenregin) kan organiseras efter översynen "
            "RS/1039/2017 och utvärderingen av internhandeln RS/1042/2017. Regionen hade 129 806 "
            "invånare vid slutet av 2017, 8 kommuner och cirka 30 hälsocentraler, de flesta i "
            "regionens regi. Namn på regionens organ och hälsocentraler är verkliga; privata "
            "utförare är anonymiserade; alla belopp, listningstal och årsarbetare är illustrativa."
        ),
        created=date(2017, 12, 6),
    )
    project.settings.top_management = "rd"  # ordering and own delivery may meet at the regiondirektör
    project.functions = {f.id: f for f in FUNCTIONS}
    project.decisions = {d.id: d for d in DECISIONS}
    now = nulage()
    for scenario in (now, koncern(now), intraprenad(now)):
        project.scenarios[scenario.id] = scenario
    _add_internal_trade(project)
    _add_case(project)
    return project


def _add_case(project: Project) -> None:
    """The tjänsteskrivelse's case (people are fictional; the avdelning and receivers follow
    RS/1039/2017) and Koncern 2018's förslag till beslut: the review's own assignments, then the
    points the comparison with Nuläge drafts (orgdesigner.io.paper.decision_draft)."""
    from orgdesigner.io.paper.decision_draft import draft_points, merge_draft
    from orgdesigner.model.case import CaseInfo, Signatory

    project.case = CaseInfo(
        title="Översyn av regelverket för konkurrensneutral organisation för primärvård i regionens regi",
        department="Hälso- och sjukvårdspolitiska avdelningen",
        officer="Anna Exempel (fiktiv handläggare)",
        phone="063-14 00 00",
        email="anna.exempel@example.se",
        decision_body="Regionstyrelsen",
        background=(
            "Regionstyrelsen beslutade i maj 2017 om en översyn av regelverket för konkurrensneutral "
            "organisation för primärvård i regionens regi. Bakgrunden är beslutet från 2009 om organisation "
            "för den landstingsdrivna primärvården (LS/935/2009) och beslutet om regler för över- och "
            "underskottshantering (LS/42/2010).\n\n"
            "Översynen visar att egenregin inte upplever att den arbetar på intraprenadliknande villkor. Mer "
            "självständighet kommer enligt cheferna snarare av tillit och befogenheter. Få regioner driver "
            "intraprenader, ingen i primärvård; i takt med att egenregin blir mer konkurrensutsatt arbetar "
            "regionerna i stället med koncernkänslan. Med regionens årliga underskott finns ingen anledning "
            "att behålla modellen från 2010 för över- och underskottshantering."
        ),
        signatories=(Signatory("Karin Exempel (fiktiv)", "Regiondirektör"),
                     Signatory("Per Prov (fiktiv)", "Ekonomidirektör")),
        receivers=("Primärvårdschef", "Beställarchef", "Hälso- och sjukvårdsdirektör", "Regiondirektör", "Ekonomidirektör"),
    )
    # the review's assignment on development responsibility is what Koncern 2018 settles: its
    # draft point allocates it instead of asking for an investigation
    own = "Regiondirektören får i uppdrag att arbeta med att få till en högre koncernkänsla i primärvårdens egenregi."
    base, koncern_2018 = project.scenarios["nulage-2017"], project.scenarios["koncern-2018"]
    _add_papers(project)
    koncern_2018.proposal = merge_draft(own, draft_points(project, base, koncern_2018))
    alternative = project.scenarios["intraprenad-are-krokom"]
    alternative.proposal = merge_draft(
        "Regiondirektören får i uppdrag att ta fram ett intraprenadavtal för Åre och Krokom hälsocentraler "
        "med resultatansvar, rätt att behålla överskott samt bemannings- och inköpsbefogenhet.",
        draft_points(project, base, alternative))


def _add_papers(project: Project) -> None:
    """Each scenario's own paper: its title, sammanfattning and the konsekvenser only the planner
    can judge (children, gender equality), dated as the review's tjänsteskrivelse."""
    from orgdesigner.model.paper import PaperInfo

    paper_day = date(2017, 12, 6)
    project.scenarios["nulage-2017"].paper = PaperInfo(
        title="Primärvården i regionens regi – nulägesbeskrivning",
        summary=(
            "Översynen av regelverket för konkurrensneutral organisation för primärvård i regionens regi "
            "(RS/1039/2017) visar att egenregin inte känner till beslutet från 2009 om intraprenadliknande "
            "villkor och att utvecklingsansvaret mellan egenregin och beställarenheten är otydligt. "
            "Beskrivningen visar hur ansvaret för primärvårdens funktioner är fördelat i dag."
        ),
        date=paper_day,
    )
    project.scenarios["koncern-2018"].paper = PaperInfo(
        title="Primärvårdens egenregi som koncern från 1 mars 2018",
        summary=(
            "Översynen av regelverket för konkurrensneutral organisation för primärvård i regionens regi "
            "(RS/1039/2017) visar att egenregin inte känner till beslutet från 2009 om intraprenadliknande "
            "villkor och att utvecklingsansvaret mellan egenregin och beställarenheten är otydligt. Förslaget "
            "organiserar egenregin som en koncern med en koncernledning, koncerngemensamma funktioner och "
            "hälsocentralerna som resultatenheter, och låter besluten LS/935/2009 och LS/42/2010 upphöra."
        ),
        date=paper_day,
        child_rights=(
            "Barn och unga söker vård vid samma hälsocentraler som i dag. Förslaget ändrar ledningen av "
            "egenregin, inte vårdens innehåll eller tillgänglighet, och bedöms inte påverka barn särskilt."
        ),
        equality=(
            "De flesta medarbetare i primärvården är kvinnor. Förslaget ändrar inte anställningsvillkor; "
            "koncernledningens och närområdenas chefstjänster tillsätts med regionens riktlinjer för "
            "jämställd rekrytering."
        ),
    )
    project.scenarios["intraprenad-are-krokom"].paper = PaperInfo(
        title="Intraprenader för Åre och Krokom hälsocentraler",
        summary=(
            "Som alternativ prövas att Åre och Krokom hälsocentraler åter blir intraprenader, "
            "som under 2006–2008, med ett nytt intraprenadavtal från den 1 juli 2018. Övriga hälsocentraler "
            "leds i linjen. Besluten LS/935/2009 och LS/42/2010 upphör att gälla."
        ),
        date=paper_day,
        child_rights="Förslaget ändrar inte vårdens innehåll eller tillgänglighet för barn och unga.",
        equality="Förslaget ändrar inte anställningsvillkoren för medarbetarna vid Åre och Krokom hälsocentraler.",
    )


def _add_internal_trade(project: Project) -> None:
    """Illustrative lab, radiology and PNA flows, when the trade model provides them."""
    try:
        from example_trade import add_internal_trade  # tools/example_trade.py
    except ImportError:
        return
    add_internal_trade(project)
    from example_history import add_volume_history  # tools/example_history.py

    add_volume_history(project)


if __name__ == "__main__":
    save_project(build(), TARGET)
    print(f"wrote {TARGET.relative_to(ROOT)}")
