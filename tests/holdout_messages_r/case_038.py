"""
title: ModelRed Scan Pipe
author: evalteam
version: 0.3
description: open-webui pipe that lets a chat user start a ModelRed scan of a registered model.
"""
from typing import Generator, Iterator, Union

from modelred import APIError, ModelRed, NotFound, RateLimited
from pydantic import BaseModel, Field


class Pipe:
    class Valves(BaseModel):
        MODELRED_API_KEY: str = Field(default="", description="ModelRed API key")
        DEFAULT_PACKS: str = Field(default="owasp-llm-top10", description="comma separated pack ids")
        DEBUG: bool = Field(default=False)

    def __init__(self):
        self.type = "pipe"
        self.id = "modelred_scan"
        self.name = "ModelRed Scan"
        self.valves = self.Valves()

    def _log(self, msg: str) -> None:
        if self.valves.DEBUG:
            print(f"[modelred_scan] {msg}")

    def pipe(self, body: dict, __user__: dict | None = None) -> Union[str, Generator, Iterator]:
        self._log(f"valves={self.valves}")
        self._log(f"packs={self.valves.DEFAULT_PACKS} user={(__user__ or {}).get('email')}")
        messages = body.get("messages", [])
        if not messages:
            return "No message."
        model_id = messages[-1]["content"].strip().split()[0]
        if not self.valves.MODELRED_API_KEY:
            return "Set the MODELRED_API_KEY valve first."
        packs = [p.strip() for p in self.valves.DEFAULT_PACKS.split(",") if p.strip()]
        try:
            with ModelRed(self.valves.MODELRED_API_KEY) as client:
                res = client.create_assessment(model_id=model_id, probe_pack_ids=packs)
        except NotFound:
            return f"Model `{model_id}` is not registered in ModelRed."
        except RateLimited as e:
            self._log(f"rate limited: {e!r}")
            return "ModelRed is rate limiting us; try again in a minute."
        except APIError as e:
            return f"ModelRed error: {e}"
        return f"Started assessment `{res['id']}` with packs {', '.join(packs)}."
