#!/bin/sh
# Registers the namespace the apps use. An existing namespace is left as it is, so this is safe on
# every start. The frontend's port opens before the cluster serves, hence the wait (bounded).
set -eu
: "${TEMPORAL_ADDRESS:?}" "${TEMPORAL_NAMESPACE:?}"

deadline=$(( $(date +%s) + 120 ))
until temporal operator cluster health --address "$TEMPORAL_ADDRESS" >/dev/null 2>&1; do
  if [ "$(date +%s)" -ge "$deadline" ]; then
    echo "temporal at $TEMPORAL_ADDRESS is not serving after 120 s" >&2
    exit 1
  fi
  sleep 1
done

if temporal operator namespace describe --address "$TEMPORAL_ADDRESS" -n "$TEMPORAL_NAMESPACE" >/dev/null 2>&1; then
  echo "namespace $TEMPORAL_NAMESPACE already registered"
else
  temporal operator namespace create --address "$TEMPORAL_ADDRESS" -n "$TEMPORAL_NAMESPACE"
  echo "namespace $TEMPORAL_NAMESPACE registered"
fi
