# Reproducible analysis environment
FROM rocker/r-ver:4.3.1

ARG QUARTO_VERSION=1.4.550
ENV LANG=en_US.UTF-8 \
    RENV_PATHS_CACHE=/renv/cache

RUN apt-get update && apt-get install -y --no-install-recommends \
        libcurl4-openssl-dev pandoc \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /project
COPY renv.lock renv.lock
RUN R -e "renv::restore()"
COPY . .
EXPOSE 8080
CMD ["quarto", "render"]
