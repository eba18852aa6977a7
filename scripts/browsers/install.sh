#!/usr/bin/env bash
# Installs the browser engines of the `engines` test project, on demand and at pinned versions,
# into a cache directory outside the repository, so that `npm install` stays light for someone who
# only runs the API. `.ci/run` and the engines' global setup call it; running it again is cheap.
#
# Usage: bash scripts/browsers/install.sh [chromium-80] [chromium-86] [firefox] [webkit]
#        (no argument: all four)
#
#   chromium-80  Chromium 80.0.3987.0, shipped inside chrome-aws-lambda@2.1.1, driven by puppeteer-core@2.1.1
#   chromium-86  Chromium 86.0.4240.0, shipped inside chrome-aws-lambda@5.3.1, driven by puppeteer-core@5.3.1
#   firefox      Debian's firefox-esr, driven by puppeteer-core@25.16.0 over WebDriver BiDi
#   webkit       Debian's webkit2gtk-driver (WebKitWebDriver + MiniBrowser) under xvfb, driven by selenium-webdriver@4.49.0
#
# Cache directory: $CLUSTER_LIST_BROWSERS, else ~/.cache/cluster-list-browsers. Each engine gets a
# subdirectory with its drivers' node_modules and a `ready` file holding what was installed; an
# engine whose `ready` file matches its pins is skipped. Debian packages need root (or sudo).
set -euo pipefail

CACHE="${CLUSTER_LIST_BROWSERS:-$HOME/.cache/cluster-list-browsers}"
ALL=(chromium-80 chromium-86 firefox webkit)
APT_UPDATED=0

say() { echo "browsers: $*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    say "installing Debian packages needs root or sudo: $*"
    exit 1
  fi
}

# Installs the Debian packages that are not installed yet (one apt-get update per run, only if needed).
apt_install() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
  [ "${#missing[@]}" = 0 ] && return 0
  if [ "$APT_UPDATED" = 0 ]; then
    as_root apt-get update -qq
    APT_UPDATED=1
  fi
  say "apt-get install ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# npm packages into <dir>/node_modules, exactly at the given versions, without install scripts
# (none of these needs one: the browsers come from Debian or inside the package).
npm_install() {
  local dir="$1"
  shift
  mkdir -p "$dir"
  [ -f "$dir/package.json" ] || echo '{"private":true}' >"$dir/package.json"
  npm install --prefix "$dir" --no-save --no-package-lock --no-audit --no-fund --ignore-scripts --loglevel=error "$@" >/dev/null
}

# chrome-aws-lambda's `executablePath` inflates its Brotli-packed Chromium to /tmp/chromium when it
# believes it runs on Lambda (AWS_LAMBDA_FUNCTION_NAME), and returns whatever is already there. Every
# version uses that path, so whatever is there is moved aside first and put back after, and the
# inflated binary is moved into the engine's own directory. The SwiftShader libraries it also
# inflates to /tmp/swiftshader are not needed (--disable-gpu) and go again unless they were there.
inflate_chromium() {
  local dir="$1"
  local aside="" swiftshader_was_there=0
  [ -e /tmp/swiftshader ] && swiftshader_was_there=1
  if [ -e /tmp/chromium ]; then
    aside="/tmp/chromium.aside.$$"
    mv /tmp/chromium "$aside"
  fi
  local inflated
  inflated="$(cd "$dir" && AWS_LAMBDA_FUNCTION_NAME=x node -e "require('chrome-aws-lambda').executablePath.then((path) => console.log(path))")"
  if [ "$inflated" != /tmp/chromium ] || [ ! -x /tmp/chromium ]; then
    [ -n "$aside" ] && mv "$aside" /tmp/chromium
    say "chrome-aws-lambda in $dir did not inflate Chromium to /tmp/chromium (got '$inflated')"
    exit 1
  fi
  mv /tmp/chromium "$dir/chromium"
  [ -n "$aside" ] && mv "$aside" /tmp/chromium
  [ "$swiftshader_was_there" = 1 ] || rm -rf /tmp/swiftshader
  return 0
}

# $3 is the Chromium that chrome-aws-lambda's README maps the package version to.
install_old_chromium() {
  local engine="$1" version="$2" chromium="$3"
  local dir="$CACHE/$engine"
  local pins="chrome-aws-lambda@$version puppeteer-core@$version"
  [ -f "$dir/ready" ] && [ "$(head -n1 "$dir/ready")" = "$pins" ] && [ -x "$dir/chromium" ] && return 0
  apt_install libnss3 libexpat1
  rm -rf "$dir"
  npm_install "$dir" "chrome-aws-lambda@$version" "puppeteer-core@$version"
  inflate_chromium "$dir"
  printf '%s\n%s\n' "$pins" "Chromium $chromium" >"$dir/ready"
}

install_firefox() {
  local dir="$CACHE/firefox"
  local pins="firefox-esr puppeteer-core@25.16.0"
  apt_install firefox-esr
  [ -f "$dir/ready" ] && [ "$(head -n1 "$dir/ready")" = "$pins" ] && return 0
  rm -rf "$dir"
  npm_install "$dir" puppeteer-core@25.16.0
  printf '%s\n%s\n' "$pins" "$(firefox-esr --version 2>/dev/null)" >"$dir/ready"
}

install_webkit() {
  local dir="$CACHE/webkit"
  local pins="webkit2gtk-driver xvfb selenium-webdriver@4.49.0"
  apt_install webkit2gtk-driver xvfb
  [ -f "$dir/ready" ] && [ "$(head -n1 "$dir/ready")" = "$pins" ] && return 0
  rm -rf "$dir"
  npm_install "$dir" selenium-webdriver@4.49.0
  printf '%s\n%s\n' "$pins" "WebKitGTK $(dpkg-query -W -f='${Version}' webkit2gtk-driver)" >"$dir/ready"
}

engines=("$@")
[ "${#engines[@]}" = 0 ] && engines=("${ALL[@]}")
mkdir -p "$CACHE"
# One install at a time per cache: the test setup and .ci/run may both call this, and old
# Chromiums share /tmp/chromium while they inflate.
exec 9>"$CACHE/.lock"
flock 9

for engine in "${engines[@]}"; do
  started=$SECONDS
  case "$engine" in
    chromium-80) install_old_chromium chromium-80 2.1.1 80.0.3987.0 ;;
    chromium-86) install_old_chromium chromium-86 5.3.1 86.0.4240.0 ;;
    firefox) install_firefox ;;
    webkit) install_webkit ;;
    *)
      say "unknown engine '$engine' (known: ${ALL[*]})"
      exit 2
      ;;
  esac
  say "$engine ready in $((SECONDS - started)) s: $(tail -n1 "$CACHE/$engine/ready")"
done
