"""The sync engine: protocol, outbox, pull/push, merge rules, blob transfer, auth. No Qt here."""
