"""NightOut Desk: the check-in table, volunteers, donations and report for a National Night Out."""

__version__ = "0.1.0"
APP_NAME = "NightOut Desk"
APP_ID = "nightout-desk"
