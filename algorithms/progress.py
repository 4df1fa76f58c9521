"""Progress and cancellation as a small callback object, so the engine knows nothing of QGIS.

The Processing wrappers pass an adapter around ``QgsProcessingFeedback``; tests and batch runs
use :class:`NullProgress` or :class:`RecordingProgress`.
"""
from __future__ import annotations

from typing import List, Protocol

from .errors import Canceled


class Progress(Protocol):
    def set_progress(self, percent: float) -> None: ...

    def is_canceled(self) -> bool: ...

    def info(self, message: str) -> None: ...

    def warning(self, message: str) -> None: ...


class NullProgress:
    """Ignores everything and is never canceled."""

    def set_progress(self, percent: float) -> None:
        pass

    def is_canceled(self) -> bool:
        return False

    def info(self, message: str) -> None:
        pass

    def warning(self, message: str) -> None:
        pass


class RecordingProgress(NullProgress):
    """Keeps what it was told (for tests and batch logs); cancel by setting ``canceled``."""

    def __init__(self) -> None:
        self.percents: List[float] = []
        self.messages: List[str] = []
        self.warnings: List[str] = []
        self.canceled = False

    def set_progress(self, percent: float) -> None:
        self.percents.append(percent)

    def is_canceled(self) -> bool:
        return self.canceled

    def info(self, message: str) -> None:
        self.messages.append(message)

    def warning(self, message: str) -> None:
        self.warnings.append(message)


def check_canceled(progress: Progress) -> None:
    """Raise :class:`Canceled` when the user asked to stop."""
    if progress.is_canceled():
        raise Canceled()


class SubProgress:
    """Maps 0–100 % of a sub-task onto the range [start, end] of the parent's progress."""

    def __init__(self, parent: Progress, start: float, end: float) -> None:
        self.parent, self.start, self.end = parent, start, end

    def set_progress(self, percent: float) -> None:
        self.parent.set_progress(self.start + (self.end - self.start) * percent / 100.0)

    def is_canceled(self) -> bool:
        return self.parent.is_canceled()

    def info(self, message: str) -> None:
        self.parent.info(message)

    def warning(self, message: str) -> None:
        self.parent.warning(message)
