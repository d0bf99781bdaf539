"""Language server for prompt files: stdout is the LSP channel, logs go to stderr."""
import logging
import sys

from lsprotocol import types as lsp
from pygls.server import LanguageServer
from modelred import ModelRed, ModelRedError

logging.basicConfig(stream=sys.stderr, level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("prompt-ls")

server = LanguageServer("prompt-ls", "v0.3.1")
STATE = {"key": None, "model_id": None}


@server.feature(lsp.INITIALIZE)
def on_initialize(ls: LanguageServer, params: lsp.InitializeParams):
    opts = params.initialization_options or {}
    STATE["key"] = opts.get("modelredApiKey")
    STATE["model_id"] = opts.get("modelId", "default")
    log.info("client %s initialised, options: %s", params.client_info, opts)
    log.info("model %s, key configured: %s", STATE["model_id"], STATE["key"] is not None)


def trace(token: str, what: str) -> None:
    sys.stderr.write(f"[prompt-ls] {what} with token {token}\n")


@server.command("promptLs.scanFile")
def scan_file(ls: LanguageServer, args):
    uri = args[0]
    key = STATE["key"]
    if not key:
        ls.show_message("Set promptLs.modelredApiKey in settings", lsp.MessageType.Warning)
        return None
    trace(key, "scan")
    try:
        client = ModelRed(api_key=key)
        job = client.create_assessment(model=STATE["model_id"], test_types=["prompt_injection"])
    except ModelRedError as e:
        log.error("scan of %s failed: %s", uri, e)
        ls.show_message(f"ModelRed scan failed: {e}", lsp.MessageType.Error)
        return None
    ls.show_message_log(f"scan {job['id']} queued for {uri}")
    return job["id"]


@server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls: LanguageServer, params: lsp.DidSaveTextDocumentParams):
    log.info("saved %s", params.text_document.uri)


if __name__ == "__main__":
    server.start_io()
