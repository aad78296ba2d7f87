"""Writes the producer sources and ground truths for make-producers.sh.

usage: producers.py FIXTURES TEXTS WORK
For every document NNN it writes WORK/NNN.<set>.<ext> (the producer's input) and WORK/NNN.<set>.truth (the body
text that PDF shows: headings and paragraphs, one block per paragraph, separated by blank lines).
Markup is stripped the way the layout renditions treat it: '#' headings, '**' and '*' emphasis, '\\' escapes,
'[text](url)' links keep their text. Producers that cannot show a character (TeX's and troff's Latin fonts,
enscript's Latin-1) get the text folded to what they can show, and their ground truth is that folded text.
"""
import glob, html, os, re, sys, textwrap, unicodedata

fixtures, texts, work = sys.argv[1:4]
HEADER = "Quarterly Review of Regional Affairs"
FOOTER = "Confidential draft circulated for comment"


def documents():
    for path in sorted(glob.glob(os.path.join(fixtures, "[0-9][0-9][0-9]_*.txt"))):
        yield os.path.basename(path)[:3], open(path, encoding="utf-8").read()
    for path in sorted(glob.glob(os.path.join(texts, "[0-9][0-9][0-9]-*.txt"))):
        yield os.path.basename(path)[:3], open(path, encoding="utf-8").read()


def inline(text):
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = text.replace("**", "")
    text = re.sub(r"(?<![\w*])\*(\S.*?\S|\S)\*(?![\w*])", r"\1", text)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!$])", r"\1", text)
    return re.sub(r"\s+", " ", text).strip()


def blocks(source):
    """(level, text): level 1-6 for headings, 0 for paragraphs; lines of one paragraph are joined."""
    result = []
    for block in re.split(r"\n\s*\n", source):
        block = block.strip()
        if not block:
            continue
        m = re.match(r"^(#{1,6})\s+(.*)$", block, re.S)
        level, body = (len(m.group(1)), m.group(2)) if m else (0, block)
        body = inline(body)
        if re.search(r"\w", body):
            result.append((level, body))
    return result


FOLD = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "--", "\u00a0": " ",
        "\u0130": "I", "\u018f": "E", "\u0259": "e", "\u011f": "g", "\u2026": "...", "\u2022": "-"}


def fold(text, latin1=True):
    """Characters a Latin-1 producer cannot draw become their ASCII look-alikes (accents dropped when outside Latin-1)."""
    out = []
    for c in text:
        c = FOLD.get(c, c)
        if latin1 and any(ord(x) > 0xFF for x in c):
            c = "".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x))
            c = "".join(x if ord(x) <= 0xFF else "?" for x in c)
        out.append(c)
    return "".join(out)


def truth(bs):
    return "\n\n".join(t for _, t in bs) + "\n"


def write(name, text, encoding="utf-8"):
    with open(os.path.join(work, name), "w", encoding=encoding) as f:
        f.write(text)


def tex_escape(text):
    # Quotes and dashes drawn as TeX ligatures would change the text; ASCII ones are written out literally.
    spec = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{",
            "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}", '"': "{\\textquotedbl}",
            "<": r"\textless{}", ">": r"\textgreater{}", "|": r"\textbar{}", "-": "-{}", "'": "{\\textquotesingle}",
            "`": "{\\textasciigrave}"}
    return "".join(spec.get(c, c) for c in text)


def latex(bs, twocol, type3, multicol=False):
    head = [r"\documentclass[11pt%s]{article}" % (",twocolumn" if twocol else ""),
            r"\usepackage[utf8]{inputenc}",
            r"\usepackage[T1]{fontenc}", r"\usepackage{textcomp}",
            # Times (onecol) and Palatino (twocol) are Type 1; T1-encoded Computer Modern without the scalable EC
            # fonts is rendered by METAFONT into bitmap Type 3 fonts.
            # Latin Modern (multicol) is Type 1 with its own metrics, set in balanced multicol columns.
            "" if type3 else (r"\usepackage{lmodern}\usepackage{multicol}" if multicol
                              else r"\usepackage{mathpazo}" if twocol else r"\usepackage{mathptmx}"),
            r"\usepackage[margin=1in]{geometry}",
            r"\pagestyle{myheadings}\markright{%s}" % HEADER,
            r"\begin{document}"] + ([r"\begin{multicols}{2}"] if multicol else [])
    body = []
    for level, text in bs:
        t = tex_escape(text)
        if level == 1:
            body.append(r"\section*{%s}" % t)
        elif level:
            body.append(r"\subsection*{%s}" % t)
        else:
            body.append(t + "\n")
    return "\n".join(head + body + ([r"\end{multicols}"] if multicol else []) + [r"\end{document}", ""])


def troff_escape(line):
    line = line.replace("\\", "\\e")
    return ("\\&" + line) if line[:1] in ".'" else line


def groff(bs, family=None, twocol=False):
    out = [".ds LH " + HEADER, ".ds CH", ".ds RH", ".ds CF Page %", ".nr PS 10", ".nr VS 12", ".nr PO 1i",
           ".nr LL 6.5i", ".hy 14"] + ([".ds FAM " + family] if family else [])
    for i, (level, text) in enumerate(bs):
        out.append(".SH" if level else ".PP")
        if twocol and i == 0:
            # The first heading spans the page; the text below it runs in two columns (-ms .2C).
            out.extend(troff_escape(l) for l in textwrap.wrap(text, 70, break_on_hyphens=False))
            out.append(".2C")
            continue
        # Sentences are written one a line at most 70 characters, the usual troff input style.
        out.extend(troff_escape(l) for l in textwrap.wrap(text, 70, break_on_hyphens=False))
    return "\n".join(out) + "\n"


def groff_mm(bs):
    """groff -mm: unnumbered headings (.HU), block paragraphs, Helvetica, justified and hyphenated."""
    out = [".nr Hy 1", ".S 10 12", ".fam H", ".PH \"'" + HEADER + "'''\"", ".PF \"''Page %''\""]
    for level, text in bs:
        if level:
            out.append('.HU "' + text.replace('"', '""') + '"')
        else:
            out.append(".P")
            out.extend(troff_escape(l) for l in textwrap.wrap(text, 70, break_on_hyphens=False))
    return "\n".join(out) + "\n"


def flat_odt(bs):
    """LibreOffice flat ODT: two-column page style, justified, hyphenated Liberation Serif, page header."""
    esc = lambda t: html.escape(t, quote=False)
    paras = "".join(f'<text:h text:outline-level="{lv}" text:style-name="H">{esc(t)}</text:h>' if lv
                    else f'<text:p text:style-name="Body">{esc(t)}</text:p>' for lv, t in bs)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
            'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
            'office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">'
            '<office:font-face-decls><style:font-face style:name="Liberation Serif" '
            'svg:font-family="&apos;Liberation Serif&apos;"/></office:font-face-decls>'
            '<office:styles>'
            '<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" '
            'fo:margin-bottom="0.12cm"/><style:text-properties style:font-name="Liberation Serif" fo:font-size="10.5pt" '
            'fo:language="en" fo:country="GB" fo:hyphenate="true" fo:hyphenation-remain-char-count="2" '
            'fo:hyphenation-push-char-count="2"/></style:style>'
            '<style:style style:name="H" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" '
            'fo:margin-bottom="0.15cm" fo:keep-with-next="always"/><style:text-properties '
            'style:font-name="Liberation Serif" fo:font-size="13pt" fo:font-weight="bold"/></style:style>'
            '<style:style style:name="Head" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>'
            '</office:styles><office:automatic-styles>'
            '<style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
            'fo:margin-top="1.5cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm">'
            '<style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:page-layout-properties>'
            '<style:header-style><style:header-footer-properties fo:margin-bottom="0.4cm"/></style:header-style>'
            '</style:page-layout></office:automatic-styles>'
            '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL">'
            f'<style:header><text:p text:style-name="Head">{esc(HEADER)}</text:p></style:header>'
            '</style:master-page></office:master-styles>'
            f'<office:body><office:text>{paras}</office:text></office:body></office:document>\n')


def html_body(bs, shy=False):
    out = []
    for level, text in bs:
        t = html.escape(text, quote=False)
        out.append(f"<h{level}>{t}</h{level}>" if level else f"<p>{t}</p>")
    return "\n".join(out)


def page_html(bs, style):
    return ("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>producer corpus</title><style>"
            + style + "</style></head><body>" + html_body(bs) + "</body></html>\n")


for doc, source in documents():
    bs = blocks(source)
    latin = [(lv, fold(t)) for lv, t in bs]
    write(f"{doc}.plain.truth", truth(bs))
    for s, twocol, type3 in (("latex-onecol", False, False), ("latex-twocol", True, False), ("latex-type3", False, True)):
        write(f"{doc}.{s}.tex", latex(latin, twocol, type3))
        write(f"{doc}.{s}.truth", truth(latin))
    write(f"{doc}.latex-multicol.tex", latex(latin, False, False, multicol=True))
    write(f"{doc}.latex-multicol.truth", truth(latin))
    write(f"{doc}.groff.ms", groff(latin))
    write(f"{doc}.groff.truth", truth(latin))
    write(f"{doc}.gropdf.ms", groff(latin))
    write(f"{doc}.gropdf.truth", truth(latin))
    write(f"{doc}.groff-twocol.ms", groff(latin, family="P", twocol=True))
    write(f"{doc}.groff-twocol.truth", truth(latin))
    write(f"{doc}.groff-mm.mm", groff_mm(latin))
    write(f"{doc}.groff-mm.truth", truth(latin))
    write(f"{doc}.libreoffice-twocol.fodt", flat_odt(bs))
    write(f"{doc}.libreoffice-twocol.truth", truth(bs))
    write(f"{doc}.libreoffice.html", page_html(bs, "body { font: 11pt 'Liberation Serif', serif } p { text-align: justify }"))
    write(f"{doc}.libreoffice.truth", truth(bs))
    write(f"{doc}.chromium-columns.html", page_html(bs,
        "@page { size: letter; margin: 0.75in } body { font: 10pt 'Liberation Serif', serif; line-height: 1.25;"
        " column-count: 2; column-gap: 0.3in } p { text-align: justify; margin: 0 0 0.6em }"))
    write(f"{doc}.chromium-columns.truth", truth(bs))
    wrapped = "\n\n".join("\n".join(textwrap.wrap(t, 72, break_on_hyphens=False)) for _, t in latin) + "\n"
    write(f"{doc}.enscript.txt", wrapped, "latin-1")
    write(f"{doc}.enscript.truth", truth(latin))
    write(f"{doc}.weasyprint.html", page_html(bs,
        f"@page {{ size: A4; margin: 2.2cm 2cm; @top-center {{ content: '{HEADER}'; font: 9pt sans-serif }}"
        f" @bottom-left {{ content: '{FOOTER}'; font: 8pt sans-serif }}"
        " @bottom-right { content: 'Page ' counter(page) ' of ' counter(pages); font: 8pt sans-serif } }"
        " body { font: 10.5pt 'DejaVu Serif', serif } p { text-align: justify; hyphens: auto; margin: 0 0 0.5em }"))
    write(f"{doc}.weasyprint.truth", truth(bs))
    write(f"{doc}.pango.txt", truth(bs))
    write(f"{doc}.pango.truth", truth(bs))
