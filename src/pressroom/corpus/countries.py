"""Countries a release can be about: names, prepositions and office cities in fr/en/es.

Hand-written because the prepositions and articles ("au Pérou", "en Haïti", "aux Philippines",
"en el Perú") are grammar no country library carries; ISO codes are checked against pycountry
in the tests.
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
    city: dict[str, str]  # language -> capital/office city as written in that language

    def names(self, lang: str) -> Names:
        return getattr(self, lang)


def _c(code: str, fr: tuple[str, str, str], en: tuple[str, str, str],
       es: tuple[str, str, str], city: tuple[str, str, str]) -> Country:
    return Country(code, Names(*fr), Names(*en), Names(*es),
                   {"fr": city[0], "en": city[1], "es": city[2]})


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

BY_CODE: dict[str, Country] = {c.code: c for c in (*COUNTRIES, HQ)}
