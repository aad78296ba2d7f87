#!/usr/bin/env bash
# Renders the five fixture texts (tests/Fixtures/*.txt) to PDF with two real producers:
#   libreoffice-<id>.pdf  LibreOffice Writer (soffice --headless --convert-to pdf of the plain text)
#   chromium-<id>.pdf     headless Chromium printing a simple HTML wrapping of the text (one <p> per paragraph)
# Usage: tests/Fixtures/pdf/make-renditions.sh   (needs soffice, chromium and python3; writes next to this script)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
fixtures=$(cd "$here/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for txt in "$fixtures"/*.txt; do
  id=$(basename "$txt" .txt)
  cp "$txt" "$work/$id.txt"
  timeout 180 soffice --headless -env:UserInstallation="file://$work/lo-profile" \
    --convert-to pdf --outdir "$work" "$work/$id.txt" >/dev/null 2>&1
  mv "$work/$id.pdf" "$here/libreoffice-$id.pdf"

  python3 - "$txt" "$work/$id.html" <<'PY'
import html, re, sys
text = open(sys.argv[1], encoding="utf-8").read()
paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
body = "\n".join("<p>" + html.escape(p).replace("\n", "<br>") + "</p>" for p in paragraphs)
open(sys.argv[2], "w", encoding="utf-8").write(
    "<!doctype html><html><head><meta charset='utf-8'><title>fixture</title>"
    "<style>body { font: 11pt 'Liberation Serif', serif; margin: 0 } p { margin: 0 0 0.7em }</style>"
    "</head><body>" + body + "</body></html>")
PY
  timeout 180 chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$(mktemp -d -p "$work")" \
    --no-pdf-header-footer --print-to-pdf="$here/chromium-$id.pdf" "file://$work/$id.html" >/dev/null 2>&1
done
ls -l "$here"/*.pdf
