"""The project file's name and current version (no pydantic: read by both readers and the writer)."""

FORMAT_NAME = "orgdesigner-project"
FORMAT_VERSION = 6
