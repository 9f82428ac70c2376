"""The sync API's logic (docs/sync-protocol.md): pull pages from the change log, push of mutation batches."""
