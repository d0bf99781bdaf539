"""A finding's message must not depend on the order a set was filled in: baselines and
caches compare messages, and a reviewer compares runs. A structure holding secrets at
several fields, printed whole, names one of them; every hash seed must name the same."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

CASE = textwrap.dedent('''
    import requests


    def refresh(url, refresh_token):
        resp = requests.post(url, data={"grant_type": "refresh_token", "refresh_token": refresh_token})
        data = resp.json()
        access_token = data["access_token"]
        id_token = data["id_token"]
        renewed = data["refresh_token"]
        if not access_token:
            raise RuntimeError(f"bad token response: {data}")
        return access_token, id_token, renewed
''')


def test_messages_do_not_depend_on_the_hash_seed(tmp_path):
    path = tmp_path / "case.py"
    path.write_text(CASE)
    outputs = set()
    for seed in ("0", "1", "2", "3", "4", "5"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-m", "modelred_lint", "--no-cache", "--exit-zero", str(path)],
                              capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 0, done.stderr[-500:]
        outputs.add(done.stdout)
    assert len(outputs) == 1, f"{len(outputs)} different reports over six hash seeds"
    assert "MR020" in next(iter(outputs))
