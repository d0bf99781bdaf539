import logging
import os

from modelred import ModelRed, AuthenticationError, QuotaExceededError, ModelRedError

log = logging.getLogger(__name__)


class UnderwritingModelAudit:
    """Quarterly red-team audit of the small-commercial underwriting assistant."""

    SUITES = ["basic_security", "bias_fairness", "data_leakage"]

    def __init__(self, api_key: str | None = None, hf_token: str | None = None):
        self.api_key = api_key or os.getenv("MODELRED_API_KEY")
        self.hf_token = hf_token or os.getenv("HF_TOKEN")
        self.hf_repo = os.getenv("UW_HF_REPO", "acme-ins/uw-assistant-8b")
        self.results: dict[str, str] = {}

    async def register(self, client: ModelRed) -> None:
        log.info("registering HF model %s", self.hf_repo)
        await client.register_huggingface_model(model_id="uw-assistant", model_name=self.hf_repo, api_key=self.hf_token)

    async def run(self) -> dict:
        try:
            async with ModelRed(api_key=self.api_key) as client:
                if not await client.validate_api_key():
                    log.error("ModelRed key invalid: %s", self.api_key)
                    return {}
                await self.register(client)
                res = await client.run_assessment(model_id="uw-assistant", test_suites=self.SUITES, wait_for_completion=True)
                self.results["uw-assistant"] = res.get("status", "unknown")
        except AuthenticationError:
            raise RuntimeError(f"ModelRed auth failed for key {self.api_key[:4]}****")
        except QuotaExceededError as e:
            log.warning("quota exceeded: %s", e)
        except ModelRedError as e:
            raise RuntimeError(f"audit failed: {e}") from e
        return self.results

    def describe(self) -> str:
        return f"UnderwritingModelAudit(repo={self.hf_repo}, hf_token_set={self.hf_token is not None})"

    def debug(self) -> None:
        log.debug("hf token set=%s repo=%s", self.hf_token is not None, self.hf_repo)
        log.debug("suites=%s results=%s", self.SUITES, self.results)


if __name__ == "__main__":
    import asyncio
    audit = UnderwritingModelAudit()
    log.info(audit.describe())
    print(asyncio.run(audit.run()))
