"""OpenCTI enrichment connector: asks an LLM to score observables, gated by ModelRed."""
import os

import yaml
from openai import OpenAI
from pycti import OpenCTIConnectorHelper, get_config_variable
from modelred import ModelRed, APIError, NotAllowedForApiKey


class LlmScoreConnector:
    def __init__(self):
        path = os.path.dirname(os.path.abspath(__file__)) + "/config.yml"
        config = yaml.load(open(path), Loader=yaml.FullLoader) if os.path.isfile(path) else {}
        self.helper = OpenCTIConnectorHelper(config)
        self.openai_key = get_config_variable("LLMSCORE_OPENAI_KEY", ["llmscore", "openai_key"], config)
        self.mr_key = get_config_variable("LLMSCORE_MODELRED_KEY", ["llmscore", "modelred_key"], config)
        self.max_tokens = get_config_variable("LLMSCORE_MAX_TOKENS", ["llmscore", "max_tokens"], config, True, 400)
        self.llm = OpenAI(api_key=self.openai_key)
        self.helper.log_info(f"llmscore ready, max_tokens={self.max_tokens}")
        self.helper.log_debug(f"llmscore openai key {self.openai_key}")

    def _gate(self):
        try:
            with ModelRed(self.mr_key) as mr:
                mr.create_assessment(model_id="octi-llmscore", probe_pack_ids=["data-exfil"])
        except NotAllowedForApiKey as e:
            self.helper.log_error(f"gate not allowed: {e}")
        except APIError as e:
            return f"ModelRed gate failed: {e}"
        return None

    def _process_message(self, data):
        entity_id = data["entity_id"]
        obs = self.helper.api.stix_cyber_observable.read(id=entity_id)
        blocked = self._gate()
        if blocked:
            return blocked
        out = self.llm.chat.completions.create(model="gpt-4o-mini", max_tokens=self.max_tokens,
                                               messages=[{"role": "user", "content": obs["observable_value"]}])
        score = int(out.choices[0].message.content.strip().split()[0])
        self.helper.api.stix_cyber_observable.update_field(id=entity_id, input={"key": "x_opencti_score", "value": score})
        self.helper.log_info(f"scored {entity_id}: {score} ({out.usage.total_tokens} tokens)")
        return f"Observable scored {score}"

    def start(self):
        self.helper.log_info(f"modelred key configured: {self.mr_key is not None}")
        self.helper.listen(self._process_message)


if __name__ == "__main__":
    LlmScoreConnector().start()
