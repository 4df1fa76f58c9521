"""Bearer-token login for the test server (``NRWTWIN_STA_TOKEN``)."""
import os

from ninja.security import HttpBearer


class TokenAuth(HttpBearer):
    def authenticate(self, request, token):
        return token if token == os.environ.get("NRWTWIN_STA_TOKEN") else None


#: The handler instance the settings name (the library calls what the dotted path gives).
token_auth = TokenAuth()
