"""The Reports screen: the end-of-night report's summary and charts, printed or saved as PDF and CSV."""
