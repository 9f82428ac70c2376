"""What a person does with the sign-in page, as a program the app opens as its browser.

``BROWSER="python -m tests.journeys.browser_standin %s"``: Python's ``webbrowser`` (which the app uses,
as DESIGN.md says) runs it with the authorization address. It opens the page, fills in the email and
password from ``JOURNEY_EMAIL`` / ``JOURNEY_PASSWORD`` on the server's own login form, and follows the
redirect back to the app's loopback address, as a browser would.
"""

from __future__ import annotations

import os
import re
import sys

import httpx


def sign_in(url: str, email: str, password: str) -> int:
    with httpx.Client(follow_redirects=False, timeout=30) as b:
        page = b.get(url)
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
        action = re.search(r'<form method="post" action="([^"]+)"', page.text)
        if csrf is None or action is None:
            print(f"browser stand-in: no login form at {url} ({page.status_code})", file=sys.stderr)
            return 1
        answer = b.post(
            httpx.URL(url).join(action.group(1).replace("&amp;", "&")),
            data={"csrf_token": csrf.group(1), "email": email, "password": password},
        )
        if answer.status_code not in (302, 303):
            print(f"browser stand-in: sign-in refused ({answer.status_code})", file=sys.stderr)
            return 1
        b.get(answer.headers["location"])
    return 0


if __name__ == "__main__":
    if os.fork():  # webbrowser waits for the browser command; a browser returns at once
        sys.exit(0)
    sys.exit(
        sign_in(sys.argv[1], os.environ["JOURNEY_EMAIL"], os.environ.get("JOURNEY_PASSWORD", "bootcamp-demo"))
    )
