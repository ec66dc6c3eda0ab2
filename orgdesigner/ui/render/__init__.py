"""Rendering to files with Qt: chart images (PNG, SVG) and the decision paper as PDF.

Importing this package loads no Qt; `offscreen.ensure_app()` starts Qt (headless when there is
no display) for the CLI, and the modules that paint import PySide6 themselves.
"""
