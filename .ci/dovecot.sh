#!/usr/bin/env bash
# Installs Debian's Dovecot IMAP server for the mailbox tests (tests/Summarizer.Tests/Gather/Sources, Category=imap).
# The tests start their own throw-away Dovecot on 127.0.0.1 and a free port (TestSupport/DovecotServer.cs) unless
# SUMMARIZER_TEST_IMAP=imap://user:password@host:port names one; the system service is neither configured nor started.
# Idempotent: does nothing when /usr/sbin/dovecot and the imap binary are already there.
set -euo pipefail
if [ -x /usr/sbin/dovecot ] && [ -x /usr/lib/dovecot/imap ]; then
  echo "dovecot already installed: $(/usr/sbin/dovecot --version 2>/dev/null || echo unknown version)"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "dovecot.sh: needs root or sudo to install dovecot-imapd" >&2; exit 1; }
  SUDO="sudo"
fi
$SUDO apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends dovecot-imapd >/dev/null
/usr/sbin/dovecot --version
