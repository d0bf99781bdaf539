"""Exception types of the gateway SDK wrapper."""


class GatewayError(Exception):
    """Base error; only the message is shown."""


class BadCredentials(GatewayError):
    def __init__(self, api_key: str):
        super().__init__(f"gateway rejected key {api_key}")
        self.api_key = api_key


class UpstreamFailure(GatewayError):
    def __init__(self, message: str, *, status_code: int, api_key: str | None = None):
        super().__init__(message)
        self.status_code = status_code
        self.api_key = api_key


def authenticate(session, api_key: str) -> None:
    r = session.post("/auth", headers={"x-api-key": api_key})
    if r.status_code == 401:
        raise BadCredentials(api_key)
    if r.status_code >= 500:
        raise UpstreamFailure("gateway unavailable", status_code=r.status_code, api_key=api_key)
    if r.status_code != 200:
        raise GatewayError(f"auth failed: HTTP {r.status_code}")
