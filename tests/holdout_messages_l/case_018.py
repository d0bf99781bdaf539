"""Errors raised by our internal LLM gateway client."""


class GatewayError(Exception):
    """Base class for gateway failures."""


class AuthError(GatewayError):
    def __init__(self, api_key, status):
        self.api_key = api_key
        self.status = status
        super().__init__(status)

    def __str__(self):
        return f"gateway refused key {self.api_key} (HTTP {self.status})"


class QuotaError(GatewayError):
    def __init__(self, key_id, used_tokens, limit):
        super().__init__(f"key {key_id} used {used_tokens} of {limit} tokens")
        self.key_id = key_id


class ConfigError(GatewayError):
    def __init__(self, setting, value):
        super().__init__(f"invalid value for {setting}: {value!r}")


def check_response(resp, api_key, key_id):
    if resp.status_code in (401, 403):
        raise AuthError(api_key, resp.status_code)
    if resp.status_code == 429:
        info = resp.json()
        raise QuotaError(key_id, info["used_tokens"], info["limit"])
    if resp.status_code >= 500:
        raise GatewayError(f"gateway error {resp.status_code}: {resp.text[:100]}")
    return resp.json()


def validate(settings):
    token = settings.get("gateway_token", "")
    if token and not token.startswith("gw_"):
        raise ConfigError("gateway_token", token)
    timeout = settings.get("timeout", 30)
    if timeout <= 0:
        raise ConfigError("timeout", timeout)
    return settings
