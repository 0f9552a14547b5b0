#!/usr/bin/env bash
# Set up reportgen on a fresh Debian machine: system packages, a virtualenv in .venv, and
# the package with its test extras. Safe to run again; it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi

if command -v apt-get >/dev/null 2>&1; then
  echo "setup: installing system packages (fonts-noto-cjk, fonts-lxgw-wenkai, texlive-lang-chinese for the Fandol" \
       "仿宋 and 楷体, libharfbuzz-subset0, poppler-utils, chromium for the review page's tests)…" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    fonts-noto-cjk fonts-lxgw-wenkai texlive-lang-chinese libharfbuzz-subset0 poppler-utils python3-venv \
    chromium >/dev/null
else
  echo "setup: apt-get not found; install fonts-noto-cjk, the Fandol fonts (FandolFang, FandolKai), libharfbuzz-subset0," \
       "poppler-utils and chromium yourself" >&2
fi

# texlive-lang-chinese puts the Fandol OpenType fonts (FandolFang: the 简报 body's 仿宋 when no official
# 仿宋_GB2312 is installed) in TeX's tree, where fontconfig does not look: a link in /usr/local/share/fonts,
# which fontconfig searches, makes them visible to WeasyPrint (and LibreOffice) on this machine.
FANDOL=/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol
if [ -d "$FANDOL" ] && command -v fc-cache >/dev/null 2>&1 && [ ! -e /usr/local/share/fonts/fandol ] \
   && ! fc-list : family 2>/dev/null | grep -x "FandolFang\(,.*\)\?" >/dev/null; then
  echo "setup: making the Fandol fonts visible to fontconfig (/usr/local/share/fonts/fandol)" >&2
  $SUDO mkdir -p /usr/local/share/fonts
  $SUDO ln -sfn "$FANDOL" /usr/local/share/fonts/fandol
  $SUDO fc-cache -f >/dev/null
fi

PY="${PYTHON:-}"
if [ -z "$PY" ]; then
  for candidate in python3.11 python3.12 python3.13 python3; do
    if command -v "$candidate" >/dev/null 2>&1; then PY="$candidate"; break; fi
  done
fi
"$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "reportgen needs Python 3.11 or newer")'

if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv with $PY" >&2
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
echo "setup: done (.venv/bin/reportgen)" >&2
