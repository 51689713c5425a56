"""onrecord: who said what, when, and according to whom, from raw news.

    >>> from onrecord import extract
    >>> article = extract(text, published="2022-03-21")
    >>> [(s.speaker.name, s.content.text) for s in article.statements]
"""

from .errors import OnrecordError
from .extract import extract
from .schema import Article, Entity, Speaker, Span, Statement, Via, When

__all__ = ["Article", "Entity", "OnrecordError", "Speaker", "Span", "Statement", "Via", "When", "extract"]
__version__ = "0.1.0"
