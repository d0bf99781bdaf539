"""Thin kubectl wrapper used by the LLM platform's release scripts (token auth, no kubeconfig)."""
import json
import logging
import shlex
import subprocess


class Kubectl:
    def __init__(self, server, token, namespace="default", ca_file=None):
        self.server = server
        self.token = token
        self.namespace = namespace
        self.ca_file = ca_file
        self.log = logging.getLogger("kubectl")

    def _argv(self, args):
        argv = ["kubectl", f"--server={self.server}", f"--token={self.token}", "-n", self.namespace]
        argv.append(f"--certificate-authority={self.ca_file}" if self.ca_file else "--insecure-skip-tls-verify")
        return argv + list(args)

    def run(self, *args, parse_json=False):
        argv = self._argv(args)
        self.log.debug("exec: %s", shlex.join(argv))
        self.log.info("kubectl %s (server %s, ns %s)", " ".join(args), self.server, self.namespace)
        proc = subprocess.run(argv, capture_output=True, text=True)
        if proc.returncode != 0:
            self.log.error("kubectl exited %d: %s", proc.returncode, proc.stderr.strip())
            raise RuntimeError(f"kubectl failed: {' '.join(argv)}")
        return json.loads(proc.stdout) if parse_json else proc.stdout

    def rollout(self, deployment):
        return self.run("rollout", "restart", f"deployment/{deployment}")

    def image_of(self, deployment):
        d = self.run("get", f"deployment/{deployment}", "-o", "json", parse_json=True)
        image = d["spec"]["template"]["spec"]["containers"][0]["image"]
        self.log.info("%s runs %s", deployment, image)
        return image

    def __repr__(self):
        return f"Kubectl(server={self.server!r}, namespace={self.namespace!r})"


if __name__ == "__main__":
    import os

    logging.basicConfig(level=logging.DEBUG)
    k = Kubectl(os.environ["K8S_SERVER"], os.environ["K8S_DEPLOY_TOKEN"], namespace="llm")
    print(k)
    print(k.image_of("vllm-server"))
    k.rollout("vllm-server")
