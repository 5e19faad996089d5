#!/usr/bin/env bash
# Installs what thidua needs on a fresh machine: pnpm (pinned), the workspace's packages, and Debian's Chromium
# (used for PDF documents and browser tests; skipped with a notice when not root and not installed).
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1

if ! command -v pnpm >/dev/null 2>&1 || [[ "$(pnpm -v)" != 10.* ]]; then
  echo "→ installing pnpm 10.34.9"
  npm install -g pnpm@10.34.9 >/dev/null
fi

if [[ ! -x /usr/bin/chromium ]]; then
  if [[ $(id -u) -eq 0 ]]; then
    echo "→ installing Debian Chromium (PDF documents, browser tests)"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core poppler-utils >/dev/null)
  else
    echo "! /usr/bin/chromium is missing: PDF documents and browser tests need it (sudo apt-get install chromium poppler-utils)"
  fi
elif ! command -v pdftotext >/dev/null 2>&1 && [[ $(id -u) -eq 0 ]]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null)
fi

# LibreOffice Writer (headless) checks the DOCX documents as a word processor lays them out; Tinos (fonts-croscore)
# is the Times New Roman metric twin with Vietnamese that it substitutes.
if ! command -v soffice >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -q Tinos; then
  if [[ $(id -u) -eq 0 ]]; then
    echo "→ installing LibreOffice Writer and Tinos (DOCX checks)"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui fonts-croscore >/dev/null)
  else
    echo "! soffice or Tinos missing: DOCX layout tests skip (sudo apt-get install libreoffice-writer-nogui fonts-croscore)"
  fi
fi

echo "→ installing packages"
pnpm install --frozen-lockfile
