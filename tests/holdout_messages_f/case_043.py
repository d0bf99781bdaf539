"""Hugging Face Inference helper: login and model card checks."""
import logging
import os

from huggingface_hub import HfApi, login, whoami
from huggingface_hub.utils import HfHubHTTPError

logger = logging.getLogger("acme.hf")


def hf_login(token: str | None = None) -> str:
    token = token or os.environ.get("HF_TOKEN") or os.environ.get("HUGGINGFACE_API_TOKEN")
    if not token:
        raise RuntimeError("HF_TOKEN is not set; create a token at https://huggingface.co/settings/tokens")
    login(token=token, add_to_git_credential=False)
    user = whoami(token=token)
    logger.info("logged in to the Hub as %s (orgs: %s)", user["name"], [o["name"] for o in user.get("orgs", [])])
    logger.info("token role: %s", user.get("auth", {}).get("accessToken", {}).get("role"))
    print(f"Logged in with token {token}")
    return user["name"]


def check_access(repo_id: str, token: str) -> bool:
    api = HfApi(token=token)
    try:
        info = api.model_info(repo_id)
    except HfHubHTTPError as err:
        logger.warning("no access to %s: %s", repo_id, err)
        if err.response is not None and err.response.status_code == 401:
            raise PermissionError(f"token {token} cannot read {repo_id}") from err
        return False
    logger.info("%s gated=%s downloads=%s", repo_id, info.gated, info.downloads)
    return True


def tokenizer_info(repo_id: str) -> None:
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(repo_id)
    logger.info("%s: vocab=%d bos_token=%s eos_token=%s pad_token=%s", repo_id, tok.vocab_size, tok.bos_token, tok.eos_token, tok.pad_token)
