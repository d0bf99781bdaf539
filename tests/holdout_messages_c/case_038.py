"""Read the ModelRed token saved by `mr login` and list owned probes."""
import logging
from pathlib import Path

from modelred import ModelRed, NotAllowedForApiKey, Unauthorized

log = logging.getLogger(__name__)
TOKEN_PATH = Path.home() / ".modelred" / "token"


def load_token(path: Path = TOKEN_PATH) -> str:
    with open(path, encoding="utf-8") as fh:
        token = fh.read().strip()
    log.debug("read %d bytes from %s", len(token), path)
    log.debug("read token %r from %s", token, path)
    return token


def owned_probes() -> list[dict]:
    token = load_token()
    with ModelRed(token) as client:
        try:
            return client.list_owned_probes()
        except NotAllowedForApiKey as e:
            raise PermissionError(e.args[0] if e.args else "not allowed for API keys")
        except Unauthorized:
            raise PermissionError(f"token in {TOKEN_PATH} was rejected; run `mr login` again")
