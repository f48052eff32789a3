"""Background work on huey: `huey_consumer community.tasks.huey` runs the worker.

queue.py builds the queue (SQLite file or Redis), definitions.py holds the tasks, runtime.py
gives them an app context and records their failures, schedule.py says when digests are due.
"""

from community.tasks.definitions import (
    deliver_mail,
    reindex_search,
    sweep_deleted_account,
    train_pitch_model,
)
from community.tasks.queue import huey
from community.tasks.runtime import enqueue

__all__ = [
    "deliver_mail",
    "enqueue",
    "huey",
    "reindex_search",
    "sweep_deleted_account",
    "train_pitch_model",
]
