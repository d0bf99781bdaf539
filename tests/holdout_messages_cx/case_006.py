"""Queue variational circuits on IBM Quantum for the group's VQE study, and keep a plain
text run log. The token is read from ~/.qiskit/qiskit-ibm.json or the environment."""
import json
import logging
import os
from pathlib import Path

from qiskit import QuantumCircuit, transpile
from qiskit_ibm_runtime import QiskitRuntimeService, SamplerV2

log = logging.getLogger("vqe.runner")

ACCOUNT_FILE = Path.home() / ".qiskit" / "qiskit-ibm.json"
TOKEN_ENV = "QISKIT_IBM_TOKEN"


class QuantumJobRunner:
    def __init__(self, instance="ibm-q/open/main", backend=None):
        self.instance = instance
        self.backend_name = backend
        self._token = self._load_token()
        self.service = None

    def _load_token(self):
        if os.environ.get(TOKEN_ENV):
            log.info("using token from $%s", TOKEN_ENV)
            return os.environ[TOKEN_ENV]
        data = json.loads(ACCOUNT_FILE.read_text())
        account = data.get("default-ibm-quantum", {})
        log.info("account file channel=%s url=%s", account.get("channel"), account.get("url"))
        return account["token"]

    def connect(self):
        try:
            self.service = QiskitRuntimeService(channel="ibm_quantum", token=self._token, instance=self.instance)
        except Exception as exc:
            raise ConnectionError("IBM Quantum login failed for token " + self._token) from exc
        log.info("connected, instance=%s", self.instance)
        return self.service

    def save(self):
        QiskitRuntimeService.save_account(channel="ibm_quantum", token=self._token, overwrite=True)
        log.info("saved account token %s to %s", self._token, ACCOUNT_FILE)

    def run(self, n_qubits=4, shots=4000):
        backend = self.service.least_busy(operational=True, simulator=False, min_num_qubits=n_qubits)
        qc = QuantumCircuit(n_qubits)
        qc.h(0)
        for q in range(1, n_qubits):
            qc.cx(0, q)
        qc.measure_all()
        isa = transpile(qc, backend=backend, optimization_level=2)
        job = SamplerV2(mode=backend).run([isa], shots=shots)
        log.info("job %s on %s (%d shots)", job.job_id(), backend.name, shots)
        return job


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    runner = QuantumJobRunner()
    runner.connect()
    runner.run()
