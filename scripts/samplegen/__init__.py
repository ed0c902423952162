"""Deterministic generator of the occx sample corpus (see scripts/generate-samples)."""
