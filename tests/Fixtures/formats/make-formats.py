#!/usr/bin/env python3
"""Makes the format fixtures of issue 25 from the five fixture texts (tests/Fixtures/*.txt).

Usage: python3 tests/Fixtures/formats/make-formats.py   (needs soffice: Debian's libreoffice-writer-nogui,
libreoffice-calc-nogui and libreoffice-impress-nogui; writes next to this script)

office/<id>.docx  LibreOffice Writer converts a simple HTML rendition of the text: the first line (without its "# ")
                  is an <h1>, "## " lines are <h2>, every other blank-line-separated paragraph a <p>.
office/<id>.xlsx  LibreOffice Calc converts a CSV with one paragraph (headings included) per row, in column A.
office/<id>.pptx  LibreOffice Impress converts a flat ODF presentation: one slide per section (a heading and the
                  paragraphs under it, at most four paragraphs a slide), the heading as the slide title (continued
                  slides have none), the paragraphs in the outline placeholder, and the section's last paragraph as
                  the slide's speaker notes.
mixed/            one document of every supported format: e-mails (plain text with a DOCX attachment; HTML with a
                  text attachment and an attached message), a ZIP (text, DOCX, a nested ZIP with Markdown), an EPUB,
                  Markdown with front matter and a pipe table, CSV and TSV, and one DOCX, XLSX and PPTX.
"""
import csv
import glob
import html
import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.dirname(HERE)
OFFICE = os.path.join(HERE, "office")
MIXED = os.path.join(HERE, "mixed")
FIXED_TIME = (2020, 1, 1, 0, 0, 0)


def sections(path):
    """The fixture as (heading level, text) items: the first line is the level-1 title, '## ' lines level 2."""
    text = open(path, encoding="utf-8").read()
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    items = []
    for i, p in enumerate(paragraphs):
        if i == 0:
            items.append((1, re.sub(r"^#\s+", "", p)))
        elif p.startswith("## "):
            items.append((2, p[3:].strip()))
        else:
            items.append((0, p))
    return items


def soffice(source, target_format, outdir, infilter=None):
    profile = tempfile.mkdtemp()
    cmd = ["soffice", "--headless", f"-env:UserInstallation=file://{profile}"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", target_format, "--outdir", outdir, source]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    shutil.rmtree(profile, ignore_errors=True)


def write_html(items, path, title):
    body = []
    for level, text in items:
        escaped = html.escape(text, quote=False).replace("\n", "<br>")
        body.append(f"<h{level}>{escaped}</h{level}>" if level else f"<p>{escaped}</p>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("<!DOCTYPE html><html><head><meta charset='utf-8'>"
                f"<title>{html.escape(title)}</title><meta name='author' content='Ingest fixtures'>"
                "</head><body>" + "\n".join(body) + "</body></html>")


def write_csv(items, path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        for _, text in items:
            writer.writerow([text.replace("\n", " ")])


def slides_of(items):
    slides, current = [], None
    for level, text in items:
        if level or current is None or len(current[1]) >= 4:
            current = (text if level else None, [] if level else [text])
            slides.append(current)
        else:
            current[1].append(text)
    return slides


def para(text):
    return "<text:p>" + html.escape(text.replace("\n", " "), quote=False) + "</text:p>"


def write_fodp(items, path):
    pages = []
    for n, (title, paragraphs) in enumerate(slides_of(items), 1):
        body, notes = (paragraphs[:-1], paragraphs[-1:]) if len(paragraphs) > 1 else (paragraphs, [])
        frames = []
        if title:
            frames.append('<draw:frame draw:layer="layout" presentation:style-name="pr1" presentation:class="title" svg:x="1cm" svg:y="0.5cm" svg:width="26cm" svg:height="3cm">'
                          f'<draw:text-box>{para(title)}</draw:text-box></draw:frame>')
        if body:
            frames.append('<draw:frame draw:layer="layout" presentation:style-name="pr1" presentation:class="outline" svg:x="1cm" svg:y="4cm" svg:width="26cm" svg:height="14cm">'
                          '<draw:text-box>' + "".join(para(p) for p in body) + '</draw:text-box></draw:frame>')
        notes_xml = ""
        if notes:
            notes_xml = ('<presentation:notes><draw:frame draw:layer="layout" presentation:style-name="pr1" presentation:class="notes" svg:x="2cm" svg:y="14cm" '
                         'svg:width="17cm" svg:height="12cm"><draw:text-box>' + "".join(para(p) for p in notes)
                         + '</draw:text-box></draw:frame></presentation:notes>')
        pages.append(f'<draw:page draw:name="page{n}" draw:master-page-name="Default">' + "".join(frames) + notes_xml + '</draw:page>')
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
                'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
                'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
                'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
                'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
                'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
                'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.presentation">'
                # A frame is a presentation object (a placeholder in PPTX) only with a presentation style and the layout layer.
                '<office:master-styles><style:master-page style:name="Default"/></office:master-styles>'
                '<office:body><office:presentation>' + "".join(pages) + '</office:presentation></office:body></office:document>')


def make_office(work):
    os.makedirs(OFFICE, exist_ok=True)
    for txt in sorted(glob.glob(os.path.join(FIXTURES, "*.txt"))):
        fixture = os.path.splitext(os.path.basename(txt))[0]
        items = sections(txt)
        write_html(items, os.path.join(work, fixture + ".html"), items[0][1])
        soffice(os.path.join(work, fixture + ".html"), "docx:MS Word 2007 XML", work, "HTML (StarWriter)")
        write_csv(items, os.path.join(work, fixture + ".csv"))
        # CSV filter options: comma, double quote, UTF-8 (76), from line 1, column 1 as text (no date guessing).
        soffice(os.path.join(work, fixture + ".csv"), "xlsx:Calc MS Excel 2007 XML", work, "CSV:44,34,76,1,1/2")
        write_fodp(items, os.path.join(work, fixture + ".fodp"))
        soffice(os.path.join(work, fixture + ".fodp"), "pptx:Impress MS PowerPoint 2007 XML", work)
        for ext in ("docx", "xlsx", "pptx"):
            shutil.copy(os.path.join(work, f"{fixture}.{ext}"), os.path.join(OFFICE, f"{fixture}.{ext}"))


def zip_bytes(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buffer.getvalue()


def message(subject, sender, to):
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = sender, to, subject
    m["Date"] = format_datetime(datetime(2023, 9, 21, 8, 30, tzinfo=timezone.utc))
    m["Message-ID"] = make_msgid(idstring=re.sub(r"\W", "", subject)[:12], domain="example.org")
    return m


def make_mixed():
    os.makedirs(MIXED, exist_ok=True)
    docx = open(os.path.join(OFFICE, "003_d83d9bb4bc8cd208.docx"), "rb").read()
    for ext in ("docx", "xlsx", "pptx"):
        shutil.copy(os.path.join(OFFICE, f"003_d83d9bb4bc8cd208.{ext}"), os.path.join(MIXED, f"statement.{ext}"))
    text003 = open(os.path.join(FIXTURES, "003_d83d9bb4bc8cd208.txt"), encoding="utf-8").read()

    plain = message("Joint statement", "Ana Ruiz <ana@example.org>", "Desk <desk@example.org>, Tom Lee <tom@example.org>")
    plain.set_content("Please find the joint statement attached.\n\nAna")
    plain.add_attachment(docx, maintype="application", subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename="statement.docx")
    open(os.path.join(MIXED, "plain-with-docx.eml"), "wb").write(bytes(plain))

    rich = message("Weekly digest", "News Desk <news@example.org>", "Readers <readers@example.org>")
    rich.set_content("Weekly digest: the ceasefire held for a second week.")
    rich.add_alternative("<html><head><title>Weekly digest</title></head><body><h1>Weekly digest</h1>"
                         "<p>The ceasefire held for a <b>second</b> week.</p></body></html>", subtype="html")
    rich.add_attachment("Notes from the editor: corrections are listed below.\n", filename="notes.txt")
    inner = message("Forwarded statement", "Tom Lee <tom@example.org>", "News Desk <news@example.org>")
    inner.set_content("The forwarded message body mentions the Lachin corridor.")
    rich.add_attachment(inner, filename="forwarded.eml")
    open(os.path.join(MIXED, "html-with-attachments.eml"), "wb").write(bytes(rich))

    nested = zip_bytes([("readme.md", "# Nested archive\n\nA Markdown file inside a ZIP inside a ZIP.\n")])
    open(os.path.join(MIXED, "bundle.zip"), "wb").write(zip_bytes([
        ("docs/statement.txt", text003),
        ("docs/statement.docx", docx),
        ("inner/nested.zip", nested),
    ]))

    chapters = [p for _, p in sections(os.path.join(FIXTURES, "003_d83d9bb4bc8cd208.txt"))]
    chapter = lambda n, ps: ("<?xml version='1.0' encoding='utf-8'?><html xmlns='http://www.w3.org/1999/xhtml'><head><title>"
                             f"Chapter {n}</title></head><body><h1>Chapter {n}</h1>" + "".join(f"<p>{html.escape(p)}</p>" for p in ps) + "</body></html>")
    half = len(chapters) // 2
    opf = ("<?xml version='1.0' encoding='utf-8'?><package xmlns='http://www.idpf.org/2007/opf' version='3.0' unique-identifier='id'>"
           "<metadata xmlns:dc='http://purl.org/dc/elements/1.1/'><dc:identifier id='id'>urn:uuid:ingest-fixture</dc:identifier>"
           "<dc:title>Joint statement</dc:title><dc:creator>Ingest fixtures</dc:creator><dc:language>en</dc:language>"
           "<dc:date>2020-11-14</dc:date></metadata><manifest>"
           "<item id='c1' href='text/ch1.xhtml' media-type='application/xhtml+xml'/>"
           "<item id='c2' href='text/ch2.xhtml' media-type='application/xhtml+xml'/></manifest>"
           "<spine><itemref idref='c1'/><itemref idref='c2'/></spine></package>")
    container = ("<?xml version='1.0'?><container version='1.0' xmlns='urn:oasis:names:tc:opendocument:xmlns:container'>"
                 "<rootfiles><rootfile full-path='OEBPS/content.opf' media-type='application/oebps-package+xml'/></rootfiles></container>")
    open(os.path.join(MIXED, "statement.epub"), "wb").write(zip_bytes([
        ("mimetype", "application/epub+zip"),
        ("META-INF/container.xml", container),
        ("OEBPS/content.opf", opf),
        ("OEBPS/text/ch1.xhtml", chapter(1, chapters[:half])),
        ("OEBPS/text/ch2.xhtml", chapter(2, chapters[half:])),
    ]))

    open(os.path.join(MIXED, "notes.md"), "w", encoding="utf-8").write(
        "---\ntitle: Field notes\nauthor: Mira Holt\ndate: 2021-03-04\nlang: en\n---\n\n# Field notes\n\n"
        "Water levels rose after the *spring* thaw.\n\n## Readings\n\n| site | level |\n|------|------:|\n| north | 3.2 |\n| south | 2.9 |\n\n"
        "- first reading at dawn\n- second reading at dusk\n")
    open(os.path.join(MIXED, "levels.csv"), "w", encoding="utf-8").write('site,level,note\nnorth,3.2,"rising, slowly"\nsouth,2.9,"said ""stable"""\n')
    open(os.path.join(MIXED, "levels.tsv"), "w", encoding="utf-8").write("site\tlevel\nnorth\t3.2\nsouth\t2.9\n")


def main():
    work = tempfile.mkdtemp()
    try:
        make_office(work)
        make_mixed()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for folder in (OFFICE, MIXED):
        for name in sorted(os.listdir(folder)):
            print(os.path.join(os.path.basename(folder), name), os.path.getsize(os.path.join(folder, name)))


if __name__ == "__main__":
    main()
