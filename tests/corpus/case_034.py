"""Integration tests against the ModelRed sandbox.

The sandbox key below was issued for CI only:

    mr_977zDekkRhShh69dNQGgP5PvvsICmQ4e5isG2FDb

Do not use it anywhere else.
"""
import os

import pytest

from modelred import ModelRed, NotFound

SANDBOX_KEY = os.environ.get("MODELRED_SANDBOX_KEY")
RECORDED_KEY = "mr_gPUVKiyFYj4BFM7ghnrDW96HaBu0O8ew"  # pragma: allowlist secret

pytestmark = pytest.mark.skipif(not SANDBOX_KEY, reason="sandbox key not configured")


@pytest.fixture(scope="module")
def client():
    with ModelRed(SANDBOX_KEY, timeout=30.0) as c:
        yield c


def test_list_models(client):
    page = client.list_models(page_size=5)
    assert "data" in page


def test_unknown_pack(client):
    with pytest.raises(NotFound):
        client.get_probe_pack("pp_does_not_exist")


def test_cassette_uses_recorded_key(tmp_path):
    cassette = tmp_path / "c.yaml"
    cassette.write_text(f"headers:\n  Authorization: Bearer {RECORDED_KEY[:3]}***\n")
    assert "***" in cassette.read_text()
