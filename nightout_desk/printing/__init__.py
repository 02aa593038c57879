"""Plain data -> PDF with reportlab: badges, receipts, letters, reports. No database access here."""
