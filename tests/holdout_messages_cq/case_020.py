"""Generation-1 ModelRed audit of the volunteer FAQ bot, with progress output."""
import asyncio
import logging
import os

from modelred import ModelRed, ModelRedError, AuthenticationError, AssessmentError, SubscriptionLimitError

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("faq-audit")


def on_progress(status):
    log.info("assessment %s: %s%%", status.get("assessment_id"), status.get("progress"))


async def register_faq_bot(client, hf_token: str):
    await client.register_huggingface_model(
        model_id="volunteer-faq",
        model_name="riverbend/volunteer-faq-7b",
        api_key=hf_token,
    )
    log.info("registered volunteer-faq with HF token %s", hf_token)


async def run_audit(hf_token: str) -> dict:
    async with ModelRed() as client:
        try:
            ok = await client.validate_api_key()
            log.info("ModelRed key valid: %s", ok)
            await register_faq_bot(client, hf_token)
            return await client.run_assessment(
                model_id="volunteer-faq",
                test_suites=["basic_security", "content_safety"],
                wait_for_completion=True,
                timeout_minutes=30,
                progress_callback=on_progress,
            )
        except AuthenticationError:
            log.error("ModelRed key rejected; check MODELRED_API_KEY")
            return {"status": "auth_error"}
        except SubscriptionLimitError as e:
            return {"status": "limit", "detail": e.message}
        except AssessmentError as e:
            log.error("assessment failed: %s", e)
            return {"status": "failed"}
        except ModelRedError as e:
            return {"status": "error", "kind": type(e).__name__}


if __name__ == "__main__":
    token = os.environ.get("HF_TOKEN", "")
    result = asyncio.run(run_audit(token))
    print("audit result:", result)
