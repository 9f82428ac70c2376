"""The ``bootcamp-server`` command where only the app is installed: a plain sentence saying what to run,
not a traceback (the README's ``./run-app`` installs the app alone)."""

from __future__ import annotations

import pytest

from bootcamp_server import launch


def test_missing_server_dependencies_are_named_with_what_to_run(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setitem(launch.SERVER_MODULES, "bootcamp_no_such_module", "no-such-package")
    assert launch.main(["--help"]) == 2
    err = capsys.readouterr().err
    assert "no-such-package" in err and "./run-server" in err and "Traceback" not in err


def test_with_its_dependencies_the_command_runs(capsys) -> None:  # type: ignore[no-untyped-def]
    assert launch.missing_modules() == []
    with pytest.raises(SystemExit) as stop:
        launch.main(["--help"])
    assert stop.value.code == 0 and "seed-demo" in capsys.readouterr().out
