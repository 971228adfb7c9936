#!/bin/sh
# Runs a test program inside a private D-Bus session with an unlocked GNOME Keyring as its Secret Service and
# a throw-away HOME (also TMPDIR and the XDG directories) holding the keyring's files and whatever the test
# writes, so the test can search all of it. The keyring's password comes on stdin: without --unlock the
# daemon would raise a prompt and wait forever.
# Usage: run-with-keyring.sh PROGRAM [ARGUMENTS...]
set -eu
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "run-with-keyring.sh: $tool is missing; scripts/deps installs it (packages dbus, gnome-keyring)" >&2
        exit 1
    fi
done
home=$(mktemp -d "${TMPDIR:-/tmp}/ferry-keyring.XXXXXX")
trap 'rm -rf "$home"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
mkdir -p "$home/tmp" "$home/run"
chmod 700 "$home" "$home/run"
export HOME="$home" TMPDIR="$home/tmp" XDG_RUNTIME_DIR="$home/run" FERRY_KEYRING_HOME="$home"
export XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache"
dbus-run-session -- sh -c '
    printf "%s" "ferry-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' run-with-keyring "$@"
