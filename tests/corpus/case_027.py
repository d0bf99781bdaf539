"""Thin wrapper our eval jobs use to talk to ModelRed."""
from typing import Iterable, List

from modelred import ModelRed, NotFound, ValidationFailed


class RedTeamRunner:
    """Runs probe packs against a registered model.

    >>> runner = RedTeamRunner()  # uses the shared team key by default
    >>> runner.run("support-bot", ["pp_core_jailbreak"])
    """

    def __init__(self, api_key: str = "mr_vKp6ipgIbGBLgIwBm3jBlJ3ssL3BP99bgSOD7Ile", *, timeout: float = 20.0):
        self._client = ModelRed(api_key, timeout=timeout)

    def run(self, model: str, packs: Iterable[str]) -> dict:
        return self._client.create_assessment(
            model=model,
            probe_pack_ids=list(packs),
            detector_provider="anthropic",
            detector_api_key="sk-ant-api03-EuhRkhJxHCun5DBrnMGR1kjy1_Xbse0-Ld5RPGZH-e6W8LyYfrzWnsCFYmRUrxVe_cgkOe0pdu0ifxVEsX5WLHO6litAA",
        )

    def packs(self) -> List[str]:
        out = self._client.list_owned_probes(page_size=50)
        return [p["id"] for p in out.get("data", [])]

    def exists(self, pack_id: str) -> bool:
        try:
            self._client.get_probe_pack(pack_id)
            return True
        except NotFound:
            return False

    def close(self) -> None:
        self._client.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def run_all(models: Iterable[str], packs: List[str]) -> dict:
    results = {}
    with RedTeamRunner() as runner:
        for m in models:
            try:
                results[m] = runner.run(m, packs)
            except ValidationFailed as e:
                results[m] = {"error": type(e).__name__}
    return results
