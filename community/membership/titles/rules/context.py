"""X"""

from __future__ import annotations

from ..lexicon import alternatives
from ..reader import _ROLE, _fixed, _noise, _words
from ..vocabulary import _EXEC_ACRONYMS, _EXEC_LIST, _GF, _SUPPORT_NOUNS, _SUPPORT_PREPOSITION

# --------------------------------------------------------------------------------------------
# Step 3a: context and references
# --------------------------------------------------------------------------------------------

_fixed(
    "trap.executive_assistant",
    r"\b(?:(?:senior|sr|junior|jr|executive|personal|administrative|private|virtual|office|"
    r"chief|special|research|team|legal|marketing|strategy|financial|business)[\s-]+)*"
    r"(?:" + _SUPPORT_NOUNS + r")(?:[\s-]+(?!(?:general|generale|generaal|to|for|of|de|del|du|"
    r"and|at)\b)[a-z]+){0,2}?[\s-]+" + _SUPPORT_PREPOSITION + r"[\s-]+" + _EXEC_LIST + r"\b",
    "entry",
    _ROLE,
    "trap.executive_assistant",
    "an assistant to an executive",
    tag="support",
)
_fixed(
    "trap.executive_assistant",
    r"\b(?:(?:senior|sr|junior|jr)[\s-]+)?(?:executive|personal|administrative)[\s-]+(?:assistant|"
    r"secretary|assistante?|administrator|business[\s-]+partner|coordinator|support)\b|\b(?:ea|pa)\b"
    r"|\bchief[\s-]+executive[\s-]+assistant\b"
    r"|\bassistante?[\s-]+(?:de[\s-]+)?direction\b|\bsecretaire[\s-]+de[\s-]+direction\b"
    r"|\basistente[\s-]+(?:de[\s-]+)?(?:direccion|gerencia|ejecutiv[oa])\b"
    r"|\bsecretaria[\s-]+de[\s-]+direccion\b|\bassistente[\s-]+(?:di[\s-]+direzione|"
    r"executiv[oa]|de[\s-]+diretoria)\b|\bsegretari[ao][\s-]+di[\s-]+direzione\b"
    r"|\bsecretari[ao][\s-]+executiv[ao]\b|\bassisten(?:t|tin|z)[\s-]+(?:der|des)[\s-]+"
    r"(?:" + _GF + r"ung|geschaftsleitung|vorstands?|" + _GF + r"ers)\b"
    r"|\b(?:vorstands|" + _GF + r"ungs|direktions)assistent(?:in)?\b|\bchefsekretar(?:in)?\b"
    r"|\bsekretar(?:in)?[\s-]+der[\s-]+(?:" + _GF + r"ung|geschaftsleitung)\b"
    r"|\b(?:directie|management|bestuurs)(?:secretaresse|secretaris|assistent|assistente)\b"
    r"|\breferent(?:in)?[\s-]+der[\s-]+(?:" + _GF + r"ung|geschaftsleitung)\b"
    r"|\bvorstandsreferent(?:in)?\b|\bburoleiter(?:in)?[\s-]+der[\s-]+" + _GF + r"ung\b",
    "entry",
    _ROLE,
    "trap.executive_assistant",
    "an assistant to an executive",
    tag="support",
)
# "CEO Coach", "Director Assistant": the executive word describes whom the role serves.
_fixed(
    "trap.executive_as_client",
    r"\b(?:" + _EXEC_ACRONYMS + r"|c-?suite|c-?level|director|president|founder|vp|md|"
    r"chairman)(?:'s)?[\s-]+(?:personal[\s-]+|executive[\s-]+)?(?:assistant|secretary|pa|ea|"
    r"office[\s-]+manager|coordinator|aide|scheduler|intern|coach|trainer|mentor|recruiter|"
    r"headhunter|ghostwriter)\b",
    "senior_ic",
    _ROLE,
    "trap.executive_as_client",
    "a role that serves executives, not an executive role",
)

# Company names: "CMO at Acme", "Leiter Marketing bei Siemens". Read for context only.
_noise(
    "context.company",
    r"(?:@|\b" + alternatives("at") + r"\b)[^,&/+()|\x00]*",
)
_noise(
    "context.noise",
    _words(
        "head office",
        "head quarters",
        "headquarters",
        "lead generation",
        "lead gen",
        "head start",
        "executive education",
        "mba",
        "emba",
        "phd",
        "ph d",
        "cpa",
        "cfa",
        "pmp",
        "msc",
        "bsc",
        "frsa",
        "acca",
        "cima",
        "cissp",
        "llm",
        "jd",
        "forbes 30 under 30",
        "30 under 30",
        "board certified",
        "md phd",
        "md/phd",
        "m d phd",
    ),
)
