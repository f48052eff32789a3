"""X"""

from __future__ import annotations

import re

from ..lexicon import alternatives
from ..reader import (
    _LOOKALIKE,
    _PHRASE_WORD,
    _REVIEW,
    _ROLE,
    _fixed,
    _Hit,
    _phrase_end,
    _Reader,
    _Reading,
    _rule,
    _whimsical_chief,
    _words_after,
    _words_before,
)
from ..vocabulary import _whimsical, _word_set

# --------------------------------------------------------------------------------------------
# Step 3c: traps, words that only look senior
# --------------------------------------------------------------------------------------------

_fixed(
    "trap.executive_job_family",
    r"\b(?:(?:senior|sr|snr|junior|jr|lead|principal|strategic|major|global|enterprise|key|"
    r"national|regional|corporate|mid-?market|smb|commercial|inside|outside|field|technical|"
    r"digital|graduate|trainee)[\s-]+)*(?:accounts?|sales|marketing|business[\s-]+development|"
    r"bd|biz[\s-]*dev|client|customer|territory|media|advertising|ad|recruitment|pr|public[\s-]+"
    r"relations|events?|insurance|relationship|trade[\s-]+marketing|key[\s-]+account|new[\s-]+"
    r"business|leasing|lettings|mortgage|loan|credit|claims|social[\s-]+media|hr|human[\s-]+"
    r"resources|communications?|content|project|brand|partnerships?|channel|commercial|"
    r"financial|retail|presales|pre-sales|merchandising|operations|support|customer[\s-]+service|"
    r"admin|administrative|office|category|procurement|purchasing|logistics|export|import|"
    r"travel|tourism|hospitality|banquet|catering|property|real[\s-]+estate|estate[\s-]+agency|"
    r"recruiting|research|product|software|saas|cloud|solutions?|growth|performance|search|seo|"
    r"ppc|email|crm|ecommerce|e-commerce|compliance|tax|audit|accounting|finance|payroll|"
    r"shipping|legal)[\s-]+executive\b"
    r"|\bejecutiv[oa][\s-]+(?:de[\s-]+)?(?:cuentas?|ventas|comercial|negocios|atencion|marketing|"
    r"servicio|clientes?|cobranza|credito)\b|\bexecutiv[oa][\s-]+(?:de[\s-]+)?(?:contas?|vendas|"
    r"comercial|negocios)\b|\bexecutive[\s-]+search\b|\bexecutive[\s-]+(?:recruiter|"
    r"recruitment|headhunter)\b|\b(?:sdr|bdr|ae)\b",
    "entry",
    _ROLE,
    "trap.executive_job_family",
    '"executive" as a job family (sales, accounts, recruiting), not a rank',
)
_fixed(
    "trap.executive_occupation",
    r"\bexecutive[\s-]+(?:sous[\s-]+chef|chef|housekeeper|producer|coach|coaching|protection"
    r"(?:[\s-]+(?:agent|specialist|officer))?|pastor|associate|admin|assistant|secretary)\b"
    r"|\bchef[\s-]+executif\b",
    "senior_ic",
    _ROLE,
    "trap.executive_occupation",
    'an occupation that uses the word "executive" (kitchen, production, coaching)',
)
_fixed(
    "trap.executive_training",
    r"\bexecutive[\s-]+(?:trainee|intern|mba(?:[\s-]+(?:student|candidate))?|development[\s-]+"
    r"program(?:me)?)\b",
    "training",
    _ROLE,
    "trap.executive_training",
    'a training role that uses the word "executive"',
)
_fixed(
    "trap.occupation_director",
    r"\b(?:(?:senior|associate|assistant|lead|technical|first|second)[\s-]+)?(?:funeral(?:[\s-]+"
    r"services?)?|casting|art|film|movie|stage|theatre|theater|photography|activities|activity|"
    r"recreation(?:al)?|cruise|tour|video|documentary|worship|choir|choral|music|musical|drama|"
    r"dance|band|animation|dialogue|stunt|second[\s-]+unit)[\s-]+director\b"
    r"|\bdirector[\s-]+of[\s-]+(?:photography|activities|recreation|music|worship|choirs?|"
    r"funeral[\s-]+services?)\b|\bdop\b"
    r"|\b(?:directeur|directrice|director|directora|diretor|diretora|direttore|direttrice)[\s-]+"
    r"(?:artistique|de[\s-]+(?:la[\s-]+)?(?:photo|photographie|fotografia|casting|arte|cine)|"
    r"della[\s-]+fotografia|di[\s-]+fotografia|artistic[oa]?)\b"
    r"|\b(?:regisseur(?:in)?|realisat(?:eur|rice)|regista|bestatter(?:in)?)\b",
    "senior_ic",
    _ROLE,
    "trap.occupation_director",
    '"director" as an occupation (film, funeral, arts, activities), not a rank',
)


@_rule("review.whimsical_chief", r"\bchief\b")
def _whimsical_chief_early(reader: _Reader, hit: _Hit) -> list[_Reading] | None:
    """Read 'Chief Cook and Bottle Washer' as a joke before 'Chief Cook' reads as a trade."""
    after = re.split(r"[,|(/+\x00]", reader.view(hit.end, reader.segment[1]))[0]
    if not _whimsical(_PHRASE_WORD.findall(after)[:5]):
        return None
    return [_whimsical_chief(hit.start, _phrase_end(reader, hit.end, reader.segment[1], 6))]


_fixed(
    "trap.trade_chief",
    r"\bchief[\s-]+(?:petty|warrant|master)[\s-]+(?:officer|sergeant)\b|\bchief[\s-]+(?:mate|"
    r"steward|stewardess|engineer|estimator|cook|clerk|officer(?![\s-]+(?:of|for)\b)|"
    r"technician|electrician|inspector|surveyor|mechanic|pilot|purser|radio[\s-]+officer|resident|"
    r"residents|fellow|scribe|photographer|correspondent|reporter|dispatcher|usher|judge)\b"
    r"|\bcrew[\s-]+chief\b",
    "senior_ic",
    _ROLE,
    "trap.trade_chief",
    '"chief" as a trade or service rank (ship, navy, estimating), not an executive',
)
_fixed(
    "trap.crew_head",
    r"\bhead[\s-]+(?:cashier|chef|cook|waiter|waitress|bartender|barista|baker|brewer|gardener|"
    r"groundskeeper|groundsman|lifeguard|housekeeper|porter|concierge|nurse|teller|server|butcher|"
    r"janitor|custodian|caretaker|coach|trainer|instructor|guard|cleaner|driver|mechanic|"
    r"technician|stylist|hairdresser|barber|sommelier|usher|librarian|boy|girl|prefect|"
    r"chorister|ranger|greenkeeper|sous[\s-]+chef|pastry[\s-]+chef|mixologist|receptionist|"
    r"hostess|host|shepherd|keeper|referee|counsellor|counselor|of[\s-]+household|of[\s-]+year)\b"
    r"|\b(?:shift|crew|line|gang|watch)[\s-]+head\b|\bhead[\s-]+of[\s-]+(?:the[\s-]+)?(?:shift|crew|line|"
    r"watch)\b|\bhead[\s-]*hunter\b|\bchef[\s-]+(?:de[\s-]+(?:cuisine|partie|rang)|cuisinier|patissier)\b"
    r"|\bsous[\s-]*chef\b|\bjef[ea][\s-]+de[\s-]+(?:cocina|sala)\b|\bkuchenchef(?:in)?\b"
    r"|\bcapo[\s-]*cuoco\b|\bchef[\s-]*kok\b",
    "entry",
    _ROLE,
    "trap.crew_head",
    '"head" or "chef" for a crew role (kitchen, till, bar), not a department head',
)
_fixed(
    "trap.owner_function",
    r"\b(?:product|process|service|data|platform|system|content|feature|application|technical|"
    r"risk|control|business[\s-]+process|solution)[\s-]+owner\b",
    "senior_ic",
    _ROLE,
    "trap.owner_function",
    'an "owner" of a product or process, not of a business',
)
_fixed(
    "trap.sales_advisor",
    r"\b(?:financial|wealth|investment|mortgage|insurance|tax|benefits|sales|customer|client|"
    r"student|academic|career|admissions|beauty|travel|retirement|pension|legal|it|hr|fitness|"
    r"nutrition|style|fashion|real[\s-]+estate|property|energy|loan|credit|banking|private[\s-]+"
    r"banking|relationship|personal[\s-]+banking)[\s-]+advis(?:o|e)r\b"
    r"|\bconseill(?:er|ere)[\s-]+(?:clientele|de[\s-]+vente|commercial(?:e)?|bancaire|"
    r"financier|financiere)\b",
    "entry",
    _ROLE,
    "trap.sales_advisor",
    "an adviser who serves customers, not an executive",
)
_fixed(
    "trap.partner_function",
    r"\b(?:hr|human[\s-]+resources|people|talent(?:[\s-]+acquisition)?|recruiting|recruitment|"
    r"finance|learning|l&d|channel|alliances?|technology|implementation|sourcing|culture|"
    r"employee|solutions|integration|reseller|referral|agency|distribution|training|thought)"
    r"(?:[\s-]+business)?[\s-]+partner\b|\bbusiness[\s-]+partner\b|\bhrbp\b",
    "senior_ic",
    _ROLE,
    "trap.partner_function",
    '"partner" as a job function (HR, talent, channel), not an owner of a firm',
)
_fixed(
    "trap.lookalike_word",
    r"\b(?:directory|directories|directorate|directorates|chiefly)\b",
    "unknown",
    _LOOKALIKE,
    "trap.lookalike_word",
    "only contains a senior-looking word and names no executive role",
)

_GREEK = (
    r"alpha|beta|gamma|delta|epsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi|omicron|pi|rho|"
    r"sigma|tau|upsilon|phi|chi|psi|omega"
)  # "Delta Sigma Pi": a fraternity or sorority
# Clubs, societies and associations that are not named as student or volunteer ones: an office
# there may be voluntary, so review ("President, Royal Photographic Society").
_CLUB_CONTEXT = re.compile(
    r"\b(?:society|club|league|guild|association|federation|lodge|circle|(?<!credit[\s-])union)\b"
)
_ORGANISATION_CONTEXT = re.compile(
    r"\b(?:students?(?![\s-]+(?:affairs|services|success|life|experience|engagement|"
    r"recruitment|admissions|enrol\w*|financial|aid|housing|wellbeing|support|information))|"
    r"studenten|etudiant\w*|estudiant\w*|class[\s-]+of[\s-]+\d+|chapter|model[\s-]+un|mun|"
    r"model[\s-]+united[\s-]+nations|campus|undergraduate|hackathon|"
    r"(?:(?:" + _GREEK + r")[\s-]+)+(?:" + _GREEK + r")|"
    r"class[\s-]+(?:president|vice[\s-]*president|treasurer|secretary)|"
    r"alumni[\s-]+(?:association|club|chapter|council|network)|fraternity|sorority|pta|pto|hoa|"
    r"toastmasters|rotary|lions[\s-]+club|kiwanis|debate|honou?r[\s-]+society|bde|scouts?|parish|"
    r"(?:home[\s-]*owners?|residents?|tenants?|condo(?:minium)?|neighbou?rhood|civic|"
    r"community|parents?|booster|alumni)'?[\s-]+(?:association|board|council|committee|club)|"
    r"student[\s-]+(?:government|council|union|senate|association|body)|varsity|intramural|"
    r"parent[\s-]+teacher|junior[\s-]+chamber|jci|(?:marketing|chess|book|football|soccer|"
    r"rugby|tennis|sports?|running|hiking|investment|photography|drama|business|finance|"
    r"consulting|entrepreneurship|robotics|coding|science|math|art|music|film|university|college|"
    r"school|youth|rowing|sailing)[\s-]+(?:club|society))\b"
)


@_rule(
    "trap.organisation_role",
    r"\b(?:past[\s-]+)?(?:vice[\s-]*)?(?:president|presidente|chair(?:man|woman|person)?|treasurer|"
    r"secretary|captain)\b|\bvp\b",
)
def _organisation_role(reader: _Reader, hit: _Hit) -> list[_Reading] | None:
    """A president or chair of a student or volunteer organisation is not an executive."""
    segment = reader.text.plain[slice(*reader.segment)]
    if not _ORGANISATION_CONTEXT.search(segment):
        word = reader.view(hit.start, hit.end)
        if _CLUB_CONTEXT.search(segment) and not re.search(r"\bv", word):
            return [
                _Reading(
                    hit.start, hit.end, "unknown", _REVIEW, "review.club_office",
                    "an office in a club, society or association, which may be a voluntary role",
                )
            ]  # fmt: skip
        if _ORGANISATION_CONTEXT.search(reader.next_segment):
            return [
                _Reading(
                    hit.start, hit.end, "unknown", _REVIEW, "review.conflicting_readings",
                    "an office that may belong to a student, club or volunteer organisation",
                )
            ]  # fmt: skip
        return None
    return [
        _Reading(
            hit.start, hit.end, "unpaid", _ROLE, "trap.organisation_role",
            "an office in a student, club or volunteer organisation",
        )
    ]  # fmt: skip


_PRINCIPAL_FOLLOWERS_THAT_END = _word_set(
    "at of and in for with the partner owner founder und y et e bei chez presso"
)
_IC_BEFORE_PRINCIPAL = re.compile(
    r"\b(?:ingenieur|ingeniero|ingegnere|consultant|consultor|consulente|analyste?|analista|"
    r"architecte|charge|chargee|attache|conseiller|redacteur|juriste|engineer)[\s-]+$"
)


@_rule("trap.principal", r"\bprincipal(?:e)?\b")
def _principal(reader: _Reader, hit: _Hit) -> list[_Reading]:
    """'Principal' is an IC grade before another word, a school head or a firm rank alone."""
    before = _words_before(reader, hit.start, hit.region_start, 2)
    after = _words_after(reader, hit.end, hit.region_end, 2)
    if before and before[-1] in ("vice", "assistant", "asst", "deputy"):
        start = reader.view(hit.region_start, hit.start).rfind(before[-1]) + hit.region_start
        reader.mask(start, hit.end)
        return [
            _Reading(
                start, hit.end, "manager", _ROLE, "trap.vice_principal",
                "a school's vice-principal or assistant principal, not an executive",
            )
        ]  # fmt: skip
    if before and before[-1] == "associate":
        start = reader.view(hit.region_start, hit.start).rfind("associate") + hit.region_start
        reader.mask(start, hit.end)
        return [_principal_review(start, hit.end)]
    if _IC_BEFORE_PRINCIPAL.search(reader.view(hit.region_start, hit.start)):
        return [
            _Reading(
                hit.start, hit.end, "senior_ic", _ROLE, "trap.principal_ic",
                '"principal" as an individual-contributor grade',
            )
        ]  # fmt: skip
    if after and after[0] not in _PRINCIPAL_FOLLOWERS_THAT_END:
        end = _phrase_end(reader, hit.end, hit.region_end, 4)
        reader.mask(hit.start, hit.end)
        inner = reader.read(hit.end, end)
        return [
            _Reading(
                hit.start, end, "senior_ic", _ROLE, "trap.principal_ic",
                '"principal" as an individual-contributor grade (engineer, consultant)',
            ),
            *inner,
        ]  # fmt: skip
    if re.search(r"\buniversit", reader.text.plain[slice(*reader.segment)]):
        return [
            _Reading(
                hit.start, hit.end, "cxo", _ROLE, "level.university_head",
                "the leader of a university",
            )
        ]  # fmt: skip
    return [_principal_review(hit.start, hit.end)]


def _principal_review(start: int, end: int) -> _Reading:
    return _Reading(
        start, end, "unknown", _REVIEW, "review.principal",
        'a "Principal" title, which ranges from a consulting grade to the head of a school or '
        "firm",
        tag="principal",
    )  # fmt: skip


# Government grades that sound senior but sit below the leadership ("Higher Executive Officer";
# "Executive Officer" in a department or agency is a civil-service grade, not a C-level role).
_PUBLIC_CONTEXT = re.compile(
    r"\b(?:department|ministry|civil[\s-]+service|hm|her[\s-]+majesty'?s|his[\s-]+majesty'?s|"
    r"council|agency|home[\s-]+office|cabinet[\s-]+office|revenue|government|govt|federal|state|"
    r"public[\s-]+service|dwp|hmrc|nhs)\b"
)


@_rule(
    "trap.public_grade",
    r"\b" + alternatives("public_grade") + r"\b|\bexecutive[\s-]+officer\b|\bstaff[\s-]+officer\b",
)
def _public_grade(reader: _Reader, hit: _Hit) -> list[_Reading] | None:
    word = reader.view(hit.start, hit.end)
    graded = not word.startswith("executive")
    if not graded and not _PUBLIC_CONTEXT.search(reader.text.plain):
        return None  # a bare "Executive Officer" may be a company's: review decides it later
    if reader.view(max(0, hit.start - 6), hit.start).strip().endswith("chief"):
        return None
    return [
        _Reading(
            hit.start, hit.end, "entry", _ROLE, "trap.public_grade",
            "a civil-service grade that sounds senior but sits below the leadership",
        )
    ]  # fmt: skip


# Heads of a year or a subject inside a school are teachers who manage a team (the policy's
# "Head of Year", "Head of Science"): managers. Some subjects are also company functions
# ("Head of Music" at a label), so those need a school in the title.
_SCHOOL_UNITS = (
    r"year|years|key[\s-]+stage|ks[1-5]|sixth[\s-]+form|lower[\s-]+school|upper[\s-]+school|"
    r"science|sciences|maths|math|mathematics|english|history|geography|physics|chemistry|"
    r"biology|humanities|pe|physical[\s-]+education|religious[\s-]+education|re|rs|mfl|"
    r"modern[\s-]+(?:foreign[\s-]+)?languages|french|spanish|german|latin|classics"
)
_SCHOOL_SUBJECTS_ALSO_FUNCTIONS = r"music|art|drama|computing|ict|design|languages|dance"
_SCHOOL_CONTEXT = re.compile(
    r"\b(?:school|academy|college|high|secondary|primary|grammar|sixth[\s-]+form|department)\b"
)


@_rule(
    "trap.school_department",
    r"\bhead[\s-]+of[\s-]+(?:(?P<unit>"
    + _SCHOOL_UNITS
    + r")|(?P<subject>"
    + _SCHOOL_SUBJECTS_ALSO_FUNCTIONS
    + r"))\b(?:[\s-]+(?:\d+|department|faculty|dept))?",
)
def _school_department(reader: _Reader, hit: _Hit) -> list[_Reading] | None:
    segment = reader.text.plain[slice(*reader.segment)]
    if hit.match.group("subject") and not _SCHOOL_CONTEXT.search(segment):
        return None
    return [
        _Reading(
            hit.start, hit.end, "manager", _ROLE, "trap.school_department",
            "heads a year or a subject inside a school, a manager-level role",
        )
    ]  # fmt: skip
