"""`python -m quoteguard.cli`: the command line (see `quoteguard.__main__` for the installed command)."""

from . import main

main()
