"""This laptop and the others: background sync with the hub and its words in the status bar, automatic backups,
and the File menu's Restore…, Merge a laptop's file… and Sync conflicts…."""
