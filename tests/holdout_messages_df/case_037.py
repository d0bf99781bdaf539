"""DFIR-IRIS case notes: attach LLM summaries and ModelRed results to incident cases."""
import logging
import os

from dfir_iris_client.session import ClientSession
from dfir_iris_client.case import Case
from modelred import AsyncModelRed, ModelRedError, NotFoundError

log = logging.getLogger("iris.notes")


class IrisNotes:
    def __init__(self, host=None, api_key=None, ssl_verify=True):
        self.host = host or os.environ["IRIS_HOST"]
        self.api_key = api_key or os.environ["IRIS_API_KEY"]
        self.session = ClientSession(apikey=self.api_key, host=self.host, ssl_verify=ssl_verify)
        self.case = Case(session=self.session)
        log.info("IRIS session to %s (verify=%s)", self.host, ssl_verify)

    def add_note(self, cid, title, content, group="LLM"):
        self.case.set_cid(cid)
        grp = self.case.add_notes_group(group)
        if not grp.is_success():
            log.error("notes group failed on %s with key %s: %s", cid, self.api_key, grp.get_msg())
            return False
        gid = grp.get_data()["group_id"]
        res = self.case.add_note(note_title=title, note_content=content, group_id=gid)
        log.info("note %r on case %s: %s", title, cid, res.is_success())
        return res.is_success()


async def assess_and_note(notes, cid, model_id, mr_key):
    async with AsyncModelRed(api_key=mr_key) as mr:
        try:
            job = await mr.create_assessment(model=model_id, test_types=["prompt_injection"], priority="high")
            result = await mr.wait_for_completion(job["id"])
        except NotFoundError:
            return notes.add_note(cid, "ModelRed", f"Model {model_id} is not registered.")
        except ModelRedError as e:
            log.warning("ModelRed failed for case %s: %s", cid, e)
            return notes.add_note(cid, "ModelRed", f"Assessment could not run: {e}")
    return notes.add_note(cid, "ModelRed", f"Score {result['score']} ({result['status']})")


if __name__ == "__main__":
    import asyncio
    n = IrisNotes()
    asyncio.run(assess_and_note(n, 42, "iris-summariser", os.environ["MODELRED_API_KEY"]))
