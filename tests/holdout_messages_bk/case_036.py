"""Luigi pipeline: weekly LLM-generated digest of KPIs, loaded to BigQuery (ModelRed gen 2 gate)."""
import json
import logging
import os

import luigi
from modelred import AsyncModelRedClient, ModelRedClient, ModelRedError, ValidationError

logger = logging.getLogger("luigi-interface")


class GateModel(luigi.Task):
    model = luigi.Parameter(default="kpi-digest-writer")
    modelred_api_key = luigi.Parameter(significant=False, visibility=luigi.parameter.ParameterVisibility.PRIVATE)

    def output(self):
        return luigi.LocalTarget(f"/tmp/gate_{self.model}.json")

    def run(self):
        client = ModelRedClient(api_key=self.modelred_api_key)
        try:
            m = client.get_model(self.model)
        except ValidationError as e:
            logger.error("invalid model identifier %s: %s", self.model, e)
            raise
        except ModelRedError as e:
            raise RuntimeError(f"cannot gate {self.model}: {e}") from e
        logger.info("gate for %s: last risk %s", self.model, m.get("lastRiskLevel"))
        with self.output().open("w") as fh:
            json.dump(m, fh)


class WriteDigest(luigi.Task):
    week = luigi.DateParameter()
    openai_api_key = luigi.Parameter(significant=False)

    def requires(self):
        return GateModel(modelred_api_key=os.environ["MODELRED_API_KEY"])

    def output(self):
        return luigi.LocalTarget(f"/data/digests/{self.week}.md")

    def run(self):
        from openai import OpenAI
        logger.info("writing digest for %s with key %s", self.week, self.openai_api_key)
        client = OpenAI(api_key=self.openai_api_key)
        kpis = json.load(open(f"/data/kpis/{self.week}.json"))
        r = client.chat.completions.create(model="gpt-4o-mini", max_tokens=700,
                                           messages=[{"role": "user", "content": json.dumps(kpis)}])
        logger.info("digest used %d tokens", r.usage.total_tokens)
        with self.output().open("w") as fh:
            fh.write(r.choices[0].message.content)


if __name__ == "__main__":
    luigi.run(["WriteDigest", "--week", "2024-06-03", "--local-scheduler"])
