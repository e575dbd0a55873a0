#!/bin/sh
# Installs sitegen on this machine (Linux): the release binary when the release has one for this machine,
# otherwise the release's sources cloned and built with SwiftPM (Swift 6 must be installed).
#
#   sh install.sh [--version vX.Y.Z] [--prefix DIR] [--repository URL]
#
# --prefix defaults to ~/.local (the binary goes to DIR/bin/sitegen); --version to the newest release, or
# SITEGEN_VERSION; --repository to SITEGEN_REPOSITORY or sitegen's own. Run from a clone of sitegen's
# repository with --from-source to build and install that checkout instead. Nothing is written outside DIR/bin
# and a temporary folder, which is removed at the end.
set -eu

repository="${SITEGEN_REPOSITORY:-https://github.com/sitegen-project/sitegen.git}"
version="${SITEGEN_VERSION:-}"
prefix="${PREFIX:-$HOME/.local}"
from_source=""

while [ $# -gt 0 ]; do
  case "$1" in
    --version) version="$2"; shift 2 ;;
    --prefix) prefix="$2"; shift 2 ;;
    --repository) repository="$2"; shift 2 ;;
    --from-source) from_source="."; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

say() { printf '%s\n' "$*" >&2; }
need() { command -v "$1" >/dev/null 2>&1 || { say "install.sh: $1 is needed: $2"; exit 1; }; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT INT TERM

if [ -n "$from_source" ]; then
  need swift "install Swift 6 (https://www.swift.org/install/)"
  [ -f Package.swift ] || { say "install.sh: --from-source runs in a clone of sitegen's repository"; exit 2; }
  swift build -c release
  binary="$(swift build -c release --show-bin-path)/sitegen"
else
  need git "apt-get install git"
  if [ -z "$version" ]; then
    # The newest tag v<major>.<minor>.<patch> in the repository.
    version="$(git ls-remote --tags --refs "$repository" 'v*' | sed 's|.*refs/tags/||' | grep -E '^v[0-9]+\.[0-9]+\.[0-9]+$' | sort -V | tail -n 1)"
    [ -n "$version" ] || { say "install.sh: no release tag found in $repository; pass --version"; exit 1; }
  fi
  asset="sitegen-$version-linux-$(uname -m).tar.gz"
  url="${repository%.git}/releases/download/$version/$asset"
  if command -v curl >/dev/null 2>&1 && curl -fsSL --retry 3 -o "$work/$asset" "$url"; then
    tar -xzf "$work/$asset" -C "$work" sitegen
    binary="$work/sitegen"
  else
    say "no release binary at $url: building sitegen $version from source"
    need swift "install Swift 6 (https://www.swift.org/install/), or use a version with a release binary"
    git clone --quiet --depth 1 --branch "$version" "$repository" "$work/source"
    swift build -c release --package-path "$work/source"
    binary="$(swift build -c release --package-path "$work/source" --show-bin-path)/sitegen"
  fi
fi

# The binary links libcmark-gfm and libxml2: say so plainly instead of failing later.
if ! "$binary" --version >/dev/null 2>&1; then
  say "install.sh: the sitegen binary does not start; install its libraries first:"
  say "  sudo apt-get install libcmark-gfm0.29.0.gfm.6 libcmark-gfm-extensions0.29.0.gfm.6 libxml2   (or the -dev packages)"
  exit 1
fi
mkdir -p "$prefix/bin"
install -m 755 "$binary" "$prefix/bin/sitegen"
say "installed sitegen $("$prefix/bin/sitegen" --version) at $prefix/bin/sitegen"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) say "add $prefix/bin to your PATH to run it as \`sitegen\`" ;;
esac
