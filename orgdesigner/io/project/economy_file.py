"""File shape and conversion of a scenario's economic rules.

The shape is `fast_file.Economy` (pydantic's `EconomyModel` is generated from it in `file_models`);
the conversions live in economy_codec, which reading a current file uses without pydantic.
"""

from __future__ import annotations

from orgdesigner.io.project.economy_codec import economy_from_model, economy_to_json
from orgdesigner.io.project.fast_file import Economy
from orgdesigner.io.project.file_models import model_for

EconomyModel = model_for(Economy)

__all__ = ["EconomyModel", "economy_from_model", "economy_to_json"]
