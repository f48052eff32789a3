"""Spanish wordings for the sales-pitch rules.

Each slot is named by community.moderation.pitch.rules, which says what the slot means and how much
it weighs; this file only says how the idea is worded. Patterns are regular expressions, matched
case-insensitively at word starts; {_A} stands for either apostrophe and the contractions
"we{_A}re", "i{_A}m" also match their long forms. <NAME> inserts a FRAGMENTS entry.
"""

FRAGMENTS: dict[str, str] = {}

# Function words: never quoted to an author as evidence of sales language.
FUNCTION_WORDS: frozenset[str] = frozenset(
    {
        "aquí",
        "como",
        "con",
        "del",
        "esta",
        "estas",
        "este",
        "estos",
        "hay",
        "las",
        "los",
        "muy",
        "más",
        "nuestra",
        "nuestro",
        "nuestros",
        "para",
        "pero",
        "por",
        "que",
        "sin",
        "sobre",
        "sus",
        "también",
        "una",
    }
)

SLOTS: dict[str, tuple[str, ...]] = {
    "book_or_contact_company": (
        r"solicita\s+una\s+demo",
        r"cont[áa]ct(?:anos|ame)",
    ),
    "own_product": (r"nuestra\s+(?:empresa|firma)",),
    "seller_identity": (
        r"(?:nuestra|mi)\s+(?:consultora|firma|plataforma|agencia|soluci[óo]n|asesor[íi]a)",
        r"(?:nuestro|mi)\s+(?:despacho|estudio|software|servicio|bufete)",
        r"(?:nuestra\s+empresa|nuestro\s+equipo)\s+(?:ayuda|ofrece|automatiza|reduce|ha\s+ayudado)",
        r"nuestros\s+clientes",
        r"hemos\s+(?:acompa[ñn]ado|ayudado|asesorado|trabajado\s+con)",
        r"(?:ayudamos|asesoramos|acompa[ñn]amos)\s+a",
    ),
    "soft_ask": (
        r"(?:estoy|quedo)\s+a\s+(?:su|tu|vuestra)\s+disposici[óo]n",
        r"escr[íi]b(?:eme|idme|anme|anos|enos|idnos)",
        r"encantad[oa]s?\s+de\s+(?:ayudar|hablar|charlar|compartir\s+experiencias)",
        r"cont[áa]ct(?:eme|enos|ame|anos)",
    ),
    "hard_ask": (r"(?:p[íi]da|solicite|solicita|reserve|agende)\s+(?:su|tu|ya|hoy|una|un)\b",),
    "free_discount_scarce": (
        r"(?:consulta|diagn[óo]stico|comparaci[óo]n|evento|desayuno|webinar|demo|audit|check)\s+(?:\w+\s+)?(?:gratuit[oa]s?|gratis|sin\s+compromiso)",
        r"(?:gratuit[oa]s?|gratis)\s+(?:\w+-?)?(?:consulta|diagn[óo]stico|demo|webinar|audit|check)",
        r"descuento\s+(?:del?\s+)?\d+\s?%",
        r"(?:cupos|plazas)\s+limitad[oa]s",
        r"pruebe\s+(?:\w+\s+)?(?:gr[áa]tis|gratis|gratuitamente)",
        r"primera\s+(?:\w+\s+)?(?:gratis|gr[áa]tis|gratuita)",
    ),
    "own_channel": (
        r"he\s+lanzado",
        r"(?:nuestro|nuestra)\s+(?:nuevo\s+)?(?:webinar|podcast|newsletter|evento|desayuno|curso|libro|whitepaper)",
        r"(?:hemos|publicamos)\s+(?:\w+\s+){0,2}(?:whitepaper|e-?book|informe|gu[íi]a|guide)",
    ),
    "pricing_question": (
        r"pagamos",
        r"cu[áa]nto\s+pag",
        r"es\s+normal",
    ),
    "sharing_experience": (r"comparto\s+(?:con\s+alegr[íi]a\s+)?",),
    "hiring": (
        r"buscamos",
        r"estamos\s+contratando",
    ),
}
