"""Dutch: the words the rules look for (see lexicon/__init__.py for the slots)."""

SLOTS = {
    "and": r"en",
    "at": r"bij",
    "now": r"momenteel",
    "executive_nouns": r"directie|voorzitter|bestuurder",
    "support_nouns": r"secretaresse|secretaris|medewerk(?:er|ster)",
    "support_prepositions": r"van|van[\s-]+de|voor",
    "office_of": r"kantoor",
    "ambition": r"toekomstige",
    "seeking": r"op[\s-]+zoek",
    "former": r"voormalig(?:e)?|oud|gepensioneerd(?:e)?",
    "fractional": r"zzp(?:'er)?",
    "founder": r"oprichter|oprichtster|mede[\s-]*oprichter",
    "owner": r"eigena(?:ar|res)|mede[\s-]*eigenaar|zelfstandig(?:e)?",
    "entrepreneur": r"ondernemer",
    "deputy": r"plaatsvervangend(?:e)?|adjunct",
    "school_head": r"schooldirecteur|schoolleider",
    "training": r"stagiair|leerling",
    "unpaid": r"vrijwilliger|werkloos",
    "director": r"directeur",
    "chair": r"(?:vice)?voorzitter",
}
SLOTS["individual_contributor"] = (
    r"medewerker|adviseur|ontwikkelaar|analist|assistent(?:e)?|secretaresse|docent|leraar|"
    r"verpleegkundige|specialist|[a-z]*medewerker"
)
SLOTS["individual_contributor"] += r"|apotheker|advocaat|arts|vertaler|piloot|elektricien"
SLOTS["functions"] = "commercieel financieel operationeel medisch"
