"""Privacy: a user's data export and the erasure of their personal data (GDPR articles 15, 17, 20)."""
