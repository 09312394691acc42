#!/usr/bin/env bash
# Dev only: makes an RSA key pair for signing/verifying access tokens, once, into the given (git-ignored) directory.
# Production supplies its own keys through HUMANLINK_JWT_PRIVATE_KEY_LOCATION / MP_JWT_VERIFY_PUBLICKEY_LOCATION.
set -euo pipefail
dir="${1:?usage: dev-keys.sh DIR}"
if [ -f "$dir/private.pem" ] && [ -f "$dir/public.pem" ]; then exit 0; fi
if ! command -v openssl >/dev/null 2>&1; then
  echo "dev-keys.sh: openssl is not installed, so no dev signing keys can be made in $dir." >&2
  echo "dev-keys.sh: install it (Debian/Ubuntu: apt-get install openssl), or set HUMANLINK_JWT_PRIVATE_KEY_LOCATION" \
       "and MP_JWT_VERIFY_PUBLICKEY_LOCATION to file: URLs of a key pair of your own." >&2
  exit 1
fi
mkdir -p "$dir"
chmod 700 "$dir"
# OpenSSL 3 prints key-generation progress to stderr unless -quiet (which 1.1 lacks); errors always reach stderr.
quiet=""
case "$(openssl genpkey -help 2>&1 || true)" in *-quiet*) quiet="-quiet" ;; esac
# shellcheck disable=SC2086
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 $quiet -out "$dir/private.pem"
openssl pkey -in "$dir/private.pem" -pubout -out "$dir/public.pem"
chmod 600 "$dir/private.pem"
