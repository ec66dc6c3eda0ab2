"""The Open Group ArchiMate Model Exchange File Format (3.1): export and import.

`vocabulary` holds the names both directions share, `ids` the stable identifiers, `safe_xml` the
hardened parser; `writer` builds the model, `reader` turns one back into a project.
"""
