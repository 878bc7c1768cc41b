# parceltrail in a container: a small, non-root image of the web app and the job worker.
#   docker build -t parceltrail .          (or: podman build -t parceltrail .)
#   docker compose up                      (compose.yaml: web, worker, PostgreSQL, Redis)
# BASE is pinned to a release of the official image; a build without registry access can
# pass a local image that has python3 (>= 3.11) with venv and pip (docs/operations.md).
ARG BASE=docker.io/library/python:3.11.14-slim-bookworm

FROM ${BASE} AS build
WORKDIR /src
RUN python3 -m venv /opt/parceltrail
COPY pyproject.toml README.md hatch_build.py ./
COPY src ./src
# COMPILED=1 (docker build --build-arg COMPILED=1 .) compiles the tracking-number detection
# modules with mypyc first (docs/numbers.md, "Compiled modules"): gcc, mypy and setuptools go
# into this stage only, and the wheel installed below carries the build. The default image
# runs the same modules as pure Python and needs no compiler.
ARG COMPILED=0
RUN if [ "$COMPILED" = 1 ]; then \
        apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev \
        && python3 -m venv /opt/build \
        && /opt/build/bin/pip install --no-cache-dir --disable-pip-version-check -e ".[compiled]" \
        && /opt/build/bin/python -m parceltrail.mypyc_build --quiet; \
    fi
# Only what a deployment runs: the app, PostgreSQL's driver and the Dramatiq queue.
RUN /opt/parceltrail/bin/pip install --no-cache-dir --disable-pip-version-check \
        ".[postgres,queue]" \
    && /opt/parceltrail/bin/pip install --no-cache-dir "dramatiq[rabbitmq]"

FROM ${BASE}
RUN groupadd --system --gid 10001 parceltrail \
    && useradd --system --uid 10001 --gid parceltrail --home-dir /var/lib/parceltrail \
        --create-home --shell /usr/sbin/nologin parceltrail
COPY --from=build /opt/parceltrail /opt/parceltrail
ENV PATH=/opt/parceltrail/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PARCELTRAIL_DATABASE_URL=sqlite:////var/lib/parceltrail/parceltrail.db \
    PARCELTRAIL_HOST=0.0.0.0 \
    PARCELTRAIL_PORT=8000 \
    PARCELTRAIL_LOG_FORMAT=json
USER parceltrail
WORKDIR /var/lib/parceltrail
VOLUME ["/var/lib/parceltrail"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s \
    CMD ["python3", "-c", "import urllib.request as u; u.urlopen('http://127.0.0.1:8000/healthz', timeout=2)"]
# Migrate, then serve; the worker runs the same image with `worker` as its command.
ENTRYPOINT ["parceltrail"]
CMD ["serve", "--migrate"]
