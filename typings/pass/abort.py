"""abort(): every status that allows content, with its class's required arguments.

Each status appears three ways where it can: the HTTP class's arguments, the
JSON twin's with ``json=True``, and (4xx, 5xx) the twin's with a ProblemDetails.
abort() never returns, so each call sits in a branch of its own: code after it in
the same block would be unreachable (typings/fail/abort_misuse.py shows that both
checkers see so).
"""

from datetime import timedelta
from http import HTTPStatus

from django_allresponses import (
    Challenge,
    HttpResponseCreated,
    HttpResponseNoContent,
    HttpResponseNotAllowed,
    HttpResponseOK,
    HttpResponseTooManyRequests,
    JsonResponseNotFound,
    JsonResponseServiceUnavailable,
    ProblemDetails,
)
from django_allresponses.immediate import abort


def http_classes(code: int) -> None:
    if code == 200:
        abort(200)
    if code == 201:
        abort(201, "/items/1")
    if code == 202:
        abort(202)
    if code == 203:
        abort(203)
    if code == 206:
        abort(206)
    if code == 207:
        abort(207)
    if code == 208:
        abort(208)
    if code == 226:
        abort(226)
    if code == 300:
        abort(300)
    if code == 301:
        abort(301, "/elsewhere/")
    if code == 302:
        abort(302, "/elsewhere/")
    if code == 303:
        abort(303, "/elsewhere/")
    if code == 305:
        abort(305)
    if code == 307:
        abort(307, "/elsewhere/")
    if code == 308:
        abort(308, "/elsewhere/")
    if code == 400:
        abort(400)
    if code == 401:
        abort(401)
    if code == 402:
        abort(402)
    if code == 403:
        abort(403)
    if code == 404:
        abort(404)
    if code == 405:
        abort(405, ["GET", "HEAD"])
    if code == 406:
        abort(406)
    if code == 407:
        abort(407)
    if code == 408:
        abort(408)
    if code == 409:
        abort(409)
    if code == 410:
        abort(410)
    if code == 411:
        abort(411)
    if code == 412:
        abort(412)
    if code == 413:
        abort(413)
    if code == 414:
        abort(414)
    if code == 415:
        abort(415)
    if code == 416:
        abort(416)
    if code == 417:
        abort(417)
    if code == 421:
        abort(421)
    if code == 422:
        abort(422)
    if code == 423:
        abort(423)
    if code == 424:
        abort(424)
    if code == 425:
        abort(425)
    if code == 426:
        abort(426, upgrade="TLS/1.2")
    if code == 428:
        abort(428)
    if code == 429:
        abort(429)
    if code == 431:
        abort(431)
    if code == 451:
        abort(451)
    if code == 500:
        abort(500)
    if code == 501:
        abort(501)
    if code == 502:
        abort(502)
    if code == 503:
        abort(503)
    if code == 504:
        abort(504)
    if code == 505:
        abort(505)
    if code == 506:
        abort(506)
    if code == 507:
        abort(507)
    if code == 508:
        abort(508)
    if code == 510:
        abort(510)
    if code == 511:
        abort(511)


def json_twins(code: int) -> None:
    if code == 200:
        abort(200, {"code": 200}, json=True)
    if code == 201:
        abort(201, json=True, location="/items/1")
    if code == 202:
        abort(202, {"code": 202}, json=True)
    if code == 203:
        abort(203, {"code": 203}, json=True)
    if code == 206:
        abort(206, {"code": 206}, json=True)
    if code == 207:
        abort(207, {"code": 207}, json=True)
    if code == 208:
        abort(208, {"code": 208}, json=True)
    if code == 226:
        abort(226, {"code": 226}, json=True)
    if code == 300:
        abort(300, {"code": 300}, json=True)
    if code == 301:
        abort(301, {"code": 301}, json=True, redirect_to="/elsewhere/")
    if code == 302:
        abort(302, {"code": 302}, json=True, redirect_to="/elsewhere/")
    if code == 303:
        abort(303, {"code": 303}, json=True, redirect_to="/elsewhere/")
    if code == 305:
        abort(305, {"code": 305}, json=True)
    if code == 307:
        abort(307, {"code": 307}, json=True, redirect_to="/elsewhere/")
    if code == 308:
        abort(308, {"code": 308}, json=True, redirect_to="/elsewhere/")
    if code == 400:
        abort(400, {"code": 400}, json=True)
    if code == 401:
        abort(401, {"code": 401}, json=True)
    if code == 402:
        abort(402, {"code": 402}, json=True)
    if code == 403:
        abort(403, {"code": 403}, json=True)
    if code == 404:
        abort(404, {"code": 404}, json=True)
    if code == 405:
        abort(405, json=True, permitted_methods=["GET", "HEAD"])
    if code == 406:
        abort(406, {"code": 406}, json=True)
    if code == 407:
        abort(407, {"code": 407}, json=True)
    if code == 408:
        abort(408, {"code": 408}, json=True)
    if code == 409:
        abort(409, {"code": 409}, json=True)
    if code == 410:
        abort(410, {"code": 410}, json=True)
    if code == 411:
        abort(411, {"code": 411}, json=True)
    if code == 412:
        abort(412, {"code": 412}, json=True)
    if code == 413:
        abort(413, {"code": 413}, json=True)
    if code == 414:
        abort(414, {"code": 414}, json=True)
    if code == 415:
        abort(415, {"code": 415}, json=True)
    if code == 416:
        abort(416, {"code": 416}, json=True)
    if code == 417:
        abort(417, {"code": 417}, json=True)
    if code == 421:
        abort(421, {"code": 421}, json=True)
    if code == 422:
        abort(422, {"code": 422}, json=True)
    if code == 423:
        abort(423, {"code": 423}, json=True)
    if code == 424:
        abort(424, {"code": 424}, json=True)
    if code == 425:
        abort(425, {"code": 425}, json=True)
    if code == 426:
        abort(426, {"code": 426}, json=True, upgrade="TLS/1.2")
    if code == 428:
        abort(428, {"code": 428}, json=True)
    if code == 429:
        abort(429, {"code": 429}, json=True)
    if code == 431:
        abort(431, {"code": 431}, json=True)
    if code == 451:
        abort(451, {"code": 451}, json=True)
    if code == 500:
        abort(500, {"code": 500}, json=True)
    if code == 501:
        abort(501, {"code": 501}, json=True)
    if code == 502:
        abort(502, {"code": 502}, json=True)
    if code == 503:
        abort(503, {"code": 503}, json=True)
    if code == 504:
        abort(504, {"code": 504}, json=True)
    if code == 505:
        abort(505, {"code": 505}, json=True)
    if code == 506:
        abort(506, {"code": 506}, json=True)
    if code == 507:
        abort(507, {"code": 507}, json=True)
    if code == 508:
        abort(508, {"code": 508}, json=True)
    if code == 510:
        abort(510, {"code": 510}, json=True)
    if code == 511:
        abort(511, {"code": 511}, json=True)


def problem_details(code: int) -> None:
    if code == 400:
        abort(400, ProblemDetails())
    if code == 401:
        abort(401, ProblemDetails())
    if code == 402:
        abort(402, ProblemDetails())
    if code == 403:
        abort(403, ProblemDetails())
    if code == 404:
        abort(404, ProblemDetails())
    if code == 405:
        abort(405, ProblemDetails(), permitted_methods=["GET", "HEAD"])
    if code == 406:
        abort(406, ProblemDetails())
    if code == 407:
        abort(407, ProblemDetails())
    if code == 408:
        abort(408, ProblemDetails())
    if code == 409:
        abort(409, ProblemDetails())
    if code == 410:
        abort(410, ProblemDetails())
    if code == 411:
        abort(411, ProblemDetails())
    if code == 412:
        abort(412, ProblemDetails())
    if code == 413:
        abort(413, ProblemDetails())
    if code == 414:
        abort(414, ProblemDetails())
    if code == 415:
        abort(415, ProblemDetails())
    if code == 416:
        abort(416, ProblemDetails())
    if code == 417:
        abort(417, ProblemDetails())
    if code == 421:
        abort(421, ProblemDetails())
    if code == 422:
        abort(422, ProblemDetails())
    if code == 423:
        abort(423, ProblemDetails())
    if code == 424:
        abort(424, ProblemDetails())
    if code == 425:
        abort(425, ProblemDetails())
    if code == 426:
        abort(426, ProblemDetails(), upgrade="TLS/1.2")
    if code == 428:
        abort(428, ProblemDetails())
    if code == 429:
        abort(429, ProblemDetails())
    if code == 431:
        abort(431, ProblemDetails())
    if code == 451:
        abort(451, ProblemDetails())
    if code == 500:
        abort(500, ProblemDetails())
    if code == 501:
        abort(501, ProblemDetails())
    if code == 502:
        abort(502, ProblemDetails())
    if code == 503:
        abort(503, ProblemDetails())
    if code == 504:
        abort(504, ProblemDetails())
    if code == 505:
        abort(505, ProblemDetails())
    if code == 506:
        abort(506, ProblemDetails())
    if code == 507:
        abort(507, ProblemDetails())
    if code == 508:
        abort(508, ProblemDetails())
    if code == 510:
        abort(510, ProblemDetails())
    if code == 511:
        abort(511, ProblemDetails())


def http_status_members(code: int) -> None:
    if code == 200:
        abort(HTTPStatus.OK)
    if code == 201:
        abort(HTTPStatus.CREATED, "/items/1")
    if code == 202:
        abort(HTTPStatus.ACCEPTED)
    if code == 203:
        abort(HTTPStatus.NON_AUTHORITATIVE_INFORMATION)
    if code == 206:
        abort(HTTPStatus.PARTIAL_CONTENT)
    if code == 207:
        abort(HTTPStatus.MULTI_STATUS)
    if code == 208:
        abort(HTTPStatus.ALREADY_REPORTED)
    if code == 226:
        abort(HTTPStatus.IM_USED)
    if code == 300:
        abort(HTTPStatus.MULTIPLE_CHOICES)
    if code == 301:
        abort(HTTPStatus.MOVED_PERMANENTLY, "/elsewhere/")
    if code == 302:
        abort(HTTPStatus.FOUND, "/elsewhere/")
    if code == 303:
        abort(HTTPStatus.SEE_OTHER, "/elsewhere/")
    if code == 305:
        abort(HTTPStatus.USE_PROXY)
    if code == 307:
        abort(HTTPStatus.TEMPORARY_REDIRECT, "/elsewhere/")
    if code == 308:
        abort(HTTPStatus.PERMANENT_REDIRECT, "/elsewhere/")
    if code == 400:
        abort(HTTPStatus.BAD_REQUEST)
    if code == 401:
        abort(HTTPStatus.UNAUTHORIZED)
    if code == 402:
        abort(HTTPStatus.PAYMENT_REQUIRED)
    if code == 403:
        abort(HTTPStatus.FORBIDDEN)
    if code == 404:
        abort(HTTPStatus.NOT_FOUND)
    if code == 405:
        abort(HTTPStatus.METHOD_NOT_ALLOWED, ["GET", "HEAD"])
    if code == 406:
        abort(HTTPStatus.NOT_ACCEPTABLE)
    if code == 407:
        abort(HTTPStatus.PROXY_AUTHENTICATION_REQUIRED)
    if code == 408:
        abort(HTTPStatus.REQUEST_TIMEOUT)
    if code == 409:
        abort(HTTPStatus.CONFLICT)
    if code == 410:
        abort(HTTPStatus.GONE)
    if code == 411:
        abort(HTTPStatus.LENGTH_REQUIRED)
    if code == 412:
        abort(HTTPStatus.PRECONDITION_FAILED)
    if code == 413:
        abort(HTTPStatus.REQUEST_ENTITY_TOO_LARGE)
    if code == 414:
        abort(HTTPStatus.REQUEST_URI_TOO_LONG)
    if code == 415:
        abort(HTTPStatus.UNSUPPORTED_MEDIA_TYPE)
    if code == 416:
        abort(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
    if code == 417:
        abort(HTTPStatus.EXPECTATION_FAILED)
    if code == 421:
        abort(HTTPStatus.MISDIRECTED_REQUEST)
    if code == 422:
        abort(HTTPStatus.UNPROCESSABLE_ENTITY)
    if code == 423:
        abort(HTTPStatus.LOCKED)
    if code == 424:
        abort(HTTPStatus.FAILED_DEPENDENCY)
    if code == 425:
        abort(HTTPStatus.TOO_EARLY)
    if code == 426:
        abort(HTTPStatus.UPGRADE_REQUIRED, upgrade="TLS/1.2")
    if code == 428:
        abort(HTTPStatus.PRECONDITION_REQUIRED)
    if code == 429:
        abort(HTTPStatus.TOO_MANY_REQUESTS)
    if code == 431:
        abort(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE)
    if code == 451:
        abort(HTTPStatus.UNAVAILABLE_FOR_LEGAL_REASONS)
    if code == 500:
        abort(HTTPStatus.INTERNAL_SERVER_ERROR)
    if code == 501:
        abort(HTTPStatus.NOT_IMPLEMENTED)
    if code == 502:
        abort(HTTPStatus.BAD_GATEWAY)
    if code == 503:
        abort(HTTPStatus.SERVICE_UNAVAILABLE)
    if code == 504:
        abort(HTTPStatus.GATEWAY_TIMEOUT)
    if code == 505:
        abort(HTTPStatus.HTTP_VERSION_NOT_SUPPORTED)
    if code == 506:
        abort(HTTPStatus.VARIANT_ALSO_NEGOTIATES)
    if code == 507:
        abort(HTTPStatus.INSUFFICIENT_STORAGE)
    if code == 508:
        abort(HTTPStatus.LOOP_DETECTED)
    if code == 510:
        abort(HTTPStatus.NOT_EXTENDED)
    if code == 511:
        abort(HTTPStatus.NETWORK_AUTHENTICATION_REQUIRED)


def optional_arguments(code: int) -> None:
    if code == 1:
        abort(429, retry_after=30)
    if code == 2:
        abort(503, "Down for maintenance.", retry_after=timedelta(minutes=5))
    if code == 3:
        abort(429, {"error": "slow down"}, json=True, retry_after=30)
    if code == 4:
        abort(429, ProblemDetails(detail="Slow down."), retry_after=30)
    if code == 5:
        abort(401, www_authenticate=Challenge(scheme="Bearer", params={"realm": "api"}))
    if code == 6:
        abort(201, "/items/1", created_document='{"id": 1}', content_type="application/json")
    if code == 7:
        abort(404, content="No such item.", headers={"X-Reason": "gone"})
    if code == 8:
        abort(405, ProblemDetails(detail="Read only."), permitted_methods=["GET"], json=True)
    if code == 9:
        abort(422, ProblemDetails(errors=[{"field": "name"}]))
    if code == 10:
        abort(409, [1, 2], json=True, safe=False)
    if code == 11:
        abort(400, json=True, data={"error": "bad"})
    if code == 12:
        # json=None is the default spelled out: decided by the data, as at run time.
        abort(429, "Slow down.", json=None, retry_after=30)
    if code == 13:
        abort(404, ProblemDetails(detail="No item 7."), json=None)


def narrowing(value: int | None) -> int:
    # abort() is NoReturn: after the branch, value is an int for both checkers.
    if value is None:
        abort(404, ProblemDetails(detail="No value."))
    return value + 1


def responses_given_whole(code: int) -> None:
    """abort(response): the form the docs teach first; any Django response, built as anywhere."""
    if code == 201:
        abort(HttpResponseCreated(location="/items/1"))
    if code == 204:
        abort(HttpResponseNoContent())
    if code == 404:
        abort(JsonResponseNotFound(ProblemDetails(detail="No item 7.")))
    if code == 405:
        abort(HttpResponseNotAllowed(permitted_methods=["GET", "HEAD"]))
    if code == 429:
        abort(HttpResponseTooManyRequests(retry_after=30))
    if code == 503:
        abort(JsonResponseServiceUnavailable({"error": "maintenance"}, retry_after=600))
    abort(HttpResponseOK("Fine."))
