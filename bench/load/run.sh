#!/usr/bin/env bash
# The load benchmark of issue 10, in one command:  bash bench/load/run.sh
#
# Seeds ARTICLES published articles (with comments when the build has them) into a fresh SQLite
# store, starts Sahifa in Release, and drives it with wrk from loopback at 8 and 64 connections;
# serves the same article bytes from nginx as the ceiling; then a minute of spike (64 readers on
# one article while an editor saves it every second). Prints requests/s, p50/p99 and each figure
# as a ratio of nginx's. Needs root or sudo once to install wrk and nginx (Debian packages).
#
# Settings: ARTICLES (100000), DURATION of each wrk run (10s), SPIKE seconds (60), PORT (5190).
set -euo pipefail
cd "$(dirname "$0")/../.."

ARTICLES=${ARTICLES:-100000}
DURATION=${DURATION:-10s}
SPIKE=${SPIKE:-60}
PORT=${PORT:-5190}
NGINX_PORT=$((PORT + 1))
WORK=$(mktemp -d -t sahifa-bench-XXXXXX)
BASE="http://127.0.0.1:$PORT"
APP_PID=""
NGINX_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

need() { command -v "$1" >/dev/null || PATH="$PATH:/usr/sbin"; command -v "$1" >/dev/null; }
if ! need wrk || ! need nginx; then
  echo "installing wrk and nginx (Debian packages)..." >&2
  SUDO=$([ "$(id -u)" = 0 ] && echo "" || echo sudo)
  $SUDO apt-get install -y -qq wrk nginx-light >/dev/null || { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq wrk nginx-light >/dev/null; }
fi
PATH="$PATH:/usr/sbin"

# nginx's workers run as an unprivileged user and must read the copy of the page below.
chmod 755 "$WORK"

# Published as a deployment would be: ReadyToRun (compiled ahead of time, so start-up does not
# wait for the JIT) and the static files served from wwwroot with their compressed copies.
echo "== publish (Release, ReadyToRun)" >&2
dotnet publish src/Sahifa.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$WORK/app" -v q -nologo >/dev/null
SAHIFA="dotnet $WORK/app/Sahifa.Web.dll"
export SAHIFA_DATA="$WORK/data" SAHIFA_DEMO=false ASPNETCORE_ENVIRONMENT=Production
export Logging__LogLevel__Default=Warning

echo "== seed $ARTICLES articles" >&2
$SAHIFA migrate >/dev/null
t0=$(date +%s.%N)
python3 bench/load/seed.py "$SAHIFA_DATA/sahifa.db" "$ARTICLES" 3
printf 'seeded in %.1f s\n' "$(echo "$(date +%s.%N) - $t0" | bc)" >&2
# A restarted node finds its search index on disk; build it first so that start-up and the
# figures below are not measured while a rebuild of every article runs in the background.
t0=$(date +%s.%N)
$SAHIFA reindex >/dev/null 2>&1
secs=$(echo "$(date +%s.%N) - $t0" | bc)
printf 'search index of %s articles built in %.1f s (%.0f articles/s)\n' "$ARTICLES" "$secs" "$(echo "$ARTICLES / $secs" | bc -l)"
EDITOR_EMAIL=bench-editor@example.org
$SAHIFA users add --email "$EDITOR_EMAIL" --role editor --password "correct horse battery" >/dev/null
TOKEN=$($SAHIFA tokens create --email "$EDITOR_EMAIL")

start_app() {  # $1: extra args
  local t0; t0=$(date +%s.%N)
  # shellcheck disable=SC2086
  $SAHIFA serve --urls "$BASE" $1 >"$WORK/app.log" 2>&1 &
  APP_PID=$!
  until curl -fso /dev/null "$BASE/"; do sleep 0.02; done
  STARTUP=$(echo "$(date +%s.%N) - $t0" | bc)
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }

# wrk's --latency table gives the percentiles; report req/s, p50 and p99 in ms.
measure() {  # $1 label, $2 connections, $3 url
  local out rps p50 p99
  out=$(wrk -t2 -c"$2" -d"$DURATION" --latency "$3")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx|Socket errors/ {print}' <<<"$out" | tr '\n' ' ')
  printf '%-28s c=%-3s %10s req/s  p50 %-9s p99 %-9s %s\n' "$1" "$2" "$rps" "$p50" "$p99" "$errors"
  RESULT["$1/$2"]=$rps
}
declare -A RESULT

ARTICLE_ID=$((ARTICLES / 2))
start_app ""
echo "startup to first 200 with $ARTICLES articles: ${STARTUP}s"
ARTICLE=$(curl -s -o /dev/null -w '%{redirect_url}' "$BASE/articles/$ARTICLE_ID")
ARTICLE_PATH=${ARTICLE#"$BASE"}
curl -s "$ARTICLE" -o "$WORK/article.html"
printf 'article page: %s bytes, %s bytes with br, %s with gzip\n' "$(wc -c <"$WORK/article.html")" \
  "$(curl -s -H 'Accept-Encoding: br' "$ARTICLE" | wc -c)" "$(curl -s -H 'Accept-Encoding: gzip' "$ARTICLE" | wc -c)"

mkdir -p "$WORK/nginx/www"
cp "$WORK/article.html" "$WORK/nginx/www/article.html"
cat >"$WORK/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
daemon off;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx; proxy_temp_path $WORK/nginx; fastcgi_temp_path $WORK/nginx;
  uwsgi_temp_path $WORK/nginx; scgi_temp_path $WORK/nginx;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/nginx/www; default_type text/html; }
}
CONF
nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" &
NGINX_PID=$!
sleep 0.5

# A node in service has run its hot paths many times: give the JIT's second tier and the
# caches the same start before measuring.
echo "== warm-up" >&2
for url in "http://127.0.0.1:$NGINX_PORT/article.html" "$BASE$ARTICLE_PATH" "$BASE/" "$BASE/feed.xml" "$BASE/search?q=%D8%A7%D9%84%D8%AD%D9%83%D9%88%D9%85%D8%A9"; do
  wrk -t2 -c64 -d3s "$url" >/dev/null
done

echo "== steady load ($DURATION each)"
for c in 8 64; do
  measure "nginx static file" $c "http://127.0.0.1:$NGINX_PORT/article.html"
  measure "article (cached)" $c "$BASE$ARTICLE_PATH"
  measure "front page" $c "$BASE/"
  measure "RSS feed" $c "$BASE/feed.xml"
  if curl -fso /dev/null "$BASE/search?q=%D8%A7%D9%84%D8%AD%D9%83%D9%88%D9%85%D8%A9"; then
    measure "search" $c "$BASE/search?q=%D8%A7%D9%84%D8%AD%D9%83%D9%88%D9%85%D8%A9"
  fi
done

echo "== spike: 64 readers on one article, an edit every second for ${SPIKE}s"
wrk -t2 -c64 -d"${SPIKE}s" --latency "$BASE$ARTICLE_PATH" >"$WORK/spike.txt" &
WRK_PID=$!
late=0; seen=0; failed=0
for i in $(seq 1 "$SPIKE"); do
  title="خبر عاجل يتطور: التحديث رقم $i"
  body=$(printf '{"title":"%s","standfirst":"مقدمة","body":"فقرة.","section":"سياسة","status":"published","publishedAt":"2020-06-01T00:00:00Z"}' "$title")
  code=$(curl -s -o /dev/null -w '%{http_code}' -X PUT -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' --data "$body" "$BASE/api/v1/articles/$ARTICLE_ID")
  [ "$code" = 200 ] || failed=$((failed + 1))
  t0=$(date +%s%N)
  until curl -s "$BASE$ARTICLE_PATH" | grep -q "التحديث رقم $i<"; do
    if [ $(( $(date +%s%N) - t0 )) -gt 1000000000 ]; then late=$((late + 1)); break; fi
    sleep 0.01
  done
  seen=$((seen + 1))
  sleep 1
done
wait "$WRK_PID"
awk '/Requests\/sec|Non-2xx|Socket errors|^ +50%|^ +99%/' "$WORK/spike.txt"
echo "edits: $SPIKE, failed saves: $failed, versions not visible within 1 s: $late"
echo "RSS after the run: $(awk '/VmRSS/ {printf "%.0f MB", $2/1024}' /proc/$APP_PID/status)"
stop_app

echo "== output cache off"
start_app "--Sahifa:Caching:OutputCache=false"
wrk -t2 -c64 -d5s "$BASE$ARTICLE_PATH" >/dev/null
for c in 8 64; do measure "article (cache off)" $c "$BASE$ARTICLE_PATH"; done
stop_app

echo "== ratios to nginx"
for c in 8 64; do
  for k in "article (cached)" "article (cache off)" "front page" "RSS feed" "search"; do
    [ -n "${RESULT["$k/$c"]:-}" ] && printf '%-22s c=%-3s %.3f x nginx\n' "$k" $c "$(echo "${RESULT["$k/$c"]} / ${RESULT["nginx static file/$c"]}" | bc -l)"
  done
done
