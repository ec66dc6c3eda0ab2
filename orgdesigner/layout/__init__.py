"""The organisation chart's tidy tree layout: pure Python, no Qt.

Below io in the layers, so the chart on screen (ui) and the files that carry a laid-out view
(the ArchiMate export in io) place every unit with the same computation.
"""
