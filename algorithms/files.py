"""Writing files so that a failed or canceled run never leaves a half file under the final name."""
from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Iterator, Union

PathLike = Union[str, "os.PathLike[str]"]


def temporary_sibling(path: PathLike) -> Path:
    """A name next to ``path`` (same folder, so the final rename is atomic) that readers ignore."""
    target = Path(path)
    return target.with_name(f".{target.name}.{os.getpid()}.tmp")


@contextlib.contextmanager
def atomic_path(path: PathLike) -> Iterator[Path]:
    """Yield a temporary path to write to; rename it to ``path`` only when the block succeeds."""
    target = Path(path)
    tmp = temporary_sibling(target)
    try:
        yield tmp
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()
