"""Internal trade of medical services (lab, radiology, PNA). Filled in by the trade issue."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class InternalTrade:
    """Services offered by medical-service units and the flows bought by other units."""
