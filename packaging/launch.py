"""Entry point of the frozen application (PyInstaller): the same `main` as the `orgdesigner` command."""

import sys

from orgdesigner.cli import main

if __name__ == "__main__":
    sys.exit(main())
