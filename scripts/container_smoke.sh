#!/usr/bin/env bash
# Build the image and run it as a deployment would: web (migrating first) and a worker on the
# PostgreSQL and Redis of this machine, then ask /readyz. Needs podman (or docker) and root.
#
#   scripts/container_smoke.sh                  # base image from the registry (python:3.11-slim)
#   BASE=localhost/debian-python:bookworm scripts/container_smoke.sh
#
# Without registry access, make a base from Debian's packages first (as root, ~3 minutes):
#   debootstrap --variant=minbase --include=python3,python3-venv,python3-pip,ca-certificates \
#       bookworm /var/tmp/ptbase http://deb.debian.org/debian
#   tar -C /var/tmp/ptbase -c . | podman import - localhost/debian-python:bookworm
set -euo pipefail
cd "$(dirname "$0")/.."
engine=${ENGINE:-podman}
port=${PORT:-8765}
database=${DATABASE_URL:-postgresql+psycopg://postgres@127.0.0.1:5432/ptsmoke}  # created, then dropped
# Sandboxes without cgroup v2 or raising limits need these; a normal host needs none.
run_flags=(${RUN_FLAGS:---runtime runc --cgroup-manager cgroupfs})
build_args=()
[ -n "${BASE:-}" ] && build_args+=(--build-arg "BASE=$BASE")

"$engine" build --isolation=chroot --network=host "${build_args[@]}" -t parceltrail:smoke .
env=(-e PARCELTRAIL_SECRET_KEY=smoke-test-secret -e "PARCELTRAIL_DATABASE_URL=$database"
     -e PARCELTRAIL_QUEUE_URL=redis://127.0.0.1:6379/0 -e PARCELTRAIL_QUEUE_NAME=smoke
     -e "PARCELTRAIL_PORT=$port" -e "PARCELTRAIL_BASE_URL=http://127.0.0.1:$port")
start() {
  "$engine" "${run_flags[@]}" run -d --rm --network=host \
      --ulimit nofile=4096:4096 --ulimit nproc=4096:4096 "${env[@]}" "$@"
}
[ -z "${DATABASE_URL:-}" ] && psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE ptsmoke"
worker=""
cleanup() {
  "$engine" stop pt-smoke-web pt-smoke-worker >/dev/null 2>&1 || true
  [ -z "${DATABASE_URL:-}" ] && psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE ptsmoke" || true
}
trap cleanup EXIT
web=$(start --name pt-smoke-web parceltrail:smoke)  # serve --migrate: the schema first
for _ in $(seq 1 60); do
  answer=$(curl -s -m 2 "http://127.0.0.1:$port/readyz" || true)
  case "$answer" in *'"status":"ready"'*) break ;; esac
  sleep 1
done
worker=$(start --name pt-smoke-worker parceltrail:smoke worker)
sleep 5
echo "readyz: $answer"
echo "web runs as: $("$engine" exec "$web" id)"
started=$("$engine" logs "$worker" 2>&1 | grep -c "Dramatiq workers started" || true)
failed=$("$engine" logs "$worker" 2>&1 | grep -c '"level": "error"' || true)
echo "worker: started $started, errors $failed"
case "$answer" in
  *'"broker":"ok"'*) [ "$started" -ge 1 ] && [ "$failed" -eq 0 ] && echo "container smoke: ok" && exit 0 ;;
esac
echo "container smoke: FAILED"; exit 1
