#!/usr/bin/env bash
# Producer corpus: renders the five fixture texts (tests/Fixtures/NNN_*.txt, documents 000-004) and the texts
# written for this corpus (texts/1NN-*.txt, documents 100-102) with several real PDF producers, and writes beside
# every PDF the ground truth: the body text the PDF shows (headings and paragraphs, markup stripped), without the
# running headers, footers and page numbers the producer adds.
#
# Sets (file name <set>-<NNN>.pdf and <set>-<NNN>.txt):
#   latex-onecol    pdflatex, article, one column, justified and hyphenated, Times (Type 1), running head, page numbers
#   latex-twocol    pdflatex, article, two columns, Palatino (Type 1), page numbers
#   latex-type3     pdflatex, T1 font encoding without scalable EC fonts: bitmap (Type 3) fonts, one column
#   groff           groff -ms -> PostScript -> Ghostscript ps2pdf: justified, hyphenated, Type 1C fonts, no space
#                   glyphs, running header and page-number footer
#   libreoffice     LibreOffice Writer (soffice --headless --convert-to pdf) of an HTML rendering, justified
#   chromium-columns headless Chromium --print-to-pdf, two CSS columns with text-align: justify
#   enscript        GNU enscript (Courier, fixed pitch, pre-wrapped lines, page header) -> ps2pdf
#   weasyprint      WeasyPrint (TrueType subsets), justified with hyphens: auto, @page running header and footer
#   pango           pango-view (cairo PDF surface), justified, one tall page
#   latex-multicol  pdflatex, Latin Modern (Type 1), two balanced multicol columns
#   gropdf          groff -ms -Tpdf (gropdf, groff's own PDF writer): Type 1 fonts, words placed by TJ offsets
#   groff-twocol    groff -ms .2C, Palatino, -> ps2pdf: two justified columns under a full-width title
#   groff-mm        groff -mm, Helvetica, -Tpdf: page header and footer from .PH/.PF
#   libreoffice-twocol LibreOffice Writer from a flat ODT: two-column page, justified and hyphenated, page header
# A producer that is not installed is skipped with a note.
#
# Usage: [SETS="groff enscript"] [TEXTS=DIR] tests/Fixtures/pdf/producers/make-producers.sh [OUT]
#   SETS: only those sets; TEXTS: render only the texts DIR/NNN-*.txt (same markup) instead of the corpus documents
#   OUT defaults to tests/Fixtures/pdf/producers/out (ignored by git). The PDFs the unit tests read
#   (ProducerRenditionTests: <set>-004.pdf and .txt of every set) are copied from there into
#   tests/Fixtures/pdf/producers/ by hand and committed.
# Needs python3 and: texlive-latex-base texlive-latex-recommended texlive-fonts-recommended, lmodern, groff ghostscript,
# libreoffice-writer, chromium, enscript, weasyprint, pango1.0-tools (Debian package names).
# Tune/report split used by the pdf-layout suite: even documents 000-004 tune; odd documents and 100-102 report.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
fixtures=$(cd "$here/../.." && pwd)
out=${1:-$here/out}
mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ -n "${TEXTS:-}" ]; then
  python3 "$here/producers.py" "$work/no-fixtures" "$TEXTS" "$work" || exit 1
else
  python3 "$here/producers.py" "$fixtures" "$here/texts" "$work" || exit 1
fi

sets=" ${SETS:-latex-onecol latex-twocol latex-type3 latex-multicol groff gropdf groff-twocol groff-mm libreoffice libreoffice-twocol chromium-columns enscript weasyprint pango} "
want() { [[ "$sets" == *" $1 "* ]]; }
have() { command -v "$1" >/dev/null 2>&1; }
keep() { # keep SET ID PDF: copy the PDF and its ground truth into OUT
  if [ -s "$3" ]; then cp "$3" "$out/$1-$2.pdf"; cp "$work/$2.$1.truth" "$out/$1-$2.txt"; else echo "  $1-$2: producer made no PDF" >&2; fi
}

for truth in "$work"/*.plain.truth; do
  id=$(basename "$truth" .plain.truth)
  echo "document $id"
  if have pdflatex; then
    for set in latex-onecol latex-twocol latex-type3 latex-multicol; do
      want "$set" || continue
      (cd "$work" && timeout 300 pdflatex -interaction=nonstopmode -halt-on-error "$id.$set.tex" >/dev/null 2>&1 \
        && timeout 300 pdflatex -interaction=nonstopmode -halt-on-error "$id.$set.tex" >/dev/null 2>&1)
      keep "$set" "$id" "$work/$id.$set.pdf"
    done
  fi
  if want groff && have groff && have ps2pdf; then
    timeout 120 groff -ms -Tps -k "$work/$id.groff.ms" > "$work/$id.groff.ps" 2>/dev/null \
      && timeout 120 ps2pdf "$work/$id.groff.ps" "$work/$id.groff.pdf"
    keep groff "$id" "$work/$id.groff.pdf"
  fi
  if want gropdf && have groff; then
    timeout 120 groff -ms -Tpdf -k "$work/$id.gropdf.ms" > "$work/$id.gropdf.pdf" 2>/dev/null
    keep gropdf "$id" "$work/$id.gropdf.pdf"
  fi
  if want groff-twocol && have groff && have ps2pdf; then
    timeout 120 groff -ms -Tps -k "$work/$id.groff-twocol.ms" > "$work/$id.groff-twocol.ps" 2>/dev/null \
      && timeout 120 ps2pdf "$work/$id.groff-twocol.ps" "$work/$id.groff-twocol.pdf"
    keep groff-twocol "$id" "$work/$id.groff-twocol.pdf"
  fi
  if want groff-mm && have groff; then
    timeout 120 groff -mm -Tpdf -k "$work/$id.groff-mm.mm" > "$work/$id.groff-mm.pdf" 2>/dev/null
    keep groff-mm "$id" "$work/$id.groff-mm.pdf"
  fi
  if want libreoffice && have soffice; then
    # Writer's own HTML import: the default (Writer/Web) export leaves the first page blank and loses the lines of
    # a document's first heading that wraps, so the PDF would lack words its ground truth has.
    timeout 300 soffice --headless -env:UserInstallation="file://$work/lo-profile" --infilter="HTML (StarWriter)" \
      --convert-to pdf:writer_pdf_Export --outdir "$work/lo" "$work/$id.libreoffice.html" >/dev/null 2>&1
    keep libreoffice "$id" "$work/lo/$id.libreoffice.pdf"
  fi
  if want libreoffice-twocol && have soffice; then
    timeout 300 soffice --headless -env:UserInstallation="file://$work/lo-profile" \
      --convert-to pdf:writer_pdf_Export --outdir "$work/lo" "$work/$id.libreoffice-twocol.fodt" >/dev/null 2>&1
    keep libreoffice-twocol "$id" "$work/lo/$id.libreoffice-twocol.pdf"
  fi
  if want chromium-columns && have chromium; then
    timeout 180 chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
      --disable-component-update --disable-sync --user-data-dir="$(mktemp -d -p "$work")" \
      --no-pdf-header-footer --print-to-pdf="$work/$id.chromium-columns.pdf" "file://$work/$id.chromium-columns.html" >/dev/null 2>&1
    keep chromium-columns "$id" "$work/$id.chromium-columns.pdf"
  fi
  if want enscript && have enscript && have ps2pdf; then
    timeout 120 enscript -q -X latin1 -f Courier10 --margins=60:60:50:50 \
      --header='Quarterly Review of Regional Affairs||Page $% of $=' -p "$work/$id.enscript.ps" "$work/$id.enscript.txt" \
      && timeout 120 ps2pdf "$work/$id.enscript.ps" "$work/$id.enscript.pdf"
    keep enscript "$id" "$work/$id.enscript.pdf"
  fi
  if want weasyprint && have weasyprint; then
    timeout 300 weasyprint -q "$work/$id.weasyprint.html" "$work/$id.weasyprint.pdf" 2>/dev/null
    keep weasyprint "$id" "$work/$id.weasyprint.pdf"
  fi
  if want pango && have pango-view; then
    timeout 120 pango-view -q --font='DejaVu Serif 10' --width=450 --justify --wrap=word --margin=50 \
      --output="$work/$id.pango.pdf" "$work/$id.pango.txt" 2>/dev/null
    keep pango "$id" "$work/$id.pango.pdf"
  fi
done
ls "$out" | sed -n 's/-[0-9]*\.pdf$//p' | sort | uniq -c
