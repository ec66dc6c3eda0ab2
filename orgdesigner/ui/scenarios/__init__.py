"""Scenarios: the scenario list, the Scenario menu, templates and economic-rules dialogs."""
