#!/usr/bin/env bash
# Fuzz API v1 with schemathesis, every check, against a real server on loopback
# (docs/fuzzing.md). Usage: scripts/fuzz.sh [MAX_EXAMPLES] [MAX_SECONDS_PER_RUN]
set -euo pipefail

BIN=$(cd "${BIN:-.venv/bin}" && pwd)
EXAMPLES=${1:-100}
SECONDS_PER_RUN=${2:-200}
PORT=${FUZZ_PORT:-8790}
WORK=$(mktemp -d /tmp/parceltrail-fuzz.XXXXXX)
URL="http://127.0.0.1:$PORT"
# Which operations may answer 422 to schema-valid input, and why.
CONFIG=$(cd "$(dirname "$0")" && pwd)/schemathesis.toml

export PARCELTRAIL_DATABASE_URL="sqlite:///$WORK/pt.db"
# Limits high enough that 429s do not hide bugs.
export PARCELTRAIL_API_LOOKUP_BURST=100000 PARCELTRAIL_API_LOOKUP_PER_MINUTE=100000
export PARCELTRAIL_TRACK_BURST=100000 PARCELTRAIL_TRACK_PER_MINUTE=100000
export PARCELTRAIL_STANDALONE_PER_CLIENT_PER_DAY=100000 PARCELTRAIL_STANDALONE_PER_DAY=100000
# A connector that polls the simulator's carriers, so that tracking a number on its own can
# succeed (nothing is polled: the server runs no jobs).
export PARCELTRAIL_SIMULATOR_URL="http://127.0.0.1:9"

"$BIN/parceltrail" demo --tokens > "$WORK/demo.txt"
SELLER=$(sed -n 's/^API token for seller@[^:]*: //p' "$WORK/demo.txt")
"$BIN/parceltrail" users create admin@fuzz.test --role admin > /dev/null
ADMIN=$("$BIN/parceltrail" tokens create admin@fuzz.test)

"$BIN/parceltrail" serve --host 127.0.0.1 --port "$PORT" > "$WORK/serve.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER"' EXIT
for _ in $(seq 100); do curl -sf "$URL/healthz" > /dev/null && break; sleep 0.2; done

run() {  # NAME TOKEN [schemathesis options...]
    local name=$1 token=$2
    shift 2
    echo "== $name"
    (cd "$WORK" && "$BIN/schemathesis" --config-file "$CONFIG" run "$URL/openapi.json" -H "Authorization: Bearer $token" \
        --checks all -n "$EXAMPLES" --seed 21 -w 2 --max-time "$SECONDS_PER_RUN" \
        --request-timeout 20 --generation-database none \
        --generation-allow-x00 false \
        --report junit --report-dir "$WORK/report-$name" "$@") || status=1
}

status=0
# Revoking tokens would revoke the run's own: that route gets a run of its own, last.
run seller "$SELLER" --exclude-path '/api/v1/tokens/{token_id}'
run admin "$ADMIN" --exclude-path '/api/v1/tokens/{token_id}'
run tokens "$SELLER" --include-path '/api/v1/tokens/{token_id}'
echo "reports and the server's log: $WORK"
exit $status
