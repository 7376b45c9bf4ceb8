"""The PySide6 desktop client: the only package of kotra-invest that imports Qt."""
