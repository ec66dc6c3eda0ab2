"""Exchange formats: spreadsheet, CSV, GraphML and ArchiMate imports and exports. No Qt here."""
