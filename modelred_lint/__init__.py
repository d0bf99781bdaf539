"""modelred-lint: find leaked keys and insecure use of the ModelRed SDK."""

__version__ = "0.1.0"
