"""A stop signal ends the run within its grace time, whoever handles the signal."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

#: A process that enters `stop_on_signals`, then lets another handler take SIGTERM and swallow
#: it, as Prefect's flow engine does when its TerminationSignal is raised inside a weakref
#: callback (the exception is ignored and the run would go on).
SWALLOWED = """
import os, signal, sys, time
from pressroom.errors import RunInterrupted
from pressroom.stopping import stop_on_signals

class Finalised:
    def __del__(self):
        raise RunInterrupted(signal.SIGTERM)

def swallow(*_):  # the stop exception raised where Python can only ignore it
    Finalised()

with stop_on_signals(grace_s=1.0):
    signal.signal(signal.SIGTERM, swallow)
    print("ready", flush=True)
    time.sleep(60)
print("the run went on", flush=True)
"""

RAISED = """
import time
from pressroom.errors import RunInterrupted
from pressroom.stopping import stop_on_signals
try:
    with stop_on_signals(grace_s=30.0):
        print("ready", flush=True)
        time.sleep(60)
except RunInterrupted as exc:
    print("interrupted by", exc.signal_name, flush=True)
"""

#: A library call that prints the stack trace of any exception raised inside it, as dbt does,
#: made under `signals_held`: the stop must land after it, as the run's own exception.
HELD = """
import time, traceback
from pressroom.errors import RunInterrupted
from pressroom.stopping import signals_held, stop_on_signals

def library_call():
    try:
        print("ready", flush=True)
        time.sleep(1)
        print("library call finished", flush=True)
    except BaseException:
        traceback.print_exc()
        raise

try:
    with stop_on_signals(grace_s=30.0):
        with signals_held():
            library_call()
        print("the run went on", flush=True)
except RunInterrupted as exc:
    print("interrupted by", exc.signal_name, flush=True)
"""


def _run_and_term(code: str) -> tuple[int, str, str, float]:
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    sent = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=30)
    return proc.returncode, out, err, time.monotonic() - sent


def test_a_swallowed_sigterm_still_ends_the_process_after_the_grace_time():
    code, out, err, seconds = _run_and_term(SWALLOWED)

    assert code == 128 + signal.SIGTERM
    assert "the run went on" not in out
    assert "stopped by SIGTERM; nothing was published" in err
    assert "Traceback" not in err  # the ignored stop exception is not printed
    assert seconds < 10


def test_a_sigterm_our_handler_takes_unwinds_the_run():
    returncode, out, _, seconds = _run_and_term(RAISED)

    assert returncode == 0
    assert "interrupted by SIGTERM" in out
    assert seconds < 10


def test_a_sigterm_held_during_a_library_call_stops_the_run_once_it_returns():
    returncode, out, err, seconds = _run_and_term(HELD)

    assert returncode == 0
    assert out.splitlines()[-2:] == ["library call finished", "interrupted by SIGTERM"]
    assert "Traceback" not in out + err  # the library never saw the stop
    assert seconds < 10
