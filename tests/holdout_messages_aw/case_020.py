"""Tyler Odyssey eFileAndServe (EFM) client over SOAP for court e-filing."""
import logging
from datetime import datetime

from zeep import Client
from zeep.exceptions import Fault
from zeep.wsse.username import UsernameToken

efm_log = logging.getLogger("efiling.efm")

EFM_WSDL = "https://{court}.tylerhost.net/EFM/EFMUserService.svc?wsdl"


class EfmSession:
    def __init__(self, court: str, email: str, password: str, vendor_cert_thumb: str):
        self.court = court
        self.email = email
        self.password = password
        self.thumb = vendor_cert_thumb
        self.user_token: str | None = None
        self.client = Client(EFM_WSDL.format(court=court), wsse=UsernameToken(email, password))

    def authenticate(self) -> str:
        try:
            resp = self.client.service.AuthenticateUser(Email=self.email, Password=self.password)
        except Fault as fault:
            efm_log.error("EFM auth fault for %s at %s: %s", self.email, self.court, fault.message)
            raise ConnectionError(f"EFM login failed for {self.email}:{self.password}") from fault
        if resp.Error and resp.Error.ErrorCode != "0":
            raise ConnectionError(f"EFM error {resp.Error.ErrorCode}: {resp.Error.ErrorText}")
        self.user_token = resp.PasswordHash
        efm_log.info("EFM user %s authenticated (user id %s)", self.email, resp.UserID)
        return self.user_token

    def file_envelope(self, case_number: str, lead_doc: bytes, filing_code: str) -> str:
        if not self.user_token:
            self.authenticate()
        efm_log.info("filing %s code=%s size=%d at %s", case_number, filing_code, len(lead_doc), datetime.utcnow())
        resp = self.client.service.ReviewFiling(CaseNumber=case_number, FilingCode=filing_code,
                                                LeadDocument=lead_doc, UserToken=self.user_token)
        efm_log.debug("ReviewFiling used token %s", self.user_token)
        return resp.FilingID

    def describe(self) -> dict:
        return {"court": self.court, "email": self.email, "thumbprint": self.thumb,
                "authenticated": self.user_token is not None}


if __name__ == "__main__":
    import os
    s = EfmSession(os.environ.get("EFM_COURT", "illinois-stage"), os.environ["EFM_EMAIL"],
                   os.environ["EFM_PASSWORD"], os.environ.get("EFM_CERT_THUMB", ""))
    efm_log.info("session %s", s.describe())
    s.authenticate()
