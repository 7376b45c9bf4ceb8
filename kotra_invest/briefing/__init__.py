"""Briefing packs: content assembled once from the services, rendered to xlsx, PDF and iCalendar."""
