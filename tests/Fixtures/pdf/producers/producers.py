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


def latex(bs, twocol, type3):
    head = [r"\documentclass[11pt%s]{article}" % (",twocolumn" if twocol else ""),
            r"\usepackage[utf8]{inputenc}",
            r"\usepackage[T1]{fontenc}", r"\usepackage{textcomp}",
            # Times (onecol) and Palatino (twocol) are Type 1; T1-encoded Computer Modern without the scalable EC
            # fonts is rendered by METAFONT into bitmap Type 3 fonts.
            "" if type3 else (r"\usepackage{mathpazo}" if twocol else r"\usepackage{mathptmx}"),
            r"\usepackage[margin=1in]{geometry}",
            r"\pagestyle{myheadings}\markright{%s}" % HEADER,
            r"\begin{document}"]
    body = []
    for level, text in bs:
        t = tex_escape(text)
        if level == 1:
            body.append(r"\section*{%s}" % t)
        elif level:
            body.append(r"\subsection*{%s}" % t)
        else:
            body.append(t + "\n")
    return "\n".join(head + body + [r"\end{document}", ""])


def troff_escape(line):
    line = line.replace("\\", "\\e")
    return ("\\&" + line) if line[:1] in ".'" else line


def groff(bs):
    out = [".ds LH " + HEADER, ".ds CH", ".ds RH", ".ds CF Page \\n%", ".nr PS 10", ".nr VS 12", ".nr PO 1i",
           ".nr LL 6.5i", ".hy 14"]
    for level, text in bs:
        out.append(".SH" if level else ".PP")
        # Sentences are written one a line at most 70 characters, the usual troff input style.
        out.extend(troff_escape(l) for l in textwrap.wrap(text, 70, break_on_hyphens=False))
    return "\n".join(out) + "\n"


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
    write(f"{doc}.groff.ms", groff(latin))
    write(f"{doc}.groff.truth", truth(latin))
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
