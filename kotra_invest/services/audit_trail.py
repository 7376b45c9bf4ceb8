"""Checking the audit trail and the access log: both hash chains, walked from the first entry."""

from __future__ import annotations

from kotra_invest.services.unit_of_work import Context
from kotra_invest.store.audit_chain import ChainReport, verify_access, verify_audit


def verify(ctx: Context) -> list[ChainReport]:
    """Each chain's length and its first broken link (None when intact)."""
    with ctx.db.engine.connect() as conn:
        return [verify_audit(conn), verify_access(conn)]
