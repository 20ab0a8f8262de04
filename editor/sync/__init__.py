"""The outbox: durable publish/unpublish operations, the worker that drains them, conflict resolution.

Nothing here imports Qt. The GUI drives :func:`drain` from a background task; the CLI runs it in the
foreground. See ``outbox`` for the state machine, ``publisher`` for what is sent and when it stops.
"""
