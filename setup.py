"""The wheel's package layout; everything else about the build is in pyproject.toml.

The bundled files are kept at the top of the repository (`resources/`, `examples/`) and ship
inside the package as `orgdesigner.data` and `orgdesigner.data.examples`, where
`orgdesigner/resources.py` finds them with importlib.resources (checkout, wheel and frozen app alike).
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["orgdesigner", "orgdesigner.*"]), "orgdesigner.data", "orgdesigner.data.examples"],
    package_dir={"orgdesigner.data": "resources", "orgdesigner.data.examples": "examples"},
)
