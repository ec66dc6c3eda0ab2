"""The organisation chart: layout (pure Python), scene, cards, view and interactions."""
