"""``python -m nrw_digital_twin.batch solar …`` (the same as ``nrwtwin-batch``)."""

import sys

from .cli import main

sys.exit(main())
