"""Giveaway stock: items, the append-only ledger of moves, and its CSV table."""
