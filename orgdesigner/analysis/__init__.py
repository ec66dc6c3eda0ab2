"""Rules and metrics over the model (networkx for whole-graph questions). No Qt here."""
