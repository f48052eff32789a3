"""Spanish: the words the rules look for (see lexicon/__init__.py for the slots)."""

SLOTS = {
    "and": r"y",
    "now": r"actualmente",
    "articles": r"el|del",
    "executive_nouns": (
        r"direccion|director|directora|gerencia|president[ea]s?|directores|directoras|gerente|"
        r"consejer[oa][\s-]+delegad[oa]"
    ),
    "support_nouns": r"asistente|secretaria|secretario|becari[oa]|colaborador(?:a)?",
    "support_prepositions": r"de|del|para",
    "office_of": r"oficina|gabinete",
    "ambition": r"aspirante|futur[oa]",
    "seeking": r"buscando|en[\s-]+busca|en[\s-]+busqueda",
    "former": r"antigu[oa]|jubilad[oa]|pensionad[oa]",
    "fractional": r"a[\s-]+tiempo[\s-]+parcial",
    "founder": r"fundador(?:a)?",
    "owner": r"propietari[oa]|duen[oa]|autonom[oa]",
    "entrepreneur": r"emprendedor(?:a)?|empresari[oa]",
    "chief_of_staff": r"jef[ea][\s-]+de[\s-]+gabinete",
    "general_manager": r"gerente[\s-]+general",
    "school_head": r"director(?:a)?[\s-]+de[\s-]+(?:escuela|colegio|instituto)",
    "vice_president": r"vicepresident(?:e|a)|vice[\s-]*president(?:e|a)",
    "president": r"president(?:e|a)",
    "chair": r"presidente[\s-]+del[\s-]+(?:consejo|consiglio|cda)",
    "director": r"director(?:a)?",
    "training": r"estudiante|becari[oa]|practicante|pasante",
    "unpaid": r"voluntari[oa]|desempleado",
}
SLOTS["individual_contributor"] = (
    r"ingenier[oa]|desarrollador(?:a)?|consultor(?:a)?|analista|asistente|auxiliar|tecnic[oa]|"
    r"vendedor(?:a)?|emplead[oa]|contador(?:a)?|abogad[oa]|enfermer[oa]|profesor(?:a)?|"
    r"disenador(?:a)?|especialista|coordinador(?:a)?|representante|agente|cajer[oa]|camarer[oa]"
)
SLOTS["university_head"] = r"rector(?:a)?"
SLOTS["individual_contributor"] += r"|farmaceutic[oa]|piloto|geolog[oa]|medic[oa]|traductor(?:a)?"
SLOTS["vague_executive"] = r"ejecutiv[oa]|directiv[oa]"
