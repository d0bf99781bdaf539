"""Ansible lookup plugin: modelred_key -- fetch a team's ModelRed key from the team keyring file."""
from __future__ import annotations

import json
import os

from ansible.errors import AnsibleError, AnsibleLookupError
from ansible.plugins.lookup import LookupBase
from ansible.utils.display import Display

display = Display()
KEYRING_PATH_VAR = "MODELRED_KEYRING_PATH"
DEFAULT_PATH = "~/.config/modelred/teams.json"

DOCUMENTATION = """
name: modelred_key
short_description: read a team's ModelRed API key
description:
  - Reads C(~/.config/modelred/teams.json) or the file named by MODELRED_KEYRING_PATH.
options:
  _terms:
    description: team names
    required: true
"""


class LookupModule(LookupBase):
    def run(self, terms, variables=None, **kwargs):
        path = os.path.expanduser(os.environ.get(KEYRING_PATH_VAR, DEFAULT_PATH))
        display.vvv(f"modelred_key: reading {path}")
        try:
            with open(path, encoding="utf-8") as fh:
                teams = json.load(fh)
        except OSError as exc:
            raise AnsibleLookupError(f"cannot read {path} (set {KEYRING_PATH_VAR}): {exc}")
        out = []
        for team in terms:
            entry = teams.get(team)
            if entry is None:
                raise AnsibleLookupError(f"no entry for team {team!r} in {path}; known: {sorted(teams)}")
            key = entry["api_key"]
            if not key.startswith("mr_"):
                raise AnsibleError(f"team {team} has a non-ModelRed key {key!r} in {path}")
            display.vvvv(f"modelred_key: team {team} owner {entry.get('owner')} key ...{key[-4:]}")
            out.append(key)
        return out
