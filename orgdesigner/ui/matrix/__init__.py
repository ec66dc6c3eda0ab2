"""The responsibility matrix (ansvarsmatris): table model, filters, view, delegate, catalogue.

`MatrixTab` (orgdesigner.ui.matrix.widget) is the tab the main window shows.
"""
