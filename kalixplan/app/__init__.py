"""The application layer: a Qt-free workspace that owns the open project and every edit.

``Workspace`` runs each create, update and delete as a command with do and undo
over the services, keeps the ids of rows that undo brought back and the versions
this application wrote, and tells its listeners what changed (``Changes``). Any
error becomes a ``Failure``: a typed domain error is the user's sentence, anything
else is logged with its traceback and named as "something unexpected". The desktop
(``ui``) is an adapter over it; the command line uses the same error path.
"""

# Nothing is imported here: the command line reads ``kalixplan.app.logs`` alone and must
# start fast (no SQLAlchemy for ``--help``). Import from the modules.
