# syntax=docker/dockerfile:1
# Build with the SDK, run on the ASP.NET runtime as a non-root user; the SQLite database lives in the data volume.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props IncursionBot.sln ./
COPY src/ src/
RUN dotnet publish src/IncursionBot/IncursionBot.csproj -c Release -o /app --no-self-contained

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
COPY appsettings.json ./
RUN mkdir -p /app/data/inbox && chown -R app:app /app/data
USER app
ENV Urls=http://+:8080 \
    DOTNET_NOLOGO=1
EXPOSE 8080
VOLUME ["/app/data"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD curl --fail --silent --show-error http://127.0.0.1:8080/healthz >/dev/null || exit 1
ENTRYPOINT ["dotnet", "IncursionBot.dll"]
