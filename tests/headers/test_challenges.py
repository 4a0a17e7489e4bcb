"""WWW-Authenticate and Proxy-Authenticate (RFC 9110, Section 11.6): 401 and 407."""

from __future__ import annotations

import pickle
import subprocess
import sys

import pytest

from django_allresponses import Challenge, ResponseValidationError, response_class

CASES = [
    (401, "www_authenticate", "WWW-Authenticate"),
    (407, "proxy_authenticate", "Proxy-Authenticate"),
]
BOTH = [
    (code, argument, header, json) for code, argument, header in CASES for json in (False, True)
]
IDS = [f"{code}-{'json' if json else 'http'}" for code, _, _, json in BOTH]


def _build(code: int, json: bool, **kwargs: object) -> object:
    cls = response_class(code, json=json)
    return cls({"error": "unauthorized"}, **kwargs) if json else cls(**kwargs)


@pytest.mark.parametrize(
    ("value", "rendered"),
    [
        ('Basic realm="API"', 'Basic realm="API"'),
        ("Bearer", "Bearer"),
        ("Negotiate abc123==", "Negotiate abc123=="),
        (
            'Basic realm="a", Bearer realm="b", error="invalid_token"',
            'Basic realm="a", Bearer realm="b", error="invalid_token"',
        ),
        (
            'Digest realm="x", qop="auth, auth-int", nonce=abc',
            'Digest realm="x", qop="auth, auth-int", nonce=abc',
        ),
        (
            Challenge(scheme="Basic", params={"realm": "API", "charset": "UTF-8"}),
            'Basic realm="API", charset="UTF-8"',
        ),
        (
            Challenge(scheme="Bearer", params={"realm": 'say "hi" \\ bye'}),
            'Bearer realm="say \\"hi\\" \\\\ bye"',
        ),
        (Challenge(scheme="Negotiate", token68="abc123=="), "Negotiate abc123=="),
        (['Basic realm="a"', Challenge(scheme="Bearer")], 'Basic realm="a", Bearer'),
    ],
)
@pytest.mark.parametrize(("code", "argument", "header", "json"), BOTH, ids=IDS)
def test_valid_challenges(
    code: int, argument: str, header: str, json: bool, value: object, rendered: str
) -> None:
    response = _build(code, json, **{argument: value})
    assert response[header] == rendered  # type: ignore[index]


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("", "is not a challenge"),
        ('Basic realm="x" junk', "is not a challenge"),
        ('Basic realm="unterminated', "is not a challenge"),
        ("realm=x", "is not a challenge"),
        ("Basic realm=a b", "is not a challenge"),
        ('Basic realm="a\r\nSet-Cookie: x"', "is not a challenge"),
        ([], "at least one challenge is required"),
        (5, "challenges come as a list, tuple or set, not int"),
        ([5], "5 is not a challenge"),
    ],
)
@pytest.mark.parametrize(("code", "argument", "header", "json"), BOTH, ids=IDS)
def test_invalid_challenges(
    code: int, argument: str, header: str, json: bool, value: object, reason: str
) -> None:
    cls = response_class(code, json=json)
    with pytest.raises(ResponseValidationError) as caught:
        _build(code, json, **{argument: value})
    assert str(caught.value).startswith(f"{cls.__name__}: {argument}=")
    assert reason in str(caught.value)
    assert caught.value.argument == argument


def test_challenge_model_rules() -> None:
    with pytest.raises(ValueError, match="auth-params or a token68, not both"):
        Challenge(scheme="Basic", params={"realm": "x"}, token68="abc")
    with pytest.raises(ValueError, match="String should match pattern"):
        Challenge(scheme="Bad Scheme")
    with pytest.raises(ValueError, match="cannot be sent in a quoted-string"):
        Challenge(scheme="Basic", params={"realm": "line\nbreak"})
    with pytest.raises(ValueError, match="String should match pattern"):
        Challenge(scheme="Basic", params={"re alm": "x"})


@pytest.mark.parametrize(("code", "argument", "header"), CASES)
def test_set_after_construction_as_the_reference_shows(
    code: int, argument: str, header: str
) -> None:
    response = response_class(code)()
    response[header] = 'Basic realm="API"'
    assert response[header] == 'Basic realm="API"'
    with pytest.raises(ResponseValidationError) as caught:
        response[header] = 'Basic realm="x" junk'
    assert str(caught.value).startswith(f"{type(response).__name__}: {header} header")
    response[header] = Challenge(scheme="Bearer", params={"error": "invalid_token"})  # type: ignore[assignment]
    assert response[header] == 'Bearer error="invalid_token"'


def test_a_challenge_renders_what_it_holds_now() -> None:
    """The header text is rendered once per set of fields; a change to the params is seen,
    and checked, the next time it is sent."""
    challenge = Challenge(scheme="Basic", params={"realm": "api"})
    assert str(challenge) == 'Basic realm="api"'
    challenge.params["realm"] = "other"  # type: ignore[index]
    assert str(challenge) == 'Basic realm="other"'
    response = response_class(401)(www_authenticate=challenge)
    assert response["WWW-Authenticate"] == 'Basic realm="other"'
    challenge.params["realm"] = 'x"\r\nSet-Cookie: a=1'  # type: ignore[index]
    with pytest.raises(ResponseValidationError, match="cannot be sent in a quoted-string"):
        response_class(401)(www_authenticate=challenge)


def test_a_copied_challenge_renders_its_own_fields() -> None:
    challenge = Challenge(scheme="Basic", params={"realm": "api"})
    assert str(challenge) == 'Basic realm="api"'
    assert str(challenge.model_copy(update={"scheme": "Digest"})) == 'Digest realm="api"'
    assert str(challenge.model_copy()) == 'Basic realm="api"'


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_a_challenge_survives_pickling(protocol: int) -> None:
    challenge = Challenge(scheme="Bearer", params={"error": "invalid_token"})
    str(challenge)
    restored = pickle.loads(pickle.dumps(challenge, protocol))
    assert restored == challenge
    assert str(restored) == 'Bearer error="invalid_token"'
    assert restored.model_dump() == {
        "scheme": "Bearer",
        "params": {"error": "invalid_token"},
        "token68": None,
    }


def test_challenges_are_checked_before_the_pydantic_models_are_loaded() -> None:
    # A fresh interpreter: the models load on first use, and a value that is neither a
    # challenge string nor a model must be refused the same way before that.
    code = (
        "import sys, django; from django.conf import settings; settings.configure(); "
        "django.setup()\n"
        "from django_allresponses import HttpResponseUnauthorized, ResponseValidationError\n"
        "assert 'django_allresponses.headers.models' not in sys.modules\n"
        "for value in (42, [42], ['Basic realm=\"a\"', 3.5]):\n"
        "    try:\n"
        "        HttpResponseUnauthorized(www_authenticate=value)\n"
        "    except ResponseValidationError as error:\n"
        "        print(error.argument)\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.split() == ["www_authenticate"] * 3
