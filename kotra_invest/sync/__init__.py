"""Offline mission packs: export a delegation to one file, work on it abroad, merge it back home."""
