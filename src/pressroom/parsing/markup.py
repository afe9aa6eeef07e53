"""Light markup out of a page's text: Markdown copies and chat apps' emphasis.

A release copied as Markdown writes its headings `# Title`, its links `[text](url)`, its
images `![alt](img.png)` and its emphasis `**bold**` / `*italic*`; one forwarded in a chat
app (WhatsApp, Telegram, Signal) writes its bold `*text*` and its italics `_text_`. The
marks go and the words stay, once, before any other step reads the lines: the title, the
contact labels ("*Prensa / Press:*") and the figures are then read as on a plain page.

Only paired marks are read as markup: a lone asterisk (a footnote's "5 000*"), a bullet
("* item"), a separator ("* * *", "###"), a hashtag ("#COP30") and an e-mail's
underscores stay as written. A line holding only a link to a file is a download button
and goes whole, its text too.
"""

from __future__ import annotations

import re

#: An image: its alt text is no release text.
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+\"[^\"\n]*\")?\)")
#: A line holding only a link to a file: a download button ("[Télécharger le communiqué (PDF,
#: 184 Ko)](…/cp.pdf)"), no release text; its size is no figure.
_DOWNLOAD_LINE = re.compile(
    r"^[ \t]*\[[^\[\]\n]+\]\([^()\s]*\.(?:pdf|docx?|odt|xlsx?|ods|pptx?|zip|jpe?g|png|gif"
    r"|mp3|mp4|wav)(?:[?#][^()\s]*)?\)[ \t]*$", re.MULTILINE | re.IGNORECASE)
#: A link: the text stays, the target (a URL, an anchor "#contenu", a title) goes.
_LINK = re.compile(r"\[([^\[\]\n]+)\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+\"[^\"\n]*\")?\)")
#: An ATX heading: up to three spaces, one to six "#", a space, the text, closing "#"s.
_HEADING = re.compile(r"^[ ]{0,3}#{1,6}[ \t]+(?=[^\s#])(.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
#: Paired emphasis on one line: "**bold**", "__bold__", "*bold*" (Markdown's italic, the
#: chat apps' bold), "_italic_"; the marks touch the words they enclose and no word
#: character stands outside them ("snake_case_name", "2*3*4" stay).
_EMPHASIS = re.compile(r"(?<![\w*])(\*\*|__|\*|_)(?=[^\s*_])([^\n]*?[^\s*_])\1(?![\w*])")


def strip_markup(text: str) -> str:
    """`text` without Markdown links, images, heading marks and paired emphasis marks.

    Each pattern runs only on a text holding the character it needs: most pages hold none."""
    if "](" in text:
        text = _LINK.sub(r"\1", _IMAGE.sub("", _DOWNLOAD_LINE.sub("", text)))
    if "#" in text:
        text = _HEADING.sub(r"\1", text)
    if "*" in text or "_" in text:
        text = _EMPHASIS.sub(r"\2", text)
    return text
