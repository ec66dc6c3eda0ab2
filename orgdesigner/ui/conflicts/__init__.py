"""The *Konflikter* dock: merge conflicts a file holds (written by `orgdesigner merge`)."""
