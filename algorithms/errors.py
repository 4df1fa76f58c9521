"""Exceptions whose message is meant for the user (shown in QGIS without a traceback)."""


class NrwTwinError(Exception):
    """Bad input or an unavailable resource: the message names the file/URL and what to do."""


class Canceled(NrwTwinError):
    """The user canceled the run; partial results were discarded."""

    def __init__(self, message: str = "Canceled by the user.") -> None:
        super().__init__(message)
