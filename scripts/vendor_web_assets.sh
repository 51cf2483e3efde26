#!/usr/bin/env bash
# Vendor the web page's third-party assets from npm into src/rasd/web/static/vendor/, so that users need no Node
# and the page works with no internet (air-gapped newsrooms).  Run it again only to upgrade a version; commit the
# result.  Needs node + npm (the public npm registry, or a mirror set with `npm config set registry`).
#
#   scripts/vendor_web_assets.sh            # the pinned versions below
#
# What it writes (each package's licence file beside its assets):
#   vendor/leaflet/                     leaflet.js, leaflet.css, images/           (BSD-2-Clause)
#   vendor/leaflet.markercluster/       leaflet.markercluster.js, MarkerCluster*.css (MIT)
#   vendor/swagger-ui/                  swagger-ui-bundle.js, swagger-ui.css       (Apache-2.0) for /docs offline
#   vendor/world/countries-50m.geojson  Natural Earth 1:50m country borders (public domain) from world-atlas
#                                       (ISC), converted from TopoJSON with topojson-client (ISC), coordinates
#                                       rounded to 3 decimals (~100 m) to keep the file small.
set -euo pipefail

LEAFLET=1.9.4
MARKERCLUSTER=1.5.3
WORLD_ATLAS=2.0.2
TOPOJSON_CLIENT=3.1.0
SWAGGER_UI=5.17.14

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DEST=$ROOT/src/rasd/web/static/vendor
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

cd "$WORK"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent \
  "leaflet@$LEAFLET" "leaflet.markercluster@$MARKERCLUSTER" "world-atlas@$WORLD_ATLAS" \
  "topojson-client@$TOPOJSON_CLIENT" "swagger-ui-dist@$SWAGGER_UI"
M=$WORK/node_modules

rm -rf "$DEST"
mkdir -p "$DEST/leaflet/images" "$DEST/leaflet.markercluster" "$DEST/swagger-ui" "$DEST/world"

cp "$M/leaflet/dist/leaflet.js" "$M/leaflet/dist/leaflet.css" "$M/leaflet/LICENSE" "$DEST/leaflet/"
cp "$M"/leaflet/dist/images/*.png "$DEST/leaflet/images/"

cp "$M/leaflet.markercluster/dist/leaflet.markercluster.js" "$M/leaflet.markercluster/dist/MarkerCluster.css" \
  "$M/leaflet.markercluster/dist/MarkerCluster.Default.css" "$M/leaflet.markercluster/MIT-LICENCE.txt" \
  "$DEST/leaflet.markercluster/"

cp "$M/swagger-ui-dist/swagger-ui-bundle.js" "$M/swagger-ui-dist/swagger-ui.css" "$M/swagger-ui-dist/favicon-32x32.png" \
  "$M/swagger-ui-dist/LICENSE" "$DEST/swagger-ui/"

# TopoJSON -> GeoJSON FeatureCollection (one Feature per country, properties.name), coordinates rounded.
node -e '
const fs = require("fs");
const topojson = require("topojson-client");
const topo = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
const fc = topojson.feature(topo, topo.objects.countries);
const round = (c) => (typeof c[0] === "number" ? [Math.round(c[0] * 1e3) / 1e3, Math.round(c[1] * 1e3) / 1e3] : c.map(round));
for (const f of fc.features) {
  f.geometry.coordinates = round(f.geometry.coordinates);
  f.properties = { name: f.properties.name, id: f.id };
  delete f.id;
}
fs.writeFileSync(process.argv[2], JSON.stringify(fc));
' "$M/world-atlas/countries-50m.json" "$DEST/world/countries-50m.geojson"
cp "$M/world-atlas/LICENSE" "$DEST/world/LICENSE-world-atlas"
cp "$M/topojson-client/LICENSE" "$DEST/world/LICENSE-topojson-client"
printf '%s\n' "Country borders: Made with Natural Earth (public domain), via world-atlas $WORLD_ATLAS." > "$DEST/world/NOTICE"

cat > "$DEST/VERSIONS" <<VERSIONS
leaflet $LEAFLET
leaflet.markercluster $MARKERCLUSTER
world-atlas $WORLD_ATLAS (countries-50m)
topojson-client $TOPOJSON_CLIENT
swagger-ui-dist $SWAGGER_UI
VERSIONS
du -sh "$DEST"/*
