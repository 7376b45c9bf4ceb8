"""The importer's duplicate checks are the editors' too: they live in services.duplicates."""

from kotra_invest.services.duplicates import CompanyIndex, Match, company_key, number_marks, person_key, website_domain

__all__ = ["CompanyIndex", "Match", "company_key", "number_marks", "person_key", "website_domain"]
