"""Words that mark a release's structure, per language: contact headings, honorifics, page chrome.

Each table maps a language code ("fr", "en", "es", "pt") to regular-expression fragments
matched on accent-folded, lower-cased text (see `text.fold`). No library lists a press
page's furniture (archive banners, listing headers, contact headings), so these are written
by hand, as data in one place; `alternation` turns a table into one compiled pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

Table = Mapping[str, tuple[str, ...]]

#: A line that heads a contact block on its own ("Media contact", "Informations
#: complémentaires :"); what follows a colon on that line is the first contact.
CONTACT_HEADINGS: Table = {
    "fr": (r"informations?\s+complementaires?",
           r"personnes?[\s-]+ressources?(?:\s+pour\s+les\s+medias)?",
           r"contacts?(?:\s+(?:presse|medias?|pour\s+les\s+medias))?", r"renseignements",
           r"(?:pour\s+)?(?:plus\s+d'|davantage\s+d'|de\s+plus\s+amples\s+)informations?",
           r"relations?\s+(?:avec\s+les\s+)?(?:medias|presse)",
           r"contacts?\s+pour\s+la\s+presse"),
    "en": (r"(?:media|press|news)\s+(?:contacts?|enquiries|inquiries)", r"contacts?",
           r"contact\s+(?:information|details|us)", r"address\s+for\s+(?:enquiries|inquiries)",
           r"(?:for\s+)?(?:more|further)\s+information", r"(?:media|press)\s+relations",
           r"contacts?\s+for\s+(?:the\s+)?(?:media|press)"),
    "es": (r"contactos?(?:\s+(?:para\s+(?:los\s+)?medios|de\s+prensa|con\s+(?:los\s+)?medios))?",
           r"(?:para\s+)?(?:mas|mayor)\s+informacion", r"informacion\s+(?:adicional|de\s+prensa)",
           r"personas?\s+de\s+contacto(?:\s+(?:para\s+(?:la\s+)?prensa|de\s+prensa))?"),
    "pt": (r"conta(?:c)?tos?(?:\s+(?:para\s+(?:a\s+)?imprensa|de\s+imprensa))?",
           r"(?:para\s+)?mais\s+informac(?:oes|ao)",
           r"informac(?:oes|ao)\s+(?:adicionais|para\s+a\s+imprensa)",
           r"assessoria\s+de\s+imprensa",
           r"pessoas?\s+de\s+conta(?:c)?to(?:\s+(?:para\s+(?:a\s+)?imprensa|de\s+imprensa))?"),
}

#: Verbs that end a "For more information, please contact" opener (pt: "entre em contato com").
CONTACT_VERBS: Table = {
    "fr": (r"contact\w*", r"s'adresser\s+a", r"joindre"),
    "en": (r"contact\w*", r"write\s+to", r"call", r"reach"),
    "es": (r"contact\w*", r"dirigirse\s+a", r"comunicarse\s+con", r"escribir\s+a"),
    "pt": (r"(?:entre|entrar)\s+em\s+conta(?:c)?to(?:\s+com)?", r"conta(?:c)?t(?:e|ar)",
           r"escrev(?:a|er)\s+para"),
}

#: Lines that close a contact block: what follows is page chrome, not a contact.
CONTACT_BLOCK_ENDS: Table = {
    "fr": (r"le\s+saviez[\s-]vous\b.*", r"a\s+lire\s+aussi\b.*", r"voir\s+aussi",
           r"editeur", r"retour\s+(?:a\s+la\s+(?:page|liste)|aux?\s+(?:actualites|accueil))\b.*",
           r"articles?\s+(?:lies|similaires|connexes)", r"notes?\s+(?:aux|pour\s+les)\s+redact\w+",
           r"a\s+propos\s+d[eu']\s*.{0,40}",
           r"(?:mots[\s-]cles|etiquettes|themes?|pieces?\s+jointes?)"
           r"(?:\s*:.*)?", r"suivez[\s-](?:nous|l['’]\s*\w+)\b.*"),
    "en": (r"did\s+you\s+know\b.*", r"you\s+may\s+also\s+like", r"see\s+also", r"publisher",
           r"related\s+(?:news|stories|articles|content|links)", r"read\s+more",
           r"back\s+to\s+(?:top|the\s+list|news|press\s+releases|home)\b.*",
           r"notes?\s+to\s+editors", r"(?:tags?|topics?|attachments?|keywords)(?:\s*:.*)?",
           r"follow\s+us\b.*"),
    "es": (r"sabias\s+que\b.*", r"vea\s+tambien", r"ver\s+tambien", r"editor",
           r"volver\s+(?:a\s+la\s+(?:pagina|lista)|al\s+(?:inicio|listado))\b.*",
           r"noticias\s+relacionadas", r"notas?\s+(?:para|a)\s+(?:los\s+)?(?:editores|redactores)",
           r"(?:etiquetas|temas?|adjuntos?|palabras\s+clave)(?:\s*:.*)?", r"siguenos\b.*"),
    "pt": (r"voce\s+sabia\b.*", r"veja\s+tambem", r"leia\s+tambem", r"noticias\s+relacionadas",
           r"voltar\s+(?:para|a|ao)\s+(?:a\s+)?(?:pagina|lista|inicio)\b.*",
           r"notas?\s+(?:aos|para\s+os)\s+(?:editores|redatores)",
           r"(?:etiquetas|temas?|anexos?|palavras[\s-]chave|tags)(?:\s*:.*)?", r"siga[\s-]nos\b.*"),
}

#: Titles and honorifics written before a contact's name; they are dropped.
HONORIFICS: Table = {
    "fr": ("m", "mme", "mlle", "mr", "dr", "pr", "me"),
    "en": ("mr", "mrs", "ms", "miss", "dr", "prof"),
    "es": ("sr", "sra", "srta", "dr", "dra", "don", "dona", "lic"),
    "pt": ("sr", "sra", "dr", "dra", "prof", "profa"),
}

#: Words naming an office or a service desk (beyond `text.ORGANISATION`): a contact field
#: holding one is an office, not a person.
OFFICE_WORDS: Table = {
    "fr": ("delegation", "departement", "secretariat", "service", "relations", "information",
           "communication", "comite", "croix-rouge", "croissant-rouge", "federal", "federale",
           "cabinet", "direction", "unite", "agence", "internationale?", "presse"),
    "en": ("delegation", "department", "secretariat", "service", "unit", "relations",
           "information", "communications?", "committee", "red cross", "red crescent",
           "federal", "agency", "international", "federation", "press", "desk"),
    "es": ("delegacion", "departamento", "secretaria", "servicio", "unidad", "relaciones",
           "informacion", "comunicaciones?", "comite", "cruz roja", "media luna", "federal",
           "agencia", "internacional", "prensa"),
    "pt": ("delegacao", "departamento", "secretaria", "servico", "unidade", "relacoes",
           "informacao", "comunicacao", "comite", "cruz vermelha", "federal", "agencia",
           "internacional", "imprensa", "assessoria"),
}

#: Words of a postal address in a contact block ("Federal Palace West Wing", "Rue de …").
ADDRESS_WORDS: Table = {
    "fr": ("rue", "avenue", "boulevard", "chemin", "route", "place", "batiment", "aile",
           "etage", "palais", "case postale", "bp", "cedex"),
    "en": ("street", "road", "avenue", "building", "wing", "floor", "palace", "suite",
           "p\\.?o\\.? box", "square", "lane"),
    "es": ("calle", "avenida", "carrera", "edificio", "piso", "palacio", "apartado", "plaza"),
    "pt": ("rua", "avenida", "edificio", "andar", "palacio", "praca", "caixa postal", "bloco"),
}

#: "jdoe [at] org [dot] int": the words of an e-mail spelled out against robots.
SPELLED_AT: Table = {"fr": ("at", "arobase"), "en": ("at",), "es": ("arroba",), "pt": ("arroba",)}
SPELLED_DOT: Table = {"fr": ("point",), "en": ("dot",), "es": ("punto",), "pt": ("ponto",)}

#: Verbs of flight: a country named shortly after one ("fleeing violence in Nigeria") is where
#: people came from, not where the release takes place.
FLIGHT_WORDS: Table = {
    "fr": (r"fuy\w*", r"fui\w*", r"fuir", r"en\s+provenance"),
    "en": (r"flee\w*", r"fled", r"escap\w*"),
    "es": (r"huy\w*", r"hu[iy]r", r"huido", r"procedentes?"),
    "pt": (r"fug\w*", r"fog\w*", r"proveniente\w*"),
}

#: "Em Brasília, Ana Silva": a preposition and a place before a contact's name (the office).
LOCATIVES: Table = {
    "fr": ("a", "au", "en"),
    "en": ("in", "at"),
    "es": ("en",),
    "pt": ("em", "no", "na"),
}


def words(table: Table, languages: Iterable[str] | None = None) -> list[str]:
    """The fragments of `table` for `languages` (all languages when None), without repeats."""
    chosen = table.keys() if languages is None else languages
    seen: dict[str, None] = {}
    for language in chosen:
        for fragment in table.get(language, ()):
            seen.setdefault(fragment, None)
    return list(seen)


def alternation(table: Table, languages: Iterable[str] | None = None) -> str:
    """One regex alternation of a table's fragments, longest first (a group, no anchors)."""
    fragments = sorted(words(table, languages), key=len, reverse=True)
    return "(?:" + "|".join(fragments) + ")"


def compiled(template: str, **tables: Table) -> re.Pattern[str]:
    """`template` with each `{name}` replaced by the alternation of the table passed as name
    (other braces, such as `{2,}`, are left alone)."""
    for name, table in tables.items():
        template = template.replace("{" + name + "}", alternation(table))
    return re.compile(template)


# --- the head of a release: page chrome standing around the headline -------------------

#: Banners of archived pages ("Page archivée : peut contenir des informations obsolètes").
ARCHIVE_BANNERS: Table = {
    "fr": (r"page\s+archivee\b.*", r"contenu\s+archive\b.*", r"cette\s+page\s+est\s+archivee.*"),
    "en": (r"archived\s+(?:page|content)\b.*", r"this\s+(?:page|content)\s+(?:has\s+been|is)"
           r"\s+archived.*", r"archive\s+page\b.*"),
    "es": (r"pagina\s+archivada\b.*", r"contenido\s+archivado\b.*"),
    "pt": (r"pagina\s+arquivada\b.*", r"conteudo\s+arquivado\b.*"),
}

#: Headers of a listing page ("2016 Press Releases", "Press releases, 20.12.2018",
#: "Displaying 26 - 50 of 63"); a year or a date may stand before or after them.
LISTING_HEADERS: Table = {
    "fr": (r"communiques(?:\s+de\s+presse)?", r"actualites", r"salle\s+de\s+presse",
           r"affichage\s+(?:de\s+)?\d+\s*-\s*\d+\s+(?:sur|de)\s+\d+"),
    "en": (r"(?:press|news|media)\s+releases", r"news\s+and\s+press\s+release",
           r"(?:press\s+)?briefing\s+notes", r"news(?:room)?",
           r"latest\s+news", r"displaying\s+\d+\s*-\s*\d+\s+of\s+\d+"),
    "es": (r"comunicados(?:\s+de\s+prensa)?", r"notas\s+de\s+prensa", r"noticias",
           r"sala\s+de\s+prensa", r"mostrando\s+\d+\s*-\s*\d+\s+de\s+\d+"),
    "pt": (r"comunicados(?:\s+de\s+imprensa)?", r"notas\s+(?:de|a|à)\s+imprensa", r"noticias",
           r"sala\s+de\s+imprensa", r"exibindo\s+\d+\s*-\s*\d+\s+de\s+\d+"),
}

#: Page furniture that can stand above a headline: logos, image and video placeholders,
#: "read more" links, "from <publisher>" lines.
HEAD_CHROME: Table = {
    "fr": (r"logo", r"lire\s+la\s+suite\b.*", r"image", r"photo", r"video", r"imprimer",
           r"partager"),
    "en": (r"logo", r"read\s+more\b.*", r"image", r"photo", r"video", r"pin\s+it",
           r"print", r"share", r"external\s+id", r"format", r"sources?", r"posted", r"origin",
           r"originally\s+published", r"view\s+original", r"countries", r"publication\s+date"),
    "es": (r"logo", r"leer\s+mas\b.*", r"imagen(?:\s+de\s+previsualizacion\b.*)?", r"foto",
           r"video", r"imprimir", r"compartir"),
    "pt": (r"logo(?:tipo)?", r"leia\s+mais\b.*", r"imagem", r"foto", r"video", r"imprimir",
           r"compartilhar"),
}

#: A byline under a headline: "By Jane Doe", "Par Jean Dupont", "Por María López".
BYLINES: Table = {"fr": (r"par",), "en": (r"by",), "es": (r"por",), "pt": (r"por",)}

#: Labels a publication date follows on a line of its own or near the end of the page.
DATE_LABELS: Table = {
    "fr": (r"publie\s+le", r"date(?:\s+de\s+publication)?", r"derniere\s+(?:modification|mise\s+a"
           r"\s+jour)", r"mis\s+a\s+jour\s+le"),
    "en": (r"posted\s+on", r"published\s+on", r"published", r"date", r"last\s+(?:modified|updated)",
           r"updated\s+on"),
    "es": (r"publicado\s+el", r"publicado", r"fecha(?:\s+de\s+publicacion)?",
           r"ultima\s+(?:modificacion|actualizacion)"),
    "pt": (r"publicado\s+em", r"publicado", r"data(?:\s+de\s+publicacao)?",
           r"ultima\s+(?:modificacao|atualizacao)", r"atualizado\s+em"),
}


# --- countries ------------------------------------------------------------------------

#: Demonyms of countries that humanitarian releases are often about (CLDR has no demonyms):
#: language -> {alpha-2: pattern}, matched case-insensitively on accent-folded text.
DEMONYMS: Mapping[str, Mapping[str, str]] = {
    "fr": {
        "SY": r"syrien(?:ne)?s?", "IQ": r"irakien(?:ne)?s?", "AF": r"afghan(?:e)?s?",
        "SD": r"soudanais(?:es?)?", "SS": r"sud-soudanais(?:es?)?", "YE": r"yemenites?",
        "UA": r"ukrainien(?:ne)?s?", "NG": r"nigerian(?:e)?s?", "NE": r"nigerien(?:ne)?s?",
        "ML": r"malien(?:ne)?s?", "CF": r"centrafricain(?:e)?s?", "ET": r"ethiopien(?:ne)?s?",
        "ER": r"erythreen(?:ne)?s?", "LY": r"libyen(?:ne)?s?", "LB": r"libanais(?:es?)?",
        "JO": r"jordanien(?:ne)?s?", "TR": r"turc|turque|turcs|turques",
        "PS": r"palestinien(?:ne)?s?", "RW": r"rwandais(?:es?)?", "BI": r"burundais(?:es?)?",
        "TD": r"tchadien(?:ne)?s?", "CM": r"camerounais(?:es?)?", "MZ": r"mozambicain(?:e)?s?",
        "ZW": r"zimbabween(?:ne)?s?", "PH": r"philippin(?:e)?s?", "BD": r"bangladais(?:es?)?",
        "MM": r"birman(?:e)?s?", "PK": r"pakistanais(?:es?)?", "IR": r"iranien(?:ne)?s?",
        "RU": r"russes?", "SO": r"somalien(?:ne)?s?",
    },
    "en": {
        "SY": r"syrians?", "IQ": r"iraqis?", "AF": r"afghans?", "SD": r"(?<!south )sudanese",
        "SS": r"south sudanese", "YE": r"yemenis?", "UA": r"ukrainians?", "NG": r"nigerians?",
        "NE": r"nigeriens?", "ML": r"malians?", "CF": r"central africans?",
        "ET": r"ethiopians?", "ER": r"eritreans?", "LY": r"libyans?", "LB": r"lebanese",
        "JO": r"jordanians?", "TR": r"turks?|turkish", "PS": r"palestinians?",
        "RW": r"rwandans?", "BI": r"burundians?", "TD": r"chadians?", "CM": r"cameroonians?",
        "MZ": r"mozambicans?", "ZW": r"zimbabweans?", "PH": r"filipinos?",
        "BD": r"bangladeshis?", "PK": r"pakistanis?", "IR": r"iranians?", "RU": r"russians?",
        "SO": r"somalis?",
    },
    "es": {
        "SY": r"sirios?|sirias?", "IQ": r"iraquies|iraqui", "AF": r"afganos?|afganas?",
        "SD": r"sudaneses|sudanes|sudanesas?", "YE": r"yemenies|yemeni",
        "UA": r"ucranian[oa]s?", "NG": r"nigerian[oa]s?", "NE": r"nigerin[oa]s?",
        "ML": r"malienses?", "ET": r"etiopes?", "ER": r"eritre[oa]s?", "LY": r"libi[oa]s?",
        "LB": r"libaneses?|libanes|libanesas?", "JO": r"jordan[oa]s?", "TR": r"turc[oa]s?",
        "PS": r"palestin[oa]s?", "TD": r"chadian[oa]s?", "MZ": r"mozambiquen[oa]s?",
        "PH": r"filipin[oa]s?", "PK": r"pakistanies|pakistani", "IR": r"iranies|irani",
        "RU": r"rus[oa]s?", "SO": r"somalies|somali",
    },
    "pt": {
        "SY": r"sirios?|sirias?", "IQ": r"iraquian[oa]s?", "AF": r"afegaos|afegao|afegas?",
        "UA": r"ucranian[oa]s?", "NG": r"nigerian[oa]s?", "NE": r"nigerin[oa]s?",
        "ET": r"etiopes?", "LY": r"libi[oa]s?", "JO": r"jordanian[oa]s?", "TR": r"turc[oa]s?",
        "PS": r"palestin[oa]s?", "MZ": r"mocambican[oa]s?", "PH": r"filipin[oa]s?",
        "PK": r"paquistaneses?", "IR": r"iranian[oa]s?", "RU": r"russ[oa]s?",
    },
}
