#!/usr/bin/env python3
"""Makes Office files by producers other than the fixtures' LibreOffice conversions, to check that the Office readers
generalise (issue 25). Each document comes with its reference text (<name>.txt, the words a reader must return, tables
left out) and its headings (<name>.headings, "level<TAB>text" a line).

Usage: python3 tests/Fixtures/formats/make-other-producers.py OUTDIR [--small]
  (the unit tests' fixtures: python3 tests/Fixtures/formats/make-other-producers.py tests/Fixtures/formats/producers --small)
  pandoc-<topic>.docx / .pptx   pandoc from Markdown written here (needs pandoc)
  word-like.docx                hand-written WordprocessingML as Word writes it: localised style ids, custom styles
                                based on headings, outline levels, numbering, hyperlinks, simple and complex fields,
                                a text box with its VML fallback, tracked insertions, deletions and moves, content
                                controls, smart tags
  excel-like.xlsx               hand-written SpreadsheetML as Excel writes it: shared strings with rich runs and
                                phonetic runs, inline strings, formula strings, booleans, errors, cells without
                                references, two sheets
  lo-<topic>.docx / .xlsx       LibreOffice from the Markdown texts (HTML to Writer, CSV to Calc; needs soffice)
  lo-pandoc-<topic>.pptx        LibreOffice Impress re-saving pandoc's presentation
  pydocx-<topic>.docx           python-docx (Debian's python3-docx; Word's own default template and styles)
  openpyxl-mixed.xlsx           openpyxl (Debian's python3-openpyxl): numbers, dates, percentages, merged cells
With --small only the hand-written files are made (the unit tests' fixtures).
"""
import os
import subprocess
import sys
import tempfile
import zipfile

FIXED_TIME = (2020, 1, 1, 0, 0, 0)

TOPICS = {
    "cycling": """# Mountain stages decide the race

The peloton reached the foot of the final climb together, but the gradient soon split it into small groups of riders.

## The breakaway

Seven riders escaped after forty kilometres and built a lead of four minutes before the valley road.

- Two of them were former champions.
- One had crashed the day before.
- The others rode for small continental teams.

## The finish

The favourite attacked with three kilometres to go and crossed the line alone, twelve seconds ahead of his rival.

### Reactions

Team managers praised the organisers for a route that rewarded patience rather than sheer power.
""",
    "bread": """# Baking sourdough at home

A starter is a living culture of wild yeast and bacteria that leavens bread without any commercial yeast.

## Feeding the starter

Mix equal weights of flour and water every day and keep the jar at room temperature.

1. Discard half of the starter.
2. Add fresh flour and water.
3. Wait until it doubles in volume.

## Shaping and proofing

Fold the dough gently, let it rest overnight in a cool place and bake it in a very hot covered pot.
""",
    "telescope": """# Choosing a first telescope

Aperture matters more than magnification, because a wider mirror gathers more light from faint galaxies.

## Refractors and reflectors

Refractors need little care, while reflectors offer larger apertures for the same price but need collimation.

## Mounts

An equatorial mount follows the stars with one axis, whereas an altazimuth mount is simpler to set up in the dark.
""",
}


def plain_and_headings(markdown):
    """The reference words (list markers and '#' left out) and the headings of a Markdown text written above."""
    lines, headings = [], []
    for line in markdown.splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            level = len(stripped) - len(stripped.lstrip("#"))
            headings.append((level, stripped[level:].strip()))
            lines.append(stripped[level:].strip())
        elif stripped.startswith("- "):
            lines.append(stripped[2:])
        elif stripped[:2].rstrip(".").isdigit() and ". " in stripped[:4]:
            lines.append(stripped.split(". ", 1)[1])
        elif stripped:
            lines.append(stripped)
    return "\n".join(lines) + "\n", headings


def write_reference(out, name, text, headings):
    with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(out, name + ".headings"), "w", encoding="utf-8") as f:
        f.writelines(f"{level}\t{title}\n" for level, title in headings)


def zip_write(path, entries):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"')

DOCX_STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W_NS}>
<w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/><w:basedOn w:val="Standard"/></w:style>
<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/><w:basedOn w:val="Standard"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="berschrift2"><w:name w:val="heading 2"/><w:basedOn w:val="Standard"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Kapitel"><w:name w:val="Kapitel"/><w:basedOn w:val="berschrift2"/></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Zwischentitel"><w:name w:val="Zwischentitel"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Listenabsatz"><w:name w:val="List Paragraph"/><w:basedOn w:val="Standard"/></w:style>
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/></w:style>
</w:styles>"""


def run(text):
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def para(body, style=None, extra=""):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/>{extra}</w:pPr>' if style else (f"<w:pPr>{extra}</w:pPr>" if extra else "")
    return f"<w:p>{ppr}{body}</w:p>"


def word_like(out):
    """A DOCX with the markup Word writes; every construct's visible text is in the reference, nothing else."""
    numbered = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
    textbox = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
               '<wps:wsp><wps:txbx><w:txbxContent>' + para(run("Sidebar quote kept once")) +
               '</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
               '<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>' + para(run("Sidebar quote kept once")) +
               '</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    body = [
        para(run("Annual report of the rowing club"), "Titel"),
        para(run("Membership"), "berschrift1"),
        para(run("The club welcomed ") + '<w:ins w:id="1" w:author="A" w:date="2020-01-01T00:00:00Z">' + run("forty ") + "</w:ins>"
             + '<w:del w:id="2" w:author="A" w:date="2020-01-01T00:00:00Z"><w:r><w:delText>thirty </w:delText></w:r></w:del>'
             + run("new members this season.")),
        para(run("Boats"), "Kapitel"),
        para(run("Details are on ") + '<w:hyperlink r:id="rIdLink" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>'
             '<w:t>the club website</w:t></w:r></w:hyperlink>' + run(" and in the boathouse.")),
        para(run("Two new eights arrived") + textbox + run(" before the spring regatta.")),
        para(run("Training"), "Zwischentitel"),
        para(run("Early mornings on the river"), "Listenabsatz", numbered),
        para(run("Ergometer sessions in winter"), "Listenabsatz", numbered),
        para(run("This page is ") + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("1") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
             + run(" of the report, printed on ") + '<w:fldSimple w:instr=" DATE \\@ &quot;d MMMM yyyy&quot; ">' + run("4 March 2020") + "</w:fldSimple>"),
        para('<w:moveFrom w:id="3" w:author="A" w:date="2020-01-01T00:00:00Z">' + run("Moved sentence appears once. ") + "</w:moveFrom>"
             + run("Finances are sound.")),
        para('<w:moveTo w:id="4" w:author="A" w:date="2020-01-01T00:00:00Z">' + run("Moved sentence appears once.") + "</w:moveTo>"),
        '<w:sdt><w:sdtPr><w:alias w:val="Signature"/></w:sdtPr><w:sdtContent>' + para(run("Signed by the secretary")) + "</w:sdtContent></w:sdt>",
        para(run("Outline level on the paragraph itself"), None, '<w:outlineLvl w:val="1"/>'),
        para('<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">' + run("Henley") + "</w:smartTag>"
             + run(" hosts the next race.")),
    ]
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W_NS}><w:body>'
                + "".join(body) + "<w:sectPr/></w:body></w:document>")
    numbering = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {W_NS}>'
                 '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
                 '<w:lvlText w:val="-"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
            '<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" '
            'Target="https://rowing.example.org/" TargetMode="External"/></Relationships>')
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                     '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
                     '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
                     "</Types>")
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
                 'Target="word/document.xml"/></Relationships>')
    zip_write(os.path.join(out, "word-like.docx"), [
        ("[Content_Types].xml", content_types), ("_rels/.rels", root_rels), ("word/document.xml", document),
        ("word/styles.xml", DOCX_STYLES), ("word/numbering.xml", numbering), ("word/_rels/document.xml.rels", rels)])
    text = """Annual report of the rowing club
Membership
The club welcomed forty new members this season.
Boats
Details are on the club website and in the boathouse.
Two new eights arrived Sidebar quote kept once before the spring regatta.
Training
Early mornings on the river
Ergometer sessions in winter
This page is 1 of the report, printed on 4 March 2020
Finances are sound.
Moved sentence appears once.
Signed by the secretary
Outline level on the paragraph itself
Henley hosts the next race.
"""
    write_reference(out, "word-like", text, [(1, "Membership"), (2, "Boats"), (3, "Training"), (2, "Outline level on the paragraph itself")])


def excel_like(out):
    """An XLSX with the markup Excel writes; the reference is every cell's text, row by row, as Excel shows it
    (doubles stored with 17 significant digits show with 15)."""
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    shared = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst {ns} count="4" uniqueCount="4">'
              '<si><t>Station</t></si><si><t>Rainfall</t></si>'
              '<si><r><rPr><b/></rPr><t>North</t></r><r><t xml:space="preserve"> ridge</t></r></si>'
              '<si><t>Tokyo</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si></sst>')
    sheet1 = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet {ns}><sheetData>'
              '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Checked</t></is></c></row>'
              '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>42.5</v></c><c r="C2" t="b"><v>1</v></c></row>'
              '<row r="3"><c r="A3" t="s"><v>3</v></c><c r="B3"><f>B2*2</f><v>85</v></c><c r="C3" t="b"><v>0</v></c></row>'
              '<row r="5"><c r="A5" t="str"><f>A1&amp;" total"</f><v>Station total</v></c><c r="B5"><f>SUM(B2:B3)</f><v>127.5</v></c>'
              '<c r="C5" t="e"><v>#N/A</v></c></row>'
              '<row r="6"><c r="A6" t="inlineStr"><is><t>Sums</t></is></c><c r="B6"><v>0.30000000000000004</v></c>'
              '<c r="C6"><v>3.3000000000000003</v></c><c r="D6"><v>123456789012345</v></c></row>'
              '</sheetData></worksheet>')
    sheet2 = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet {ns}><sheetData>'
              '<row><c t="inlineStr"><is><r><t>Inline</t></r><r><t xml:space="preserve"> rich text</t></r></is></c><c><v>7</v></c></row>'
              '<row><c t="inlineStr"><is><t>Second row</t></is></c><c><v>8</v></c></row>'
              '</sheetData></worksheet>')
    workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook {ns} '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                '<sheet name="Rain" sheetId="1" r:id="rId1"/><sheet name="Notes" sheetId="2" r:id="rId2"/></sheets></workbook>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            "</Relationships>")
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                     '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                     '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                     '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                     "</Types>")
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
                 'Target="xl/workbook.xml"/></Relationships>')
    zip_write(os.path.join(out, "excel-like.xlsx"), [
        ("[Content_Types].xml", content_types), ("_rels/.rels", root_rels), ("xl/workbook.xml", workbook),
        ("xl/_rels/workbook.xml.rels", rels), ("xl/sharedStrings.xml", shared),
        ("xl/worksheets/sheet1.xml", sheet1), ("xl/worksheets/sheet2.xml", sheet2)])
    # The sheet names are headings of their tables.
    text = """Rain
Station\tRainfall\tChecked
North ridge\t42.5\tTRUE
Tokyo\t85\tFALSE
Station total\t127.5\t#N/A
Sums\t0.3\t3.3\t123456789012345
Notes
Inline rich text\t7
Second row\t8
"""
    write_reference(out, "excel-like", text, [(1, "Rain"), (1, "Notes")])


def soffice(source, target, outdir, infilter=None):
    profile = tempfile.mkdtemp()
    cmd = ["soffice", "--headless", f"-env:UserInstallation=file://{profile}"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", target, "--outdir", outdir, source]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


def by_tools(out, work):
    for topic, markdown in TOPICS.items():
        text, headings = plain_and_headings(markdown)
        source = os.path.join(work, topic + ".md")
        with open(source, "w", encoding="utf-8") as f:
            f.write(markdown)
        for ext in ("docx", "pptx"):
            subprocess.run(["pandoc", source, "-o", os.path.join(out, f"pandoc-{topic}.{ext}")], check=True)
            write_reference(out, f"pandoc-{topic}", text, headings)
        html = os.path.join(work, f"lo-{topic}.html")
        subprocess.run(["pandoc", source, "-s", "--metadata", f"title={topic}", "-o", html], check=True)
        soffice(html, "docx:MS Word 2007 XML", out, "HTML (StarWriter)")
        # pandoc -s adds the title given above as a level-1 heading of its own.
        write_reference(out, f"lo-{topic}", topic + "\n" + text, [(1, topic)] + headings)
        odp = os.path.join(work, f"lo-pandoc-{topic}.odp")
        soffice(os.path.join(out, f"pandoc-{topic}.pptx"), "odp", work)
        os.replace(os.path.join(work, f"pandoc-{topic}.odp"), odp)
        soffice(odp, "pptx:Impress MS PowerPoint 2007 XML", out)
        write_reference(out, f"lo-pandoc-{topic}", text, headings)


def by_python_docx(out):
    try:
        import docx
    except ImportError:
        print("python-docx missing (apt-get install python3-docx; run with /usr/bin/python3): skipped")
        return
    for topic, markdown in TOPICS.items():
        text, headings = plain_and_headings(markdown)
        document = docx.Document()
        document.core_properties.author = "Producer check"
        for line in markdown.splitlines():
            stripped = line.strip()
            if stripped.startswith("#"):
                level = len(stripped) - len(stripped.lstrip("#"))
                document.add_heading(stripped[level:].strip(), level)
            elif stripped.startswith("- "):
                document.add_paragraph(stripped[2:], style="List Bullet")
            elif stripped[:2].rstrip(".").isdigit() and ". " in stripped[:4]:
                document.add_paragraph(stripped.split(". ", 1)[1], style="List Number")
            elif stripped:
                # Runs split inside words, as editing leaves them.
                paragraph = document.add_paragraph()
                middle = len(stripped) // 2
                paragraph.add_run(stripped[:middle])
                paragraph.add_run(stripped[middle:]).bold = True
        document.save(os.path.join(out, f"pydocx-{topic}.docx"))
        write_reference(out, f"pydocx-{topic}", text, headings)


def by_openpyxl(out):
    try:
        import openpyxl
    except ImportError:
        print("openpyxl missing (apt-get install python3-openpyxl; run with /usr/bin/python3): skipped")
        return
    from datetime import date
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Harvest"
    sheet.append(["Field", "Tonnes", "Share", "Picked"])
    rows = [("Upper meadow", 0.1 + 0.2, 0.25, date(2021, 9, 14)), ("River bank", 1.1 * 3, 0.5, date(2021, 9, 20))]
    for field, tonnes, share, picked in rows:
        sheet.append([field, tonnes, share, picked])
    for row in sheet.iter_rows(min_row=2):
        row[2].number_format = "0%"
        row[3].number_format = "yyyy-mm-dd"
    sheet["A5"] = "Merged note across columns"
    sheet.merge_cells("A5:D5")
    book.save(os.path.join(out, "openpyxl-mixed.xlsx"))
    # Excel shows a double with at most 15 significant digits in the General format.
    text = """Harvest
Field\tTonnes\tShare\tPicked
Upper meadow\t0.3\t25%\t2021-09-14
River bank\t3.3\t50%\t2021-09-20
Merged note across columns
"""
    write_reference(out, "openpyxl-mixed", text, [(1, "Harvest")])


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    word_like(out)
    excel_like(out)
    if "--small" not in sys.argv:
        by_python_docx(out)
        by_openpyxl(out)
        with tempfile.TemporaryDirectory() as work:
            by_tools(out, work)


if __name__ == "__main__":
    main()
