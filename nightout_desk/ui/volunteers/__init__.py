"""The Volunteers screen and its dialogs."""
