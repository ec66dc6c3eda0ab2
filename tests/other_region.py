"""A second, invented region for tests that must hold for any region, not just the bundled example.

Region Västerdal has its own names, case number, decisions and dates (2015–2025), none of which
the bundled example uses, so a word of the example that turns up in this region's check output,
paper or tables came from code, not from the project. Its current state trips the rules whose
explanations a paper quotes (double accountability, split development, accountability without
authority, an intraprenad without terms, a decision out of force, a form without its authority,
an internal supplier that could be an intraprenad, a buyer without budget); its proposal
"Samlad egen regi 2025" fixes most of them and carries a förslag till beslut.
"""

from __future__ import annotations

from datetime import date

from orgdesigner.model import (
    AssignmentKey,
    Authority,
    Decision,
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
from orgdesigner.model.case import CaseInfo, Signatory
from orgdesigner.model.commands.scenarios import copied_scenario
from orgdesigner.model.trade import Flow, InternalTrade, PricingModel, Service, ServiceKind

A, U, C, INF = Role.ACCOUNTABLE, Role.PERFORMS, Role.CONSULTED, Role.INFORMED
DEV, ORD, DEL = Responsibility.DEVELOPMENT, Responsibility.ORDERING, Responsibility.DELIVERY
GOV, PUR, OWN = UnitCategory.GOVERNANCE, UnitCategory.PURCHASER, UnitCategory.OWN_PROVIDER
PRIV, MED, SUP = UnitCategory.PRIVATE_PROVIDER, UnitCategory.MEDICAL_SERVICE, UnitCategory.SUPPORT

REFERENCE = "RS/2024/118"
NOW, PROPOSAL = "nu-2024", "samlad-2025"
#: own hälsocentraler: id, name, listed patients
OWN_CENTRES = [
    ("vc-ekby", "Ekby hälsocentral", 7_300),
    ("vc-granasen", "Granåsen hälsocentral", 5_100),
    ("vc-lillforsen", "Lillforsen hälsocentral", 3_200),
    ("vc-stenbacka", "Stenbacka hälsocentral", 4_800),
]
PRIVATE_CENTRES = [("pr-norrsken", "Vårdbolaget Norrsken AB", 6_100), ("pr-fjallrosen", "Kooperativet Fjällrosen", 2_400)]

FUNCTIONS = [
    Function("lov-nv", "Vårdval närsjukvård", FunctionCategory.CARE, True,
             "Närsjukvård enligt regionens valfrihetssystem; regelboken fastställs varje höst."),
    Function("verks-utv", "Verksamhetsutveckling i egen regi", FunctionCategory.MANAGEMENT, False,
             "Arbetssätt och nya mottagningsformer i regionens egna hälsocentraler."),
    Function("klinkem", "Kliniskt kemiska analyser", FunctionCategory.MEDICAL_SERVICE, False,
             "Prover från hälsocentralerna, debiteras per analys."),
    Function("bild", "Bild- och funktionsmedicin", FunctionCategory.MEDICAL_SERVICE, False,
             "Slätröntgen och ultraljud åt hälsocentralerna."),
    Function("bemanning", "Bemanning och rekrytering", FunctionCategory.SUPPORT, False,
             "Rekrytering och hyrpersonal för de egna hälsocentralerna."),
]

DECISIONS = [
    Decision("RF/77/2015", "Driftform för närsjukvården i egen regi", date(2015, 7, 1), date(2024, 1, 1),
             "Närsjukvården i egen regi drivs som intraprenad. Upphörde vid årsskiftet 2023/2024."),
    Decision(REFERENCE, "Utredning om styrningen av närsjukvården i egen regi", date(2024, 3, 19), None,
             "Uppdrag: pröva en samlad ledning för de egna hälsocentralerna."),
    Decision("RS/2024/205", "Prissättning av laboratorie- och bildtjänster", date(2024, 5, 2), None,
             "Uppdrag: lika priser för alla köpare."),
]


def _frame() -> list[Unit]:
    return [
        Unit("rfm", "Regionfullmäktige", GOV),
        Unit("rst", "Regionstyrelsen", GOV, parent_id="rfm"),
        Unit("regdir", "Regiondirektör", GOV, parent_id="rst", authorities=frozenset({Authority.BUDGET})),
        Unit("hsdir", "Hälso- och sjukvårdsdirektör", GOV, parent_id="regdir",
             authorities=frozenset({Authority.BUDGET})),
        Unit("vve", "Vårdvalsenheten Västerdal", PUR, parent_id="regdir",
             authorities=frozenset({Authority.BUDGET, Authority.DEVELOPMENT, Authority.PRICING}),
             budget_sek=8_500_000.0, staff_fte=6.0),
        Unit("klkem", "Klinisk kemi Västerdal", MED, parent_id="hsdir",
             authorities=frozenset({Authority.BUDGET, Authority.STAFFING, Authority.PRICING}), staff_fte=64.0),
        Unit("bfm", "Bild- och funktionsmedicin Västerdal", MED, parent_id="hsdir",
             authorities=frozenset({Authority.BUDGET, Authority.STAFFING, Authority.PRICING,
                                    Authority.DEVELOPMENT}), staff_fte=41.0),
        Unit("ekavd", "Ekonomiavdelningen", SUP, parent_id="regdir", staff_fte=14.0),
        *(Unit(uid, name, PRIV, listed_patients=n) for uid, name, n in PRIVATE_CENTRES),
    ]


def _assign(s: Scenario, rows: list[tuple[str, str, Responsibility, Role]]) -> None:
    for unit_id, function_id, resp, role in rows:
        s.assignments[AssignmentKey(unit_id, function_id, resp)] = role


def _trade(s: Scenario, private_surcharge: bool) -> InternalTrade:
    services = {
        "kk-hba1c": Service("kk-hba1c", "Långtidssocker", "klkem", ServiceKind.LAB, unit_cost_sek=80.0,
                            pricing=PricingModel.STYCKPRIS, price_sek=80.0),
        "bf-ul": Service("bf-ul", "Ultraljud mage", "bfm", ServiceKind.ULTRASOUND, unit_cost_sek=1_400.0,
                         pricing=PricingModel.STYCKPRIS, price_sek=1_400.0,
                         private_price_sek=1_650.0 if private_surcharge else None),
    }
    flows: dict[tuple[str, str], Flow] = {}
    for uid, _name, n in OWN_CENTRES + PRIVATE_CENTRES:
        if uid in s.units:
            flows[(uid, "kk-hba1c")] = Flow(uid, "kk-hba1c", float(n // 10))
            flows[(uid, "bf-ul")] = Flow(uid, "bf-ul", float(n // 500))
    return InternalTrade(services, flows)


def _now() -> Scenario:
    s = Scenario(NOW, "Nuläge 2024", description="Närsjukvården i egen regi som utredningen beskriver den.",
                 effective_date=date(2024, 4, 15), structure=StructureType.LINE,
                 economy=EconomicRules(SurplusModel.CARRY_OVER, 0.5, 1.0, 1_500_000.0, ("RF/77/2015",)))
    units = _frame()
    units.append(Unit("nv", "Närsjukvård egen regi", OWN, parent_id="hsdir", form=UnitForm.INTRAPRENAD,
                      authorities=frozenset({Authority.BUDGET}), decisions=("RF/77/2015",)))
    units += [Unit(uid, name, OWN, parent_id="nv", listed_patients=n, form=UnitForm.RESULT,
                   authorities=frozenset({Authority.BUDGET}) if uid != "vc-lillforsen" else frozenset())
              for uid, name, n in OWN_CENTRES]
    s.units = {u.id: u for u in units}
    _assign(s, [
        ("vve", "lov-nv", DEV, A), ("nv", "lov-nv", DEV, C), ("vve", "lov-nv", ORD, A),
        *((uid, "lov-nv", DEL, A) for uid, _, _ in OWN_CENTRES + PRIVATE_CENTRES),
        ("nv", "lov-nv", DEL, INF),
        # both sides claim the development of egen regi's own work
        ("vve", "verks-utv", DEV, A), ("nv", "verks-utv", DEV, A), ("nv", "verks-utv", ORD, A),
        ("nv", "verks-utv", DEL, A), *((uid, "verks-utv", DEL, U) for uid, _, _ in OWN_CENTRES),
        ("klkem", "klinkem", DEV, A), ("nv", "klinkem", ORD, A), ("klkem", "klinkem", DEL, A),
        ("bfm", "bild", DEV, A), ("nv", "bild", ORD, A), ("bfm", "bild", DEL, A),
        ("nv", "bemanning", DEV, A), ("nv", "bemanning", ORD, A), ("ekavd", "bemanning", DEL, A),
    ])
    s.trade = _trade(s, private_surcharge=True)
    return s


def _proposal(base: Scenario) -> Scenario:
    s = copied_scenario(base, PROPOSAL, "Samlad egen regi 2025")
    s.description = "De egna hälsocentralerna under en samlad ledning; vårdvalsenheten äger regelboken."
    s.effective_date = date(2025, 1, 1)
    s.structure = StructureType.KONCERN
    s.economy = EconomicRules(SurplusModel.NONE, decisions=(REFERENCE,))
    nv = s.units["nv"]
    nv.name, nv.form, nv.decisions = "Närsjukvårdens ledning", UnitForm.GROUP_MANAGEMENT, (REFERENCE,)
    nv.parent_id = "regdir"
    nv.authorities = frozenset({Authority.BUDGET, Authority.DEVELOPMENT, Authority.STAFFING,
                                Authority.PURCHASING, Authority.RESULT_RESPONSIBILITY})
    for uid, _, _ in OWN_CENTRES:
        s.units[uid].authorities = frozenset({Authority.BUDGET, Authority.STAFFING, Authority.PURCHASING,
                                              Authority.RESULT_RESPONSIBILITY})
    s.structure_changed()
    del s.assignments[AssignmentKey("vve", "verks-utv", DEV)]
    _assign(s, [("vve", "verks-utv", DEV, INF), ("nv", "bemanning", DEL, A), ("ekavd", "bemanning", DEL, U)])
    s.trade = _trade(s, private_surcharge=False)
    s.proposal = (
        "Regionstyrelsen föreslår regionfullmäktige besluta att de egna hälsocentralerna leds av en "
        "samlad ledning för närsjukvården från 1 januari 2025.\n"
        "Vårdvalsenheten ansvarar ensam för utvecklingen av regelboken för vårdvalet.\n"
        "Laboratorie- och bildtjänster prissätts lika för alla köpare."
    )
    return s


def other_region_project() -> Project:
    """Region Västerdal: current state 2024 and the proposal for 2025, with its case."""
    project = Project(
        "Närsjukvårdens styrning – Region Västerdal",
        organisation="Region Västerdal",
        reference=REFERENCE,
        description="Testregion: påhittade namn, ärende, beslut och datum.",
        created=date(2024, 4, 15),
    )
    project.settings.top_management = "regdir"
    project.functions = {f.id: f for f in FUNCTIONS}
    project.decisions = {d.id: d for d in DECISIONS}
    now = _now()
    project.scenarios = {now.id: now}
    proposal = _proposal(now)
    project.scenarios[proposal.id] = proposal
    project.case = CaseInfo(
        title="Samlad ledning för närsjukvården i egen regi",
        department="Regionkansliet, avdelningen för vårdens styrning",
        officer="Maja Provsdotter (påhittad)",
        phone="0123-45 67 00",
        email="maja.provsdotter@example.org",
        decision_body="Regionstyrelsen",
        summary="Utredningen föreslår en samlad ledning för de egna hälsocentralerna och lika priser "
        "för laboratorie- och bildtjänster.",
        background="Intraprenadbeslutet RF/77/2015 har upphört. Utredningen RS/2024/118 prövar hur "
        "närsjukvården i egen regi ska ledas och hur vårdvalsenheten och egen regi delar utvecklingen.",
        signatories=(Signatory("Olof Påhittsson", "Regiondirektör"),),
        receivers=("Närsjukvårdschef", "Vårdvalschef", "Ekonomichef"),
    )
    return project
