# shellcheck shell=bash
# Installs what the test command needs when it is missing: Debian packages and the Python virtual
# environment of the end-to-end suite. Both are no-ops (well under a second) when already present.
# Sourced by scripts/test after common.sh.

kt_deb_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

# kt_ensure_debs PKG...: apt-get installs the packages that are not installed yet.
kt_ensure_debs() {
    local pkg missing=()
    for pkg in "$@"; do
        kt_deb_installed "$pkg" || missing+=("$pkg")
    done
    ((${#missing[@]} == 0)) && return 0
    local sudo=()
    if [ "$(id -u)" != 0 ]; then
        command -v sudo >/dev/null 2>&1 || {
            kt_warn "missing Debian packages: ${missing[*]}; install them as root (apt-get install ${missing[*]})"
            return 1
        }
        sudo=(sudo)
    fi
    kt_log "installing Debian packages: ${missing[*]}"
    # Never install python3-swiftclient: its /usr/bin/swift would shadow the Swift toolchain.
    # Explicit checks: callers use `kt_ensure_debs ... || rc=$?`, which turns `set -e` off in here.
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -qq update || return 1
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -y -q \
        --no-install-recommends install "${missing[@]}"
}

# A Python with a working venv module (pyenv's python3 first, then Debian's).
kt_python_for_venv() {
    local py
    for py in python3 /usr/bin/python3; do
        if command -v "$py" >/dev/null 2>&1 && "$py" -c 'import venv, ensurepip' >/dev/null 2>&1; then
            echo "$py"
            return 0
        fi
    done
    kt_ensure_debs python3 python3-venv >&2 || return 1
    echo /usr/bin/python3
}

# kt_ensure_venv VENV_DIR REQUIREMENTS: (re)creates the venv when it is missing, broken or built from
# another requirements file. Serialised with flock so concurrent runs do not build it twice.
kt_ensure_venv() {
    local venv=$1 req=$2 want stamp py
    stamp="$venv/.requirements.sha256"
    want=$(sha256sum "$req" | cut -d' ' -f1)
    mkdir -p "$(dirname "$venv")"
    (
        flock -w 900 9 || { echo "timed out waiting for the venv lock" >&2; exit 1; }
        if [ -x "$venv/bin/python" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ] &&
            "$venv/bin/python" -c 'import kard, pytest, requests' >/dev/null 2>&1; then
            exit 0
        fi
        # Explicit `|| exit 1`: callers use `kt_ensure_venv ... || rc=$?`, which turns `set -e` off here.
        py=$(kt_python_for_venv) || exit 1
        kt_log "creating the end-to-end virtualenv in $venv with $py ($("$py" --version 2>&1))"
        rm -rf "$venv"
        "$py" -m venv "$venv" || exit 1
        "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-input -r "$req" || exit 1
        echo "$want" >"$stamp"
    ) 9>"$venv.lock"
}
