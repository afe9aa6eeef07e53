"""Countries a release can be about: names, prepositions and office cities in fr/en/es/pt.

Hand-written because the prepositions and articles ("au Pérou", "en Haïti", "aux Philippines",
"en el Perú", "no Brasil") are grammar no country library carries; ISO codes are checked
against pycountry in the tests.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Names:
    """How one language writes a country: bare name, "in <country>", "the <country>"."""

    name: str  # "Pérou"
    in_: str  # "au Pérou"
    the: str  # "le Pérou"


@dataclass(frozen=True)
class Country:
    """A country with its names per language and an office city per language."""

    code: str  # ISO 3166-1 alpha-2
    fr: Names
    en: Names
    es: Names
    pt: Names
    city: dict[str, str]  # language -> capital/office city as written in that language

    def names(self, lang: str) -> Names:
        return getattr(self, lang)


# Portuguese: (name, "in <country>", "the <country>", office city), by ISO code.
PT: dict[str, tuple[str, str, str, str]] = {
    "PE": ("Peru", "no Peru", "o Peru", "Lima"),
    "CO": ("Colômbia", "na Colômbia", "a Colômbia", "Bogotá"),
    "CL": ("Chile", "no Chile", "o Chile", "Santiago"),
    "EC": ("Equador", "no Equador", "o Equador", "Quito"),
    "BO": ("Bolívia", "na Bolívia", "a Bolívia", "La Paz"),
    "MX": ("México", "no México", "o México", "Cidade do México"),
    "GT": ("Guatemala", "na Guatemala", "a Guatemala", "Cidade da Guatemala"),
    "HN": ("Honduras", "em Honduras", "Honduras", "Tegucigalpa"),
    "HT": ("Haiti", "no Haiti", "o Haiti", "Porto Príncipe"),
    "KE": ("Quênia", "no Quênia", "o Quênia", "Nairóbi"),
    "BI": ("Burundi", "no Burundi", "o Burundi", "Bujumbura"),
    "SN": ("Senegal", "no Senegal", "o Senegal", "Dacar"),
    "NE": ("Níger", "no Níger", "o Níger", "Niamey"),
    "ML": ("Mali", "no Mali", "o Mali", "Bamako"),
    "CD": ("República Democrática do Congo", "na República Democrática do Congo",
           "a República Democrática do Congo", "Kinshasa"),
    "YE": ("Iêmen", "no Iêmen", "o Iêmen", "Sanaa"),
    "LY": ("Líbia", "na Líbia", "a Líbia", "Trípoli"),
    "TR": ("Turquia", "na Turquia", "a Turquia", "Ancara"),
    "PH": ("Filipinas", "nas Filipinas", "as Filipinas", "Manila"),
    "BD": ("Bangladesh", "em Bangladesh", "Bangladesh", "Daca"),
    "IT": ("Itália", "na Itália", "a Itália", "Roma"),
    "GR": ("Grécia", "na Grécia", "a Grécia", "Atenas"),
    "CH": ("Suíça", "na Suíça", "a Suíça", "Genebra"),
    "BR": ("Brasil", "no Brasil", "o Brasil", "Brasília"),
    "PT": ("Portugal", "em Portugal", "Portugal", "Lisboa"),
    "MZ": ("Moçambique", "em Moçambique", "Moçambique", "Maputo"),
    "AO": ("Angola", "em Angola", "Angola", "Luanda"),
    "CA": ("Canadá", "no Canadá", "o Canadá", "Ottawa"),
}


def _c(code: str, fr: tuple[str, str, str], en: tuple[str, str, str],
       es: tuple[str, str, str], city: tuple[str, str, str]) -> Country:
    *pt, pt_city = PT[code]
    return Country(code, Names(*fr), Names(*en), Names(*es), Names(*pt),
                   {"fr": city[0], "en": city[1], "es": city[2], "pt": pt_city})


COUNTRIES: tuple[Country, ...] = (
    _c("PE", ("Pérou", "au Pérou", "le Pérou"), ("Peru", "in Peru", "Peru"),
       ("Perú", "en el Perú", "el Perú"), ("Lima", "Lima", "Lima")),
    _c("CO", ("Colombie", "en Colombie", "la Colombie"), ("Colombia", "in Colombia", "Colombia"),
       ("Colombia", "en Colombia", "Colombia"), ("Bogota", "Bogota", "Bogotá")),
    _c("CL", ("Chili", "au Chili", "le Chili"), ("Chile", "in Chile", "Chile"),
       ("Chile", "en Chile", "Chile"), ("Santiago", "Santiago", "Santiago")),
    _c("EC", ("Équateur", "en Équateur", "l'Équateur"), ("Ecuador", "in Ecuador", "Ecuador"),
       ("Ecuador", "en Ecuador", "Ecuador"), ("Quito", "Quito", "Quito")),
    _c("BO", ("Bolivie", "en Bolivie", "la Bolivie"), ("Bolivia", "in Bolivia", "Bolivia"),
       ("Bolivia", "en Bolivia", "Bolivia"), ("La Paz", "La Paz", "La Paz")),
    _c("MX", ("Mexique", "au Mexique", "le Mexique"), ("Mexico", "in Mexico", "Mexico"),
       ("México", "en México", "México"), ("Mexico", "Mexico City", "Ciudad de México")),
    _c("GT", ("Guatemala", "au Guatemala", "le Guatemala"),
       ("Guatemala", "in Guatemala", "Guatemala"), ("Guatemala", "en Guatemala", "Guatemala"),
       ("Guatemala", "Guatemala City", "Ciudad de Guatemala")),
    _c("HN", ("Honduras", "au Honduras", "le Honduras"), ("Honduras", "in Honduras", "Honduras"),
       ("Honduras", "en Honduras", "Honduras"), ("Tegucigalpa", "Tegucigalpa", "Tegucigalpa")),
    _c("HT", ("Haïti", "en Haïti", "Haïti"), ("Haiti", "in Haiti", "Haiti"),
       ("Haití", "en Haití", "Haití"), ("Port-au-Prince", "Port-au-Prince", "Puerto Príncipe")),
    _c("KE", ("Kenya", "au Kenya", "le Kenya"), ("Kenya", "in Kenya", "Kenya"),
       ("Kenia", "en Kenia", "Kenia"), ("Nairobi", "Nairobi", "Nairobi")),
    _c("BI", ("Burundi", "au Burundi", "le Burundi"), ("Burundi", "in Burundi", "Burundi"),
       ("Burundi", "en Burundi", "Burundi"), ("Bujumbura", "Bujumbura", "Buyumbura")),
    _c("SN", ("Sénégal", "au Sénégal", "le Sénégal"), ("Senegal", "in Senegal", "Senegal"),
       ("Senegal", "en el Senegal", "el Senegal"), ("Dakar", "Dakar", "Dakar")),
    _c("NE", ("Niger", "au Niger", "le Niger"), ("Niger", "in Niger", "Niger"),
       ("Níger", "en el Níger", "el Níger"), ("Niamey", "Niamey", "Niamey")),
    _c("ML", ("Mali", "au Mali", "le Mali"), ("Mali", "in Mali", "Mali"),
       ("Malí", "en Malí", "Malí"), ("Bamako", "Bamako", "Bamako")),
    _c("CD", ("République démocratique du Congo", "en République démocratique du Congo",
              "la République démocratique du Congo"),
       ("Democratic Republic of the Congo", "in the Democratic Republic of the Congo",
        "the Democratic Republic of the Congo"),
       ("República Democrática del Congo", "en la República Democrática del Congo",
        "la República Democrática del Congo"), ("Kinshasa", "Kinshasa", "Kinshasa")),
    _c("YE", ("Yémen", "au Yémen", "le Yémen"), ("Yemen", "in Yemen", "Yemen"),
       ("Yemen", "en el Yemen", "el Yemen"), ("Sanaa", "Sana'a", "Saná")),
    _c("LY", ("Libye", "en Libye", "la Libye"), ("Libya", "in Libya", "Libya"),
       ("Libia", "en Libia", "Libia"), ("Tripoli", "Tripoli", "Trípoli")),
    _c("TR", ("Turquie", "en Turquie", "la Turquie"), ("Türkiye", "in Türkiye", "Türkiye"),
       ("Turquía", "en Turquía", "Turquía"), ("Ankara", "Ankara", "Ankara")),
    _c("PH", ("Philippines", "aux Philippines", "les Philippines"),
       ("Philippines", "in the Philippines", "the Philippines"),
       ("Filipinas", "en Filipinas", "Filipinas"), ("Manille", "Manila", "Manila")),
    _c("BD", ("Bangladesh", "au Bangladesh", "le Bangladesh"),
       ("Bangladesh", "in Bangladesh", "Bangladesh"), ("Bangladesh", "en Bangladesh", "Bangladesh"),
       ("Dacca", "Dhaka", "Daca")),
    _c("IT", ("Italie", "en Italie", "l'Italie"), ("Italy", "in Italy", "Italy"),
       ("Italia", "en Italia", "Italia"), ("Rome", "Rome", "Roma")),
    _c("GR", ("Grèce", "en Grèce", "la Grèce"), ("Greece", "in Greece", "Greece"),
       ("Grecia", "en Grecia", "Grecia"), ("Athènes", "Athens", "Atenas")),
)

# The headquarters: releases datelined Geneva are labelled CH (the dateline's country).
HQ: Country = _c("CH", ("Suisse", "en Suisse", "la Suisse"),
                 ("Switzerland", "in Switzerland", "Switzerland"),
                 ("Suiza", "en Suiza", "Suiza"), ("Genève", "Geneva", "Ginebra"))

# Countries only Portuguese releases and the real-world layouts are about: kept out of
# COUNTRIES so that fr/en/es documents of a given seed stay as they were.
LUSOPHONE: tuple[Country, ...] = (
    _c("BR", ("Brésil", "au Brésil", "le Brésil"), ("Brazil", "in Brazil", "Brazil"),
       ("Brasil", "en Brasil", "Brasil"), ("Brasilia", "Brasilia", "Brasilia")),
    _c("PT", ("Portugal", "au Portugal", "le Portugal"), ("Portugal", "in Portugal", "Portugal"),
       ("Portugal", "en Portugal", "Portugal"), ("Lisbonne", "Lisbon", "Lisboa")),
    _c("MZ", ("Mozambique", "au Mozambique", "le Mozambique"),
       ("Mozambique", "in Mozambique", "Mozambique"),
       ("Mozambique", "en Mozambique", "Mozambique"), ("Maputo", "Maputo", "Maputo")),
    _c("AO", ("Angola", "en Angola", "l'Angola"), ("Angola", "in Angola", "Angola"),
       ("Angola", "en Angola", "Angola"), ("Luanda", "Luanda", "Luanda")),
)
CANADA: Country = _c("CA", ("Canada", "au Canada", "le Canada"), ("Canada", "in Canada", "Canada"),
                     ("Canadá", "en Canadá", "Canadá"), ("Ottawa", "Ottawa", "Ottawa"))

BY_CODE: dict[str, Country] = {c.code: c for c in (*COUNTRIES, HQ, *LUSOPHONE, CANADA)}
