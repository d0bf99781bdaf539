"""Publish the lab's annotated paper-summary dataset to the Hugging Face Hub."""
import os
import warnings
from pathlib import Path

from datasets import load_dataset
from huggingface_hub import HfApi, HfFolder
from huggingface_hub.utils import HfHubHTTPError

REPO_ID = os.environ.get("HF_DATASET_REPO", "nlp-lab-uni/sci-summaries")
TOKEN_ENV_NAMES = ("HF_TOKEN", "HUGGINGFACE_API_TOKEN")


def find_token() -> str | None:
    for name in TOKEN_ENV_NAMES:
        if os.environ.get(name):
            return os.environ[name]
    return HfFolder.get_token()


def publish(data_dir: Path, private: bool = True) -> None:
    token = find_token()
    if token is None:
        warnings.warn(f"no Hugging Face token in {', '.join(TOKEN_ENV_NAMES)} or the cache")
        return
    if not token.startswith("hf_"):
        warnings.warn(f"token {token} does not start with hf_; the upload will probably fail")
    api = HfApi(token=token)
    try:
        me = api.whoami()
    except HfHubHTTPError as err:
        raise PermissionError(f"whoami failed for {REPO_ID}: {err.response.status_code}") from err
    print(f"uploading as {me['name']} (orgs: {[o['name'] for o in me.get('orgs', [])]})")
    api.create_repo(REPO_ID, repo_type="dataset", private=private, exist_ok=True)
    ds = load_dataset("json", data_files={"train": str(data_dir / "train.jsonl"),
                                          "test": str(data_dir / "test.jsonl")})
    ds.push_to_hub(REPO_ID, token=token, private=private)
    api.upload_file(path_or_fileobj=str(data_dir / "README.md"), path_in_repo="README.md",
                    repo_id=REPO_ID, repo_type="dataset")
    print(f"pushed {sum(len(s) for s in ds.values())} rows to {REPO_ID}")


def check_card(data_dir: Path) -> None:
    card = (data_dir / "README.md").read_text(encoding="utf-8")
    if "license:" not in card:
        warnings.warn("dataset card has no license field")
    if "hf_" in card:
        warnings.warn("dataset card mentions an hf_ string; check for pasted tokens")


if __name__ == "__main__":
    d = Path(os.environ.get("DATA_DIR", "release"))
    check_card(d)
    publish(d, private=os.environ.get("PUBLIC") != "1")
