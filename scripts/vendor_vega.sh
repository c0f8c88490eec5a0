#!/usr/bin/env bash
# Refresh the Vega, Vega-Lite and Vega-Embed bundles the HTML report inlines.
# They come from the npm registry (npm pack), minified builds only, without the
# sourceMappingURL comment (a report that opens offline has no map to fetch).
# Usage: scripts/vendor_vega.sh [VEGA_VERSION VEGA_LITE_VERSION VEGA_EMBED_VERSION]
set -euo pipefail
cd "$(dirname "$0")/.."
vega=${1:-5.33.1}; lite=${2:-5.23.0}; embed=${3:-6.29.0}
dest=corpus_tool/report/vendor
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "vega@$vega" "vega-lite@$lite" "vega-embed@$embed" >/dev/null)
for spec in "vega:$vega:vega.min.js" "vega-lite:$lite:vega-lite.min.js" \
            "vega-embed:$embed:vega-embed.min.js"; do
  IFS=: read -r name version file <<<"$spec"
  mkdir -p "$work/$name"
  tar xzf "$work/$name-$version.tgz" -C "$work/$name"
  sed -e 's#//\# sourceMappingURL=[^ ]*$##' "$work/$name/package/build/$file" > "$dest/$file"
done
cp "$work/vega-lite/package/LICENSE" "$dest/LICENSE"
cat > "$dest/VERSIONS" <<END
vega $vega (BSD-3-Clause)
vega-lite $lite (BSD-3-Clause)
vega-embed $embed (BSD-3-Clause)
END
(cd "$dest" && sha256sum vega.min.js vega-lite.min.js vega-embed.min.js >> VERSIONS)
cat "$dest/VERSIONS"
