"""The data files the application ships: structure templates and omvärld references. No Qt here."""
