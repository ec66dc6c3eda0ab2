"""Files in and out: the versioned project file, imports and exports. No Qt here."""
