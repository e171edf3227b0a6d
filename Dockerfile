FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    ATTACHE_DB=/data/attache.db

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY cli ./cli
COPY config ./config
COPY service ./service
COPY store ./store
COPY summarizer ./summarizer
RUN pip install . \
    && useradd --create-home --uid 10001 attache \
    && mkdir -p /data \
    && chown attache:attache /data

USER attache
VOLUME ["/data"]
CMD ["attache", "run"]
