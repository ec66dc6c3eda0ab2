"""orgdesigner: design how a Swedish region organises its own primary care."""

__version__ = "0.1.0"
