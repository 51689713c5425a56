"""The web face of onrecord: a JSON API and server-rendered pages over a statement store.

    >>> from onrecord.serve import create_app
    >>> app = create_app("sqlite:///onrecord.db", token="s3cret")
"""

from .app import create_app
from .limits import ServeLimits

__all__ = ["ServeLimits", "create_app"]
