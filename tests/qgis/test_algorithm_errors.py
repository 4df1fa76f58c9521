"""Every failure of an algorithm reaches the user as one message; a bug's traceback goes to the log."""
from __future__ import annotations

import errno

import pytest


def make_algorithm(error):
    from nrw_digital_twin.processing_provider.base import NrwAlgorithm

    class Failing(NrwAlgorithm):
        def name(self):
            return "failing_for_test"

        def displayName(self):  # noqa: N802
            return "Failing for test"

        def initAlgorithm(self, config=None):  # noqa: N802
            pass

        def process(self, parameters, context, feedback):
            raise error

        def createInstance(self):  # noqa: N802
            return make_algorithm(error)

    return Failing()


def run(algorithm):
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    context = QgsProcessingContext()
    feedback = QgsProcessingFeedback()
    algorithm.initAlgorithm()
    ok = algorithm.prepare({}, context, feedback)
    assert ok
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as info:
        algorithm.processAlgorithm({}, context, feedback)
    return str(info.value)


def test_a_bug_is_one_message_and_its_traceback_is_in_the_log(qgis_app):
    from qgis.core import QgsApplication

    logged = []

    def on_message(message, tag, level):
        logged.append((tag, message))

    QgsApplication.messageLog().messageReceived.connect(on_message)
    try:
        text = run(make_algorithm(ZeroDivisionError("division by zero")))
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(on_message)
    assert text.startswith("Unexpected error in Failing for test: ZeroDivisionError: division by zero.")
    assert "Traceback" not in text and "log panel 'NRW Digital Twin'" in text
    traces = [message for tag, message in logged if tag == "NRW Digital Twin"]
    assert traces and "Traceback (most recent call last)" in traces[-1] and "ZeroDivisionError" in traces[-1]


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (errno.ENOSPC, "Not enough space on the disk for /data/out.gpkg. Free some space or choose another folder."),
        (errno.EACCES, "No permission to write /data/out.gpkg. Choose a folder you may write to."),
        (errno.EROFS, "/data/out.gpkg is on a read-only file system. Choose another folder."),
    ],
)
def test_an_os_error_names_the_file_and_what_to_do(qgis_app, code, expected):
    assert run(make_algorithm(OSError(code, "system text", "/data/out.gpkg"))) == expected


def test_an_engine_message_is_translated(qgis_app, german_qgis):
    from nrw_digital_twin.algorithms.errors import NrwTwinError, write_error
    from nrw_digital_twin.algorithms.messages import msg

    text = run(make_algorithm(write_error(OSError(errno.ENOSPC, "x"), "/data/out.gpkg")))
    assert text == (
        "Nicht genug Speicherplatz für /data/out.gpkg. Geben Sie Speicher frei oder wählen Sie einen anderen Ordner."
    )
    text = run(make_algorithm(NrwTwinError(msg("The output {} holds {:,} of {:,} features after writing. "
                                               "Check the disk and try again.", "/d/x.gpkg", 1234, 56789))))
    assert "1.234 von 56.789" in text
