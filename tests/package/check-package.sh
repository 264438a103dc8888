#!/usr/bin/env bash
# Builds the Debian package from a build tree and checks it as a user gets it.
#   check-package.sh --config BUILD/CPackConfig.cmake --version X.Y.Z --work DIR [--cpack CPACK]
#   check-package.sh --skip REASON      reports the test as skipped (exit code 77)
# Runs `cpack -G DEB` into DIR, unpacks the .deb there with dpkg-deb -x and checks:
#   the control fields: Version is the project's, Depends names what is loaded at run time;
#   agentdesk, agentdeskctl and agentdesk-sandbox from the package print the project's version;
#   agentdesk-sandbox from the package starts on a free port and answers its health check;
#   the desktop entry, the AppStream metainfo and the icons share one id, and the entry and the
#   metainfo are valid (desktop-file-validate, appstreamcli: each when installed);
#   the man pages, the copyright file and the changelog are there and name the version, and the
#   agentdeskctl man page names every command of agentdeskctl --help.
# Exit code 0 when every check passed, 1 when any failed (each failure is printed), 77 skipped.
set -euo pipefail

cpack=cpack
config=
version=
work=
while [ $# -gt 0 ]; do
    case "$1" in
        --cpack) cpack=$2; shift ;;
        --config) config=$2; shift ;;
        --version) version=$2; shift ;;
        --work) work=$2; shift ;;
        --skip) echo "SKIP: $2"; exit 77 ;;
        -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "check-package: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done
if [ -z "$config" ] || [ -z "$version" ] || [ -z "$work" ]; then
    echo "check-package: --config, --version and --work are required" >&2
    exit 2
fi

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
pass() {
    echo "ok: $*"
}

# English output whatever the machine's language (the test's environment sets a private HOME)
export LC_ALL=C.UTF-8 LANGUAGE=

rm -rf "${work:?}"
mkdir -p "$work"
root=$work/root

started=$SECONDS
if ! "$cpack" -G DEB --config "$config" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack -G DEB" >&2
    exit 1
fi
debs=("$work"/out/*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
    echo "FAIL: cpack made ${#debs[@]} files *.deb instead of one" >&2
    exit 1
fi
deb=${debs[0]}
pass "cpack made $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB) in $((SECONDS - started)) s"
dpkg-deb -x "$deb" "$root"

# --- control fields
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = agentdesk ] || fail "Package is '$(field Package)', not agentdesk"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', not $version"
depends=$(field Depends)
# shlibdeps found the linked Qt libraries; the plugins and libsecret are named by hand
for name in libqt6core6 libqt6widgets6 libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6 libsecret-1-0; do
    grep -Eq "(^|, )$name( |,|$)" <<<"$depends" || fail "Depends lacks $name: $depends"
done
recommends=$(field Recommends)
for name in gnome-keyring qt6-translations-l10n; do
    grep -Eq "(^|, | \| )$name( |,|$)" <<<"$recommends" || fail "Recommends lacks $name: $recommends"
done
for name in Maintainer Section Priority Homepage; do
    [ -n "$(field "$name")" ] || fail "the control file has no $name"
done
[ "$(dpkg-deb -f "$deb" Description | wc -l)" -gt 3 ] || fail "the Description has no long text"
pass "control: Version $version; Depends: $depends; Recommends: $recommends"

# --- the programs from the package
for program in agentdesk agentdeskctl agentdesk-sandbox; do
    path=$root/usr/bin/$program
    if [ ! -x "$path" ]; then
        fail "usr/bin/$program is missing"
        continue
    fi
    answer=$("$path" --version 2>&1) || fail "$program --version exited with $?"
    [ "$answer" = "$program $version" ] || fail "$program --version printed '$answer'"
done
pass "the programs print their version $version"

sandbox_pid=
stop_sandbox() {
    if [ -n "$sandbox_pid" ]; then
        kill "$sandbox_pid" 2>/dev/null || true
        wait "$sandbox_pid" 2>/dev/null || true
        sandbox_pid=
    fi
}
trap stop_sandbox EXIT

# GET /_sandbox/health on 127.0.0.1:$1: prints the status line and the body. The headers end at
# an empty line, and Content-Length says how much body follows (the connection stays open).
get_health() {
    local status header length=0 body=
    exec 3<>"/dev/tcp/127.0.0.1/$1"
    printf 'GET /_sandbox/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n' >&3
    IFS= read -r -t 10 status <&3
    while IFS= read -r -t 10 header <&3; do
        header=${header%$'\r'}
        [ -n "$header" ] || break
        case "${header,,}" in
            content-length:*) length=${header#*:}; length=${length//[!0-9]/} ;;
        esac
    done
    [ "$length" -eq 0 ] || IFS= read -r -t 10 -N "$length" body <&3
    exec 3<&-
    printf '%s\n%s\n' "${status%$'\r'}" "$body"
}

# the sandbox prints the port it listens on as its first line
"$root/usr/bin/agentdesk-sandbox" --port 0 >"$work/sandbox.out" 2>"$work/sandbox.err" &
sandbox_pid=$!
port=
for _ in $(seq 100); do
    port=$(head -n1 "$work/sandbox.out")
    [ -n "$port" ] && break
    kill -0 "$sandbox_pid" 2>/dev/null || break
    sleep 0.1
done
if [[ ! "$port" =~ ^[0-9]+$ ]]; then
    fail "agentdesk-sandbox printed no port: $(cat "$work/sandbox.out" "$work/sandbox.err")"
else
    health=$(get_health "$port") || true
    if [[ "$health" == "HTTP/1.1 200"*'"status":"ok"'* && "$health" == *"\"port\":$port"* ]]; then
        pass "agentdesk-sandbox listens on 127.0.0.1:$port and answers its health check"
    else
        fail "agentdesk-sandbox on port $port answered: $health"
    fi
fi
stop_sandbox

# --- desktop integration: one id names the desktop entry, the metainfo and the icons
metainfos=("$root"/usr/share/metainfo/*.metainfo.xml)
if [ ${#metainfos[@]} -ne 1 ] || [ ! -f "${metainfos[0]}" ]; then
    fail "usr/share/metainfo holds ${#metainfos[@]} files *.metainfo.xml instead of one"
else
    metainfo=${metainfos[0]}
    id=$(basename "$metainfo" .metainfo.xml)
    desktop=$root/usr/share/applications/$id.desktop
    grep -q "<id>$id</id>" "$metainfo" || fail "the metainfo's <id> is not $id"
    grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" \
        || fail "the metainfo does not launch $id.desktop"
    grep -q "<release version=\"$version\"" "$metainfo" || fail "the metainfo has no <release> $version"
    grep -q "<screenshot" "$metainfo" || fail "the metainfo has no screenshot"
    if [ ! -f "$desktop" ]; then
        fail "usr/share/applications/$id.desktop is missing"
    else
        grep -qx "Icon=$id" "$desktop" || fail "$id.desktop does not use the icon $id"
        grep -qx "Exec=agentdesk" "$desktop" || fail "$id.desktop does not start agentdesk"
    fi
    icons=$root/usr/share/icons/hicolor
    [ -f "$icons/scalable/apps/$id.svg" ] || fail "the scalable icon $id.svg is missing"
    # one drawing: the window's own icon, embedded from resources/
    cmp -s "$icons/scalable/apps/$id.svg" "$(dirname "$0")/../../resources/icons/agentdesk.svg" \
        || fail "the scalable icon $id.svg is not resources/icons/agentdesk.svg"
    for size in 16 22 24 32 48 64 128 256; do
        png=$icons/${size}x$size/apps/$id.png
        file -b "$png" 2>/dev/null | grep -q "PNG image data, $size x $size," \
            || fail "${size}x$size/apps/$id.png is missing or not a $size-pixel PNG"
    done
    if command -v desktop-file-validate >/dev/null; then
        desktop-file-validate "$desktop" || fail "desktop-file-validate $id.desktop"
    else
        echo "note: desktop-file-validate is not installed, the desktop entry is not validated"
    fi
    if command -v appstreamcli >/dev/null; then
        # --no-net: the screenshot's address is checked by the site's deployment, not here
        appstreamcli validate --no-net --pedantic "$metainfo" || fail "appstreamcli validate $id"
    else
        echo "note: appstreamcli is not installed, the metainfo is not validated"
    fi
    pass "desktop entry, metainfo and icons of $id"
fi

# --- documentation (whole files are read first: with pipefail, a reader that stops early
# would fail the writer)
doc=$root/usr/share/doc/agentdesk
copyright=$(cat "$doc/copyright" 2>/dev/null || true)
[[ "$copyright" == "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"* ]] \
    || fail "usr/share/doc/agentdesk/copyright is missing or not machine-readable"
changelog=$(zcat "$doc/changelog.gz" 2>/dev/null || true)
[[ "$changelog" == "agentdesk ($version) "* ]] || fail "the changelog's latest entry is not $version"
for program in agentdesk agentdeskctl agentdesk-sandbox; do
    page=$(zcat "$root/usr/share/man/man1/$program.1.gz" 2>/dev/null || true)
    grep -q "^\.TH .*\"$program $version\"" <<<"$page" \
        || fail "the man page $program.1.gz is missing or does not name version $version"
done
# the commands are described by hand in packaging/man/agentdeskctl.h2m: each one in --help must
# be there. A command line is indented by two spaces and names the command (one word, or two
# with a subcommand), then its arguments (-x, [, (, NAME) or, after two spaces, what it does.
man_text=$(zcat "$root/usr/share/man/man1/agentdeskctl.1.gz" 2>/dev/null | sed 's/\\f[BIRP]//g; s/\\-/-/g')
help=$("$root/usr/bin/agentdeskctl" --help)
commands=$(sed -n '/^Options:/,$d; /^  [a-z]/p' <<<"$help" | sed -E 's/^  //; s/  .*//' \
    | awk 'NF == 1 { print $1 } $2 ~ /^[a-z]+$/ { print $1 " " $2 } $2 ~ /^[-[(A-Z]/ { print $1 }')
[ -n "$commands" ] || fail "no commands found in agentdeskctl --help"
while IFS= read -r command; do
    grep -qF "$command" <<<"$man_text" || fail "the agentdeskctl man page does not describe '$command'"
done <<<"$commands"
pass "copyright, changelog and man pages; the agentdeskctl man page names $(wc -l <<<"$commands") commands"

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all checks passed in $((SECONDS - started)) s"
