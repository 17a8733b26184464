#!/bin/sh
# Removes from a production node_modules what no Duban process loads at run time, so the image
# carries only this machine's native Temporal core: the bridge ships prebuilt libraries for five
# platforms (~28 MB each) and its Rust sources. Run in the directory holding node_modules, after
# `npm ci --omit=dev`. Used by docker/Dockerfile and by `npm run check:runtime`, which measures the
# same layout.
set -eu
bridge=node_modules/@temporalio/core-bridge
[ -d "$bridge/releases" ] || { echo "prune-runtime: $bridge/releases not found" >&2; exit 1; }
keep="$(uname -m)-unknown-linux-gnu"
[ -d "$bridge/releases/$keep" ] || { echo "prune-runtime: no Temporal core for $keep" >&2; exit 1; }
for platform in "$bridge"/releases/*; do
  [ "$(basename "$platform")" = "$keep" ] || rm -rf "$platform"
done
rm -rf "$bridge/sdk-core" "$bridge/src" "$bridge/bridge-macros" "$bridge/Cargo.lock"
