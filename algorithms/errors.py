"""Exceptions whose message is meant for the user (shown in QGIS without a traceback)."""
from __future__ import annotations

import errno
import os
from typing import Optional

from .messages import Message, msg


class NrwTwinError(Exception):
    """Bad input or an unavailable resource: the message names the file/URL and what to do.

    Raise it with a :func:`~.messages.msg` message so the QGIS side can show it translated.
    """


class Canceled(NrwTwinError):
    """The user canceled the run; partial results were discarded."""

    def __init__(self, message: str = "") -> None:
        super().__init__(message or msg("Canceled by the user; nothing was written."))


class OutputWriteError(NrwTwinError):
    """Writing an output failed (disk full, no permission, …); the run wrote nothing."""


def os_error_message(error: OSError, path: Optional[str] = None, writing: bool = True) -> Message:
    """What went wrong with a file and what to do, from an OSError (ENOSPC, EACCES, EROFS, ENOENT, …)."""
    name = path or error.filename or ""
    name = os.fspath(name) if name else ""
    code = error.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return msg("Not enough space on the disk for {}. Free some space or choose another folder.", name)
    if code in (errno.EACCES, errno.EPERM):
        if writing:
            return msg("No permission to write {}. Choose a folder you may write to.", name)
        return msg("No permission to read {}. Check the file's permissions.", name)
    if code == errno.EROFS:
        return msg("{} is on a read-only file system. Choose another folder.", name)
    if code == errno.ENOENT:
        if writing:
            return msg("The folder of {} does not exist. Choose an existing folder.", name)
        return msg("{} does not exist.", name)
    if code == errno.EISDIR:
        return msg("{} is a folder, not a file.", name)
    reason = error.strerror or error.__class__.__name__
    if writing:
        return msg("Could not write {}: {}.", name, reason)
    return msg("Could not read {}: {}.", name, reason)


def write_error(error: OSError, path: Optional[str] = None) -> OutputWriteError:
    """An :class:`OutputWriteError` for a failed write of ``path``."""
    return OutputWriteError(os_error_message(error, path, writing=True))


def read_error(error: OSError, path: Optional[str] = None) -> NrwTwinError:
    """A :class:`NrwTwinError` for a failed read of ``path``."""
    return NrwTwinError(os_error_message(error, path, writing=False))
