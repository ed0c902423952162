"""Seeded layout variants of the council's performance reports, with expected records (see scripts/README.md)."""
VERSION = 1   # bump when the same seed should draw a different document (eval caches by it)
