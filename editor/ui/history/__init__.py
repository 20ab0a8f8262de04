"""The history dialog and the revision diff."""
