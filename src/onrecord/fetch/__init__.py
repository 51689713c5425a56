"""Polite fetching from the web: pages, RSS/Atom/JSON feeds, sitemaps and homepages.

The modules, each small: ``options`` (FetchOptions: user agent, delay, concurrency,
timeouts, retries), ``urls`` (one spelling per URL, with courlan), ``client`` (one bounded
HTTP request, urllib3), ``politeness`` (one request per host at a time, a delay between),
``robots`` (robots.txt, with the standard library's parser), ``cache`` (the store's fetch
cache, for conditional requests), ``fetcher`` (one URL: robots, turns, redirects,
retries), ``schedule`` (many URLs over the workers, none waiting on a host another holds),
``discover`` (sources files; links of feeds, sitemaps and homepages, parsed by
trafilatura), ``pages`` (a fetched page to a RawDocument, under its canonical URL).
``onrecord.live`` runs a whole pass; ``docs/ingest.md`` ("Live sources") is the guide.

Only ``options`` and ``urls`` are imported here: the store uses ``urls``, and the HTTP
modules are imported by what fetches.
"""

from __future__ import annotations

from .options import FetchOptions
from .urls import is_url, normalize_url, url_key

__all__ = ["FetchOptions", "is_url", "normalize_url", "url_key"]
