"""Desktop sign-in with OAuth 2 PKCE through a loopback redirect."""
import base64
import hashlib
import http.server
import logging
import secrets
import threading
import urllib.parse
import webbrowser

import requests

auth_log = logging.getLogger("deskassist.auth")
AUTHORIZE = "https://id.deskassist.example/oauth/authorize"
TOKEN_URL = "https://id.deskassist.example/oauth/token"
CLIENT_ID = "deskassist-desktop"
REDIRECT_PORT = 53682


def _pkce_pair():
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    return verifier, challenge


class _Catcher(http.server.BaseHTTPRequestHandler):
    code = None

    def do_GET(self):
        qs = urllib.parse.parse_qs(urllib.parse.urlparse(self.path).query)
        _Catcher.code = qs.get("code", [None])[0]
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"You can close this window.")

    def log_message(self, fmt, *args):
        return  # the request line carries the authorization code


def sign_in() -> dict:
    verifier, challenge = _pkce_pair()
    params = {"client_id": CLIENT_ID, "response_type": "code", "redirect_uri": f"http://127.0.0.1:{REDIRECT_PORT}/cb",
              "code_challenge": challenge, "code_challenge_method": "S256", "scope": "openid llm.chat"}
    srv = http.server.HTTPServer(("127.0.0.1", REDIRECT_PORT), _Catcher)
    threading.Thread(target=srv.handle_request, daemon=True).start()
    webbrowser.open(AUTHORIZE + "?" + urllib.parse.urlencode(params))
    auth_log.info("opened browser for client %s, scope %s", CLIENT_ID, params["scope"])
    srv.server_close()
    resp = requests.post(TOKEN_URL, data={"grant_type": "authorization_code", "code": _Catcher.code, "client_id": CLIENT_ID,
                                          "code_verifier": verifier, "redirect_uri": params["redirect_uri"]}, timeout=15)
    if resp.status_code != 200:
        raise RuntimeError(f"token exchange failed: {resp.status_code} {resp.json().get('error')}")
    tokens = resp.json()
    auth_log.info("signed in: token_type=%s expires_in=%s scope=%s", tokens["token_type"], tokens["expires_in"], tokens.get("scope"))
    auth_log.debug("token response %s", tokens)
    auth_log.debug("refresh token: %s", tokens.get("refresh_token"))
    return tokens
