#!/usr/bin/env bash
# An authorized GET /v1.0/me through ApiClient's reply path (rate limiter, token provider,
# history) against a bare QNetworkAccessManager GET, in interleaved blocks of the same process,
# against one standalone lofty-sandbox. Prints the medians and their ratio (target <= 1.15x).
#
#   tests/bench/reply-bench.sh [build-dir] [rounds] [requests-per-round]
set -euo pipefail
build="${1:-build}"
rounds="${2:-5}"
per_round="${3:-500}"
work="$(mktemp -d "${TMPDIR:-/tmp}/lofty-reply-bench.XXXXXX")"
sandbox_pid=""
cleanup() {
    [ -n "$sandbox_pid" ] && kill -TERM "$sandbox_pid" 2>/dev/null && wait "$sandbox_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

"$build/app/lofty-sandbox" --port 0 --rate-limit 100000000 >"$work/sandbox.log" 2>&1 &
sandbox_pid=$!
base=""
for _ in $(seq 1 100); do
    base="$(sed -n 's/^ *Base \/ API URL: *//p' "$work/sandbox.log" 2>/dev/null || true)"
    [ -n "$base" ] && break
    sleep 0.1
done
[ -n "$base" ] || { echo "reply-bench: the sandbox did not start" >&2; exit 1; }
admin_key="$(sed -n 's/^ *Admin API key: *\([^ ]*\).*/\1/p' "$work/sandbox.log")"
key="$(curl -sf -H "X-Sandbox-Admin-Key: $admin_key" "$base/sandbox/accounts?secrets=true" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["customerKey"])')"
token="$(curl -sf -u 'sandbox-web:sbx-secret/web+key=1' --data-urlencode grant_type=client_credentials \
    --data-urlencode "customer_key=$key" "$base/oauth/token" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')"

for _ in $(seq 1 "$rounds"); do
    "$build/tests/bench/bench_session" latency "$base" "$token" "$per_round" 50 >>"$work/latency.out"
done
python3 - "$work/latency.out" <<'PY'
import statistics, sys
samples = {}
for line in open(sys.argv[1]):
    parts = line.split()
    if len(parts) == 3 and parts[0] == "SAMPLE":
        samples.setdefault(parts[1], []).append(float(parts[2]))
    elif len(parts) == 3 and parts[0] == "RESULT":
        print(line.strip())
api = statistics.median(samples["apiclient_ms"])
bare = statistics.median(samples["qnam_ms"])
print(f"apiclient median {api:.3f} ms (n={len(samples['apiclient_ms'])}), "
      f"p90 {statistics.quantiles(samples['apiclient_ms'], n=10)[-1]:.3f} ms")
print(f"qnam      median {bare:.3f} ms (n={len(samples['qnam_ms'])}), "
      f"p90 {statistics.quantiles(samples['qnam_ms'], n=10)[-1]:.3f} ms")
print(f"ratio {api / bare:.3f}x")
PY
