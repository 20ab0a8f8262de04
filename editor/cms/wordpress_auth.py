"""Why WordPress refused a login: a wrong application password, or an Authorization header stripped.

WordPress answers ``rest_not_logged_in`` both when the header never reached it (Apache with CGI/FastCGI
drops it unless told otherwise, some nginx + PHP-FPM set-ups too) and, on 6.1, for a wrong application
password (its own ``incorrect_password`` status is checked before the user is known). XML-RPC carries the
credentials in the request body, out of reach of that stripping, and accepts application passwords: if it
accepts them, the header is the problem. The probe goes only to the account's own site, never follows a
redirect (the body holds the password), and its answer is never quoted.
"""

from __future__ import annotations

import xmlrpc.client
from xml.parsers.expat import ExpatError

import httpx

from editor.cms.errors import AuthFailed

PROBE_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
WRONG_CREDENTIAL_CODES = ("incorrect_password", "invalid_username", "invalid_email")


def xmlrpc_login_works(http: httpx.Client, site_url: str, username: str, password: str) -> bool | None:
    """True/False when XML-RPC can judge the credentials, None when it is unavailable or blocked."""
    body = xmlrpc.client.dumps((username, password), "wp.getUsersBlogs")
    try:
        response = http.post(
            site_url + "/xmlrpc.php",
            content=body.encode(),
            headers={"Content-Type": "text/xml"},
            auth=None,
            follow_redirects=False,
            timeout=PROBE_TIMEOUT,
        )
        if response.status_code != 200:
            return None
        xmlrpc.client.loads(response.content)
    except xmlrpc.client.Fault as fault:
        return False if fault.faultCode == 403 else None
    except (httpx.HTTPError, xmlrpc.client.ResponseError, ExpatError, ValueError):
        return None
    return True


def explain_401(
    error: AuthFailed, http: httpx.Client, site_url: str, username: str, password: str
) -> AuthFailed:
    """A 401 from the REST API as the error that says what to do about it."""
    who = {"where": site_url, "username": username}
    if error.code in WRONG_CREDENTIAL_CODES:
        return AuthFailed("wp_wrong_password", params=who, status=401, code=error.code)
    verdict = xmlrpc_login_works(http, site_url, username, password)
    if verdict is True:
        return AuthFailed(
            "wp_authorization_stripped",
            params={"where": site_url},
            status=401,
            code="authorization_header_stripped",
        )
    if verdict is False:
        return AuthFailed("wp_wrong_password", params=who, status=401, code=error.code)
    return AuthFailed(
        "wp_login_not_accepted",
        params={"where": site_url},
        status=401,
        code=error.code,
    )
