"""Printing the chart: fit to one page or a poster tiled over several pages (File → Print…)."""
