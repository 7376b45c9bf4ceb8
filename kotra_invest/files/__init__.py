"""Neutral helpers every layer may use: writing files atomically, cleaning text for spreadsheets."""
