# SellerConsole: one framework-dependent .NET 10 process, SQLite (and Hangfire's SQLite file) in /data.
# Mirrors .ci/run: the same Debian packages (Chromium for PDF reports, fonts, tzdata).
# No Docker engine runs on our build machines, so this file is kept deliberately simple.

FROM mcr.microsoft.com/dotnet/sdk:10.0-bookworm-slim AS build
WORKDIR /src
COPY . .
RUN dotnet publish SellerConsole.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0-bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium fonts-liberation fonts-dejavu-core tzdata ca-certificates curl \
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
ENTRYPOINT ["dotnet", "/app/SellerConsole.dll"]
