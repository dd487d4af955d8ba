"""python -m paratag: the command line; see paratag.cli."""
from .cli import main

raise SystemExit(main())
