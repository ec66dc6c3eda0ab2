"""The *Jämför scenarier* tab: side-by-side mini charts, differences, metrics and charts."""
