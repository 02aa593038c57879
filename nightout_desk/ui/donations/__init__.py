"""The Donations screen: donors, donations, receipts, thank-you letters."""
