"""The report: its model (`model`), one writer per output format, and the registry of writers (`writers`)."""
