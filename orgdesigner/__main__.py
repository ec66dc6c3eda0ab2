import sys

from orgdesigner.cli import main

sys.exit(main())
