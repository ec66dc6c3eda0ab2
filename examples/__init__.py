"""The bundled example projects (shipped in the wheel as orgdesigner.data.examples)."""
