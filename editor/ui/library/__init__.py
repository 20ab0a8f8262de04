"""The library pane: every article, searchable, filterable, fetched lazily."""
