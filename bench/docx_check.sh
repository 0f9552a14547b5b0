#!/usr/bin/env bash
# Check that the built DOCX opens in LibreOffice without repair: convert it to PDF headless
# and render the pages as PNGs to look at. Run by hand after `reportgen build`.
#   bash bench/docx_check.sh [out/2025/2025.docx]
# Needs LibreOffice from Debian's packages: apt-get install libreoffice-writer-nogui
set -euo pipefail
docx="${1:-out/2025/2025.docx}"
dest="$(mktemp -d)"
command -v libreoffice >/dev/null || { echo "libreoffice is not installed (apt-get install libreoffice-writer-nogui)" >&2; exit 2; }
start=$(date +%s.%N)
libreoffice --headless --convert-to pdf --outdir "$dest" "$docx" >/dev/null 2>&1
pdf="$dest/$(basename "${docx%.*}").pdf"
[ -s "$pdf" ] || { echo "LibreOffice could not convert $docx" >&2; exit 1; }
pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
pdftoppm -r 50 -png "$pdf" "$dest/page"
echo "converted $docx in $(echo "$(date +%s.%N) - $start" | bc) s: $pages pages; PNGs in $dest/"
pdffonts "$pdf" | awk 'NR > 2 {print "  font:", $1}' | sort -u
