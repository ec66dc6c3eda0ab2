"""Three-way merge and diff of project files, entity by entity. No Qt here."""
