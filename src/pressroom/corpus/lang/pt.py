"""Portuguese vocabulary and phrasing (OIM Brasil, Portugal, Moçambique, Angola releases).

Labels follow the dev set's Portuguese rules: "mais de" = more_than, "pelo menos"/"ao menos" =
at_least, "cerca de"/"aproximadamente"/"quase"/"perto de" = about (also "X, aproximadamente"
after the figure, or "estima-se que" before its clause), "menos de" = less_than, "até" = up_to,
"entre X e Y" = range, and a bare "mais" before a number ("mais 230 famílias", "another 230")
stays exact.
"""

from __future__ import annotations

import random

from pressroom.corpus.lang.base import Language, Noun
from pressroom.corpus.numbers import words


class Portuguese(Language):
    """Portuguese grammar: "30% dos migrantes", "3,7 milhões de pessoas", "duas clínicas"."""

    def of(self, noun: Noun, rng: random.Random) -> str:
        return ("das " if noun.gender == "f" else "dos ") + noun.text

    def million_of(self, noun: Noun) -> str:
        return "de " + noun.text

    def qualify(self, prefix: str, rest: str) -> str:
        """Contraction: "mais de" + "a metade" -> "mais da metade"."""
        if prefix.endswith("de ") and rest[:2] in ("a ", "o "):
            return prefix[:-2] + rest
        return prefix + rest

    def number_words(self, n: int, noun: Noun) -> str:
        return words(n, "pt", feminine=noun.gender == "f")


_N = Noun
NOUNS = (
    _N("vítimas de tráfico", "f", "people"), _N("vítimas", "f", "people"),
    _N("migrantes", "m", "people"), _N("migrantes em situação irregular", "m", "people"),
    _N("pessoas deslocadas", "f", "people"), _N("pessoas", "f", "people"),
    _N("famílias", "f", "people"), _N("agregados familiares", "m", "people"),
    _N("crianças desacompanhadas", "f", "people"), _N("retornados", "m", "people"),
    _N("refugiados", "m", "people"), _N("solicitantes de refúgio", "m", "people"),
    _N("trabalhadores migrantes", "m", "people"), _N("mulheres", "f", "people"),
    _N("jovens", "m", "people"), _N("beneficiários", "m", "people"),
    _N("sobreviventes", "m", "people"), _N("servidores públicos", "m", "people"),
    _N("policiais", "m", "people"), _N("estudantes", "m", "people"),
    _N("venezuelanos", "m", "people"), _N("indígenas", "m", "people"),
    _N("chamadas", "f", "events"), _N("casos de tráfico", "m", "events"),
    _N("consultas médicas", "f", "events"), _N("investigações", "f", "events"),
    _N("operações de resgate", "f", "events"), _N("chegadas", "f", "events"),
    _N("sessões de capacitação", "f", "events"), _N("voos de retorno", "m", "events"),
    _N("testes de diagnóstico", "m", "events"),
    _N("kits de higiene", "m", "items"), _N("barracas", "f", "items"),
    _N("cobertores", "m", "items"), _N("cestas básicas", "f", "items"),
    _N("mosquiteiros", "m", "items"), _N("doses de vacina", "f", "items"),
    _N("abrigos", "m", "facilities"), _N("centros de acolhida", "m", "facilities"),
    _N("latrinas", "f", "facilities"), _N("clínicas móveis", "f", "facilities"),
    _N("poços", "m", "facilities"), _N("salas de aula", "f", "facilities"),
    _N("postos de fronteira", "m", "sites"), _N("locais de deslocamento", "m", "sites"),
    _N("pontos de entrada", "m", "sites"),
)

MENUS = ("\n".join((
    'Pular para o conteúdo principal',
    'Quem somos',
    '- Sobre a OIM',
    '- Estados-Membros',
    'A OIM, fundada em 1951, é a agência das Nações Unidas para as migrações: conta com '
    '175 Estados-Membros e escritórios em mais de 100 países.',
    'Nosso trabalho',
    '- O que fazemos',
    '- Onde trabalhamos',
    'Participe',
    '- Vagas',
    'Dados e pesquisa',
    'Imprensa',
    '- Comunicados',
    '- Histórias',
    'Buscar',
)),)

COUNTRY_MENUS = (
    "\n".join((
    'OIM {country}',
    'Início',
    'Sobre nós',
    '- A OIM {in_country}',
    '- Parceiros',
    'O que fazemos',
    '- Resposta a emergências',
    '- Combate ao tráfico de pessoas',
    '- Migração laboral',
    'Notícias',
    '- Comunicados de imprensa',
    'Publicações',
    'Contato',
)),
    "\n".join((
    'Menu principal',
    'Início',
    'Quem somos',
    'Nosso trabalho',
    '- Proteção de migrantes',
    '- Matriz de Monitoramento de Deslocamento (DTM)',
    '- Saúde',
    'Sala de imprensa',
    'Oportunidades',
    '© OIM 2024',
)),
)

PORTUGUESE = Portuguese(
    code="pt",
    nouns=NOUNS,
    qualifiers={
        "more_than": ("mais de ",),
        "about": ("cerca de ", "aproximadamente ", "quase ", "perto de "),
        "less_than": ("menos de ",), "up_to": ("até ",),
        "at_least": ("pelo menos ", "ao menos "),
    },
    range_fmt="entre {a} e {b}",
    percent_signs=(("%", 10), (" %", 2), (" por cento", 2)),
    percent_word_sign=" por cento",
    million=("milhão", "milhões"),
    fractions=((0.3333, "um terço"), (0.5, "a metade"), (0.25, "um quarto"),
               (0.6667, "dois terços"), (0.75, "três quartos")),
    per={"count/day": (" por dia",), "count/year": (" por ano",)},
    money={"USD": ("US$ {n}", "{n} dólares", "USD {n}"),
           "EUR": ("{n} euros", "€ {n}"),
           "CHF": ("{n} francos suíços",),
           "BRL": ("R$ {n}", "{n} reais")},
    money_million={"USD": ("US$ {m}", "{m} de dólares", "USD {m}"),
                   "EUR": ("{m} de euros",), "CHF": ("{m} de francos suíços",),
                   "BRL": ("R$ {m}", "{m} de reais")},
    intros=(("Em {y}, ", "one"), ("Desde {y}, ", "since"), ("Entre {y} e {y2}, ", "between"),
            ("De {y} a {y2}, ", "between"), ("Ao longo de {y}, ", "one")),
    tails=((" em {y}", "one"), (" desde {y}", "since"), (" entre {y} e {y2}", "between"),
           (" desde o início do programa, em {y}", "since")),
    actors=("A OIM", "A OIM {in_country}", "O escritório da OIM {in_country}",
            "A equipe móvel da OIM", "O programa", "O Ministério da Justiça", "O Governo"),
    active={
        "people": ("assistiu", "atendeu", "registrou", "apoiou", "capacitou", "acolheu"),
        "events": ("registrou", "contabilizou"),
        "items": ("distribuiu", "entregou"),
        "facilities": ("construiu", "reabilitou", "instalou"),
    },
    passive={
        "people": ("foram identificad{o}s", "foram assistid{o}s", "foram registrad{o}s",
                   "receberam assistência humanitária", "receberam apoio psicossocial",
                   "foram acolhid{o}s"),
        "events": ("foram registrad{o}s", "foram contabilizad{o}s"),
        "items": ("foram distribuíd{o}s", "foram entregues às famílias"),
        "facilities": ("foram construíd{o}s ou reabilitad{o}s", "foram instalad{o}s"),
    },
    percent_preds=("vivem com familiares", "precisam de assistência humanitária",
                   "vivem em condições precárias", "declararam querer ficar no país",
                   "não têm documentos de identidade"),
    bare_preds=("são adult{o}s", "são menores de idade", "eram mulheres",
                "tinham entre {a} e {b} anos", "foram vítimas de tráfico dentro do país",
                "vivem em abrigos temporários", "desejam voltar para casa",
                "não têm acesso a água potável"),
    rate_preds=("cruzam a fronteira", "chegam ao país", "transitam pela região"),
    site_frames=("A OIM enviou equipes a {span}.",
                 "Foram instalados controles sanitários em {span}.",
                 "As capacitações foram realizadas em {span} usados diariamente por milhares "
                 "de pessoas."),
    money_frames=("{donor} doou {span} à OIM para {purpose}.",
                  "A OIM lança um apelo de {span} para {purpose}.",
                  "{donor} financia o projeto, no valor de {span}, para {purpose}.",
                  "{intro}{donor_lc} destinou {span} para {purpose}."),
    donors=("A União Europeia", "O Fundo Central de Resposta a Emergências",
            "O Departamento de Estado dos Estados Unidos", "O Governo do Canadá",
            "A Agência Sueca de Cooperação Internacional"),
    purposes=("fortalecer o combate ao tráfico de pessoas", "assistir as pessoas deslocadas",
              "apoiar a reintegração dos migrantes retornados",
              "melhorar o acesso à saúde"),
    out_of=("Do total de {span}, {rest}.", "De um total de {span}, {rest}."),
    shares=(("são adult{o}s", "são menores de idade"), ("são mulheres", "são homens"),
            ("foram vítimas de tráfico dentro do país", "cruzaram fronteiras"),
            ("desejam voltar para casa", "desejam ficar no país")),
    and_=" e ",
    traps=(
        "A Lei {lawno}, de {year}, prevê penas de até {prison} anos de prisão para os "
        "traficantes.",
        "A lei nacional de combate ao tráfico de pessoas (Lei {lawno}) foi aprovada em {year}.",
        "Uma linha gratuita ({hotline}) permite denunciar casos de tráfico.",
        "O estudo preliminar, de {dur_word} meses, foi realizado em campo.",
        "O estudo abrange a capital e {geo_word} dos {geo_total_word} estados do país.",
        "Em {year}, a OIM lançou uma campanha de informação com {orgs} empresas do setor "
        "privado.",
        "Milhares de pessoas cruzam a fronteira todos os anos, muitas vezes arriscando a vida.",
        "Centenas de famílias tiveram de deixar suas casas e dezenas de escolas continuam "
        "fechadas.",
        "O projeto faz parte da resposta à COVID-19 e da Agenda 2030 para o Desenvolvimento "
        "Sustentável.",
        "O comitê é formado por {list_word} membros: {list}.",
        "A reunião foi realizada em {date}, em {city}.",
        "Trata-se da {ordinal} edição da campanha.",
        "Entre as vítimas está uma mãe de {kids_word} filhos de uma zona rural.",
        "O centro fica a {km} km da fronteira, a mais de {alt} metros de altitude.",
        "Os jovens de {age} a {age2} anos são os mais expostos.",
        "As crianças com menos de {age_limit} anos são especialmente vulneráveis.",
        "A Resolução {res} do Conselho de Segurança pede aos Estados que reforcem a "
        "cooperação.",
        "A OIM trabalha com {orgs} organizações parceiras em {geo} municípios.",
        "Desde {year}, a OIM está presente {in_country}.",
        "O programa vai durar {dur_word} anos e será avaliado a cada semestre.",
        "As sessões começam todos os dias às {hour}h{minute}.",
        "O encontro regional acontece de {day} a {day2} de {month} em {city}.",
        "As famílias receberam abrigo nas primeiras {hours} horas após a chegada.",
        "Uma das beneficiárias, uma senhora de {age2} anos, chegou com os dois netos.",
    ),
    fillers=(
        "A OIM e seus parceiros continuarão prestando apoio técnico às autoridades nacionais e "
        "locais.",
        "A situação continua preocupante {in_country}, onde as redes criminosas se aproveitam "
        "da vulnerabilidade dos migrantes.",
        "O projeto busca fortalecer as instituições que trabalham para {theme}.",
        "As equipes móveis da OIM prestam assistência direta às pessoas mais vulneráveis.",
        "Esta iniciativa faz parte de uma estratégia nacional mais ampla para {theme}.",
        "Os parceiros destacaram a importância de uma melhor coordenação entre as instituições.",
        "Nos próximos meses serão criados mecanismos de coordenação local.",
        "O Governo se comprometeu a continuar seus esforços de prevenção e proteção.",
    ),
    quotes=("Precisamos redobrar os esforços para proteger as pessoas mais vulneráveis",
            "Este acordo nos permitirá fortalecer a nossa cooperação",
            "Dados precisos são essenciais para orientar as políticas públicas",
            "Ainda há muito a fazer para sensibilizar a população"),
    quote_frames=("“{quote}”, afirmou {name}, {role}.", "“{quote}”, destacou {name}, {role}."),
    roles=("chefe de missão da OIM {in_country}", "coordenadora do programa",
           "porta-voz da OIM", "diretor do Departamento de Migrações"),
    titles=("A OIM e {the_country} fortalecem a cooperação para {theme}",
            "A OIM lança campanha de informação sobre {theme} {in_country}",
            "{In_country}, a OIM intensifica o trabalho para {theme}",
            "Estudo da OIM revela a dimensão das necessidades {in_country}",
            "Novo passo para {theme} {in_country}"),
    figure_titles=("A OIM assiste {span} {in_country}", "{In_country}, a OIM apoiou {span}"),
    themes=("o combate ao tráfico de pessoas", "a assistência às pessoas deslocadas",
            "a reintegração dos migrantes retornados", "a gestão de fronteiras",
            "a saúde dos migrantes"),
    months=("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
            "setembro", "outubro", "novembro", "dezembro"),
    date_fmt="{d} de {month} de {y}",
    openers=("Para mais informações, entre em contato com",
             "Para mais informações, por favor contate",
             "Mais informações:"),
    email_labels=("E-mail:", "Email:", "Correio eletrônico:"),
    phone_labels={"phone": ("Tel:", "Tel.", "Telefone:", "Tel.:"),
                  "mobile": ("Celular:", "Cel.:", "Telemóvel:"),
                  "fax": ("Fax:",)},
    extension_labels=("Ramal ", "ramal ", "Ext. "),
    office_prefix="OIM",
    or_=" ou ",
    communique_header=("Comunicado",),
    regions=("Global", "Local"),
    menus=MENUS,
    country_menus=COUNTRY_MENUS,
    crowds=("migrantes", "pessoas deslocadas", "pessoas", "refugiados", "famílias"),
    footers=("Compartilhar\nFacebook\nTwitter\nLinkedIn", "Imprimir\nCompartilhar esta página"),
    home_countries=("BR", "BR", "BR", "PT", "MZ", "AO"),
    currencies=(("USD", 8), ("BRL", 5), ("EUR", 2), ("CHF", 1)),
    thousand_word="mil",
    about_after=", aproximadamente",
    another="mais ",
    about_opener="estima-se que ",
)
