#!/usr/bin/env bash
# Renders fixture texts (tests/Fixtures/*.txt) into PDFs that exercise layout analysis, with headless Chromium:
#   two-columns-*.pdf            two CSS columns with headings inside the columns
#   justified-hyphenated-*.pdf   justified narrow text; long words carry soft hyphens (&shy;) so Chromium
#                                breaks them with a visible hyphen (its hyphens:auto has no dictionary here)
#   running-headers-*.pdf        @page margin boxes: a running header, a running footer and page numbers
#   rotated-*.pdf                landscape pages drawn rotated on portrait pages carrying /Rotate 90
#                                (added by an incremental update, so the file stays a valid PDF)
# Usage: tests/Fixtures/pdf/layout/make-layouts.sh   (needs chromium and python3; writes next to this script)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
fixtures=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ids=(000_8356487e95b370c0 001_dfc885e2c315c131 004_1616c7d502a30445)

python3 - "$fixtures" "$work" "${ids[@]}" <<'PY'
import html, re, sys
fixtures, work, ids = sys.argv[1], sys.argv[2], sys.argv[3:]

def inline(text, shy):
    out = html.escape(text, quote=False)
    out = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", out)
    out = re.sub(r"(?<![\w*])\*(\S.*?\S)\*(?![\w*])", r"<em>\1</em>", out)
    if shy:
        out = re.sub(r"(?<![\w&/.-])([A-Za-z]{9,})(?=[\s,.;:!?)\u201d\"']|$)", lambda m: soft(m.group(1)), out)
    return out

def soft(word):
    # A soft hyphen every four letters, leaving at least three letters on each side.
    parts, i = [], 0
    while len(word) - i > 6:
        parts.append(word[i:i + 4]); i += 4
    parts.append(word[i:])
    return "&shy;".join(parts)

def body(text, shy):
    blocks = [b.strip("\n") for b in re.split(r"\n\s*\n", text) if b.strip()]
    out = []
    for block in blocks:
        m = re.match(r"^(#{1,6})\s+(.*)$", block.strip())
        if m:
            level = len(m.group(1))
            out.append(f"<h{level}>{inline(m.group(2).strip(), False)}</h{level}>")
        else:
            lines = [inline(l.strip(), shy) for l in block.split("\n") if l.strip()]
            out.append("<p>" + "<br>".join(lines) + "</p>")
    return "\n".join(out)

base = "body { font: 10pt 'Liberation Serif', serif; line-height: 1.25 } h1 { font-size: 18pt } h2 { font-size: 13pt } p { margin: 0 0 0.6em }"
layouts = {
    "two-columns": ("@page { size: letter; margin: 0.75in }", "body { column-count: 2; column-gap: 0.35in }", False),
    "justified-hyphenated": ("@page { size: letter; margin: 0.9in }", "body { width: 3.4in } p { text-align: justify }", True),
    "running-headers": (
        "@page { size: letter; margin: 1in 0.9in;"
        " @top-center { content: 'Quarterly Review of Regional Affairs'; font: 9pt sans-serif }"
        " @bottom-left { content: 'Confidential draft circulated for comment'; font: 8pt sans-serif }"
        " @bottom-right { content: 'Page ' counter(page) ' of ' counter(pages); font: 8pt sans-serif } }",
        "", False),
    "rotated": ("@page { size: 11in 8.5in; margin: 0.75in }", "", False),
}
for fid in ids:
    text = open(f"{fixtures}/{fid}.txt", encoding="utf-8").read()
    short = fid[:3]
    for name, (page, extra, shy) in layouts.items():
        doc = f"<!doctype html><html lang='en'><head><meta charset='utf-8'><style>{page} {base} {extra}</style></head><body>{body(text, shy)}</body></html>"
        open(f"{work}/{name}-{short}.html", "w", encoding="utf-8").write(doc)
PY

for html in "$work"/*.html; do
  name=$(basename "$html" .html)
  timeout 120 chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$(mktemp -d -p "$work")" \
    --print-to-pdf="$work/$name.pdf" --no-pdf-header-footer "$html" 2>/dev/null
done

# Rotate: each landscape page becomes a portrait page whose content is drawn turned by 90 degrees and which
# carries /Rotate 90, so it displays exactly as before. Appended as an incremental update with its own xref.
for pdf in "$work"/rotated-*.pdf; do
python3 - "$pdf" <<'PY'
import re, sys
path = sys.argv[1]
data = open(path, "rb").read()
size = int(re.findall(rb"/Size (\d+)", data)[-1])
root = re.findall(rb"/Root (\d+ \d+ R)", data)[-1]
info = re.findall(rb"/Info (\d+ \d+ R)", data)
prev = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
objects = []
for m in re.finditer(rb"(\d+) 0 obj\s*(<</Type /Page\b.*?)\nendobj", data, re.S):
    num, body = int(m.group(1)), m.group(2)
    box = re.search(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", body)
    w, h = box.group(1), box.group(2)
    start, end = size, size + 1
    size += 2
    contents = re.search(rb"/Contents (\[[^\]]*\]|\d+ 0 R)", body)
    old = contents.group(1).strip(b"[]")
    body = body.replace(box.group(0), b"/MediaBox [0 0 " + h + b" " + w + b"]")
    body = body.replace(contents.group(0), b"/Contents [%d 0 R " % start + old + b" %d 0 R]" % end)
    body = body.replace(b"<</Type /Page", b"<</Type /Page\n/Rotate 90", 1)
    objects.append((num, body + b"\nendobj\n"))
    pre = b"q 0 1 -1 0 " + h + b" 0 cm\n"
    objects.append((start, b"<</Length %d>> stream\n" % len(pre) + pre + b"\nendstream\nendobj\n"))
    objects.append((end, b"<</Length 2>> stream\nQ\n\nendstream\nendobj\n"))
out = bytearray(data if data.endswith(b"\n") else data + b"\n")
offsets = {}
for num, body in objects:
    offsets[num] = len(out)
    out += b"%d 0 obj\n" % num + body
xref = len(out)
out += b"xref\n"
for num in sorted(offsets):
    out += b"%d 1\n%010d 00000 n \n" % (num, offsets[num])
out += b"trailer\n<</Size %d /Root " % size + root + (b" /Info " + info[-1] if info else b"") + b" /Prev %d>>\nstartxref\n%d\n%%%%EOF\n" % (prev, xref)
open(path, "wb").write(bytes(out))
PY
done

cp "$work"/*.pdf "$here"/
ls -l "$here"/*.pdf
