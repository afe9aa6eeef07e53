"""Pages holding several releases: where one release's contact block ends and the next begins."""

from __future__ import annotations

import pytest

from pressroom.parsing import parse_bytes
from pressroom.parsing.segment import segment_page
from pressroom.parsing.text import ends_mid_phrase

FIRST = ("Floods displace thousands of families in western Kenya\n"
         "Nairobi - Heavy rain displaced 3,000 families in the west of the country.\n"
         "For more information, please contact\n"
         "Grace Otieno\nIOM Nairobi\nTel: +254 20 422 1000\n\n")


def _releases(text: str) -> list[tuple[str | None, list[str | None]]]:
    parsed = parse_bytes(text.encode(), "page.txt")
    return [(r.title, [c.name for c in r.contacts]) for r in parsed.releases]


def test_hard_wrapped_release_after_a_contact_block_is_a_release() -> None:
    second = ("In Mali, IOM helped fewer than 300 refugees\n"
              "The Government has committed to pursuing its efforts\n"
              "in prevention and protection. About 700 people a day\n"
              "cross the region.\n"
              "For more information, please contact\nAmadou Traore\nIOM Bamako\n"
              "Tel: +223 20 22 76 78\n")
    assert _releases(FIRST + second) == [
        ("Floods displace thousands of families in western Kenya", ["Grace Otieno"]),
        ("In Mali, IOM helped fewer than 300 refugees", ["Amadou Traore"])]


def test_title_and_date_line_before_a_short_lead_after_a_contact_block() -> None:
    second = ("In Mali, IOM helps refugees\n14 January 2014\n"
              "Bamako - IOM has been present in Mali since 1998.\n"
              "IOM assisted 1,200 refugees in the north of the country during the year.\n"
              "For more information, please contact Amadou Traore, IOM Bamako, "
              "Tel: +223 20 22 76 78\n")
    parsed = parse_bytes((FIRST + second).encode(), "page.txt").releases
    assert [r.title for r in parsed] == ["Floods displace thousands of families in western "
                                          "Kenya", "In Mali, IOM helps refugees"]
    assert parsed[1].dateline == "Bamako" and parsed[1].published_on == "2014-01-14"


def test_a_count_in_a_wrapped_lead_is_no_phone_number() -> None:
    second = ("Floods in Mali\n"
              "Bamako - Of the 420 000 people, 3% are women\n"
              "and 97% are men. The situation remains worrying.\n"
              "For more information, please contact Amadou Traore, IOM Bamako, "
              "Tel: +223 20 22 76 78\n")
    assert [t for t, _ in _releases(FIRST + second)][1] == "Floods in Mali"


def test_wrapped_line_ending_on_an_article_continues_below() -> None:
    assert ends_mid_phrase("La resolución 2388 del Consejo de Seguridad insta a los")
    assert ends_mid_phrase("Le projet vise à renforcer les capacités de l’")
    assert not ends_mid_phrase("IOM Sana’a")
    assert not ends_mid_phrase("Floods displace thousands of families in western Kenya")
    second = ("En Italia, la OIM ayudó a más de 2800 solicitantes de asilo\n"
              "La resolución 2388 del Consejo de Seguridad insta a los\n"
              "Estados a reforzar su cooperación. La situación sigue siendo\n"
              "preocupante en Italia.\n"
              "Para más información, por favor contactar a Lucía Gómez, OIM Roma, "
              "Tel: +39 06 4423 1428\n")
    titles = [t for t, _ in _releases(FIRST + second)]
    assert titles[1] == "En Italia, la OIM ayudó a más de 2800 solicitantes de asilo"


def test_wrapped_one_line_contact_block_stays_one_contact_block() -> None:
    office_cut = ("Floods in Congo\nKinshasa - Heavy rain displaced 3,000 families.\n"
                  "Pour plus d'informations, veuillez contacter\n"
                  "Fatoumata Mercier, OIM République démocratique du\n"
                  "Congo, Tél.: +243 12 37262 Ext 233\n")
    assert _releases(office_cut) == [("Floods in Congo", ["Fatoumata Mercier"])]
    second_contact = ("Floods in Bangladesh\nDhaka - Heavy rain displaced 3,000 families.\n"
                      "For more information please contact Amina Bennett, IOM\n"
                      "Bangladesh, Tel: 02-7115235, Email : abennett@iom.int,\n"
                      "or Emily Okafor, IOM Dhaka, Tel.: 00880 2 7117501\n")
    assert _releases(second_contact) == [("Floods in Bangladesh",
                                          ["Amina Bennett", "Emily Okafor"])]


# --- one release, not several: end matter, page headers and footers stay with it ------------

LEAD = ("Lyon, 4 May 2021 - The regional food bank handed out 8,000 parcels this week, "
        "twice as many as in April.\n"
        "Volunteers worked in three shifts a day to keep the depots open.\n")


def test_footer_lines_after_the_contact_block_are_no_release() -> None:
    page = ("Food bank doubles its parcels in Lyon\n" + LEAD +
            "Media contact\nClaire Dumont\n+33 4 72 00 00 00\nclaire@foodbank.example\n"
            "Read the original version on example-wire.com: https://example-wire.com/n/1\n"
            "Was this page helpful?\nYes No\n"
            "Foodbank Lyon · 12 rue Neuve, 69002 Lyon · Legal notice\n")
    parsed = parse_bytes(page.encode(), "page.txt")
    assert [(r.title, [c.name for c in r.contacts]) for r in parsed.releases] == [
        ("Food bank doubles its parcels in Lyon", ["Claire Dumont"])]
    assert any("Was this page helpful?" in (p.detail or "") for p in parsed.problems)


def test_about_box_and_contacts_after_an_end_mark_belong_to_the_release() -> None:
    page = ("Food bank doubles its parcels in Lyon\n" + LEAD + "###\n"
            "About the Lyon Food Bank\n"
            "The Lyon Food Bank collects and shares out food with 120 partner charities "
            "across the region since 1986.\n"
            "For more information, please contact:\nClaire Dumont\nTel: +33 4 72 00 00 00\n")
    assert _releases(page) == [("Food bank doubles its parcels in Lyon", ["Claire Dumont"])]


def test_letterhead_rules_and_a_header_under_it_open_no_release() -> None:
    page = ("MINISTRY OF WATER\n-----------\nGENERAL SECRETARIAT\n-----------\n"
            "PRESS RELEASE\n\nFood bank doubles its parcels in Lyon\n\n" + LEAD)
    assert [r.title for r in parse_bytes(page.encode(), "page.txt").releases] == [
        "Food bank doubles its parcels in Lyon"]


def test_contact_line_of_a_name_and_national_numbers_stays_in_the_block() -> None:
    page = ("Food bank doubles its parcels in Lyon\n" + LEAD +
            "Press contacts:\nCommunication Office\n"
            "Claire Dumont | 04 72 00 00 00 | 06 12 34 56 78\nclaire@foodbank.example\n")
    assert _releases(page) == [("Food bank doubles its parcels in Lyon", ["Claire Dumont"])]


def test_a_separated_second_release_still_splits() -> None:
    second = ("* * *\nIn Mali, IOM helps refugees\n"
              "Bamako - IOM has been present in Mali since 1998 and helps refugees in the north.\n")
    assert [t for t, _ in _releases(FIRST + second)] == [
        "Floods displace thousands of families in western Kenya", "In Mali, IOM helps refugees"]


def test_a_footer_after_a_separator_is_no_second_release() -> None:
    page = ("Flood victims receive emergency shelter in Assam\n"
            "Guwahati - The agency handed out 4,500 shelter kits to displaced families this week.\n"
            "For more information, please contact Anita Das, Tel: +91 361 255 0101\n"
            "***\nAB/CD\n(Release ID: 1234567)\nVisitor Counter : 905\n")
    assert [t for t, _ in _releases(page)] == ["Flood victims receive emergency shelter in Assam"]


def test_a_banner_sentence_above_a_header_opens_no_release() -> None:
    page = ("An official portal of the Kingdom How do you know?\n"
            "National Water Agency\n"
            "Press release\n12 May 2024\n"
            "Dams refilled after the spring rains\n"
            "Rabat - Reservoirs stood at 61% of their capacity on Monday, the agency said.\n")
    assert [t for t, _ in _releases(page)] == ["Dams refilled after the spring rains"]


def test_an_acronym_and_its_name_above_a_header_are_letterhead() -> None:
    page = ("RÉPUBLIQUE DU NIGER\n"
            "ANEB – Agence Nationale des Eaux du Bassin\n"
            "Communiqué de presse N° 7/ANEB/2024\n"
            "L’ANEB réhabilite 40 forages dans la région de Tahoua\n"
            "Niamey, le 3 avril 2024 – L’Agence a réhabilité 40 forages qui desservent "
            "12 000 habitants.\n")
    assert [t for t, _ in _releases(page)] == [
        "L’ANEB réhabilite 40 forages dans la région de Tahoua"]


@pytest.mark.parametrize("page", [
    # a forwarded mail: header block, cover note, a rule, then the release
    "Subject: Fwd: PRESS RELEASE – Port traffic grows\nFrom: Harbour Board <news@harbour.example>\n"
    "Date: 3 March 2025 10:02\nTo: editors@paper.example\n\nDear editors,\n"
    "Please find our release below.\n\n--------------------\n\n"
    "Port of Walvis Bay handled 9 million tonnes in 2024\n\n"
    "WALVIS BAY, 3 March 2025 – The port handled a record volume of cargo last year, the "
    "board said on Monday, as transit traffic to inland countries kept rising.\n",
    # a newsletter: header block, a "view in browser" line, a masthead between rules
    "De : Lettre ABC <lettre@abc.example>\nEnvoyé : 3 mars 2025 10:02\nÀ : abonnes@abc.example\n"
    "Objet : [Lettre ABC] Communiqué – Le port bat son record\n\n"
    "Vous ne voyez pas bien ce courriel? Consultez-le dans votre navigateur.\n\n"
    "==========\nASSOCIATION ABC\nLettre no 12 – Mars 2025\n==========\n\nCOMMUNIQUÉ\n\n"
    "Port of Walvis Bay handled 9 million tonnes in 2024\n\n"
    "WALVIS BAY, 3 March 2025 – The port handled a record volume of cargo last year, the "
    "board said on Monday, as transit traffic to inland countries kept rising.\n",
])
def test_mail_header_block_is_a_preamble_not_a_release(page: str) -> None:
    drafts = segment_page(page)
    assert drafts[0].title == "Port of Walvis Bay handled 9 million tonnes in 2024"
    assert drafts[0].lead is not None and drafts[0].lead.startswith("The port handled")


_HEADLINE = "Lake Ferry Board carried 84,000 passengers in 2024"
_LEAD = ("KISUMU, 4 February 2025 – The board carried a record number of passengers last year, "
         "it said on Tuesday, as two new boats joined the fleet.")


@pytest.mark.parametrize("preamble", [
    # a forward: the forwarder's header and note, the marker, the original header block
    "From: Ruth Achieng <ruth@desk.example>\nSent: 4 February 2025 09:12\nTo: news@desk.example\n"
    "Subject: FW: Ferry figures\n\nFor the business page.\n\nR.\n\n"
    "-----Original Message-----\nFrom: Lake Ferry Board <media@ferry.example>\n"
    "Sent: 3 February 2025 18:00\nSubject: Ferry figures\n\n",
    # a reply quoting the release: the replier's questions above "On …, X wrote:"
    "Subject: Re: Ferry figures\nFrom: Tom Otieno <tom@weekly.example>\nTo: media@ferry.example\n"
    "\nHello Jane,\n\n1. Is the 84,000 for both lakes?\n2. Can you send photos?\n\nThanks,\nTom\n\n"
    "On Tue, 4 Feb 2025 at 08:30, Jane Akinyi <media@ferry.example> wrote:\n",
    # attachment lines and a greeted cover note closed by a sign-off and the sender's name
    "De: Oficina de prensa <prensa@ferry.example>\nEnviado el: martes, 4 de febrero de 2025\n"
    "Para: redaccion@diario.example\nAsunto: Comunicado\n\n"
    "Datos adjuntos: informe_2024.pdf (1,2 MB)\n\nEstimados colegas:\n\n"
    "Les compartimos el comunicado de hoy; el informe completo va adjunto.\n\n"
    "Saludos cordiales,\nJane\n\n",
])
def test_mail_preamble_is_cut_down_to_the_release(preamble: str) -> None:
    quoted = "\n".join(f"> {line}" if line else ">" for line in [_HEADLINE, "", _LEAD])
    body = quoted if preamble.rstrip().endswith("wrote:") else f"{_HEADLINE}\n\n{_LEAD}"
    drafts = segment_page(preamble + body + "\n")
    assert drafts[0].title == _HEADLINE
    assert drafts[0].lead is not None and drafts[0].lead.startswith("The board carried")


def test_newsletter_headline_repeating_the_subject_is_the_title() -> None:
    page = ("Objet : [Presse] Le bac du lac transporte 84 000 passagers\n"
            "De : Bac du Lac <presse@bac.example>\nDate : 04/02/2025 10:00\n\n"
            "Voir cet e-mail dans votre navigateur\n\nBAC DU LAC\nLa traversée la plus courte\n\n"
            "Accueil   Horaires   Presse\n\nLETTRE N° 12\n\n"
            "Le bac du lac transporte 84 000 passagers\n\n"
            "Kisumu, le 4 février 2025 – Le bac a transporté 84 000 passagers l'an dernier, un "
            "record pour la compagnie, grâce à deux nouveaux bateaux.\n")
    drafts = segment_page(page)
    assert drafts[0].title == "Le bac du lac transporte 84 000 passagers"
    assert drafts[0].lead is not None and drafts[0].lead.startswith("Le bac a transporté")


def test_mail_subject_titles_a_mail_showing_no_title() -> None:
    page = ("Assunto: COMUNICADO – Porto bate recorde em 2024\nDe: Porto <geral@porto.example>\n"
            "Data: 3 de março de 2025\n\n"
            "O porto movimentou um volume recorde de carga no ano passado, informou hoje a "
            "administração, com o tráfego de trânsito a crescer.\n")
    assert segment_page(page)[0].title == "Porto bate recorde em 2024"


@pytest.mark.parametrize("end", [
    # a labelled hashtag line and a wire's disclaimer under the contacts
    "Hashtag: #HarbourBoard\nThe issuer is solely responsible for the content of this "
    "announcement.\n",
    # a mail's footer after a rule: the address row, the switchboard and the unsubscribe
    # sentence hard-wrapped
    "--------------------\nSindicato del Puerto · C/ Mayor, 12 · 41002 Sevilla\n"
    "Tel. 954 55 06 00 · Has recibido este correo porque estás\nsuscrito a nuestro boletín. "
    "Darse de baja | Política de privacidad\n",
])
def test_footer_after_the_contacts_opens_no_release(end: str) -> None:
    page = ("Port of Walvis Bay handled 9 million tonnes in 2024\n\n"
            "WALVIS BAY, 3 March 2025 – The port handled a record volume of cargo last year, the "
            "board said on Monday, as transit traffic to inland countries kept rising.\n\n"
            "Media contact:\nAnna Shikongo | +264 61 555 0142 | anna@harbour.example\n\n" + end)
    assert [d.title for d in segment_page(page)] == [
        "Port of Walvis Bay handled 9 million tonnes in 2024"]


def test_a_lead_after_contacts_closing_a_hard_wrapped_release_opens_the_next() -> None:
    """A first release hard-wrapped into pieces that never read as a lead still holds a body:
    the dated lead under its contact block and the next headline is a new release's."""
    page = ("New milestone for border management in Colombia\n"
            "Published on 15 June 2020\n"
            "Colombia - IOM has been present in Colombia since\n"
            "2007. The project aims to strengthen the capacity of\n"
            "the institutions responsible for border management.\n"
            "For more information please contact\n"
            "Gabriela Santos\nIOM Colombia\nE-mail: gsantos@iom.example\n"
            "Telephone: +57-601-2346626\n\n"
            "New milestone for assistance to displaced people\n"
            "GENEVA, 21 November 2010 — Fewer than 2,000 migrant workers were assisted. Local "
            "coordination mechanisms will be set up in the coming months.\n")
    assert [title for title, _ in _releases(page)] == [
        "New milestone for border management in Colombia",
        "New milestone for assistance to displaced people"]


@pytest.mark.parametrize("banner", [
    "Aviso de privacidad: Este sitio web utiliza cookies propias y de terceros para fines "
    "técnicos y analíticos. Puede aceptar todas las cookies o configurar sus preferencias. "
    "Más información en nuestra Política de Privacidad.",
    "Utilizamos cookies para garantir o funcionamento do sítio e recolher estatísticas "
    "anónimas de visitas. Pode aceitar todos os cookies ou escolher as categorias que "
    "pretende autorizar.",
])
def test_a_cookie_banner_is_no_release_before_a_dated_standfirst(banner: str) -> None:
    text = (f"{banner}\nAceptar | Rechazar\nNoticias › Comunicados\n\n"
            "Matrícula de nuevo ingreso sube 11% este semestre\n\n"
            "La institución admitió 1,486 estudiantes de primer año este agosto\n\n"
            "Por Oficina de Prensa | 9 de septiembre de 2025\n\n"
            "MAYAGÜEZ – La universidad recibió este semestre a 1,486 estudiantes de nuevo "
            "ingreso, un 11% más que en agosto de 2024.\n")
    parsed = parse_bytes(text.encode(), "page.txt")
    assert len(parsed.releases) == 1
    assert 1486 in [s.value for s in parsed.releases[0].statistics]
