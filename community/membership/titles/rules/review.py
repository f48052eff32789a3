"""X"""

from __future__ import annotations

import re

from ..levels import LEVEL_PHRASES, RANK
from ..lexicon import alternatives, entries
from ..reader import (
    _REVIEW,
    _ROLE,
    _fixed,
    _Hit,
    _phrase_end,
    _Reader,
    _Reading,
    _rule,
    _words_before,
)
from ..vocabulary import _EXEC_ACRONYMS, _SENIOR_GRADES, _TRAINING_AS_OBJECT

# --------------------------------------------------------------------------------------------
# Step 3d: review patterns and rank modifiers
# --------------------------------------------------------------------------------------------

_fixed(
    "review.academic",
    r"\b(?:associate|assistant|vice|deputy)[\s-]+dean\b|\bdean\b(?=[\s-]+of[\s-]+(?:students?|"
    r"admissions|studies|academic|undergraduate|graduate|faculty[\s-]+affairs|research|"
    r"enrol\w*)\b|\s*$)|\b(?:pro[\s-]*vice[\s-]*chancellor|pro[\s-]*chancellor|(?:vice[\s-]+)?provost"
    r"|(?:vice|pro)[\s-]*rector|pro[\s-]*rektor(?:in)?|rektor(?:in)?|dekan(?:in)?|doyen(?:ne)?)\b",
    "unknown",
    _REVIEW,
    "review.academic_rank",
    "an academic rank (dean, provost, rector) whose seniority varies between institutions",
    tag="dean",
)
_fixed(
    "review.department_chair",
    r"\b(?:department|dept|departmental|division|program|programme|faculty|academic)[\s-]+"
    r"(?:co-?)?chair(?:man|woman|person)?\b|\bchair(?:man|woman|person)?[\s,-]+(?:of[\s-]+)?"
    r"(?:the[\s-]+)?(?:[a-z]+[\s-]+){0,3}?(?:department|dept|faculty|program|programme|school"
    r"[\s-]+of|division[\s-]+of)\b|\b(?:endowed|research)[\s-]+chair\b",
    "unknown",
    _REVIEW,
    "review.department_chair",
    "an academic chair, which is not the chair of a company",
)
_fixed(
    "review.committee_chair",
    r"\b(?:conference|committee|subcommittee|session|track|panel|steering[\s-]+committee|"
    r"working[\s-]+group|search[\s-]+committee|events?|task[\s-]+force|vistage|tec|ypo|eo|"
    r"peer[\s-]+(?:advisory[\s-]+)?(?:group|board)|mastermind|forum)[\s-]+(?:co-?)?chair"
    r"(?:man|woman|person)?\b|\bchair(?:man|woman|person)?[\s,-]+(?:of[\s-]+)?(?:the[\s-]+)?"
    r"(?:[a-z]+[\s-]+){0,3}?(?:committee|subcommittee|conference)\b",
    "unknown",
    _REVIEW,
    "review.board",
    "chairs a committee or event, which is a board or volunteer role rather than an executive one",
)


@_rule(
    "modifier.assistant_associate",
    r"\b(?:assistant|asst|associate|assoc|junior|jr|jnr)\b(?![\s-]+(?:to|of|for)\b)",
)
def _assistant_or_associate(reader: _Reader, hit: _Hit) -> list[_Reading]:
    """'Assistant', 'Associate' and 'Junior' lower the rank of the title they qualify."""
    word = reader.view(hit.start, hit.end)
    if word.startswith("assoc"):
        modifier = "associate"
    elif word.startswith(("assis", "asst")):
        modifier = "assistant"
    else:
        modifier = "junior"
    article = "a" if modifier == "junior" else "an"
    end = _phrase_end(reader, hit.end, hit.region_end, 5)
    reader.mask(hit.start, hit.end)
    inner = reader.read(hit.end, end) if reader.has_words(hit.end, end) else []
    roles = [r for r in inner if r.kind in (_ROLE, _REVIEW)]
    if not roles:
        before = _words_before(reader, hit.start, hit.region_start, 2)
        if any(w in _SENIOR_GRADES for w in before):
            level, describe = "senior_ic", "a senior associate or assistant"
        else:
            level = "entry"
            describe = {"associate": "an associate", "assistant": "an assistant"}.get(
                modifier, "a junior role"
            )
        tag = "support" if modifier == "assistant" else ""
        return [
            _Reading(hit.start, hit.end, level, _ROLE, f"level.{level}", describe, tag),
            *inner,
        ]
    best = min(roles, key=lambda r: RANK[r.level] if r.kind == _ROLE else RANK["director"])
    span_end = max(r.end for r in roles)
    rule = f"modifier.{modifier}"
    if best.tag == "vp":
        if reader.banking:
            return [
                _Reading(
                    hit.start, span_end, "manager", _ROLE, "banking.avp",
                    "an assistant or associate vice president, a mid-level rank in banking",
                )
            ]  # fmt: skip
        return [
            _Reading(
                hit.start, span_end, "vp", _REVIEW, "review.associate_vp",
                "an associate or assistant vice president, whose rank varies between "
                "organisations",
            )
        ]  # fmt: skip
    if best.tag == "partner":
        return [
            _Reading(
                hit.start, span_end, "owner_partner", _REVIEW, "review.associate_partner",
                "an associate partner, a rank below partner that varies between firms",
            )
        ]  # fmt: skip
    if best.tag == "dean":
        return [
            _Reading(
                hit.start, span_end, "unknown", _REVIEW, "review.associate_dean",
                "an associate or assistant dean, an academic rank that varies between "
                "institutions",
            )
        ]  # fmt: skip
    if best.tag == "general_counsel":
        return [
            _Reading(
                hit.start, span_end, "senior_ic", _ROLE, rule,
                f"{article} {modifier} general counsel, a lawyer below the head of legal",
            )
        ]  # fmt: skip
    if best.tag in ("director", "head", "gm"):
        return [
            _Reading(
                hit.start, span_end, "manager", _ROLE, rule,
                f"{article} {modifier} {best.tag.replace('gm', 'general manager')}, a rank below "
                f"director",
            )
        ]  # fmt: skip
    if best.kind == _ROLE and RANK[best.level] <= RANK["vp"]:
        return [
            _Reading(
                hit.start, span_end, best.level, _REVIEW, "review.lowered_executive",
                f'an executive title lowered by "{modifier}", whose rank varies',
            )
        ]  # fmt: skip
    return inner


@_rule(
    "modifier.trainee",
    r"\b(?:trainee|apprentice|intern|student)\b" + _TRAINING_AS_OBJECT + r"(?=[\s-]+[a-z])",
)
def _trainee(reader: _Reader, hit: _Hit) -> list[_Reading]:
    """'Trainee Director', 'Apprentice Manager': a trainee for the title, not the title."""
    end = _phrase_end(reader, hit.end, hit.region_end, 4)
    reader.mask(hit.start, hit.end)
    inner = reader.read(hit.end, end) if reader.has_words(hit.end, end) else []
    training = _Reading(
        hit.start, max([hit.end, *(r.end for r in inner)]), "training", _ROLE, "level.training",
        LEVEL_PHRASES["training"],
    )  # fmt: skip
    if any(r.kind == _REVIEW or reader.eligible_level(r.level) for r in inner):
        return [training]
    return [training, *inner]


@_rule(
    "modifier.deputy",
    r"\b" + alternatives("deputy") + r"\b"
    r"|\bvice[\s-]+(?=(?:"
    + "|".join(entries("director"))
    + r"|head|governor|minister|mayor|premier)\b)",
)
def _deputy(reader: _Reader, hit: _Hit) -> list[_Reading]:
    """'Deputy' keeps the title but its rank varies: review when the title would qualify."""
    end = _phrase_end(reader, hit.end, hit.region_end, 5)
    reader.mask(hit.start, hit.end)
    inner = reader.read(hit.end, end) if reader.has_words(hit.end, end) else []
    senior = [
        r
        for r in inner
        if r.kind == _REVIEW or (r.kind == _ROLE and reader.eligible_level(r.level))
    ]
    if not senior:
        return inner
    best = min(senior, key=lambda r: RANK[r.level])
    return [
        _Reading(
            hit.start, max(r.end for r in inner), best.level, _REVIEW, "review.deputy",
            "a deputy title, whose rank varies a lot between organisations",
        )
    ]  # fmt: skip


_fixed(
    "review.deputy_suffix",
    r"\b(?:directeur|directrice|director|directora|diretor|diretora|direttore|direttrice)"
    r"(?:[\s-]+general(?:e)?|[\s-]+geral)?[\s-]+(?:adjoint(?:e)?|adjunt[oa]|aggiunt[oa]|"
    r"delegue(?:e)?)\b"
    r"|\bdga\b|\bdg[\s-]+adjoint(?:e)?\b|\bsous[\s-]*direct(?:eur|rice)\b|\bsub[\s-]*direct(?:or|ora)\b|\bsub[\s-]*diretor"
    r"(?:a)?\b|\bvice[\s-]*direttore\b|\bvicedirett(?:ore|rice)\b|\bvicedirector(?:a)?\b"
    r"|\badjunct[\s-]*directeur\b|\bstellvertretende[rn]?[\s-]+\w*leiter(?:in)?\b",
    "director",
    _REVIEW,
    "review.deputy",
    "a deputy title, whose rank varies a lot between organisations",
)
_fixed(
    "review.non_executive_board",
    r"\b(?:independent[\s-]+)?non[\s-]*exec(?:utive)?[\s-]+(?:director|board[\s-]+member)\b"
    r"|\bned\b|\bindependent[\s-]+(?:director|board[\s-]+member)\b|\bboard[\s-]+(?:director|"
    r"member|advisor|adviser|observer|trustee)\b|\bdirector[\s-]+of[\s-]+the[\s-]+board\b"
    r"|\bmember[\s-]+of[\s-]+the[\s-]+(?:board|executive[\s-]+committee)(?:[\s-]+of[\s-]+"
    r"(?:directors|trustees|governors))?\b|\bboard[\s-]+of[\s-]+(?:directors|trustees|governors)\b"
    r"|\badvisory[\s-]+board(?:[\s-]+member)?\b|\bsupervisory[\s-]+board(?:[\s-]+member)?\b"
    r"|\btrustee\b|\b(?:school[\s-]+)?governor\b|\bexecutive[\s-]+committee[\s-]+member\b"
    r"|\bexco[\s-]+member\b|\baufsichtsrat\w*\b|\bmitglied[\s-]+des[\s-]+aufsichtsrat\w*\b"
    r"|\bbeirat(?:smitglied)?\b|\bbestuurslid\b|\blid[\s-]+(?:van[\s-]+de[\s-]+)?raad[\s-]+van[\s-]+"
    r"(?:toezicht|commissarissen)\b|\braad[\s-]+van[\s-]+commissarissen\b|\bcommissaris\b"
    r"|\btoezichthouder\b|\bconsejer[oa]\b(?![\s-]+delegad)(?:[\s-]+independiente)?"
    r"|\badministrat(?:eur|rice)\b(?![\s-]+(?:systemes?|reseaux?|de[\s-]+bases?|des[\s-]+"
    r"ventes|de[\s-]+biens))(?:[\s-]+independant(?:e)?)?|\bmembre[\s-]+du[\s-]+conseil"
    r"(?:[\s-]+d'administration|[\s-]+de[\s-]+surveillance)?\b|\bconselheir[oa]\b"
    r"|\bconsiglier[ea]\b(?![\s-]+delegat)|\bmembro[\s-]+del[\s-]+consiglio(?:[\s-]+di[\s-]+"
    r"amministrazione)?\b|\bamministratore\b(?![\s-]+(?:delegato|unico|di[\s-]+sistema))",
    "unknown",
    _REVIEW,
    "review.board",
    "a board or non-executive role, which the board weighs case by case",
)
_fixed(
    "review.advisor",
    r"\b(?:(?:senior|strategic|independent|special|trusted|startup|business|executive|growth|"
    r"marketing|strategy|technology|technical|industry|venture|scientific)[\s-]+)?advis(?:o|e)r"
    r"(?:in)?\b|\badvisory\b(?![\s-]+(?:services|practice|partner|analyst|associate|consultant|"
    r"manager|specialist|coordinator|assistant|intern|trainee|senior|sr|board))"
    r"|\bconseill(?:er|ere)\b",
    "unknown",
    _REVIEW,
    "review.board",
    "an adviser, a role whose seniority the title does not state",
)
_fixed(
    "review.chief_of_staff",
    r"\b" + alternatives("chief_of_staff") + r"\b",
    "director",
    _REVIEW,
    "review.chief_of_staff",
    "a chief of staff, whose rank varies a lot between organisations",
)
_fixed(
    "review.general_manager",
    r"\b" + alternatives("general_manager") + r"\b",
    "director",
    _REVIEW,
    "review.general_manager",
    "a general manager, whose rank varies from a shop to a whole business",
    tag="gm",
)
_fixed(
    "review.technical_director",
    r"\b(?:technical|technischer?|technisch|tecnico|tech)[\s-]+(?:director|directeur|direktor"
    r"(?:in)?|direttore|diretor|leiter(?:in)?)\b|\b(?:directeur|directrice)[\s-]+technique\b"
    r"|\b(?:director|directora|diretor|diretora)[\s-]+tecnic[oa]\b|\bdirett(?:ore|rice)[\s-]+"
    r"tecnic[oa]\b",
    "director",
    _REVIEW,
    "review.technical_director",
    "a technical director, which ranges from a senior engineer to the head of technology",
)
_fixed(
    "review.branch_head",
    r"\b(?:directeur|directrice|director|directora|diretor(?:a)?|direttore|direttrice)[\s-]+"
    r"(?:d'|de[\s-]+|da[\s-]+|di[\s-]+|del[\s-]+)?(?:agence|magasin|succursale|sucursal|tienda|"
    r"oficina|filiale|agencia|loja|negozio|punto[\s-]+vendita|supermarche|hypermarche|banco)\b"
    r"|\b(?:filial|niederlassungs)leiter(?:in)?\b|\bbranch[\s-]+(?:director|head)\b"
    r"|\bstore[\s-]+director\b",
    "director",
    _REVIEW,
    "review.branch_head",
    "heads a branch or a shop, whose rank varies a lot",
)
_fixed(
    "review.ambiguous_abbreviation",
    r"\bmd\b",
    "unknown",
    _REVIEW,
    "review.ambiguous_abbreviation",
    'uses "MD", which can mean managing director or medical doctor',
)
_fixed(
    "review.fractional",
    r"\bv(?:" + _EXEC_ACRONYMS + r")\b|\b(?:" + _EXEC_ACRONYMS + r")[\s-]+as[\s-]+a[\s-]+service\b",
    "cxo",
    _REVIEW,
    "review.fractional",
    "is a fractional or virtual executive role, so the board checks the scope of the work",
)
_fixed(
    "review.founder",
    r"\b(?:co[\s-]*)?" + alternatives("founder") + r"\b(?!')|\bfounder[\s-]+in[\s-]+residence\b",
    "owner_partner",
    _REVIEW,
    "review.founder",
    "names a founder without an executive title, and the size of the firm is unknown",
)
_fixed(
    "review.owner",
    r"\b(?:co[\s-]*)?owner(?:[\s-]*operator)?\b(?!')|\b" + alternatives("owner") + r"\b",
    "owner_partner",
    _REVIEW,
    "review.owner",
    "names an owner without an executive title, and the size of the business is unknown",
)
_fixed(
    "review.entrepreneur",
    r"\b(?:serial[\s-]+|social[\s-]+)?"
    + alternatives("entrepreneur")
    + r"\b(?:[\s-]+in[\s-]+residence)?|\beir\b",
    "owner_partner",
    _REVIEW,
    "review.entrepreneur",
    "names an entrepreneur without an executive title, and the size of the business is unknown",
)
_fixed(
    "review.prokurist",
    r"\bprokurist(?:in)?\b",
    "manager",
    _REVIEW,
    "review.prokurist",
    "a Prokurist (holds commercial power of attorney), a rank that varies between companies",
)
_fixed(
    "review.principal_school",
    r"\b" + alternatives("school_head") + r"\b",
    "unknown",
    _REVIEW,
    "review.principal",
    "heads a school, which is not a business executive role",
)
_fixed(
    "review.rank_varies",
    r"\bcompany[\s-]+secretary\b|\btreasurer\b|\b(?:financial|corporate|group|finance)[\s-]+"
    r"controller\b|\bcontroller\b(?!\s+(?:of|for))|\bcomptroller\b|(?<!chief )(?<!chief-)"
    r"\bexecutive[\s-]+(?:officer|editor)\b|\beditor[\s-]+in[\s-]+chief\b|\bin[\s-]+chief\b"
    r"|\bdirigente\b|\bcadre[\s-]+dirigeant\b",
    "unknown",
    _REVIEW,
    "review.rank_varies",
    "a title whose rank varies a lot between organisations",
)


_RESPONSABLE_SMALL_SCOPE = re.compile(
    r"^[\s-]*(?:adjoint(?:e)?[\s-]+)?(?:d'|de[\s-]+|del[\s-]+|de[\s-]+la[\s-]+)?(?:magasin|rayon|"
    r"boutique|secteur|equipe|projet|projets|clientele|tienda|turno|equipo|proyecto|proyectos|"
    r"caja|almacen|sala|restaurant|point[\s-]+de[\s-]+vente|produit|produits|mission|compte|"
    r"comptes|agence)\b"
)


@_rule("review.responsable", r"\bresponsable\b")
def _responsable(reader: _Reader, hit: _Hit) -> list[_Reading]:
    """French and Spanish 'Responsable' runs from shop supervisor to head of a function."""
    if _RESPONSABLE_SMALL_SCOPE.match(reader.view(hit.end, hit.region_end)):
        end = _phrase_end(reader, hit.end, hit.region_end, 4)
        return [_Reading(hit.start, end, "manager", _ROLE, "level.manager", "a manager-level role")]
    end = _phrase_end(reader, hit.end, hit.region_end, 5)
    return [
        _Reading(
            hit.start, end, "manager", _REVIEW, "review.responsable",
            '"Responsable", which ranges from a team manager to the head of a function',
        )
    ]  # fmt: skip


_JEFE_SMALL_SCOPE = re.compile(
    r"^[\s-]*(?:de[\s-]+|del[\s-]+)?(?:equipo|proyecto|proyectos|turno|tienda|seccion|obra|grupo|"
    r"area|planta|almacen|projeto|projetos|equipe|loja|turma|reparto|squadra|turno|cantiere|"
    r"servizio|ufficio|magazzino|progetto|progetti|di[\s-]+progetto|commessa)\b"
)


@_rule("review.jefe", r"\b(?:jef[ea]|chefe|capo|chef)\b")
def _jefe(reader: _Reader, hit: _Hit) -> list[_Reading]:
    """'Jefe de', 'Chefe de', 'Capo', 'Chef de': from team lead to head of a function."""
    after = reader.view(hit.end, hit.region_end)
    end = _phrase_end(reader, hit.end, hit.region_end, 4)
    word = reader.view(hit.start, hit.end)
    if word == "chef":
        if re.match(r"^[\s-]+de[\s-]+(?:projet|produit|equipe|rayon|chantier|secteur|mission|"
                    r"groupe|atelier|partie|quart)\b", after):  # fmt: skip
            return [
                _Reading(hit.start, end, "manager", _ROLE, "level.manager", "a manager-level role")
            ]
        if re.match(r"^[\s-]+de[\s-]+service\b", after):
            return [
                _Reading(
                    hit.start, end, "manager", _REVIEW, "review.jefe",
                    'a "chef de service", which ranges from a team manager to a head of department',
                )
            ]  # fmt: skip
        return [_Reading(hit.start, hit.end, "entry", _ROLE, "level.entry", "a cook")]
    if _JEFE_SMALL_SCOPE.match(after):
        return [_Reading(hit.start, end, "manager", _ROLE, "level.manager", "a manager-level role")]
    return [
        _Reading(
            hit.start, end, "director", _REVIEW, "review.jefe",
            f'"{word.capitalize()}", which ranges from a team lead to the head of a function',
        )
    ]  # fmt: skip
