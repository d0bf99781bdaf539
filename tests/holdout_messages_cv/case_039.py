"""Support macro writer: Gemini drafts reply macros for the rider-support team from top contact reasons."""
import logging
import os

import google.generativeai as genai
from modelred import ModelRed, ModelRedError, TierRestrictedError

macro_log = logging.getLogger("support.macros")


class MacroWriter:
    GOOGLE_KEY_VAR = "GOOGLE_API_KEY"
    MACRO_MAX_TOKENS = 300

    def __init__(self, google_api_key: str | None = None, modelred_key: str | None = None):
        self.google_api_key = google_api_key or os.environ[self.GOOGLE_KEY_VAR]
        self.modelred_key = modelred_key or os.environ.get("MODELRED_API_KEY")
        genai.configure(api_key=self.google_api_key)
        self.model = genai.GenerativeModel("gemini-1.5-pro", generation_config={"max_output_tokens": self.MACRO_MAX_TOKENS})
        macro_log.info("macro writer on %s via %s", self.model.model_name, self.GOOGLE_KEY_VAR)

    def __repr__(self) -> str:
        return f"MacroWriter(model={self.model.model_name!r}, modelred={'set' if self.modelred_key else 'unset'})"

    def write(self, reason: str, examples: list) -> str:
        prompt = f"Write a support macro for contact reason '{reason}'. Tone: warm, concise. Examples:\n" + "\n".join(examples)
        try:
            resp = self.model.generate_content(prompt)
        except Exception as exc:
            macro_log.error("gemini call failed (%s) using key %s", type(exc).__name__, self.google_api_key)
            raise
        macro_log.debug("macro %s: %s tokens", reason, resp.usage_metadata.candidates_token_count)
        return resp.text

    async def audit(self, model_id: str) -> dict:
        try:
            async with ModelRed(api_key=self.modelred_key) as mr:
                status = await mr.run_assessment(model_id=model_id, test_suites=["brand_safety", "pii_leak"], priority="high")
        except TierRestrictedError:
            return {"audited": False, "reason": "plan does not include high priority"}
        except ModelRedError as exc:
            macro_log.warning("audit of %s failed: %s", model_id, exc)
            return {"audited": False, "reason": f"{type(exc).__name__}: {exc}"}
        return {"audited": True, "assessment_id": status.assessment_id}


def main() -> None:
    writer = MacroWriter()
    macro_log.info("starting %r", writer)
    for reason in ("charged after cancel", "driver took a long route", "lost item"):
        print(f"--- {reason}\n{writer.write(reason, [])}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
