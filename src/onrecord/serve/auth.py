"""Who may do what: writes need the server's token; reads need it only with ``--private``.

The token travels as ``Authorization: Bearer <token>``. A browser cannot add that header
to a link, so on a private server the pages also accept HTTP Basic authentication with the
token as the password (any user name): the browser asks for it once and remembers it.
"""

from __future__ import annotations

import base64
import binascii
import secrets
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from .. import errors

bearer = HTTPBearer(
    auto_error=False,
    scheme_name="token",
    description="The token the server was started with (ONRECORD_API_TOKEN).",
)


@dataclass(frozen=True)
class Access:
    """The server's token (None: no writes accepted) and whether reads need it too."""

    token: str | None = None
    private: bool = False


def _access(request: Request) -> Access:
    return request.app.state.access


def presented_token(request: Request) -> str | None:
    """The token in the request's Authorization header (Bearer, or Basic's password)."""
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    scheme = scheme.lower()
    if scheme == "bearer":
        return value.strip() or None
    if scheme == "basic":
        try:
            decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            return None
        return decoded.partition(":")[2] or None
    return None


def token_matches(request: Request, token: str) -> bool:
    """Constant-time comparison, so response timing does not leak the token."""
    presented = presented_token(request)
    return presented is not None and secrets.compare_digest(presented.encode(), token.encode())


def challenge(request: Request) -> dict[str, str]:
    """The WWW-Authenticate header of a 401: Bearer for the API, Basic (which makes a
    browser ask for the password) for pages."""
    if request.url.path.startswith("/api/"):
        return {"WWW-Authenticate": 'Bearer realm="onrecord"'}
    return {"WWW-Authenticate": 'Basic realm="onrecord", charset="UTF-8"'}


# Declared so that OpenAPI shows the bearer scheme; the header is read by token_matches.
BearerCredentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


def require_writer(request: Request, _: BearerCredentials) -> None:
    """Dependency of every write: 403 when the server has no token, 401 for a wrong one."""
    access = _access(request)
    if access.token is None:
        raise HTTPException(403, errors.E_API_NO_TOKEN_CONFIGURED)
    if not token_matches(request, access.token):
        raise HTTPException(401, errors.E_API_UNAUTHORIZED, headers=challenge(request))


def require_reader(request: Request, _: BearerCredentials) -> None:
    """Dependency of every read on a ``--private`` server (attached only there, so the
    OpenAPI description of a public server shows its reads as open)."""
    access = _access(request)
    if not access.private:
        return
    if access.token is None or not token_matches(request, access.token):
        raise HTTPException(401, errors.E_API_UNAUTHORIZED, headers=challenge(request))
