# SellerConsole: one self-contained .NET 9 process, SQLite in /data.
# Mirrors .ci/run: the same Debian packages (Chromium for PDF reports, fonts, tzdata).
# No Docker engine runs on our build machines, so this file is kept deliberately simple.

FROM mcr.microsoft.com/dotnet/sdk:10.0-bookworm-slim AS build
WORKDIR /src
COPY . .
RUN dotnet publish SellerConsole.csproj -c Release -r linux-x64 --self-contained -o /app

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium fonts-liberation fonts-dejavu-core tzdata libicu72 ca-certificates curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /data --shell /usr/sbin/nologin sellerconsole \
 && mkdir -p /data && chown sellerconsole /data && chmod 700 /data
COPY --from=build /app /app
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    Data__Directory=/data
VOLUME ["/data"]
USER sellerconsole
WORKDIR /app
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD curl -fsS http://localhost:8080/healthz || exit 1
ENTRYPOINT ["/app/SellerConsole"]
