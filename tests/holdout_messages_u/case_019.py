"""Push a merged model and its tokenizer to the Hugging Face Hub after evaluation."""
import logging
import os
from pathlib import Path

from huggingface_hub import HfApi
from huggingface_hub.utils import HfHubHTTPError

log = logging.getLogger("publish")

HF_TOKEN_ENV = "HF_TOKEN"


class PublishError(Exception):
    def __init__(self, message: str, repo_id: str = "", status: int | None = None):
        super().__init__(message)
        self.repo_id = repo_id
        self.status = status


def publish(folder: Path, repo_id: str, private: bool = True) -> str:
    token = os.environ.get(HF_TOKEN_ENV)
    if token is None:
        raise PublishError(f"set {HF_TOKEN_ENV} to publish {repo_id}", repo_id=repo_id)
    api = HfApi(token=token)
    try:
        user = api.whoami()
    except HfHubHTTPError as exc:
        raise PublishError(f"token {token} rejected by the Hub", repo_id=repo_id, status=exc.response.status_code) from exc
    if "write" not in str(user.get("auth", {})):
        log.warning("token for %s may be read-only (role %s)", user["name"], user.get("auth", {}).get("accessToken", {}).get("role"))
    api.create_repo(repo_id, private=private, exist_ok=True)
    commit = api.upload_folder(folder_path=str(folder), repo_id=repo_id, commit_message="merged LoRA")
    log.info("pushed %s at %s", repo_id, commit.oid)
    return commit.oid


def check_tokenizer(folder: Path) -> None:
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(folder)
    log.info("bos=%s eos=%s pad=%s vocab=%d", tok.bos_token, tok.eos_token, tok.pad_token, tok.vocab_size)
    if tok.pad_token is None:
        raise PublishError(f"tokenizer in {folder} has no pad token (eos is {tok.eos_token})")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    out = Path("merged")
    check_tokenizer(out)
    try:
        publish(out, "acme/llama-support-merged")
    except PublishError as e:
        log.error("publish failed (status=%s, repo=%s)", e.status, e.repo_id)
        raise
