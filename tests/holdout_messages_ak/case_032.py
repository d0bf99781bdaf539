"""Generation-1 model registration for the smart-camera fleet's Hugging Face endpoint."""
import asyncio
import logging
import os

from modelred import ModelRed, ModelRedError, ConflictError, ValidationError

log = logging.getLogger("cam.register")


class CameraModelRegistrar:
    def __init__(self, hf_token: str, mr_api_key: str | None = None) -> None:
        self.hf_token = hf_token
        self.mr_api_key = mr_api_key
        self.model_name = os.environ.get("HF_MODEL", "camfleet/llava-summariser")

    async def register(self, model_id: str) -> dict:
        log.info("registering %s from %s", model_id, self.model_name)
        async with ModelRed(api_key=self.mr_api_key) as client:
            try:
                return await client.register_huggingface_model(
                    model_id=model_id,
                    model_name=self.model_name,
                    api_key=self.hf_token,
                )
            except ConflictError:
                log.info("%s already registered", model_id)
                return await client.get_model(model_id)
            except ValidationError as exc:
                raise ValueError(f"HF registration rejected for {model_id}: {exc}") from exc
            except ModelRedError:
                log.exception("register_huggingface_model failed for %s", model_id)
                raise

    def check_token(self) -> None:
        if not self.hf_token.startswith("hf_"):
            raise ValueError(f"HF token {self.hf_token} does not start with hf_")


async def main() -> None:
    logging.basicConfig(level=logging.INFO)
    hf = os.environ.get("HF_TOKEN") or os.environ.get("HUGGINGFACE_API_TOKEN", "")
    reg = CameraModelRegistrar(hf)
    reg.check_token()
    log.info("HF token source: %s", "HF_TOKEN" if os.environ.get("HF_TOKEN") else "HUGGINGFACE_API_TOKEN")
    out = await reg.register("camfleet-llava")
    print(out.get("model_id"), out.get("status"))


if __name__ == "__main__":
    asyncio.run(main())
