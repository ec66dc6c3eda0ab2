"""Files in and out, no Qt here, grouped by purpose.

- `project`: the versioned project file (shape, migrations, reading, writing, recovery);
- `exchange`: spreadsheet, CSV, GraphML and ArchiMate imports and exports;
- `paper`: the decision paper's content model and its DOCX and PPTX writers;
- `merging`: three-way merge and diff of project files;
- `words`: values, numbers and reports as a reader's words;
- `bundled`: the structure templates and omvärld references the application ships;
- `export_job`: which format an output suffix means, over all of the above.
"""
