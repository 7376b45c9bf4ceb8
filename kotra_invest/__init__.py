"""kotra-invest: a desktop CRM for investment-attraction officers."""

__version__ = "0.1.0"
