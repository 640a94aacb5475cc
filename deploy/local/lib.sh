# Shared by deploy/local/run and the end-to-end suite: fetch and start Keycloak, build and start
# the services as packaged apps, wait until each is ready. Source it from the repository root.
# Everything here is LOCAL DEMO configuration for loopback-only processes.

STATE=${STATE:-deploy/local/.state}
# Keycloak's distribution is downloaded once; each state folder unpacks its own copy, so the
# local suite and the end-to-end suite can run side by side.
DOWNLOADS=deploy/local/.state/downloads
KEYCLOAK_PORT=${KEYCLOAK_PORT:-8180}
KEYCLOAK_URL=${KEYCLOAK_URL:-http://localhost:$KEYCLOAK_PORT}
# Keycloak's management interface (health, metrics): 9000 for the local suite, and beside each
# other suite's own port (19000, 29000, 39000), so suites can run side by side.
KEYCLOAK_MANAGEMENT_PORT=${KEYCLOAK_MANAGEMENT_PORT:-$((KEYCLOAK_PORT + 820))}
OIDC_URL=$KEYCLOAK_URL/realms/licensing
INVESTOR_PORT=${INVESTOR_PORT:-8081}
LICENSING_PORT=${LICENSING_PORT:-8082}
# The web portal; 0 leaves it out (the drills and the bench drive the APIs only).
PORTAL_PORT=${PORTAL_PORT:-8080}
# What the licence's QR code opens: the portal's copy of the verification page when it runs.
if [ "$PORTAL_PORT" != 0 ]; then
  PUBLIC_URL=${PUBLIC_URL:-http://localhost:$PORTAL_PORT}
else
  PUBLIC_URL=${PUBLIC_URL:-http://localhost:$LICENSING_PORT}
fi
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
# Databases investor$DB_SUFFIX, licensing$DB_SUFFIX, keycloak$DB_SUFFIX (the end-to-end suite
# uses _e2e, so it never touches the local suite's data).
DB_SUFFIX=${DB_SUFFIX:-}
# LOCAL DEMO secret of the licensing-service client in deploy/keycloak/licensing-realm.json.
LICENSING_CLIENT_SECRET=${LICENSING_CLIENT_SECRET:-licensing-service-LOCAL-DEMO-secret}
# LOCAL DEMO secrets of the onestop-portal client and of the portal's session cookie encryption.
PORTAL_CLIENT_SECRET=${PORTAL_CLIENT_SECRET:-onestop-portal-LOCAL-DEMO-secret}
PORTAL_SESSION_SECRET=${PORTAL_SESSION_SECRET:-onestop-portal-LOCAL-DEMO-session-secret}

say() { printf '[onestop] %s\n' "$*"; }

keycloak_version() {
  sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' pom.xml | head -n 1
}

# Unpacks Keycloak from the Maven registry into $STATE/keycloak once.
keycloak_ensure() {
  local version home
  version=$(keycloak_version)
  home=$STATE/keycloak/keycloak-$version
  local zip=$DOWNLOADS/keycloak-quarkus-dist-$version.zip
  if [ ! -x "$home/bin/kc.sh" ]; then
    if [ ! -f "$zip" ]; then
      say "fetching Keycloak $version from the Maven registry (about 180 MB, first run only)" >&2
      mkdir -p "$DOWNLOADS"
      ./mvnw -B -q dependency:copy -Dpostgres.ensure.skip=true \
        -Dartifact="org.keycloak:keycloak-quarkus-dist:$version:zip" \
        -DoutputDirectory="$PWD/$DOWNLOADS" >&2
    fi
    mkdir -p "$STATE/keycloak"
    unzip -q -o "$zip" -d "$STATE/keycloak"
  fi
  mkdir -p "$home/data/import"
  cp deploy/keycloak/licensing-realm.json "$home/data/import/"
  printf '%s' "$home"
}

# Starts Keycloak on loopback with a fixed hostname (so the token issuer is stable) and the
# realm imported on first start; its own data lives in the local PostgreSQL database keycloak.
keycloak_start() { # log file; prints the PID
  local home
  home=$(keycloak_ensure)
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    setsid "$home/bin/kc.sh" start \
    --http-enabled=true --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" \
    --hostname="$KEYCLOAK_URL" --health-enabled=true \
    --http-management-port="$KEYCLOAK_MANAGEMENT_PORT" \
    --db=postgres --db-url="jdbc:postgresql://$PGHOST:$PGPORT/keycloak$DB_SUFFIX" \
    --db-username=keycloak --db-password=keycloak \
    --import-realm < /dev/null > "$1" 2>&1 &
  printf '%s' "$!"
}

await_url() { # name, url, seconds, log file
  local i
  for i in $(seq 1 "$3"); do
    if curl -fsS -o /dev/null "$2" 2>/dev/null; then return 0; fi
    sleep 1
  done
  say "$1 is not ready after $3 s; see $4" >&2
  return 1
}

# Packages the services (and the portal, when it runs) unless their jars are newer than every
# source and POM; the portal's web app sources count, its node_modules do not.
services_build() {
  local stale=0 module modules="investor-service licensing-service"
  [ "$PORTAL_PORT" != 0 ] && modules="$modules portal"
  for module in $modules; do
    local jar=$module/target/quarkus-app/quarkus-run.jar
    if [ ! -f "$jar" ] || [ -n "$(find pom.xml service-support workflow frontend-contracts/openapi \
         frontend-contracts/ts/src "$module" -path '*/target' -prune -o -path '*/node_modules' -prune \
         -o -path '*/test-results' -prune -o -path '*/playwright-report' -prune \
         -o -type f -newer "$jar" -print -quit)" ]; then
      stale=1
    fi
  done
  if [ "$stale" = 1 ]; then
    say "packaging $modules (./mvnw package -DskipTests)"
    ./mvnw -B -q package -DskipTests -Dpostgres.ensure.skip=true \
      -pl "$(echo "$modules" | tr ' ' ,)" -am >&2
  fi
}

# Logs are appended, so a restart (or a drill's kill) keeps what happened before it.
investor_start() { # log file, pki folder; prints the PID
  INVESTOR_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/investor$DB_SUFFIX" \
  INVESTOR_DB_USER=investor INVESTOR_DB_PASSWORD=investor \
  INVESTOR_HTTP_PORT="$INVESTOR_PORT" OIDC_AUTH_SERVER_URL="$OIDC_URL" \
  INVESTOR_SEAL_KEYSTORE="$2/eseal.p12" INVESTOR_SEAL_PASSWORD=eseal \
    setsid java -Xmx256m -jar investor-service/target/quarkus-app/quarkus-run.jar \
    < /dev/null >> "$1" 2>&1 &
  printf '%s' "$!"
}

licensing_start() { # log file, pki folder; prints the PID
  LICENSING_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/licensing$DB_SUFFIX" \
  LICENSING_DB_USER=licensing LICENSING_DB_PASSWORD=licensing \
  LICENSING_HTTP_PORT="$LICENSING_PORT" OIDC_AUTH_SERVER_URL="$OIDC_URL" \
  LICENSING_CLIENT_SECRET="$LICENSING_CLIENT_SECRET" \
  INVESTOR_SERVICE_URL="http://localhost:$INVESTOR_PORT" \
  LICENSING_TRUST_ANCHORS="$2/trust-anchors.pem" \
  LICENSING_SEAL_KEYSTORE="$2/eseal.p12" LICENSING_SEAL_PASSWORD=eseal \
  LICENSING_PUBLIC_URL="$PUBLIC_URL" \
    setsid java -Xmx384m -jar licensing-service/target/quarkus-app/quarkus-run.jar \
    < /dev/null >> "$1" 2>&1 &
  printf '%s' "$!"
}

portal_start() { # log file, pki folder; prints the PID
  # The LOCAL DEMO CA signs the browser keys officials enrol in the workspace.
  PORTAL_DEMO_CA_CERTIFICATE="$2/ca.pem" PORTAL_DEMO_CA_KEY="$2/ca.key" \
  PORTAL_HTTP_PORT="$PORTAL_PORT" OIDC_AUTH_SERVER_URL="$OIDC_URL" \
  PORTAL_CLIENT_SECRET="$PORTAL_CLIENT_SECRET" PORTAL_SESSION_SECRET="$PORTAL_SESSION_SECRET" \
  INVESTOR_SERVICE_URL="http://localhost:$INVESTOR_PORT" \
  LICENSING_SERVICE_URL="http://localhost:$LICENSING_PORT" \
  PORTAL_COOKIE_SECURE=false PORTAL_HSTS=false \
    setsid java -Xmx128m -jar portal/target/quarkus-app/quarkus-run.jar \
    < /dev/null >> "$1" 2>&1 &
  printf '%s' "$!"
}

# An access token of a demo user (password grant on the onestop-cli client).
token_of() { # user
  curl -fsS "$OIDC_URL/protocol/openid-connect/token" \
    -d grant_type=password -d client_id=onestop-cli \
    -d "username=$1" -d "password=demo-$1" | jq -r .access_token
}

# The demo official's certificate chain (deploy/local/pki) as the JSON array of base64 DER
# strings that POST /officials/me/certificates takes. LOCAL DEMO keystores: password = name.
x5c_of() { # official
  openssl pkcs12 -in "deploy/local/.state/pki/$1.p12" -passin "pass:$1" -nokeys 2>/dev/null \
    | awk '/BEGIN CERT/{b=""; next} /END CERT/{print b; next} {b=b $0}' | jq -R . | jq -sc .
}
