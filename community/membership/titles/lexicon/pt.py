"""Portuguese: the words the rules look for (see lexicon/__init__.py for the slots)."""

SLOTS = {
    "and": r"e",
    "now": r"atualmente",
    "articles": r"",
    "executive_nouns": r"diretoria|diretor(?:a|es|as)?",
    "support_nouns": r"assistente|secretari[ao]|colaborador(?:a)?",
    "support_prepositions": r"da|do",
    "seeking": r"em[\s-]+busca|procurando",
    "former": r"aposentad[oa]",
    "founder": r"fundador(?:a)?",
    "owner": r"dono",
    "chief_of_staff": r"chefe[\s-]+de[\s-]+gabinete",
    "general_manager": r"gerente[\s-]+geral",
    "director": r"diretor(?:a)?",
    "training": r"estagiari[oa]|estudante|aprendiz",
    "unpaid": r"voluntari[oa]",
}
SLOTS["individual_contributor"] = (
    r"engenheir[oa]|desenvolvedor(?:a)?|atendente|secretari[oa]|advogad[oa]"
)
SLOTS["individual_contributor"] += r"|farmaceutic[oa]|medic[oa]|piloto|tradutor(?:a)?"
SLOTS["vague_executive"] = r"executiv[oa]"
