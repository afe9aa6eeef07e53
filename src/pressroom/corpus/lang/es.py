"""Spanish vocabulary and phrasing (OIM releases)."""

from __future__ import annotations

import random

from pressroom.corpus.lang.base import Language, Noun


class Spanish(Language):
    """Spanish grammar: "el 60% de las víctimas", "más del 60%", "unos/unas"."""

    def of(self, noun: Noun, rng: random.Random) -> str:
        return ("de las " if noun.gender == "f" else "de los ") + noun.text

    def million_of(self, noun: Noun) -> str:
        return "de " + noun.text

    def million_word(self, m: float) -> str:
        return self.million[1]

    def percent_outside(self, qualifier: str) -> str:
        return "el " if qualifier == "exact" else ""

    def percent_prefix(self, rng: random.Random, qualifier: str) -> str:
        if qualifier == "exact":
            return ""
        return rng.choice(PERCENT_QUALIFIERS[qualifier])

    def count_prefix(self, rng: random.Random, qualifier: str, noun: Noun | None) -> str:
        if qualifier == "about" and noun is not None and rng.random() < 0.4:
            return "unas " if noun.gender == "f" else "unos "
        return super().count_prefix(rng, qualifier, noun)


PERCENT_QUALIFIERS = {
    "more_than": ("más del ",), "about": ("casi el ", "alrededor del ", "cerca del "),
    "less_than": ("menos del ",), "up_to": ("hasta el ",),
    "at_least": ("al menos el ", "por lo menos el "),
}

_N = Noun
NOUNS = (
    _N("víctimas de trata", "f", "people"), _N("víctimas", "f", "people"),
    _N("migrantes", "m", "people"), _N("migrantes en situación irregular", "m", "people"),
    _N("personas desplazadas", "f", "people"), _N("personas", "f", "people"),
    _N("familias", "f", "people"), _N("hogares", "m", "people"),
    _N("niños no acompañados", "m", "people"), _N("retornados", "m", "people"),
    _N("refugiados", "m", "people"), _N("solicitantes de asilo", "m", "people"),
    _N("trabajadores migrantes", "m", "people"), _N("mujeres", "f", "people"),
    _N("jóvenes", "m", "people"), _N("beneficiarios", "m", "people"),
    _N("sobrevivientes", "m", "people"), _N("funcionarios", "m", "people"),
    _N("policías", "m", "people"), _N("estudiantes", "m", "people"),
    _N("migrantes retornados", "m", "people"),
    _N("llamadas", "f", "events"), _N("casos de trata", "m", "events"),
    _N("consultas médicas", "f", "events"), _N("investigaciones", "f", "events"),
    _N("operaciones de rescate", "f", "events"), _N("llegadas", "f", "events"),
    _N("sesiones de capacitación", "f", "events"), _N("vuelos de retorno", "m", "events"),
    _N("pruebas de detección", "f", "events"),
    _N("kits de higiene", "m", "items"), _N("carpas", "f", "items"),
    _N("frazadas", "f", "items"), _N("paquetes de alimentos", "m", "items"),
    _N("mosquiteros", "m", "items"), _N("dosis de vacuna", "f", "items"),
    _N("albergues", "m", "facilities"), _N("centros de acogida", "m", "facilities"),
    _N("letrinas", "f", "facilities"), _N("clínicas móviles", "f", "facilities"),
    _N("puntos de agua", "m", "facilities"), _N("aulas", "f", "facilities"),
    _N("puntos fronterizos", "m", "sites"), _N("sitios de desplazamiento", "m", "sites"),
    _N("puntos de entrada", "m", "sites"),
)

MENUS = ("\n".join((
    'Ir al contenido principal',
    'Quiénes somos',
    '- Acerca de la OIM',
    '- Estados Miembros',
    'La OIM, fundada en 1951, es la organización de las Naciones Unidas para la '
    'migración: cuenta con 175 Estados Miembros y oficinas en más de 100 países.',
    'Nuestro trabajo',
    '- Qué hacemos',
    '- Dónde trabajamos',
    'Participe',
    '- Empleo',
    '- Adquisiciones',
    'Datos e investigación',
    '- Informe sobre las migraciones en el mundo 2024',
    'Prensa',
    '- Comunicados',
    '- Historias',
    'Buscar',
)),)

COUNTRY_MENUS = (
    "\n".join((
    'OIM {country}',
    'Inicio',
    'Sobre nosotros',
    '- La OIM {in_country}',
    '- Socios',
    'Qué hacemos',
    '- Respuesta a emergencias',
    '- Lucha contra la trata',
    '- Migración laboral',
    'Noticias',
    '- Comunicados de prensa',
    'Publicaciones',
    'Contáctenos',
)),
    "\n".join((
    'Menú principal',
    'Inicio',
    'Quiénes somos',
    'Nuestro trabajo',
    '- Protección de migrantes',
    '- Matriz de Seguimiento de Desplazamiento (DTM)',
    '- Salud',
    'Centro de prensa',
    'Empleos',
    '© OIM 2024',
)),
)

SPANISH = Spanish(
    code="es",
    nouns=NOUNS,
    qualifiers={
        "more_than": ("más de ",),
        "about": ("casi ", "alrededor de ", "cerca de ", "aproximadamente "),
        "less_than": ("menos de ",), "up_to": ("hasta ",),
        "at_least": ("al menos ", "por lo menos "),
    },
    range_fmt="entre {a} y {b}",
    percent_signs=(("%", 8), (" por ciento", 3), (" %", 2)),
    percent_word_sign=" por ciento",
    million=("millón", "millones"),
    fractions=((0.3333, "un tercio"), (0.5, "la mitad"), (0.25, "una cuarta parte"),
               (0.6667, "dos tercios"), (0.75, "tres cuartas partes")),
    per={"count/day": (" por día", " al día"), "count/year": (" por año", " al año")},
    money={"USD": ("{n} dólares", "US$ {n}", "USD {n}", "{n} dólares estadounidenses"),
           "EUR": ("{n} euros", "€ {n}"),
           "CHF": ("{n} francos suizos",)},
    money_million={"USD": ("{m} de dólares", "US$ {m}", "USD {m}"),
                   "EUR": ("{m} de euros",), "CHF": ("{m} de francos suizos",)},
    intros=(("En {y}, ", "one"), ("Desde {y}, ", "since"), ("Entre {y} y {y2}, ", "between"),
            ("De {y} a {y2}, ", "between"), ("Durante {y}, ", "one")),
    tails=((" en {y}", "one"), (" desde {y}", "since"), (" entre {y} y {y2}", "between"),
           (" desde el inicio del programa en {y}", "since")),
    actors=("La OIM", "La OIM {in_country}", "La oficina de la OIM {in_country}",
            "El equipo móvil de la OIM", "El programa", "El Ministerio del Interior",
            "El Gobierno"),
    active={
        "people": ("asistió a", "ayudó a", "registró a", "brindó asistencia a", "capacitó a",
                   "atendió a"),
        "events": ("registró", "documentó"),
        "items": ("distribuyó", "entregó"),
        "facilities": ("construyó", "rehabilitó", "instaló"),
    },
    passive={
        "people": ("fueron identificad{o}s", "fueron asistid{o}s", "fueron registrad{o}s",
                   "recibieron asistencia humanitaria", "se beneficiaron de apoyo psicosocial"),
        "events": ("fueron registrad{o}s", "fueron contabilizad{o}s",
                   "fueron documentad{o}s"),
        "items": ("fueron distribuid{o}s", "fueron entregad{o}s a las familias"),
        "facilities": ("fueron construid{o}s o rehabilitad{o}s", "fueron instalad{o}s"),
    },
    percent_preds=("se alojan con familiares", "necesitan asistencia humanitaria",
                   "viven en condiciones precarias", "declararon querer quedarse en el país",
                   "no tienen documentos de identidad"),
    bare_preds=("son adult{o}s", "son menores de edad", "eran mujeres",
                "tenían entre {a} y {b} años", "fueron víctimas de trata dentro del país",
                "viven en albergues temporales", "desean regresar a su hogar",
                "no tienen acceso a agua potable"),
    rate_preds=("cruzan la frontera", "llegan al país", "transitan por la región"),
    site_frames=("La OIM desplegó equipos en {span}.",
                 "Se establecieron controles sanitarios en {span}.",
                 "Las capacitaciones se realizaron en {span} utilizados diariamente por miles "
                 "de personas."),
    money_frames=("{donor} aportó {span} a la OIM para {purpose}.",
                  "La OIM hace un llamamiento de {span} para {purpose}.",
                  "El proyecto, por un monto de {span}, es financiado por {donor_lc}.",
                  "{intro}{donor_lc} otorgó {span} para {purpose}."),
    donors=("La Unión Europea", "El Fondo Central para la Acción en Casos de Emergencia",
            "El Departamento de Estado de los Estados Unidos", "El Gobierno de Canadá",
            "La Agencia Sueca de Cooperación Internacional"),
    purposes=("fortalecer la lucha contra la trata", "asistir a las personas desplazadas",
              "apoyar la reintegración de los migrantes retornados",
              "mejorar el acceso a la salud"),
    out_of=("De {span}, {rest}.", "Del total de {span}, {rest}."),
    shares=(("son adult{o}s", "son menores de edad"), ("son mujeres", "son hombres"),
            ("fueron víctimas de trata dentro del país", "cruzaron fronteras"),
            ("desean regresar a su hogar", "desean quedarse en el país")),
    and_=" y ",
    traps=(
        "La Ley {lawno} de {year} prevé penas de hasta {prison} años de prisión para los "
        "tratantes.",
        "La ley nacional contra la trata (Ley {lawno}) fue aprobada en {year}.",
        "Una línea gratuita ({hotline}) permite denunciar casos de trata.",
        "El estudio preliminar, de {dur_word} meses, se realizó en el terreno.",
        "El estudio abarca la capital y {geo_word} de los {geo_total_word} departamentos del "
        "país.",
        "En {year}, la OIM lanzó una campaña de información con {orgs} empresas del sector "
        "privado.",
        "Miles de personas cruzan cada año la frontera, a menudo arriesgando su vida.",
        "Cientos de familias tuvieron que abandonar sus hogares y decenas de escuelas siguen "
        "cerradas.",
        "El proyecto forma parte de la respuesta a la COVID-19 y de la Agenda 2030 para el "
        "Desarrollo Sostenible.",
        "El comité está integrado por {list_word} miembros: {list}.",
        "La reunión se celebró el {date} en {city}.",
        "Se trata de la {ordinal} edición de la campaña.",
        "Entre las víctimas figura una madre de {kids_word} hijos de una zona rural.",
        "El centro se encuentra a {km} km de la frontera, a más de {alt} metros de altitud.",
        "Los jóvenes de {age} a {age2} años son los más expuestos.",
        "Los menores de {age_limit} años son particularmente vulnerables.",
        "La resolución {res} del Consejo de Seguridad insta a los Estados a reforzar su "
        "cooperación.",
        "La OIM trabaja con {orgs} organizaciones socias en {geo} municipios.",
        "Desde {year}, la OIM está presente {in_country}.",
        "El programa durará {dur_word} años y se evaluará cada semestre.",
        "Las sesiones comienzan cada día a las {hour}:{minute}.",
    ),
    fillers=(
        "La OIM y sus socios seguirán brindando apoyo técnico a las autoridades nacionales y "
        "locales.",
        "La situación sigue siendo preocupante {in_country}, donde las redes criminales se "
        "aprovechan de la vulnerabilidad de los migrantes.",
        "El proyecto busca fortalecer las capacidades de las instituciones encargadas de "
        "{theme}.",
        "Los equipos móviles de la OIM brindan asistencia directa a las personas más "
        "vulnerables.",
        "Esta iniciativa forma parte de una estrategia nacional más amplia para {theme}.",
        "Los socios destacaron la importancia de una mejor coordinación entre instituciones.",
        "En los próximos meses se establecerán mecanismos de coordinación local.",
        "El Gobierno se comprometió a continuar sus esfuerzos de prevención y protección.",
    ),
    quotes=("Debemos redoblar esfuerzos para proteger a las personas más vulnerables",
            "Este acuerdo nos permitirá fortalecer nuestra cooperación",
            "Contar con datos precisos es esencial para orientar las políticas",
            "Todavía queda mucho por hacer para sensibilizar a la población"),
    quote_frames=("«{quote}», afirmó {name}, {role}.", "“{quote}”, señaló {name}, {role}."),
    roles=("jefe de misión de la OIM {in_country}", "coordinadora del programa",
           "portavoz de la OIM", "director general de Migración"),
    titles=("La OIM y {the_country} fortalecen su cooperación en {theme}",
            "La OIM lanza una campaña de información sobre {theme} {in_country}",
            "{In_country}, la OIM intensifica su labor para {theme}",
            "Un estudio de la OIM revela la magnitud de las necesidades {in_country}",
            "Nuevo paso para {theme} {in_country}"),
    figure_titles=("La OIM asiste a {span} {in_country}", "{In_country}, la OIM ayudó a {span}"),
    themes=("la lucha contra la trata", "la asistencia a las personas desplazadas",
            "la reintegración de los migrantes retornados", "la gestión de fronteras",
            "la salud de los migrantes"),
    months=("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
            "septiembre", "octubre", "noviembre", "diciembre"),
    date_fmt="{d} de {month} de {y}",
    openers=("Para más información, por favor contactar a",
             "Para más información, por favor contactar",
             "Para mayor información, favor contactar a"),
    email_labels=("Email:", "Correo electrónico:", "Correo:", "E-mail:"),
    phone_labels={"phone": ("Tel:", "Tel.", "Teléfono:", "Tel.:"),
                  "mobile": ("Móvil:", "Celular:", "Cel.:"),
                  "fax": ("Fax:",)},
    extension_labels=("Ext. ", "ext. ", "Anexo "),
    office_prefix="OIM",
    or_=" o ",
    communique_header=("Comunicado de prensa", "Comunicado"),
    regions=("Global",),
    menus=MENUS,
    country_menus=COUNTRY_MENUS,
    crowds=("migrantes", "personas desplazadas", "personas", "refugiados", "familias"),
    footers=("Compartir\nFacebook\nTwitter\nLinkedIn", "Imprimir\nCompartir esta página"),
)
