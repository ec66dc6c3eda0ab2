"""Model values, numbers and reports as a reader's words (Swedish or English). No Qt here."""
