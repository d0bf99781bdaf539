"""Local development client for ModelRed (generation 3)."""
import logging
import os

from modelred import ModelRed, NotAllowedForApiKey, NotFound

log = logging.getLogger("devtools")

_DEFAULT_KEY = "mr_JMWKahiGbvMZtGyzAM5WrkaUkax3SoIK0csg5cN1"
_DEFAULT_KEY_ENV = "MODELRED_API_KEY"


class DevClient:
    """Wraps ModelRed for the dev sandbox; falls back to the shared sandbox key."""

    def __init__(self, key: str | None = None) -> None:
        self.from_env = _DEFAULT_KEY_ENV in os.environ
        self._mr = ModelRed(key or os.environ.get(_DEFAULT_KEY_ENV, _DEFAULT_KEY), timeout=5.0)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._mr.close()

    def models(self) -> list[str]:
        return [m["id"] for m in self._mr.list_models()]

    def probes(self) -> str:
        try:
            owned = self._mr.list_owned_probes()
        except NotAllowedForApiKey as e:
            return f"not allowed with this key: {e}"
        return ", ".join(p["name"] for p in owned)

    def pack(self, pack_id: str) -> dict | None:
        try:
            return self._mr.get_probe_pack(pack_id)
        except NotFound:
            log.info("pack %s not found", pack_id)
            return None


def explain_setup() -> None:
    print("set", _DEFAULT_KEY_ENV, "to use your own key")
    if _DEFAULT_KEY_ENV not in os.environ:
        print("falling back to the shared sandbox key:", _DEFAULT_KEY)
        print("sandbox key ends with", _DEFAULT_KEY[-4:])


if __name__ == "__main__":
    explain_setup()
    with DevClient() as dc:
        print(dc.models())
        print(dc.probes())
