"""Every HTTP error is a JSON body with a numbered code: ``{"error": {"code": "E401", "message": "..."}}``.

Rasd's own errors (``rasd.errors``) keep their code and message; the HTTP status follows from the code:

=========================  ======  =====================================================
code                       status  when
=========================  ======  =====================================================
E401 / E402                404     no event / article with that id
E403                       422     an invalid query parameter (the reason is in the message)
E404                       413     ``POST /api/extract`` text over the size limit
E405                       404/405 no such endpoint, or a method it does not take
E102, E107, E109, ...      422     an article the pipeline cannot use
E201 / E202                503     the database cannot be opened
E301                       500     a shipped resource is missing (reinstall)
=========================  ======  =====================================================

FastAPI's own validation errors become E403 with every reason listed (``details``: FastAPI's list); a path that
is no endpoint, or a method an endpoint does not take, becomes E405 naming both.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from rasd.errors import E, InputError, RasdError, ResourceError

STATUS_BY_CODE = {"E401": 404, "E402": 404, "E403": 422, "E404": 413, "E201": 503, "E202": 503}


def status_of(exc: RasdError) -> int:
    if exc.code in STATUS_BY_CODE:
        return STATUS_BY_CODE[exc.code]
    return 422 if isinstance(exc, InputError) else 500


def error_response(status: int, code: str, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message, **extra}}, status_code=status)


async def _rasd_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RasdError)
    return error_response(status_of(exc), exc.code, exc.message)


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    details = [
        {"loc": [str(p) for p in err.get("loc", ())], "msg": str(err.get("msg", ""))} for err in exc.errors()
    ]
    names = ", ".join(".".join(d["loc"][1:] or d["loc"]) for d in details) or "request"
    reasons = "; ".join(f"{'.'.join(d['loc'][1:] or d['loc'])}: {d['msg']}" for d in details)
    err = InputError(E.E403, name=names, reason=reasons or "invalid request")
    return error_response(422, err.code, err.message, details=details)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 404:
        err = InputError(E.E405, method=request.method, path=request.url.path, reason="no such path")
    elif exc.status_code == 405:
        err = InputError(E.E405, method=request.method, path=request.url.path, reason="method not allowed")
    else:
        err = InputError(E.E403, name="request", reason=str(exc.detail))
    return error_response(exc.status_code, err.code, err.message)


def install(app: FastAPI) -> None:
    """Register the handlers that turn every error into a numbered JSON body."""
    app.add_exception_handler(RasdError, _rasd_error)
    app.add_exception_handler(ResourceError, _rasd_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
