"""Thin compatibility layer over the generation-1 ModelRed SDK."""
from __future__ import annotations

import asyncio
import os
import warnings

from modelred import AuthenticationError, ModelRed, ModelRedError

_ENV = "MODELRED_API_KEY"


class Scanner:
    def __init__(self, *args, api_key: str | None = None, suites=("basic_security",)):
        if args:
            api_key = args[0]
            warnings.warn(f"passing the key positionally is deprecated (got {api_key}); use api_key=", DeprecationWarning, stacklevel=2)
        self.api_key = api_key or os.getenv(_ENV)
        if self.api_key is None:
            warnings.warn(f"no key given and {_ENV} is unset; calls will fail", RuntimeWarning)
        elif not self.api_key.startswith("mr_"):
            raise ValueError("ModelRed key %s lacks the mr_ prefix" % self.api_key)
        self.suites = list(suites)

    async def _run(self, model_id: str) -> dict:
        async with ModelRed(api_key=self.api_key) as client:
            return await client.run_assessment(
                model_id=model_id,
                test_suites=self.suites,
                wait_for_completion=True,
                timeout_minutes=30,
            )

    def scan(self, model_id: str) -> dict:
        try:
            return asyncio.run(self._run(model_id))
        except AuthenticationError as e:
            warnings.warn(f"ModelRed authentication failed: {type(e).__name__}")
            raise RuntimeError("ModelRed rejected the configured key") from e
        except ModelRedError as e:
            raise RuntimeError(f"ModelRed scan of {model_id} failed: {e}") from e

    def check(self) -> bool:
        async def _validate() -> bool:
            async with ModelRed(api_key=self.api_key) as client:
                return await client.validate_api_key()

        ok = asyncio.run(_validate())
        if not ok:
            warnings.warn(f"key validation returned {ok}", RuntimeWarning)
        return ok
