#!/usr/bin/env bash
# The photograph benchmark of issue 14, in one command:  bash bench/media/run.sh
#
# Publishes Sahifa in Release, starts it on a fresh SQLite store, makes a 24-megapixel camera
# JPEG, and posts it to /api/v1/media one at a time (RUNS times) and then 8 at once, printing
# time to 201 and the server's resident memory before and at its peak. Then serves a published
# article with that photograph as its lead image and drives wrk at 64 connections on the cached
# article page, on a rendition, and on nginx serving the same rendition's bytes from a file.
# Needs root or sudo once to install wrk and nginx (Debian packages).
#
# Settings: RUNS (3), CONCURRENT (8), DURATION of each wrk run (10s), PORT (5290).
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS=${RUNS:-3}
CONCURRENT=${CONCURRENT:-8}
DURATION=${DURATION:-10s}
PORT=${PORT:-5290}
NGINX_PORT=$((PORT + 1))
WORK=$(mktemp -d -t sahifa-media-bench-XXXXXX)
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
chmod 755 "$WORK"

echo "== publish (Release, ReadyToRun)" >&2
dotnet publish src/Sahifa.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$WORK/app" -v q -nologo >/dev/null
dotnet build bench/Sahifa.Media.Bench -c Release -o "$WORK/bench" -v q -nologo >/dev/null
SAHIFA="dotnet $WORK/app/Sahifa.Web.dll"
BENCH="dotnet $WORK/bench/Sahifa.Media.Bench.dll"
export SAHIFA_DATA="$WORK/data" SAHIFA_DEMO=false ASPNETCORE_ENVIRONMENT=Production
export Logging__LogLevel__Default=Warning

$SAHIFA migrate >/dev/null
$SAHIFA users add --email bench-editor@example.org --role editor --password "correct horse battery" >/dev/null
TOKEN=$($SAHIFA tokens create --email bench-editor@example.org)
$BENCH photo "$WORK/camera.jpg"

(cd "$WORK/app" && exec $SAHIFA serve --urls "$BASE" >"$WORK/app.log" 2>&1) &
APP_PID=$!
until curl -fso /dev/null "$BASE/healthz"; do
  kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log" >&2; exit 1; }
  sleep 0.05
done
# The pid of the server itself: the subshell exec'd into it.
SERVER_PID=$APP_PID
echo "server RSS after start: $(awk '/VmRSS/ {printf "%.0f MiB", $2/1024}' /proc/$SERVER_PID/status)"

echo "== upload a 24 MP JPEG, one at a time"
for i in $(seq 1 "$RUNS"); do
  printf 'run %s: ' "$i"
  $BENCH upload "$BASE" "$TOKEN" "$WORK/camera.jpg" "$SERVER_PID" 1
done
echo "== $CONCURRENT at once"
$BENCH upload "$BASE" "$TOKEN" "$WORK/camera.jpg" "$SERVER_PID" "$CONCURRENT"
echo "server peak RSS since start (VmHWM): $(awk '/VmHWM/ {printf "%.0f MiB", $2/1024}' /proc/$SERVER_PID/status)"

echo "== renditions beside the cached article page"
photo=$(curl -fs -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/media/1")
rendition=$(python3 -c 'import json,sys; r=[x for x in json.load(sys.stdin)["renditions"] if x["type"]=="image/webp" and x["width"]==960][0]; print(r["url"])' <<<"$photo")
story='{"title":"اختبار الصورة الرئيسية","standfirst":"مقدمة","body":"فقرة أولى.\n\nفقرة ثانية.","section":"مجتمع","status":"published","image":{"id":1}}'
article=$(curl -fs -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' --data "$story" "$BASE/api/v1/articles" | python3 -c 'import json,sys; print(json.load(sys.stdin)["url"])')
mkdir -p "$WORK/nginx/www"
curl -fs "$rendition" -o "$WORK/nginx/www/rendition.webp"
printf 'rendition: %s (%s bytes)\n' "${rendition#"$BASE"}" "$(wc -c <"$WORK/nginx/www/rendition.webp")"
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
  types { image/webp webp; }
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/nginx/www; }
}
CONF
nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" &
NGINX_PID=$!
sleep 0.5

measure() {  # $1 label, $2 url
  local out
  out=$(wrk -t2 -c64 -d"$DURATION" --latency "$2")
  printf '%-26s %10s req/s  p50 %-9s p99 %-9s %s\n' "$1" "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
    "$(awk '$1=="50%" {print $2}' <<<"$out")" "$(awk '$1=="99%" {print $2}' <<<"$out")" \
    "$(awk '/Non-2xx|Socket errors/ {print}' <<<"$out" | tr '\n' ' ')"
}
for url in "$article" "$rendition" "http://127.0.0.1:$NGINX_PORT/rendition.webp"; do wrk -t2 -c64 -d3s "$url" >/dev/null; done
measure "article page (cached)" "$article"
measure "rendition (960 WebP)" "$rendition"
measure "nginx, same file" "http://127.0.0.1:$NGINX_PORT/rendition.webp"
echo "server RSS at the end: $(awk '/VmRSS/ {printf "%.0f MiB", $2/1024}' /proc/$SERVER_PID/status)"
