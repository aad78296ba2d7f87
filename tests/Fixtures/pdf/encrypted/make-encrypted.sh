#!/usr/bin/env bash
# Encrypts one rendition with qpdf under each standard security handler revision the reader supports.
#   <cipher>-user.pdf   user password "secret", owner password "owner"
#   <cipher>-empty.pdf  empty user password (opens without a password), owner password "owner"
# Ciphers: rc4-40 (R2), rc4-128 (R3), aes-128 (R4), aes-256 (R6).
# Usage: tests/Fixtures/pdf/encrypted/make-encrypted.sh   (needs qpdf: apt-get install qpdf)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source_pdf="$here/../libreoffice-003_d83d9bb4bc8cd208.pdf"
encrypt() { # name user-password key-bits [encrypt options]
  local name=$1 user=$2 bits=$3; shift 3
  qpdf --allow-weak-crypto --encrypt "$user" owner "$bits" "$@" -- "$source_pdf" "$here/$name.pdf"
}
for user in secret ""; do
  suffix=$([ -n "$user" ] && echo user || echo empty)
  encrypt "rc4-40-$suffix" "$user" 40
  encrypt "rc4-128-$suffix" "$user" 128 --use-aes=n
  encrypt "aes-128-$suffix" "$user" 128 --use-aes=y
  encrypt "aes-256-$suffix" "$user" 256
done
ls -l "$here"/*.pdf
