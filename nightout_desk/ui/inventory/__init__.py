"""The Inventory screen and the check-in desk's hand-out panel."""
