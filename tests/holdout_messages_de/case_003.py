"""DNAnexus applet entry point: annotate a VCF with an LLM-written variant digest."""
import json
import logging
import os

import dxpy
import anthropic

logger = logging.getLogger("dx.annotate")
logger.setLevel(logging.INFO)

SECRET_PROPERTY = "anthropic_api_key"


def _security_context() -> dict:
    return json.loads(os.environ["DX_SECURITY_CONTEXT"])


def _anthropic_key(project: str) -> str:
    record = dxpy.DXRecord(os.environ["SECRETS_RECORD_ID"], project=project)
    details = record.get_details()
    key = details.get(SECRET_PROPERTY, "")
    if not key:
        raise dxpy.AppError(f"record has no {SECRET_PROPERTY}; got {key!r}")
    return key


@dxpy.entry_point("main")
def main(vcf, sample_id, model="claude-3-5-sonnet-latest"):
    ctx = _security_context()
    logger.info("job %s auth type %s", os.environ.get("DX_JOB_ID"), ctx.get("auth_token_type"))
    logger.debug("security context: %s", ctx)
    token = ctx["auth_token"]
    logger.info("token length %d", len(token))

    key = _anthropic_key(dxpy.PROJECT_CONTEXT_ID)
    vcf_path = dxpy.download_dxfile(vcf["$dnanexus_link"], "input.vcf.gz")
    client = anthropic.Anthropic(api_key=key)
    try:
        msg = client.messages.create(
            model=model,
            max_tokens=1024,
            messages=[{"role": "user", "content": f"Summarise notable variants in sample {sample_id}."}],
        )
    except anthropic.AuthenticationError:
        logger.error("Anthropic rejected key %s for sample %s", key, sample_id)
        raise dxpy.AppError("annotation provider authentication failed")

    logger.info("input tokens %s output tokens %s", msg.usage.input_tokens, msg.usage.output_tokens)
    out = dxpy.upload_string(msg.content[0].text, name=f"{sample_id}.digest.md")
    return {"digest": dxpy.dxlink(out), "vcf_used": vcf_path}
