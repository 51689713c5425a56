"""``python -m onrecord``: the same as the ``onrecord`` command."""

from .cli import main

main()
