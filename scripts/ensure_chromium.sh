#!/usr/bin/env sh
# `make test` runs this first: the browser tests drive Debian's Chromium (/usr/bin/chromium).
# Installs it when it is missing and this user can (root with apt-get); otherwise says how,
# and the browser tests are skipped (the pytest summary says so; CI fails instead).
if [ -x /usr/bin/chromium ]; then
    exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing Debian's chromium for the browser tests (apt-get) ..."
    export DEBIAN_FRONTEND=noninteractive
    if apt-get update -qq && apt-get install -y -qq chromium >/dev/null; then
        exit 0
    fi
    echo "could not install chromium with apt-get; the browser tests will be skipped"
    exit 0
fi
echo "Debian's chromium is not installed: the browser tests will be skipped."
echo "Enable them with: sudo apt-get install chromium"
