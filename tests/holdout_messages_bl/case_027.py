"""Errbot plugin: !llm commands for the SRE room, with the provider config in the plugin's config."""
from errbot import BotPlugin, botcmd, arg_botcmd
from openai import OpenAI, APIError


class LlmOps(BotPlugin):
    """LLM helper commands for on-call."""

    def get_configuration_template(self):
        return {"OPENAI_API_KEY": "sk-...", "MODEL": "gpt-4o-mini", "MAX_TOKENS": 300}

    def activate(self):
        super().activate()
        cfg = self.config or {}
        self.openai_key = cfg.get("OPENAI_API_KEY")
        self.model = cfg.get("MODEL", "gpt-4o-mini")
        self.max_tokens = cfg.get("MAX_TOKENS", 300)
        self.log.info("LlmOps activated with model %s, max_tokens %s", self.model, self.max_tokens)
        self.log.debug("LlmOps config %s", self.config)
        self.client = OpenAI(api_key=self.openai_key)

    @botcmd
    def llm_whoami(self, msg, args):
        return f"model {self.model}, key configured: {self.openai_key is not None}"

    @arg_botcmd("question", type=str, nargs="+")
    def llm_ask(self, msg, question):
        q = " ".join(question)
        try:
            resp = self.client.chat.completions.create(model=self.model, max_tokens=self.max_tokens, messages=[{"role": "user", "content": q}])
        except APIError as e:
            self.log.warning("openai error %s", e.code)
            return "the LLM is unavailable"
        self.log.info("ask by %s used %s tokens", msg.frm, resp.usage.total_tokens)
        return resp.choices[0].message.content

    @botcmd(admin_only=True)
    def llm_setkey(self, msg, args):
        new_key = args.strip()
        if not new_key.startswith("sk-"):
            return "refusing: that is not an OpenAI key"
        self.log.info("key changed by %s to %s", msg.frm, new_key)
        self.config["OPENAI_API_KEY"] = new_key
        self.openai_key = new_key
        self.client = OpenAI(api_key=new_key)
        return "key updated"
