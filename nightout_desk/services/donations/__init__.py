"""Donations: donors, gifts, receipts and their wording, the organization's details, letters, import and export."""
