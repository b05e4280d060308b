#!/usr/bin/env bash
# The Lighthouse audit of issue 10, in one command:  bash bench/lighthouse/run.sh
#
# Builds Sahifa in Release, starts it on a free loopback port with a fresh data folder and the
# demo articles, and runs Lighthouse (pinned in package.json) with Debian's Chromium at its
# default mobile settings (a mid-range phone on slow 4G, simulated) on a demo article page and
# on the front page. Prints the four category scores and every audit that scored below 1; the
# JSON and HTML reports stay in the folder it names at the end.
#
# Settings: CHROME_PATH (/usr/bin/chromium), OUT (a new temp folder) for the reports.
set -euo pipefail
cd "$(dirname "$0")"
HERE=$PWD
ROOT=$(cd ../.. && pwd)

export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
OUT=${OUT:-$(mktemp -d -t sahifa-lighthouse-XXXXXX)}
mkdir -p "$OUT"
WORK=$(mktemp -d -t sahifa-lighthouse-app-XXXXXX)
APP_PID=""
cleanup() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# npm ci only when node_modules is missing or older than the lock file.
if [ ! -x node_modules/.bin/lighthouse ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "== npm ci" >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
fi

# Published, not only built: an unpublished build serves its static files through ASP.NET Core's
# development handler (Cache-Control: no-cache, and a gzip copy made on the fly without
# compression), which is not what readers get.
echo "== publish (Release)" >&2
dotnet publish "$ROOT/src/Sahifa.Web" -c Release -o "$WORK/app" -v q -nologo >/dev/null

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
# The demo articles load on the first start of an empty data folder.
# From the app's folder: a published app finds wwwroot under its content root, the working directory.
(cd "$WORK/app" && SAHIFA_DATA="$WORK/data" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  exec dotnet Sahifa.Web.dll serve --urls "$BASE" >"$WORK/app.log" 2>&1) &
APP_PID=$!
for _ in $(seq 1 300); do
  curl -fso /dev/null "$BASE/" && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log" >&2; exit 1; }
  sleep 0.1
done
curl -fso /dev/null "$BASE/" || { echo "Sahifa did not answer on $BASE" >&2; cat "$WORK/app.log" >&2; exit 1; }

# /articles/1 answers with a redirect to the article's canonical address (with its slug).
ARTICLE=$(curl -s -o /dev/null -w '%{redirect_url}' "$BASE/articles/1")
[ -n "$ARTICLE" ] || { echo "no demo article at $BASE/articles/1" >&2; exit 1; }

audit() {  # $1 name, $2 url
  echo "== lighthouse: $1 ($2)" >&2
  # The first request builds the page and fills the output cache; Lighthouse measures what a
  # reader gets during a spike, the cached page.
  curl -fso /dev/null "$2"
  # Now and then Chromium's first navigation fails and Lighthouse reports an "interstitial";
  # a second try is a fresh browser.
  for try in 1 2; do
    if node_modules/.bin/lighthouse "$2" --quiet \
      --chrome-flags="--headless=new --no-sandbox" \
      --output=json --output=html --output-path="$OUT/$1"; then break; fi
    [ "$try" = 2 ] && exit 1
    echo "lighthouse failed; once more" >&2
  done
  node "$HERE/summary.mjs" "$OUT/$1.report.json"
}

# An article with a lead photograph (issue 14): a camera-sized JPEG made by the media benchmark's
# tool, uploaded through the API like a reporter's, then published as the article's lead image.
echo "== an article with a lead photograph" >&2
dotnet build "$ROOT/bench/Sahifa.Media.Bench" -c Release -o "$WORK/bench" -v q -nologo >/dev/null
dotnet "$WORK/bench/Sahifa.Media.Bench.dll" photo "$WORK/camera.jpg" >&2
SAHIFA="dotnet $WORK/app/Sahifa.Web.dll"
(cd "$WORK/app" && SAHIFA_DATA="$WORK/data" Logging__LogLevel__Default=Warning $SAHIFA users add --email lighthouse@example.org --role editor --password "correct horse battery" >/dev/null)
TOKEN=$(cd "$WORK/app" && SAHIFA_DATA="$WORK/data" Logging__LogLevel__Default=Warning $SAHIFA tokens create --email lighthouse@example.org | tail -n 1)
PHOTO=$(curl -fs -H "Authorization: Bearer $TOKEN" -F "file=@$WORK/camera.jpg;type=image/jpeg" \
  -F "alt=سوق مزدحم في القامشلي صباح الجمعة" -F "caption=سوق الخضار في القامشلي" -F "credit=صحيفة" "$BASE/api/v1/media" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
BODY=$(curl -fs "$BASE/api/v1/articles/1" | python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin)["body"]))')
PHOTO_ARTICLE=$(curl -fs -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  --data "{\"title\":\"سوق القامشلي يستعيد زحامه قبل العيد\",\"standfirst\":\"عاد الباعة إلى أرصفة السوق بعد أسابيع من الركود.\",\"body\":$BODY,\"section\":\"مجتمع\",\"status\":\"published\",\"image\":{\"id\":$PHOTO}}" \
  "$BASE/api/v1/articles" | python3 -c 'import json,sys; print(json.load(sys.stdin)["url"])')

# What a 375 px phone at 2x downloads to show the article above the fold: the HTML and the CSS
# as sent compressed, and the lead image the browser picks from its srcset.
weigh() {  # $1 url
  local html css image
  html=$(curl -fs -H 'Accept-Encoding: br, gzip' "$1" | wc -c)
  css=0
  for path in $(curl -fs "$1" | grep -o 'href="/css/[^"]*"' | sed 's/href="//; s/"$//'); do
    css=$((css + $(curl -fs -H 'Accept-Encoding: br, gzip' "$BASE$path" | wc -c)))
  done
  # The lead picture's WebP srcset, as a browser picks: the smallest candidate at least as wide as
  # the slot (the column, 375 px less 2rem of margin) times the device pixel ratio.
  image=$(curl -fs "$1" | python3 -c '
import re, sys, urllib.request
html = sys.stdin.read()
figure = re.search(r"<figure class=\"lead-photo\".*?</figure>", html, re.S).group(0)
srcset = re.search(r"<source type=\"image/webp\" srcset=\"([^\"]+)\"", figure).group(1)
candidates = sorted((int(w[:-1]), url) for url, w in (c.strip().split(" ") for c in srcset.split(",")))
need = (375 - 32) * 2
url = next((u for w, u in candidates if w >= need), candidates[-1][1])
print(len(urllib.request.urlopen(sys.argv[1] + url).read()))
' "$BASE")
  printf 'bytes at 375 px (2x): HTML %s + CSS %s + lead image %s = %s (budget 102400)\n' "$html" "$css" "$image" $((html + css + image))
}
weigh "$PHOTO_ARTICLE"

audit article "$ARTICLE"
audit photo-article "$PHOTO_ARTICLE"
audit front "$BASE/"
echo "reports: $OUT"
