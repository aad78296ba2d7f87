#!/usr/bin/env python3
"""Regenerates the font data files of Ingest.Readers.Pdf from freely licensed Adobe data.

Inputs (fetched with `npm pack aglfn pdfkit` into a scratch folder):
  aglfn/package/dist/aglfn.json   Adobe Glyph List For New Fonts (BSD-3-Clause, Adobe)
  pdfkit/package/js/data/*.afm    Adobe Core 14 AFM metrics (freely redistributable, Adobe)
Outputs: glyphlist.txt ("name HEX" per line) and standard14.txt ("@FontName" then "name width code").
Usage: generate-data.py <scratch-folder>

Not generated here: cff-standard-strings.txt (the 391 CFF standard strings, Adobe TN 5176 appendix A) and
mac-glyph-names.txt (the 258 Macintosh standard glyph names of TrueType 'post' tables), fixed tables from the specs.
"""
import json, os, sys

root = sys.argv[1]
names = {e["glyphName"]: e["unicodeValue"] for e in json.load(open(os.path.join(root, "aglfn/package/dist/aglfn.json")))}
# Names outside AGLFN that occur often in PDF fonts (values from the full Adobe Glyph List).
extra = {"ff": "FB00", "fi": "FB01", "fl": "FB02", "ffi": "FB03", "ffl": "FB04", "dotlessj": "0237",
         "Omega": "2126", "Delta": "2206", "mu": "00B5", "nbspace": "00A0", "sfthyphen": "00AD",
         "minus": "2212", "fraction": "2044", "periodcentered": "00B7", "Tcommaaccent": "0162",
         "tcommaaccent": "0163", "Scedilla": "015E", "scedilla": "015F", "commaaccent": "0326",
         "apple": "F8FF", "registersans": "00AE", "copyrightsans": "00A9", "trademarksans": "2122",
         "registerserif": "00AE", "copyrightserif": "00A9", "trademarkserif": "2122", "radicalex": "F8E5",
         "arrowvertex": "23D0", "arrowhorizex": "23AF", "bulletoperator": "2219", "middot": "00B7",
         "overscore": "00AF", "micro": "00B5", "Ohm": "2126", "horizontalbar": "2015", "quotesinglbase": "201A"}
# The Adobe Glyph List's afii names for Cyrillic (older fonts, CFF subsets from Adobe apps): its alphabetical runs
# skip Io/io, which come at afii10023/afii10071; then the letters beyond Russian.
cyrillic = {}
for base, first, io in ((10017, 0x0410, 0x0401), (10065, 0x0430, 0x0451)):
    for i in range(33):
        cyrillic[f"afii{base + i}"] = f"{io:04X}" if i == 6 else f"{first + i - (1 if i > 6 else 0):04X}"
for base, codes in ((10050, [0x490, 0x402, 0x403, 0x404, 0x405, 0x406, 0x407, 0x408, 0x409, 0x40A, 0x40B, 0x40C, 0x40E]),
                    (10098, [0x491, 0x452, 0x453, 0x454, 0x455, 0x456, 0x457, 0x458, 0x459, 0x45A, 0x45B, 0x45C, 0x45E])):
    for i, c in enumerate(codes):
        cyrillic[f"afii{base + i}"] = f"{c:04X}"
cyrillic.update({"afii10145": "040F", "afii10193": "045F", "afii61352": "2116"})
extra.update(cyrillic)
for k, v in extra.items():
    names.setdefault(k, v)
with open("glyphlist.txt", "w") as f:
    for k in sorted(names):
        f.write(f"{k} {names[k]}\n")

order = ["Courier", "Courier-Bold", "Courier-BoldOblique", "Courier-Oblique", "Helvetica", "Helvetica-Bold",
         "Helvetica-BoldOblique", "Helvetica-Oblique", "Symbol", "Times-Bold", "Times-BoldItalic", "Times-Italic",
         "Times-Roman", "ZapfDingbats"]
with open("standard14.txt", "w") as out:
    for font in order:
        out.write(f"@{font}\n")
        for line in open(os.path.join(root, "pdfkit/package/js/data", font + ".afm"), encoding="latin-1"):
            if not line.startswith("C "):
                continue
            fields = dict(p.strip().split(" ", 1) for p in line.split(";") if p.strip())
            out.write(f"{fields['N']} {fields['WX']} {fields['C']}\n")

# The ZapfDingbats glyph names (a1 ... a191) with their Unicode values, as in Adobe's zapfdingbats glyph list: joined
# by code from the two mappings of the X11 font encoding derived from Adobe's data (xfonts-utils' adobe-dingbats.enc).
import gzip
ps, uni, mode = {}, {}, None
for line in gzip.open("/usr/share/fonts/X11/encodings/adobe-dingbats.enc.gz", "rt"):
    if line.startswith("STARTMAPPING"):
        mode = line.split()[1]
        continue
    if line.startswith("ENDMAPPING"):
        mode = None
        continue
    p = line.split("#")[0].split()
    if mode == "postscript" and len(p) == 2 and p[0].isdigit():
        ps[int(p[0])] = p[1]
    if mode == "unicode" and len(p) == 2 and p[0].startswith("0x"):
        uni[int(p[0], 16)] = int(p[1], 16)
with open("zapfdingbats.txt", "w") as f:
    for c in sorted(ps):
        if c in uni and ps[c] != "space":
            f.write(f"{ps[c]} {uni[c]:04X}\n")
