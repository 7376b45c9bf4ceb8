"""The importer's duplicate checks: the one implementation lives in services.duplicates (the editors use it too)."""

from kotra_invest.services.duplicates import CompanyIndex, Match, company_key, person_key, website_domain

__all__ = ["CompanyIndex", "Match", "company_key", "person_key", "website_domain"]
