#!/usr/bin/env bash
# Dev only: makes an RSA key pair for signing/verifying access tokens, once, into the given (git-ignored) directory.
# Production supplies its own keys through HUMANLINK_JWT_PRIVATE_KEY_LOCATION / MP_JWT_VERIFY_PUBLICKEY_LOCATION.
set -euo pipefail
dir="${1:?usage: dev-keys.sh DIR}"
if [ -f "$dir/private.pem" ] && [ -f "$dir/public.pem" ]; then exit 0; fi
mkdir -p "$dir"
chmod 700 "$dir"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/private.pem" 2>/dev/null
openssl pkey -in "$dir/private.pem" -pubout -out "$dir/public.pem"
chmod 600 "$dir/private.pem"
