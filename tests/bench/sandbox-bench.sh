#!/usr/bin/env bash
# Benchmark of the Lofty sandbox: requests per second and latency of an authorized
# GET /v1.0/me under load from a second process (wrk), with the per-app rate limit raised for
# the run (--rate-limit). Writes the figures to tests/bench/sandbox-results.md.
#
# Usage: tests/bench/sandbox-bench.sh [path/to/lofty-sandbox] [duration-seconds] [connections]
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
program="${1:-$here/../../build/app/lofty-sandbox}"
duration="${2:-10}"
connections="${3:-16}"
results="$here/sandbox-results.md"

for tool in wrk curl python3; do
    command -v "$tool" >/dev/null || { echo "sandbox-bench: $tool is required" >&2; exit 2; }
done
[ -x "$program" ] || { echo "sandbox-bench: no lofty-sandbox at $program (pass its path)" >&2; exit 2; }

log="$(mktemp)"
"$program" --port 0 --rate-limit 100000000 >"$log" 2>&1 &
server=$!
trap 'kill -TERM "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -f "$log"' EXIT

base=""
for _ in $(seq 1 100); do
    base="$(sed -n 's/^ *Base \/ API URL: *//p' "$log")"
    [ -n "$base" ] && break
    sleep 0.1
done
[ -n "$base" ] || { echo "sandbox-bench: the sandbox did not start:" >&2; cat "$log" >&2; exit 1; }

customer_key="$(curl -sf "$base/sandbox/accounts" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["customerKey"])')"
token="$(curl -sf -u 'sandbox-web:sbx-secret/web+key=1' \
    --data-urlencode grant_type=client_credentials --data-urlencode "customer_key=$customer_key" \
    "$base/oauth/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')"
status="$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$base/v1.0/me")"
[ "$status" = 200 ] || { echo "sandbox-bench: GET /v1.0/me answered $status" >&2; exit 1; }

wrk_out="$(wrk -t1 -c"$connections" -d"${duration}s" --latency -H "Authorization: Bearer $token" "$base/v1.0/me")"
echo "$wrk_out"

rps="$(echo "$wrk_out" | awk '/^Requests\/sec:/ {print $2}')"
avg="$(echo "$wrk_out" | awk '$1 == "Latency" {print $2; exit}')"
p50="$(echo "$wrk_out" | awk '$1 == "50%" {print $2}')"
p90="$(echo "$wrk_out" | awk '$1 == "90%" {print $2}')"
p99="$(echo "$wrk_out" | awk '$1 == "99%" {print $2}')"
non2xx="$(echo "$wrk_out" | awk '/Non-2xx/ {print $NF}')"
errors="$(echo "$wrk_out" | awk '/Socket errors/ {print}')"
per_minute="$(python3 -c "print(int(float('$rps') * 60))")"

cat >"$results" <<MD
# Sandbox benchmark

Authorized \`GET /v1.0/me\` (Bearer token from client credentials) against \`lofty-sandbox
--rate-limit 100000000\`, load from a second process: \`wrk -t1 -c$connections -d${duration}s --latency\`.
Measured $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) CPU cores ($(uname -sr)), written by
\`tests/bench/sandbox-bench.sh\`.

| figure | value |
|---|---|
| requests per second | $rps |
| requests per minute | $per_minute (Lofty's Production limit: 500) |
| mean latency | $avg |
| latency p50 / p90 / p99 | $p50 / $p90 / $p99 |
| non-2xx answers | ${non2xx:-0} |
| socket errors | ${errors:-none} |

Figures are a lower bound when the machine is busy (other builds ran in parallel here).
The server answers far above Lofty's 500 requests/min, so it is not the bottleneck of any test.
MD
echo "sandbox-bench: wrote $results"
