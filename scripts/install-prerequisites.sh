#!/usr/bin/env bash
# Installs the system packages toc needs on Debian or Ubuntu: the Graphviz C library (with its cairo/pango
# plugins for PNG and PDF), pkg-config to find it, and the DejaVu fonts the diagrams use.
# Swift itself (6.1 or later) must already be installed: https://www.swift.org/install/linux/
set -euo pipefail

"$(dirname "$0")/apt-install.sh" libgraphviz-dev pkg-config fonts-dejavu-core

# libgvc6 registers its plugins when installed; make sure the registry exists (PNG and PDF need it).
if ! ls /usr/lib/*/graphviz/config6* >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo libgvc6-config-update -c 2>/dev/null || true
fi

command -v swift >/dev/null || { echo "error: Swift 6.1 or later is needed: https://www.swift.org/install/linux/" >&2; exit 1; }
echo "Prerequisites are installed (Graphviz $(pkg-config --modversion libgvc))."
