"""The project file: its shape, version, migrations, reading, writing and recovery. No Qt here."""
